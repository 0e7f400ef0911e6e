/**
 * The roll-up from many units' tracker values: each counted as its own year report at the
 * cut-off (so a unit's numbers are those of its `report --json`), its self-assessed index where
 * it scores criteria, its overdue tasks; files that are no tracker, or of another plan year,
 * reported apart. Host-neutral: the CLI, the browser app and the pane read the files, call this,
 * and write the sheets it builds.
 */
import { findPlanYear } from '../../core/appendix/planMeta';
import { diffDays, isIsoDate } from '../../core/dates';
import { buildRollup, type RollupData, type RollupUnit } from '../../core/report/rollup';
import { HostError } from '../host';
import type { SheetModel } from '../model';
import { buildRollupSheets } from '../rollup/rollupSheets';
import { readSettings } from '../settingsSheet';
import { textOfCell } from './cellValues';
import { dashboardFrom } from './dashboard';
import { reportDataFrom } from './report';
import { taskListFrom, type TrackerValues } from './taskList';

export interface RollupSource {
  /** The file's name, as the official chose it. */
  readonly file: string;
  /** The unit's name when the official gives one; else from Cài đặt, the plan title, the file. */
  readonly unit?: string;
  /** The tracker's values; null when the file is not a tracker (no Nhiệm vụ sheet). */
  readonly values: TrackerValues | null;
  /** The file could not be read as a workbook at all (then values is null). */
  readonly unreadable?: boolean;
}

export interface RollupRequest {
  /** The cut-off the states are counted at. */
  readonly asOf: string;
  /** The plan year; else the year most of the units are for. */
  readonly year?: number | null;
}

export interface RollupBuild {
  readonly data: RollupData;
  readonly sheets: readonly SheetModel[];
}

/** One unit as the roll-up needs it, made as soon as its file is read (its values can then go). */
export type UnitRead =
  | { readonly kind: 'unit'; readonly file: string; readonly year: number | null; readonly unit: Omit<RollupUnit, 'rank' | 'doneRate' | 'onTimeRate'> }
  | { readonly kind: 'skipped'; readonly file: string; readonly reason: string };

const baseName = (file: string): string => file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');

/** The plan year a tracker is for: Cài đặt's, else the one its title names. */
function yearOf(values: TrackerValues, title: string): number | null {
  if (values.settings) return readSettings(values.settings, 0).year || null;
  return findPlanYear([title]);
}

function checkAsOf(asOf: string | undefined): asserts asOf is string {
  if (asOf === undefined || !isIsoDate(asOf)) throw new HostError(`Ngày chốt số liệu không hợp lệ: "${asOf ?? ''}".`, 'Nhập ngày dạng dd/mm/yyyy.');
}

/** A unit counted at the cut-off as its own year report, with its index and overdue tasks. */
export function readUnit(source: RollupSource, asOf: string): UnitRead {
  checkAsOf(asOf);
  const values = source.values;
  if (!values)
    return {
      kind: 'skipped',
      file: source.file,
      reason: source.unreadable ? 'Không đọc được tệp (không phải tệp Excel .xlsx hợp lệ).' : 'Không phải bảng theo dõi (không có trang "Nhiệm vụ").',
    };
  const title = textOfCell(values.tasks[0]?.[0]);
  const agency = readSettings(values.settings ?? null, 0).agency.agency;
  const year = yearOf(values, title);
  const report = reportDataFrom(values, { period: 'year', asOf, year: year ?? Number(asOf.slice(0, 4)) }, asOf).data;
  const total = values.criteria ? dashboardFrom(taskListFrom(values, asOf), values).scoring?.areas.find((a) => a.key === 'total') : undefined;
  return {
    kind: 'unit',
    file: source.file,
    year,
    unit: {
      unit: source.unit?.trim() || agency.trim() || title || baseName(source.file),
      file: source.file,
      counts: report.counts,
      points: total && total.scored > 0 ? total.points : null,
      index: total?.index ?? null,
      overdue: report.tasks
        .filter((t) => t.state === 'openOverdue' && t.due !== null)
        .map((t) => ({ id: t.id, title: t.title, lead: t.lead, due: t.due!, daysOverdue: diffDays(t.due!, asOf) ?? 0 })),
    },
  };
}

/** The roll-up of the units read, in the order given; those of another plan year than most are left out. */
export function rollupOf(reads: readonly UnitRead[], req: RollupRequest): RollupBuild {
  checkAsOf(req?.asOf);
  const year = req.year ?? mostCommon(reads.map((r) => (r.kind === 'unit' ? r.year : null)));
  const units: Omit<RollupUnit, 'rank' | 'doneRate' | 'onTimeRate'>[] = [];
  const skipped: RollupData['skipped'] = [];
  for (const r of reads) {
    if (r.kind === 'skipped') skipped.push({ file: r.file, reason: r.reason });
    else if (year !== null && r.year !== null && r.year !== year) skipped.push({ file: r.file, reason: `Kế hoạch năm ${r.year}, không phải năm ${year}.` });
    else units.push(r.unit);
  }
  const data = buildRollup({ asOf: req.asOf, year, units: withDistinctNames(units), skipped });
  return { data, sheets: buildRollupSheets(data) };
}

/**
 * Units that would read alike in the table (trackers of the same plan with no agency in Cài
 * đặt, named by the plan's title) are told apart by their file's name.
 */
function withDistinctNames<U extends { readonly unit: string; readonly file: string }>(units: readonly U[]): U[] {
  const key = (name: string): string => name.trim().toLocaleLowerCase('vi');
  const seen = new Map<string, number>();
  for (const u of units) seen.set(key(u.unit), (seen.get(key(u.unit)) ?? 0) + 1);
  return units.map((u) => ((seen.get(key(u.unit)) ?? 0) > 1 ? { ...u, unit: `${u.unit} (${baseName(u.file)})` } : u));
}

/** The roll-up of trackers' values all in memory (a few files; many go through readUnit one by one). */
export function rollupFrom(sources: readonly RollupSource[], req: RollupRequest): RollupBuild {
  checkAsOf(req?.asOf);
  return rollupOf(
    sources.map((s) => readUnit(s, req.asOf)),
    req,
  );
}

/** The value most of the list has (the first of equals), ignoring nulls. */
function mostCommon(values: readonly (number | null)[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)!) best = v;
  return best;
}
