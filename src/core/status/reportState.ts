/**
 * The task states that Vietnamese task-tracking reports count, at a cut-off date (design.md §5):
 * đã hoàn thành = đúng hạn + quá hạn; chưa hoàn thành = trong hạn + quá hạn; and the tasks the
 * plan gives no deadline. It is the STATUS rule (./dueState) read at another date, with one
 * difference a report needs: a task finished after the cut-off was not finished at the cut-off.
 * The tracker's "Tình trạng báo cáo" column writes the same rule as a native formula
 * (src/workbook/dueStatus.ts, reportStateFormula).
 */
import { isDoneState } from './taskDueState';

export const REPORT_STATES = ['doneOnTime', 'doneLate', 'openOnTime', 'openOverdue', 'noDeadline'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

/** The words of the reports (Vietnamese) and in English. */
export const REPORT_STATE_LABELS: Readonly<Record<ReportState, { vi: string; en: string }>> = {
  doneOnTime: { vi: 'Hoàn thành đúng hạn', en: 'Done on time' },
  doneLate: { vi: 'Hoàn thành quá hạn', en: 'Done late' },
  openOnTime: { vi: 'Đang thực hiện (trong hạn)', en: 'In progress, on time' },
  openOverdue: { vi: 'Chưa hoàn thành, quá hạn', en: 'Not done, overdue' },
  noDeadline: { vi: 'Không có thời hạn', en: 'No deadline' },
};

/** The states that count as done (đã hoàn thành) and as not done (chưa hoàn thành). */
export const DONE_REPORT_STATES: readonly ReportState[] = ['doneOnTime', 'doneLate'];

export interface ReportStateInput {
  /** ISO deadline, or null when the plan sets none. */
  readonly due: string | null;
  /** Trạng thái as typed ("Hoàn thành" means done, in any case or without diacritics). */
  readonly stateText?: string | null;
  /** ISO completion date, or null. */
  readonly doneDate?: string | null;
  /** ISO cut-off date (ngày chốt số liệu). */
  readonly cutOff: string;
}

/**
 * Whether the task was done at the cut-off: a completion date on or before it; with no date, the
 * Trạng thái "Hoàn thành" (the official did not say when, so it counts as done by now).
 */
export function doneAtCutOff(input: ReportStateInput): boolean {
  const doneDate = input.doneDate ?? null;
  return doneDate !== null ? doneDate <= input.cutOff : isDoneState(input.stateText);
}

/**
 * A task's state at the cut-off. Done: late when completed after its deadline, else on time (a
 * task without a deadline is on time when done). Not done: no deadline, overdue when the deadline
 * is before the cut-off, else on time.
 * @example reportState({ due: '2024-06-30', stateText: 'Hoàn thành', doneDate: '2024-07-02', cutOff: '2024-09-14' }) → 'doneLate'
 * @example reportState({ due: '2024-06-30', stateText: 'Hoàn thành', doneDate: '2024-07-02', cutOff: '2024-06-14' }) → 'openOnTime'
 * @example reportState({ due: '2024-03-31', stateText: 'Đang thực hiện', cutOff: '2024-06-14' }) → 'openOverdue'
 */
export function reportState(input: ReportStateInput): ReportState {
  const due = input.due;
  const doneDate = input.doneDate ?? null;
  if (doneAtCutOff(input)) return due !== null && doneDate !== null && doneDate > due ? 'doneLate' : 'doneOnTime';
  if (due === null) return 'noDeadline';
  return due < input.cutOff ? 'openOverdue' : 'openOnTime';
}

export type ReportCounts = Readonly<Record<ReportState, number>> & { readonly total: number };

/** Zero counts, to add tasks to. */
export function emptyCounts(): Record<ReportState, number> & { total: number } {
  return { total: 0, doneOnTime: 0, doneLate: 0, openOnTime: 0, openOverdue: 0, noDeadline: 0 };
}

/**
 * The share of tasks done (on time + late) in the counts; null when there are none.
 * @example doneRate({ total: 4, doneOnTime: 1, doneLate: 1, openOnTime: 2, openOverdue: 0, noDeadline: 0 }) → 0.5
 */
export function doneRate(counts: ReportCounts): number | null {
  return counts.total === 0 ? null : (counts.doneOnTime + counts.doneLate) / counts.total;
}

/**
 * The share of tasks done on time; null when there are none.
 * @example onTimeRate({ total: 4, doneOnTime: 1, doneLate: 1, openOnTime: 2, openOverdue: 0, noDeadline: 0 }) → 0.25
 */
export function onTimeRate(counts: ReportCounts): number | null {
  return counts.total === 0 ? null : counts.doneOnTime / counts.total;
}
