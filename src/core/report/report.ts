/**
 * The periodic report's numbers (design.md §5): every task's state at the period's cut-off, the
 * counts over all tasks, by area and by lead office (a task counts for each lead office it names,
 * and under UNASSIGNED_OFFICE when it names none), and the task list of the appendix. Hosts read
 * the tracker into ReportTask rows; the Báo cáo sheet, the .docx and `report --json` all show this.
 */
import { z } from '../zodConfig';
import { AREA_KEYS, type AreaKey } from '../areas/areaKeys';
import { AREA_NAMES } from '../areas/areaPhrases';
import { officeResolver, UNASSIGNED_OFFICE, type OfficeEntry } from '../offices/offices';
import { emptyCounts, REPORT_STATES, reportState, type ReportState } from '../status/reportState';
import { PERIOD_KEYS, type ReportPeriod } from './periods';

/** A task as the tracker holds it, what a report needs of it. */
export interface ReportTask {
  readonly id: string;
  readonly title: string;
  readonly area: AreaKey | null;
  /** The Lĩnh vực cell as written, for a task whose area is not one of the index's. */
  readonly areaLabel: string;
  readonly lead: string;
  readonly due: string | null;
  readonly dueText: string;
  /** Trạng thái as typed. */
  readonly stateText: string;
  readonly doneDate: string | null;
  /** Kết quả of the period being reported (the period's progress cell), '' when none. */
  readonly progress: string;
  readonly evidence: string;
  readonly note: string;
}

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const StateSchema = z.enum(REPORT_STATES);
const count = z.number().int().nonnegative();
export const ReportCountsSchema = z.object({
  total: count,
  doneOnTime: count,
  doneLate: count,
  openOnTime: count,
  openOverdue: count,
  noDeadline: count,
});

/** The JSON `par-tracker report --json` prints (docs/report-json.md; JSON Schema from this). */
export const ReportJsonSchema = z.object({
  period: z.object({ key: z.enum(PERIOD_KEYS), name: z.string(), from: IsoDate, to: IsoDate, due: IsoDate }),
  /** The date states are counted at: the period's cut-off unless --as-of overrides it. */
  asOf: IsoDate,
  counts: ReportCountsSchema,
  byArea: z.array(ReportCountsSchema.extend({ area: z.string(), label: z.string() })),
  byOffice: z.array(ReportCountsSchema.extend({ office: z.string() })),
  tasks: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      lead: z.string(),
      /** The offices the lead cell names, as counted in byOffice. */
      offices: z.array(z.string()),
      area: z.string(),
      due: IsoDate.nullable(),
      dueText: z.string(),
      state: StateSchema,
      doneDate: IsoDate.nullable(),
      progress: z.string(),
      evidence: z.string(),
      note: z.string(),
    }),
  ),
});
export type ReportData = z.infer<typeof ReportJsonSchema>;
export type ReportCounts = z.infer<typeof ReportCountsSchema>;

export interface ReportInput {
  readonly period: ReportPeriod & { readonly name: string };
  /** ISO date to count states at; the period's cut-off (`period.to`) by default. */
  readonly asOf?: string;
  readonly tasks: readonly ReportTask[];
  /** The workbook's office list (names and other spellings). */
  readonly offices?: readonly OfficeEntry[];
}

const add = (c: Record<ReportState, number> & { total: number }, s: ReportState): void => {
  c[s]++;
  c.total++;
};

/** The report of a period from the tracker's tasks (groups and dropped tasks left out by the caller). */
export function buildReport(input: ReportInput): ReportData {
  const asOf = input.asOf ?? input.period.to;
  const resolver = officeResolver(
    input.tasks.map((t) => t.lead),
    input.offices,
  );
  const counts = emptyCounts();
  const areas = new Map<string, { area: string; label: string; counts: ReturnType<typeof emptyCounts> }>();
  const offices = new Map<string, ReturnType<typeof emptyCounts>>();
  const tasks: ReportData['tasks'] = [];
  for (const t of input.tasks) {
    const state = reportState({ due: t.due, stateText: t.stateText, doneDate: t.doneDate, cutOff: asOf });
    add(counts, state);
    const areaKey = t.area ?? 'other';
    const label = t.area && t.area !== 'other' ? AREA_NAMES[t.area].vi : t.areaLabel || AREA_NAMES.other.vi;
    const areaId = t.area && t.area !== 'other' ? t.area : `other:${label}`;
    const area = areas.get(areaId) ?? { area: areaKey, label, counts: emptyCounts() };
    add(area.counts, state);
    areas.set(areaId, area);
    const named = resolver.officesOf(t.lead);
    for (const office of named) {
      const c = offices.get(office) ?? emptyCounts();
      add(c, state);
      offices.set(office, c);
    }
    tasks.push({
      id: t.id,
      title: t.title,
      lead: t.lead,
      offices: named,
      area: label,
      due: t.due,
      dueText: t.dueText,
      state,
      doneDate: t.doneDate,
      progress: t.progress,
      evidence: t.evidence,
      note: t.note,
    });
  }
  const areaOrder = (a: { area: string }): number => {
    const i = (AREA_KEYS as readonly string[]).indexOf(a.area);
    return i < 0 ? AREA_KEYS.length : i;
  };
  return {
    period: { key: input.period.key, name: input.period.name, from: input.period.from, to: input.period.to, due: input.period.due },
    asOf,
    counts,
    byArea: [...areas.values()].sort((a, b) => areaOrder(a) - areaOrder(b)).map((a) => ({ area: a.area, label: a.label, ...a.counts })),
    byOffice: [...offices].sort(([a], [b]) => officeOrder(a) - officeOrder(b) || a.localeCompare(b, 'vi')).map(([office, c]) => ({ office, ...c })),
    tasks,
  };
}

/** Tasks with no lead office last, after the named offices. */
function officeOrder(office: string): number {
  return office === UNASSIGNED_OFFICE ? 1 : 0;
}
