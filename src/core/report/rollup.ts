/**
 * The roll-up across units (Tổng hợp nhiều đơn vị): each unit's tracker counted at one cut-off,
 * its share done and done on time, its self-assessed index where it scores criteria, ranked by
 * the share done on time (competition ranking: ties share a rank, 1-2-2-4), and the total.
 */
import { z } from '../zodConfig';
import { doneRate, emptyCounts, onTimeRate } from '../status/reportState';
import { ReportCountsSchema, type ReportCounts } from './report';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const share = z.number().min(0).max(1).nullable();

/** The JSON `par-tracker rollup --json` prints (docs/rollup.md; JSON Schema from this). */
export const RollupJsonSchema = z.object({
  asOf: IsoDate,
  /** The plan year the units were taken for; units of another year are in `skipped`. */
  year: z.number().int().nullable(),
  units: z.array(
    z.object({
      unit: z.string(),
      file: z.string(),
      counts: ReportCountsSchema,
      /** Done (on time or late) / total. */
      doneRate: share,
      /** Done on time / total: what the units are ranked by. */
      onTimeRate: share,
      /** Self-assessed points and the index over all areas, where the unit scores criteria. */
      points: z.number().nullable(),
      index: share,
      rank: z.number().int().positive().nullable(),
      overdue: z.array(z.object({ id: z.string(), title: z.string(), lead: z.string(), due: IsoDate, daysOverdue: z.number().int() })),
    }),
  ),
  total: z.object({ counts: ReportCountsSchema, doneRate: share, onTimeRate: share }),
  /** Files not counted: not a tracker, unreadable, or of another plan year. */
  skipped: z.array(z.object({ file: z.string(), reason: z.string() })),
});
export type RollupData = z.infer<typeof RollupJsonSchema>;
export type RollupUnit = RollupData['units'][number];

/**
 * Competition ranks of the scores, higher first: equal scores share a rank and the next rank
 * skips (1, 2, 2, 4); a unit without a score has none.
 * @example competitionRanks([0.5, 0.9, 0.5, null, 0.2]).join() → '2,1,2,,4'
 */
export function competitionRanks(scores: readonly (number | null)[]): (number | null)[] {
  const known = scores.filter((s): s is number => s !== null);
  return scores.map((s) => (s === null ? null : 1 + known.filter((k) => k > s).length));
}

/** Units as given, ranked, with the total of their counts. */
export function buildRollup(input: {
  asOf: string;
  year: number | null;
  units: readonly Omit<RollupUnit, 'rank' | 'doneRate' | 'onTimeRate'>[];
  skipped: RollupData['skipped'];
}): RollupData {
  const rated = input.units.map((u) => ({ ...u, doneRate: doneRate(u.counts), onTimeRate: onTimeRate(u.counts) }));
  const ranks = competitionRanks(rated.map((u) => u.onTimeRate));
  const total: ReportCounts = emptyCounts();
  for (const u of rated) for (const k of Object.keys(total) as (keyof ReportCounts)[]) total[k] += u.counts[k];
  return {
    asOf: input.asOf,
    year: input.year,
    units: rated.map((u, i) => ({ ...u, rank: ranks[i] })),
    total: { counts: total, doneRate: doneRate(total), onTimeRate: onTimeRate(total) },
    skipped: input.skipped,
  };
}
