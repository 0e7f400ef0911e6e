/**
 * What the task editor shows and what a save writes, without a DOM: the draft of a task (its
 * fields as the official types them) and the changes between the draft and the task as loaded.
 * Only the changed fields are sent, with the task as it was loaded (`seen`), so the host refuses
 * to overwrite a cell changed in the sheet meanwhile.
 */
import type { IndicatorView, TaskChanges, TaskView } from '../../../workbook/host';
import { actualText, parseActual } from '../../format';
import type { Lang, Translate } from '../../i18n';
import { taskStateLabel } from '../../labels';

export interface Draft {
  state: string;
  doneDate: string;
  evidence: string;
  note: string;
  /** Actual as typed, by Chỉ tiêu row. */
  actuals: Map<number, string>;
}

export function draftOf(task: TaskView, lang: Lang): Draft {
  return {
    state: task.state,
    doneDate: task.doneDate ?? '',
    evidence: task.evidence,
    note: task.note,
    actuals: new Map(task.indicators.map((i) => [i.row, actualText(i.actual, i.unit, lang)])),
  };
}

export type ChangesResult =
  | { readonly ok: true; readonly changes: TaskChanges; readonly count: number }
  | { readonly ok: false; readonly invalidRows: readonly number[] };

/** What differs between the draft and the task as loaded; an actual that is not a number stops the save. */
export function changesOf(task: TaskView, draft: Draft, lang: Lang): ChangesResult {
  const changes: { -readonly [K in keyof TaskChanges]: TaskChanges[K] } = {};
  let count = 0;
  if (draft.state !== task.state) {
    changes.state = draft.state;
    count++;
  }
  if (draft.doneDate !== (task.doneDate ?? '')) {
    changes.doneDate = draft.doneDate === '' ? null : draft.doneDate;
    count++;
  }
  if (draft.evidence.trim() !== task.evidence) {
    changes.evidence = draft.evidence.trim();
    count++;
  }
  if (draft.note.trim() !== task.note) {
    changes.note = draft.note.trim();
    count++;
  }
  const invalidRows: number[] = [];
  const actuals: { row: number; value: number | null }[] = [];
  for (const ind of task.indicators) {
    const typed = draft.actuals.get(ind.row) ?? '';
    if (typed === actualText(ind.actual, ind.unit, lang)) continue;
    const parsed = parseActual(typed, ind.unit);
    if (!parsed.ok) invalidRows.push(ind.row);
    else if (parsed.value !== ind.actual) actuals.push({ row: ind.row, value: parsed.value });
  }
  if (invalidRows.length) return { ok: false, invalidRows };
  if (actuals.length) {
    changes.actuals = actuals;
    count += actuals.length;
  }
  return { ok: true, changes, count };
}

/** The Trạng thái dropdown: the sheet's states, and the task's own value first when it is not one of them. */
export function editorStateChoices(states: readonly string[], current: string, lang: Lang, t: Translate): [value: string, label: string][] {
  const choices: [string, string][] = states.map((s) => [s, taskStateLabel(s, lang)]);
  if (!states.includes(current)) choices.unshift([current, current || t('update.filter.blank')]);
  return choices;
}

/** What the editor shows around an indicator's actual. */
export interface IndicatorLine {
  /** The metric, or the indicator's text when it has none. */
  readonly metric: string;
  readonly unit: string;
  /** "Mục tiêu ≥ 90%" */
  readonly target: string;
  /** " · Gõ 95 nghĩa là 95%." for a percent, else ''. */
  readonly percentHint: string;
  /** "Đạt" / "Chưa đạt" once there is an actual and a verdict. */
  readonly verdict: { readonly met: boolean; readonly text: string } | null;
}

export function indicatorLine(ind: IndicatorView, t: Translate): IndicatorLine {
  return {
    metric: ind.metric || ind.text,
    unit: ind.unit,
    target: t('editor.target', { target: ind.target }),
    percentHint: ind.unit === '%' ? ` · ${t('editor.percentHint')}` : '',
    verdict: ind.met === null || ind.actual === null ? null : { met: ind.met, text: ind.met ? t('editor.met') : t('editor.notMet') },
  };
}
