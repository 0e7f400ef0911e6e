/**
 * The tracker workbook as plain data (PRODUCT.md §4): Nhiệm vụ, Chỉ tiêu, an empty Nhật ký
 * (log), and an unchanged copy
 * of the source table. Host adapters render it; nothing here touches a host.
 */
import { isIsoDate } from '../core/dates';
import type { Plan } from '../core/plan/schema';
import { DEFAULT_SOON_DAYS } from '../core/status/dueState';
import { buildIndicatorSheet } from './buildIndicatorSheet';
import { buildLogSheet } from './logSheet';
import { buildSourceSheet } from './buildSourceSheet';
import { buildTaskSheet } from './buildTaskSheet';
import type { WorkbookModel } from './model';

export interface TrackerOptions {
  /** ISO 'YYYY-MM-DD' the flags are computed for; by default the as-of cell holds =TODAY(). */
  readonly asOf?: string;
  /** How many days before its deadline a task is flagged "Sắp đến hạn"; default core's 14. */
  readonly soonDays?: number;
}

export interface SourceTable {
  /** The source's name (file or sheet), used for the copy's sheet name. */
  readonly name: string;
  /** The source cells as read (strings, numbers, Dates, blanks). */
  readonly grid: readonly (readonly unknown[])[];
}

export function buildTrackerModel(plan: Plan, source: SourceTable, opts: TrackerOptions = {}): WorkbookModel {
  if (opts.asOf !== undefined && !isIsoDate(opts.asOf)) {
    throw new Error(`Ngày đánh giá không hợp lệ: "${opts.asOf}" (cần dạng YYYY-MM-DD, ví dụ 2024-10-01)`);
  }
  const soonDays = opts.soonDays ?? DEFAULT_SOON_DAYS;
  if (!Number.isInteger(soonDays) || soonDays < 0) {
    throw new Error(`Số ngày sắp đến hạn không hợp lệ: ${soonDays} (cần một số nguyên không âm)`);
  }
  const tasks = buildTaskSheet(plan, { asOf: opts.asOf, soonDays });
  return {
    sheets: [tasks.sheet, buildIndicatorSheet(plan), buildLogSheet(), buildSourceSheet(source)],
    definedNames: tasks.names,
  };
}
