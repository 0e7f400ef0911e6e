/**
 * Where a task stands against its deadline (design.md §5 STATUS). The same rule is written as a
 * native formula in the tracker's Cảnh báo column, so the workbook reads right without the add-in.
 * What counts as done for a tracker row (Trạng thái "Hoàn thành" or a completion date) is
 * `taskDueState` in ./taskDueState.ts.
 */

export const DUE_STATES = ['overdue', 'due-soon', 'on-track', 'done', 'done-late', 'no-deadline'] as const;
export type DueState = (typeof DUE_STATES)[number];

/** What each state is called in the workbook (Vietnamese) and in English. */
export const DUE_STATE_LABELS: Readonly<Record<DueState, { vi: string; en: string }>> = {
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  'due-soon': { vi: 'Sắp đến hạn', en: 'Due soon' },
  'on-track': { vi: 'Trong hạn', en: 'On track' },
  done: { vi: 'Hoàn thành', en: 'Done' },
  'done-late': { vi: 'Hoàn thành trễ', en: 'Done late' },
  'no-deadline': { vi: 'Không thời hạn', en: 'No deadline' },
};

/** Days before a deadline when a task counts as due soon, unless the workbook says otherwise. */
export const DEFAULT_SOON_DAYS = 14;

export interface DueStateInput {
  /** ISO date of the deadline, or null. */
  due: string | null;
  done: boolean;
  /** ISO completion date, when done. */
  doneDate?: string | null;
  /** ISO as-of date. */
  asOf: string;
  soonDays?: number;
}

function daysBetween(fromIso: string, toIso: string): number {
  const ms = Date.UTC(+toIso.slice(0, 4), +toIso.slice(5, 7) - 1, +toIso.slice(8, 10)) - Date.UTC(+fromIso.slice(0, 4), +fromIso.slice(5, 7) - 1, +fromIso.slice(8, 10));
  return Math.round(ms / 86_400_000);
}

/**
 * The state of one task on a given day.
 * @example dueState({ due: '2024-06-30', done: false, asOf: '2024-07-01' }) → 'overdue'
 * @example dueState({ due: '2024-06-30', done: true, doneDate: '2024-07-02', asOf: '2024-08-01' }) → 'done-late'
 */
export function dueState(input: DueStateInput): DueState {
  const { due, done, doneDate, asOf } = input;
  const soon = input.soonDays ?? DEFAULT_SOON_DAYS;
  if (done) return due && doneDate && doneDate > due ? 'done-late' : 'done';
  if (!due) return 'no-deadline';
  if (due < asOf) return 'overdue';
  return daysBetween(asOf, due) <= soon ? 'due-soon' : 'on-track';
}
