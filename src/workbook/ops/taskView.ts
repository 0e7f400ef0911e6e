/**
 * Task rows as the pane shows them: the sheet's values plus the deadline flag computed by the
 * core's rule (the same rule the native Cảnh báo formula applies in the sheet).
 */
import { dueState, DEFAULT_SOON_DAYS } from '../../core/status/dueState';
import { formatNumberVi } from '../../core/target/number';
import { fold } from '../../core/text';
import { isDoneState } from '../../core/status/taskDueState';
import type { IndicatorView, TaskView } from '../host';
import type { IndicatorRecord, TaskRecord } from './readTracker';

/**
 * A task counts as done when its state says so or a completion date is filled in (core's rule);
 * a completion cell holding text that is not a date still counts, as the sheet's formula does.
 */
export function isDone(t: Pick<TaskRecord, 'state' | 'doneDate' | 'doneDateText'>): boolean {
  return isDoneState(t.state) || t.doneDate !== null || t.doneDateText !== '';
}

export function indicatorView(ind: IndicatorRecord): IndicatorView {
  const value = ind.value === null ? '' : ind.unit === '%' ? `${formatNumberVi(ind.value * 100)}%` : formatNumberVi(ind.value);
  const unit = ind.unit === '%' ? '' : ind.unit;
  return {
    row: ind.row,
    metric: ind.metric,
    target: [ind.op, value, unit].filter(Boolean).join(' '),
    text: ind.text,
    unit: ind.unit,
    actual: ind.actual,
    met: ind.met === '' ? null : fold(ind.met) === fold('Đạt'),
  };
}

export function taskView(t: TaskRecord, indicators: readonly IndicatorRecord[], asOf: string, soonDays: number = DEFAULT_SOON_DAYS): TaskView {
  return {
    id: t.id,
    row: t.row,
    group: t.group,
    title: t.title,
    area: t.area,
    areaLabel: t.areaLabel,
    lead: t.lead,
    dueText: t.dueText,
    due: t.due,
    state: t.state,
    doneDate: t.doneDate,
    evidence: t.evidence,
    note: t.note,
    flag: dueState({ due: t.due, done: isDone(t), doneDate: t.doneDate, asOf, soonDays }),
    indicators: indicators.map(indicatorView),
    ...(t.dropped ? { dropped: true } : {}),
  };
}
