/**
 * The deadline state of a task as the tracker records it: the Trạng thái an official picks and the
 * Ngày hoàn thành they fill. The STATUS function reads a task through this rule, and the native
 * Cảnh báo formula of the workbook (src/workbook/dueStatus.ts) writes the same rule in cells.
 */
import { fold } from '../text/fold';
import { dueState, type DueState } from './dueState';

/** The Trạng thái that means done (the workbook dropdown's "Hoàn thành"), folded. */
const DONE_STATE = fold('Hoàn thành');

/**
 * Whether a Trạng thái text means done: "Hoàn thành" in any case, with or without diacritics
 * ("HOÀN THÀNH", "hoan thanh"). Anything else — "Chưa hoàn thành", "Đang thực hiện", blank — is
 * not done.
 * @example isDoneState('Hoàn thành') → true
 * @example isDoneState('Chưa hoàn thành') → false
 */
export function isDoneState(stateText: string | null | undefined): boolean {
  return typeof stateText === 'string' && fold(stateText) === DONE_STATE;
}

export interface TaskDueStateInput {
  /** ISO date of the deadline (Hạn), or null when the plan sets none. */
  due: string | null;
  /** Trạng thái as typed. */
  stateText?: string | null;
  /** ISO completion date (Ngày hoàn thành), or null. */
  doneDate?: string | null;
  /** ISO as-of date. */
  asOf: string;
  /** Days before the deadline when a task counts as due soon (DEFAULT_SOON_DAYS when absent). */
  soonDays?: number | null;
}

/**
 * The state of a task on a given day. A task is done when its Trạng thái is "Hoàn thành" or when
 * a completion date is filled: officials often enter the date and forget the dropdown, and a date
 * of completion is the stronger evidence. Done after the deadline is "done late".
 * @example taskDueState({ due: '2024-09-30', stateText: 'Đang thực hiện', asOf: '2024-10-01' }) → 'overdue'
 * @example taskDueState({ due: '2024-09-30', stateText: '', doneDate: '2024-10-05', asOf: '2024-11-01' }) → 'done-late'
 */
export function taskDueState(input: TaskDueStateInput): DueState {
  const doneDate = input.doneDate ?? null;
  return dueState({
    due: input.due,
    done: isDoneState(input.stateText) || doneDate !== null,
    doneDate,
    asOf: input.asOf,
    soonDays: input.soonDays ?? undefined,
  });
}
