/**
 * The editor of one task on the Cập nhật tab: Trạng thái, Ngày hoàn thành, Minh chứng, Ghi chú
 * and each indicator's actual. Only the fields the official changed are sent, with the task as
 * it was loaded (`seen`), so the host refuses to overwrite a cell changed in the sheet meanwhile.
 */
import type { IndicatorView, TaskChanges, TaskView } from '../../workbook/host';
import { append, field, h, select, uid } from '../dom';
import { actualText, formatDmy, parseActual } from '../format';
import type { Lang, Translate } from '../i18n';
import { areaLabel, taskStateLabel } from '../labels';
import { actionButton, type Runner } from '../runner';
import { flagBadge } from './badge';

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

export type ChangesResult = { readonly ok: true; readonly changes: TaskChanges; readonly count: number } | { readonly ok: false; readonly invalidRows: readonly number[] };

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

export interface EditorProps {
  readonly task: TaskView;
  readonly draft: Draft;
  readonly states: readonly string[];
  readonly lang: Lang;
  readonly t: Translate;
  readonly runner: Runner;
  readonly invalidRows: ReadonlySet<number>;
  /** "Đã lưu (…)" or "Chưa có thay đổi", shown under the buttons. */
  readonly status: string;
  onDraft(): void;
  onSave(): void;
  onCancel(): void;
  onGoTo(): void;
}

function indicatorRow(ind: IndicatorView, p: EditorProps): HTMLElement {
  const { t, draft } = p;
  const input = h('input', {
    testid: 'edit-actual',
    attrs: { type: 'text', inputmode: 'decimal', autocomplete: 'off', 'data-row': ind.row, 'aria-invalid': p.invalidRows.has(ind.row) },
  });
  input.value = draft.actuals.get(ind.row) ?? '';
  input.id = uid('actual');
  input.addEventListener('input', () => {
    draft.actuals.set(ind.row, input.value);
    p.onDraft();
  });
  const unit = ind.unit === '%' ? '%' : ind.unit;
  const hintId = uid('hint');
  input.setAttribute('aria-describedby', hintId);
  const box = h(
    'div',
    { className: 'par-indicator', testid: 'indicator', attrs: { 'data-row': ind.row } },
    h('div', { className: 'par-indicator-metric', testid: 'indicator-metric', text: ind.metric || ind.text }),
    h(
      'div',
      { className: 'par-indicator-line' },
      h('label', { className: 'par-label', text: t('editor.actual'), attrs: { for: input.id } }),
      input,
      unit ? h('span', { className: 'par-unit', text: unit }) : null,
    ),
    h(
      'div',
      { className: 'par-hint', attrs: { id: hintId } },
      h('span', { className: 'par-indicator-target', testid: 'indicator-target', text: t('editor.target', { target: ind.target }) }),
      ind.unit === '%' ? ` · ${t('editor.percentHint')}` : '',
      ind.met === null || ind.actual === null ? '' : ' · ',
      ind.met === null || ind.actual === null ? null : h('span', { testid: 'indicator-met', attrs: { 'data-met': String(ind.met) }, text: ind.met ? t('editor.met') : t('editor.notMet') }),
    ),
  );
  if (p.invalidRows.has(ind.row)) {
    box.appendChild(h('div', { className: 'par-invalid', testid: 'edit-actual-invalid', attrs: { role: 'alert' }, text: t('editor.invalidNumber', { text: input.value }) }));
  }
  return box;
}

export function taskEditor(p: EditorProps): HTMLElement {
  const { task, draft, t, lang, runner } = p;
  const stateOptions: [string, string][] = p.states.map((s) => [s, taskStateLabel(s, lang)]);
  if (!p.states.includes(draft.state)) stateOptions.unshift([draft.state, draft.state || t('update.filter.blank')]);
  const state = select({ testid: 'edit-state' }, stateOptions, draft.state);
  state.addEventListener('change', () => {
    draft.state = state.value;
    p.onDraft();
  });
  const doneDate = h('input', { testid: 'edit-done-date', attrs: { type: 'date' } });
  doneDate.value = draft.doneDate;
  // The date picker shows the browser's format (mm/dd in an English webview): the date is also
  // spelled out dd/mm/yyyy so it can never be misread.
  const doneDateText = h('div', { className: 'par-hint', testid: 'edit-done-date-text', attrs: { 'aria-live': 'polite' }, text: formatDmy(draft.doneDate) });
  const onDate = (): void => {
    draft.doneDate = doneDate.value;
    doneDateText.textContent = formatDmy(draft.doneDate);
    p.onDraft();
  };
  doneDate.addEventListener('input', onDate);
  doneDate.addEventListener('change', onDate);
  const doneDateField = field(t('editor.doneDate'), doneDate);
  doneDateField.appendChild(doneDateText);
  const evidence = h('input', { testid: 'edit-evidence', attrs: { type: 'text', autocomplete: 'off', placeholder: t('editor.evidencePlaceholder') } });
  evidence.value = draft.evidence;
  evidence.addEventListener('input', () => {
    draft.evidence = evidence.value;
    p.onDraft();
  });
  const note = h('textarea', { testid: 'edit-note', attrs: { rows: 3 } });
  note.value = draft.note;
  note.addEventListener('input', () => {
    draft.note = note.value;
    p.onDraft();
  });

  const fact = (label: string, testid: string, value: string): HTMLElement[] => [h('dt', { text: label }), h('dd', { testid, text: value || '—' })];
  const editor = h(
    'div',
    { testid: 'task-editor', attrs: { 'data-task-id': task.id, 'data-row': task.row, role: 'form', 'aria-label': `${task.id} ${task.title}` } },
    h(
      'div',
      { className: 'par-editor-head' },
      h('button', { className: 'par-btn par-btn-subtle', testid: 'editor-back', text: `← ${t('editor.back')}`, attrs: { type: 'button' }, on: { click: () => p.onCancel() } }),
      flagBadge(task.flag, lang, 'editor-flag'),
    ),
    h('div', { className: 'par-editor-title' }, h('span', { testid: 'editor-id', text: task.id }), ' · ', h('span', { testid: 'editor-title', text: task.title })),
    h(
      'dl',
      { className: 'par-facts' },
      ...fact(t('editor.lead'), 'editor-lead', task.lead),
      ...fact(t('editor.dueText'), 'editor-due-text', task.dueText),
      ...fact(t('editor.due'), 'editor-due', formatDmy(task.due)),
      ...fact(t('update.filter.area'), 'editor-area', areaLabel(task.area, task.areaLabel, lang)),
    ),
    field(t('editor.state'), state),
    doneDateField,
    field(t('editor.evidence'), evidence),
    field(t('editor.note'), note),
  );
  if (task.indicators.length) {
    const list = h('div', { testid: 'indicators' }, h('h3', { text: t('editor.indicators') }));
    for (const ind of task.indicators) list.appendChild(indicatorRow(ind, p));
    editor.appendChild(list);
  }
  const dirty = h('div', { className: 'par-dirty', testid: 'editor-dirty', attrs: { 'aria-live': 'polite' } });
  const save = actionButton(runner, { className: 'par-btn par-btn-primary', testid: 'edit-save', text: t('editor.save') }, () => p.onSave());
  append(
    editor,
    dirty,
    h(
      'div',
      { className: 'par-actions' },
      save,
      h('button', { className: 'par-btn', testid: 'edit-cancel', text: t('editor.cancel'), attrs: { type: 'button' }, on: { click: () => p.onCancel() } }),
      actionButton(runner, { className: 'par-btn par-btn-subtle', testid: 'edit-goto', text: t('editor.goto') }, () => p.onGoTo()),
    ),
    h('div', { className: 'par-note par-note-success', testid: 'save-status', attrs: { role: 'status', hidden: p.status === '' }, text: p.status }),
    h('p', { className: 'par-hint', text: t('editor.keys') }),
  );
  return editor;
}
