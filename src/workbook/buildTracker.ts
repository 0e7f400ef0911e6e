/**
 * The tracker workbook as plain data (design.md §4): Nhiệm vụ, Chỉ tiêu, Bộ tiêu chí (when a
 * criteria set is given), Tổng hợp, an empty Nhật ký (log), and an unchanged copy
 * of the source table. Host adapters render it; nothing here touches a host.
 */
import { isIsoDate } from '../core/dates';
import type { Plan } from '../core/plan/schema';
import { DEFAULT_SOON_DAYS } from '../core/status/dueState';
import { buildIndicatorSheet } from './buildIndicatorSheet';
import { buildLogSheet } from './logSheet';
import type { Criterion } from '../core/scoring';
import { buildCriteriaSheet } from './scoring/buildCriteriaSheet';
import { buildDashboardSheet, type AreaTargetRow } from './scoring/buildDashboardSheet';
import { buildSourceSheet } from './buildSourceSheet';
import { buildTaskSheet } from './buildTaskSheet';
import { buildSettingsSheet } from './settingsSheet';
import { officeResolver } from '../core/offices/offices';
import type { SheetModel, WorkbookModel } from './model';

export interface TrackerOptions {
  /** ISO 'YYYY-MM-DD' the flags are computed for; by default the as-of cell holds =TODAY(). */
  readonly asOf?: string;
  /** How many days before its deadline a task is flagged "Sắp đến hạn"; default core's 14. */
  readonly soonDays?: number;
  /** A criteria set to add as the Bộ tiêu chí sheet, scored from the tracker (issue 5). */
  readonly criteria?: CriteriaInput;
  /** The year of the report periods when the plan names none; default the as-of date's, else this year. */
  readonly year?: number;
}

export interface CriteriaInput {
  readonly criteria: readonly Criterion[];
  /** The bundled template (marked as such on the sheet) rather than the province's own set. */
  readonly template: boolean;
  readonly note?: string;
}

/** How many criteria the dashboard's points-lost ranking lists. */
export const RANKING_SIZE = 15;

function areaTargetsOf(plan: Plan): readonly AreaTargetRow[] {
  return plan.areaTargets ?? [];
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
  const criteria = opts.criteria ? buildCriteriaSheet(opts.criteria.criteria, plan, opts.criteria) : null;
  const leaves = opts.criteria ? opts.criteria.criteria.filter((c) => c.rule !== undefined && c.rule !== '').length : 0;
  const dashboard = buildDashboardSheet(plan, { hasCriteria: criteria !== null, rankingSize: Math.min(RANKING_SIZE, leaves), targets: areaTargetsOf(plan) });
  return {
    sheets: [
      tasks.sheet,
      buildIndicatorSheet(plan),
      ...(criteria ? [criteria] : []),
      dashboard.sheet,
      buildLogSheet(),
      settingsOf(plan, opts),
      buildSourceSheet(source),
    ],
    definedNames: tasks.names,
  };
}

/** Cài đặt for a new tracker: the plan year's default periods and the offices its lead cells name. */
function settingsOf(plan: Plan, opts: TrackerOptions): SheetModel {
  const year = plan.year ?? opts.year ?? (opts.asOf ? Number(opts.asOf.slice(0, 4)) : new Date().getFullYear());
  // Each lead text once, in order of first use: the offices and the spellings seen are the same
  // (the first spelling of an office is in the first cell naming it), and a plan repeats its leads.
  const leads = new Set(plan.tasks.filter((t) => !t.group).map((t) => t.lead));
  return buildSettingsSheet(year, officeResolver([...leads]).known);
}
