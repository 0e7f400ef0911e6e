/**
 * The Cập nhật (update) tab's data: every task with its flag and indicators, plus the choices the
 * filters offer. Built from one read of Nhiệm vụ and one of Chỉ tiêu.
 */
import { AREA_KEYS } from '../../core/areas/areaKeys';
import { AREA_NAMES } from '../../core/areas/areaPhrases';
import { DEFAULT_SOON_DAYS } from '../../core/status/dueState';
import { TASK_STATES } from '../dueStatus';
import type { TaskList } from '../host';
import { readIndicatorSheet, readTaskSheet, type Grid, type IndicatorRecord } from './readTracker';
import { taskView } from './taskView';

export interface TrackerValues {
  /** Values of the Nhiệm vụ sheet (used range from A1), as the host returns them. */
  readonly tasks: Grid;
  /** Values of the Chỉ tiêu sheet, or null when the workbook has none. */
  readonly indicators: Grid | null;
  /** Values of the Bộ tiêu chí sheet, when the workbook has one (dashboard and re-import). */
  readonly criteria?: Grid | null;
  /** Values of the Tổng hợp sheet (its targets), when the workbook has one. */
  readonly dashboard?: Grid | null;
  /** Values of the Cài đặt sheet (agency, report periods, offices), when read; null when missing. */
  readonly settings?: Grid | null;
}

/** Indicators grouped by task ID, in sheet order. */
export function indicatorsByTask(indicators: readonly IndicatorRecord[]): Map<string, IndicatorRecord[]> {
  const by = new Map<string, IndicatorRecord[]>();
  for (const ind of indicators) {
    const list = by.get(ind.taskId);
    if (list) list.push(ind);
    else by.set(ind.taskId, [ind]);
  }
  return by;
}

/**
 * @param today ISO date used when the sheet's Ngày đánh giá cell is blank or unreadable.
 */
export function taskListFrom(values: TrackerValues, today: string): TaskList {
  const sheet = readTaskSheet(values.tasks);
  const byTask = indicatorsByTask(readIndicatorSheet(values.indicators).indicators);
  const asOf = sheet.asOf ?? today;
  const soonDays = sheet.soonDays ?? DEFAULT_SOON_DAYS;
  const tasks = sheet.tasks.map((t) => taskView(t, byTask.get(t.id) ?? [], asOf, soonDays));
  const leads = [...new Set(tasks.filter((t) => !t.group && t.lead !== '').map((t) => t.lead))].sort((a, b) => a.localeCompare(b, 'vi'));
  const present = new Set(tasks.map((t) => t.area));
  return {
    asOf,
    soonDays,
    tasks,
    leads,
    areas: AREA_KEYS.filter((k) => present.has(k)).map((key) => ({ key, label: AREA_NAMES[key].vi })),
    states: TASK_STATES.map((s) => s.vi),
  };
}
