/**
 * The Tổng hợp (dashboard) tab: tasks by deadline state per area and per lead office, and the
 * overdue list, from the same task list the update tab uses (group rows not counted).
 */
import { AREA_KEYS, type AreaKey } from '../../core/areas/areaKeys';
import { AREA_NAMES } from '../../core/areas/areaPhrases';
import { DUE_STATES, type DueState } from '../../core/status/dueState';
import type { DashboardView, StateCounts, TaskList, TaskView } from '../host';
import { readIndicatorSheet } from './readTracker';
import { scoringFrom } from './scoring';
import { officeResolver, UNASSIGNED_OFFICE } from '../../core/offices/offices';
import { readSettings } from '../settingsSheet';
import type { TrackerValues } from './taskList';

const zero = (): Record<DueState, number> => Object.fromEntries(DUE_STATES.map((s) => [s, 0])) as Record<DueState, number>;

function countBy<K>(tasks: readonly TaskView[], keyOf: (t: TaskView) => K): Map<K, { counts: Record<DueState, number>; total: number }> {
  const out = new Map<K, { counts: Record<DueState, number>; total: number }>();
  for (const t of tasks) {
    const k = keyOf(t);
    let entry = out.get(k);
    if (!entry) out.set(k, (entry = { counts: zero(), total: 0 }));
    entry.counts[t.flag]++;
    entry.total++;
  }
  return out;
}

/**
 * @param values the sheets the list was read from; with a Bộ tiêu chí sheet among them the view
 *   carries the component indices and the points-lost ranking too.
 */
export function dashboardFrom(list: TaskList, values?: TrackerValues): DashboardView {
  // A task the plan no longer has is kept on the sheet, but it is no part of the plan's totals.
  const tasks = list.tasks.filter((t) => !t.group && !t.dropped);
  const byState: StateCounts = countBy(tasks, () => 0).get(0)?.counts ?? zero();
  const areas = countBy(tasks, (t) => t.area);
  const areaOrder: (AreaKey | null)[] = [...AREA_KEYS, null];
  const byArea = areaOrder
    .filter((k) => areas.has(k))
    .map((key) => ({ key, label: key === null ? 'Chưa xác định' : AREA_NAMES[key].vi, ...areas.get(key)! }));
  // Per office as the reports count: a task for each lead office it names (the workbook's office
  // list merging spellings); '' = no lead office, which the pane labels in its own language.
  const resolver = officeResolver(
    tasks.map((t) => t.lead),
    values?.settings ? readSettings(values.settings, Number(list.asOf.slice(0, 4))).offices : [],
  );
  const byOffice = new Map<string, { counts: Record<DueState, number>; total: number }>();
  for (const t of tasks) {
    for (const office of resolver.officesOf(t.lead)) {
      const key = office === UNASSIGNED_OFFICE ? '' : office;
      let entry = byOffice.get(key);
      if (!entry) byOffice.set(key, (entry = { counts: zero(), total: 0 }));
      entry.counts[t.flag]++;
      entry.total++;
    }
  }
  const byLead = [...byOffice]
    .map(([lead, v]) => ({ lead, ...v }))
    .sort((a, b) => Number(a.lead === '') - Number(b.lead === '') || b.total - a.total || a.lead.localeCompare(b.lead, 'vi'));
  const overdue = tasks
    .filter((t) => t.flag === 'overdue')
    .sort((a, b) => (a.due ?? '').localeCompare(b.due ?? '') || a.row - b.row);
  const scoring = values?.criteria ? scoringFrom(values.criteria, readIndicatorSheet(values.indicators).indicators, list.tasks, values.dashboard ?? null) : undefined;
  return { asOf: list.asOf, ...(scoring ? { scoring } : {}), total: tasks.length, byState, byArea, byLead, overdue };
}
