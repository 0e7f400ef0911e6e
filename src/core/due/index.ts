/** Deadlines: reading "Tiến độ" / "Thời gian hoàn thành" cells into dates (design.md §6). */
export type { DueContext, DueInfo } from './parseDue';
export { parseDue, prepareDueText, unrecognizedDue } from './parseDue';
export { dueFromCell } from './dueFromCell';
