/**
 * The editor of one task on the Cập nhật tab: Trạng thái, Ngày hoàn thành, Minh chứng, Ghi chú
 * and each indicator's actual. This is its view: the fields write into the draft, and what the
 * draft is and what a save of it sends are in update/draft.ts (pure, tested without a browser).
 */
import type { IndicatorView, TaskView } from '../../workbook/host';
import { append, field, h, select, uid } from '../dom';
import { formatDmy } from '../format';
import type { Lang, Translate } from '../i18n';
import { areaLabel } from '../labels';
import { actionButton, type Runner } from '../runner';
import { flagBadge } from './badge';
import { editorStateChoices, indicatorLine, type Draft } from './update/draft';

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
  /** Whether the draft differs from the task as loaded (the editor then says "Chưa lưu" and hides the status). */
  isDirty(): boolean;
  onSave(): void;
  onCancel(): void;
  onGoTo(): void;
}

function indicatorRow(ind: IndicatorView, p: EditorProps, onDraft: () => void): HTMLElement {
  const { t, draft } = p;
  const input = h('input', {
    testid: 'edit-actual',
    attrs: { type: 'text', inputmode: 'decimal', autocomplete: 'off', 'data-row': ind.row, 'aria-invalid': p.invalidRows.has(ind.row) },
  });
  input.value = draft.actuals.get(ind.row) ?? '';
  input.id = uid('actual');
  input.addEventListener('input', () => {
    draft.actuals.set(ind.row, input.value);
    onDraft();
  });
  const line = indicatorLine(ind, t);
  const hintId = uid('hint');
  input.setAttribute('aria-describedby', hintId);
  const box = h(
    'div',
    { className: 'par-indicator', testid: 'indicator', attrs: { 'data-row': ind.row } },
    h('div', { className: 'par-indicator-metric', testid: 'indicator-metric', text: line.metric }),
    h(
      'div',
      { className: 'par-indicator-line' },
      h('label', { className: 'par-label', text: t('editor.actual'), attrs: { for: input.id } }),
      input,
      line.unit ? h('span', { className: 'par-unit', text: line.unit }) : null,
    ),
    h(
      'div',
      { className: 'par-hint', attrs: { id: hintId } },
      h('span', { className: 'par-indicator-target', testid: 'indicator-target', text: line.target }),
      line.percentHint,
      line.verdict ? ' · ' : '',
      line.verdict ? h('span', { testid: 'indicator-met', attrs: { 'data-met': String(line.verdict.met) }, text: line.verdict.text }) : null,
    ),
  );
  if (p.invalidRows.has(ind.row)) {
    box.appendChild(
      h('div', { className: 'par-invalid', testid: 'edit-actual-invalid', attrs: { role: 'alert' }, text: t('editor.invalidNumber', { text: input.value }) }),
    );
  }
  return box;
}

export function taskEditor(p: EditorProps): HTMLElement {
  const { task, draft, t, lang, runner } = p;
  // "Chưa lưu" while the draft differs from the task as loaded; typing hides the last save's status.
  const dirty = h('div', { className: 'par-dirty', testid: 'editor-dirty', attrs: { 'aria-live': 'polite' }, text: p.isDirty() ? t('editor.unsaved') : '' });
  const status = h('div', {
    className: 'par-note par-note-success',
    testid: 'save-status',
    attrs: { role: 'status', hidden: p.status === '' },
    text: p.status,
  });
  const onDraft = (): void => {
    const unsaved = p.isDirty();
    dirty.textContent = unsaved ? t('editor.unsaved') : '';
    if (unsaved) status.hidden = true;
  };
  const state = select({ testid: 'edit-state' }, editorStateChoices(p.states, draft.state, lang, t), draft.state);
  state.addEventListener('change', () => {
    draft.state = state.value;
    onDraft();
  });
  const doneDate = h('input', { testid: 'edit-done-date', attrs: { type: 'date' } });
  doneDate.value = draft.doneDate;
  // The date picker shows the browser's format (mm/dd in an English webview): the date is also
  // spelled out dd/mm/yyyy so it can never be misread.
  const doneDateText = h('div', { className: 'par-hint', testid: 'edit-done-date-text', attrs: { 'aria-live': 'polite' }, text: formatDmy(draft.doneDate) });
  const onDate = (): void => {
    draft.doneDate = doneDate.value;
    doneDateText.textContent = formatDmy(draft.doneDate);
    onDraft();
  };
  doneDate.addEventListener('input', onDate);
  doneDate.addEventListener('change', onDate);
  const doneDateField = field(t('editor.doneDate'), doneDate);
  doneDateField.appendChild(doneDateText);
  const evidence = h('input', { testid: 'edit-evidence', attrs: { type: 'text', autocomplete: 'off', placeholder: t('editor.evidencePlaceholder') } });
  evidence.value = draft.evidence;
  evidence.addEventListener('input', () => {
    draft.evidence = evidence.value;
    onDraft();
  });
  const note = h('textarea', { testid: 'edit-note', attrs: { rows: 3 } });
  note.value = draft.note;
  note.addEventListener('input', () => {
    draft.note = note.value;
    onDraft();
  });

  const fact = (label: string, testid: string, value: string): HTMLElement[] => [h('dt', { text: label }), h('dd', { testid, text: value || '—' })];
  const editor = h(
    'div',
    { testid: 'task-editor', attrs: { 'data-task-id': task.id, 'data-row': task.row, role: 'form', 'aria-label': `${task.id} ${task.title}` } },
    h(
      'div',
      { className: 'par-editor-head' },
      h('button', {
        className: 'par-btn par-btn-subtle',
        testid: 'editor-back',
        text: `← ${t('editor.back')}`,
        attrs: { type: 'button' },
        on: { click: () => p.onCancel() },
      }),
      flagBadge(task.flag, lang, 'editor-flag'),
    ),
    h(
      'div',
      { className: 'par-editor-title' },
      h('span', { testid: 'editor-id', text: task.id }),
      ' · ',
      h('span', { testid: 'editor-title', text: task.title }),
    ),
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
    for (const ind of task.indicators) list.appendChild(indicatorRow(ind, p, onDraft));
    editor.appendChild(list);
  }
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
    status,
    h('p', { className: 'par-hint', text: t('editor.keys') }),
  );
  return editor;
}
