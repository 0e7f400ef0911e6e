/**
 * The STATUS values in the workbook: the task states an official picks (Trạng thái) and the
 * native Cảnh báo formula computing core's deadline states (core/status/dueState) from them.
 * The formula applies the same rules as `dueState`, with the same words, so a workbook opened
 * without the add-in flags tasks exactly as the STATUS function does.
 */
import { DUE_STATE_LABELS, DUE_STATES, type DueState } from '../core/status/dueState';
import { REPORT_STATE_LABELS, REPORT_STATES, type ReportState } from '../core/status/reportState';

/** The states an official sets in the Trạng thái dropdown. */
export const TASK_STATES = [
  { key: 'not-started', vi: 'Chưa thực hiện', en: 'Not started' },
  { key: 'in-progress', vi: 'Đang thực hiện', en: 'In progress' },
  { key: 'done', vi: 'Hoàn thành', en: 'Done' },
  { key: 'paused', vi: 'Tạm dừng', en: 'Paused' },
] as const;
export type TaskStateKey = (typeof TASK_STATES)[number]['key'];

/** Looks a task state up by key, e.g. taskState('done').vi === 'Hoàn thành'. */
export function taskState(key: TaskStateKey): (typeof TASK_STATES)[number] {
  return TASK_STATES.find((s) => s.key === key)!;
}

/**
 * The fill each deadline state is shown in ('' = none): the familiar Excel good / neutral / bad
 * pastels, so they read in print; the word is always there too, for colour-blind users.
 * The words themselves are core's (DUE_STATE_LABELS), shared with the STATUS function.
 */
const FLAG_COLOURS: Readonly<Record<DueState, { fill: string; fontColor: string }>> = {
  overdue: { fill: 'FFC7CE', fontColor: '9C0006' },
  'due-soon': { fill: 'FFEB9C', fontColor: '9C5700' },
  'on-track': { fill: '', fontColor: '' },
  done: { fill: 'C6EFCE', fontColor: '006100' },
  'done-late': { fill: 'F8CBAD', fontColor: '833C0B' },
  'no-deadline': { fill: '', fontColor: '' },
};

/** The deadline flags the Cảnh báo column shows, in core's order, with their colours. */
export const DUE_FLAGS = DUE_STATES.map((key) => ({ key, ...DUE_STATE_LABELS[key], ...FLAG_COLOURS[key] }));

export function dueFlag(key: DueState): { vi: string; en: string; fill: string; fontColor: string } {
  return { ...DUE_STATE_LABELS[key], ...FLAG_COLOURS[key] };
}

/** The cells (A1 references or defined names) a deadline flag is computed from. */
export interface DueFlagRefs {
  /** Hạn: a date, or blank when the plan sets none. */
  readonly due: string;
  /** Trạng thái: one of TASK_STATES (vi). */
  readonly state: string;
  /** Ngày hoàn thành: a date or blank. */
  readonly doneDate: string;
  /** The as-of date; blank or not a date means today. */
  readonly asOf: string;
  /** How many days before Hạn a task counts as due soon. */
  readonly soonDays: string;
}

const q = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * The native Cảnh báo formula. Rules, in order:
 * - done (state Hoàn thành, or a completion date entered): "Hoàn thành trễ" when the completion
 *   date is after Hạn, else "Hoàn thành";
 * - no Hạn: "Không thời hạn";
 * - Hạn before the as-of date: "Quá hạn"; Hạn within soonDays of it (the day itself included):
 *   "Sắp đến hạn"; otherwise "Trong hạn".
 * A completion date counts as done because officials often fill the date and forget the dropdown;
 * a blank as-of cell falls back to TODAY() rather than to day 0, which would call everything
 * on time. Only IF/AND/OR/NOT/ISNUMBER/TODAY, so Excel, LibreOffice and Google Sheets agree.
 *
 * For instance `dueFlagFormula({ due: '$H5', state: '$I5', doneDate: '$J5', asOf: 'NgayDanhGia', soonDays: 'SoNgaySapDenHan' })`.
 */
export function dueFlagFormula(r: DueFlagRefs): string {
  const asOf = `IF(ISNUMBER(${r.asOf}),${r.asOf},TODAY())`;
  const done = `OR(${r.state}=${q(taskState('done').vi)},ISNUMBER(${r.doneDate}))`;
  const late = `AND(ISNUMBER(${r.due}),ISNUMBER(${r.doneDate}),${r.doneDate}>${r.due})`;
  return (
    `=IF(${done},IF(${late},${q(dueFlag('done-late').vi)},${q(dueFlag('done').vi)}),` +
    `IF(NOT(ISNUMBER(${r.due})),${q(dueFlag('no-deadline').vi)},` +
    `IF(${r.due}<${asOf},${q(dueFlag('overdue').vi)},` +
    `IF(${r.due}-${asOf}<=${r.soonDays},${q(dueFlag('due-soon').vi)},${q(dueFlag('on-track').vi)}))))`
  );
}

/**
 * One conditional-format rule per coloured flag, for a range whose top-left row is `firstRow`
 * and whose flag sits in column `flagColumn` (letters).
 */
export function dueFlagRules(
  flagColumn: string,
  firstRow: number,
): { formula: string; fill: string; fontColor: string }[] {
  return DUE_FLAGS.filter((f) => f.fill !== '').map((f) => ({
    formula: `=$${flagColumn}${firstRow}=${q(f.vi)}`,
    fill: f.fill,
    fontColor: f.fontColor,
  }));
}

/** Quotes text as a formula string literal: Quá "hạn" → "Quá ""hạn""". */
export const formulaString = q;

/**
 * The Cảnh báo of a task the revised plan no longer has (re-import): its row and entries stay,
 * greyed, and since this is none of the deadline states the Tổng hợp counts leave it out.
 */
export const DROPPED_FLAG = { vi: 'Không còn trong kế hoạch', en: 'No longer in the plan', fill: 'EDEDED', fontColor: '7F7F7F' } as const;

/** The fill each report state is shown in ('' = none), in the same pastels as the flags. */
const REPORT_COLOURS: Readonly<Record<ReportState, { fill: string; fontColor: string }>> = {
  doneOnTime: { fill: 'C6EFCE', fontColor: '006100' },
  doneLate: { fill: 'F8CBAD', fontColor: '833C0B' },
  openOnTime: { fill: '', fontColor: '' },
  openOverdue: { fill: 'FFC7CE', fontColor: '9C0006' },
  noDeadline: { fill: '', fontColor: '' },
};

/** The report states the Tình trạng báo cáo column shows, in core's order, with their colours. */
export const REPORT_FLAGS = REPORT_STATES.map((key) => ({ key, ...REPORT_STATE_LABELS[key], ...REPORT_COLOURS[key] }));

export function reportFlag(key: ReportState): { vi: string; en: string; fill: string; fontColor: string } {
  return { ...REPORT_STATE_LABELS[key], ...REPORT_COLOURS[key] };
}

/**
 * The native Tình trạng báo cáo formula: core's reportState at the as-of date. Done at the date:
 * a completion date on or before it, or, with no date, Trạng thái "Hoàn thành"; then late when
 * completed after Hạn. Not done: no Hạn, Hạn before the date (overdue), or on time.
 *
 * For instance `reportStateFormula({ due: '$H5', state: '$I5', doneDate: '$J5', asOf: 'NgayDanhGia' })`.
 */
export function reportStateFormula(r: Omit<DueFlagRefs, 'soonDays'>): string {
  const asOf = `IF(ISNUMBER(${r.asOf}),${r.asOf},TODAY())`;
  const done = `IF(ISNUMBER(${r.doneDate}),${r.doneDate}<=${asOf},${r.state}=${q(taskState('done').vi)})`;
  const late = `AND(ISNUMBER(${r.due}),ISNUMBER(${r.doneDate}),${r.doneDate}>${r.due})`;
  return (
    `=IF(${done},IF(${late},${q(reportFlag('doneLate').vi)},${q(reportFlag('doneOnTime').vi)}),` +
    `IF(NOT(ISNUMBER(${r.due})),${q(reportFlag('noDeadline').vi)},` +
    `IF(${r.due}<${asOf},${q(reportFlag('openOverdue').vi)},${q(reportFlag('openOnTime').vi)})))`
  );
}

/** Conditional-format rules for a Tình trạng báo cáo column. */
export function reportStateRules(column: string, firstRow: number): { formula: string; fill: string; fontColor: string }[] {
  return REPORT_FLAGS.filter((f) => f.fill !== '').map((f) => ({ formula: `=$${column}${firstRow}=${q(f.vi)}`, fill: f.fill, fontColor: f.fontColor }));
}
