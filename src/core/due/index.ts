/** Deadlines: reading "Tiến độ" / "Thời gian hoàn thành" cells into dates (design.md §6). */
export type { DueContext, DueEvery, DueExplanation, DueInfo, DueRule, DueStep, ScheduleReason } from './parseDue';
export { explainDue, parseDue, prepareDueText, unrecognizedDue } from './parseDue';
export { dueFromCell } from './dueFromCell';
