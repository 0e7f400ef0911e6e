/**
 * The Cập nhật (Update) tab's state and every decision it makes, without a DOM: which tasks the
 * filters and the search keep, how many rows are drawn, which row holds the list's tab stop, what
 * a key in the list does, which task is open when the sheet's selection moves, what a load keeps
 * of the open task, and what a save sends. Each function takes a state and returns the next one;
 * the view (../updateTab.ts) draws the state and wires the events to these functions.
 */
import { fold } from '../../../core/text/fold';
import type { SaveDone, SaveRequest, SheetRow, TaskList, TaskView } from '../../../workbook/host';
import { TASK_SHEET } from '../../../workbook/sheetNames';
import type { Lang, Translate } from '../../i18n';
import { areaLabel, dueLabel, DUE_STATES, taskStateLabel, type DueState } from '../../labels';
import { changesOf, draftOf, type Draft } from './draft';

/** Rows drawn at once; more on demand, so 10,000 tasks do not freeze an old machine. */
export const PAGE = 200;
/** The state filter's value for "(trống)": tasks whose Trạng thái is blank. */
export const BLANK = '\u0000blank';

export interface Filters {
  readonly lead: string;
  readonly area: string;
  readonly state: string;
  /** '' all, 'open' not done, or one deadline state. */
  readonly flag: string;
  readonly search: string;
}

export const NO_FILTERS: Filters = { lead: '', area: '', state: '', flag: '', search: '' };

export interface UpdateState {
  readonly list: TaskList | null;
  readonly filters: Filters;
  /** How many of the matching rows are drawn. */
  readonly limit: number;
  /** The task whose row has the list's tab stop. */
  readonly activeId: string | null;
  /** The task open in the editor, as loaded (the `seen` of the save). */
  readonly editing: TaskView | null;
  /** The editor's fields as typed (the editor writes into this object). */
  readonly draft: Draft | null;
  readonly invalidRows: ReadonlySet<number>;
  /** "Đã lưu (…)" or "Chưa có thay đổi", under the editor's buttons. */
  readonly status: string;
  /** Why the pane did not follow the sheet ("finish the open task first"). */
  readonly notice: string;
}

export const INITIAL_UPDATE_STATE: UpdateState = {
  list: null,
  filters: NO_FILTERS,
  limit: PAGE,
  activeId: null,
  editing: null,
  draft: null,
  invalidRows: new Set(),
  status: '',
  notice: '',
};

/** Deadline states of a task not done yet (the "Chưa hoàn thành" filter). */
const OPEN: ReadonlySet<DueState> = new Set(['overdue', 'due-soon', 'on-track', 'no-deadline']);

// ---- the list ----

/** The tasks of the list (group rows left out). */
export function tasksOf(list: TaskList | null): TaskView[] {
  return list ? list.tasks.filter((t) => !t.group) : [];
}

/** Whether a task passes the filters; the search wants every word, ignoring case and diacritics, in the id, title or lead. */
export function taskMatches(t: TaskView, f: Filters): boolean {
  if (f.lead && t.lead !== f.lead) return false;
  if (f.area && t.area !== f.area) return false;
  if (f.state === BLANK ? t.state !== '' : f.state && t.state !== f.state) return false;
  if (f.flag === 'open' ? !OPEN.has(t.flag) : f.flag && t.flag !== f.flag) return false;
  if (f.search) {
    const words = fold(f.search).split(' ');
    const text = fold(`${t.id} ${t.title} ${t.lead}`);
    if (!words.every((w) => text.includes(w))) return false;
  }
  return true;
}

export function isFiltered(f: Filters): boolean {
  return Object.values(f).some((v) => v !== '');
}

export interface ListView {
  /** Every task of the list. */
  readonly all: readonly TaskView[];
  /** The tasks the filters keep. */
  readonly shown: readonly TaskView[];
  /** The rows drawn (the first `limit` of `shown`). */
  readonly drawn: readonly TaskView[];
  /** How many more rows the "+ N" button draws (0: no button). */
  readonly more: number;
  /** The row with the list's tab stop: the active task if drawn, else the first row. */
  readonly tabStopId: string | null;
  readonly filtered: boolean;
}

export function listView(s: UpdateState): ListView {
  const all = tasksOf(s.list);
  const shown = all.filter((t) => taskMatches(t, s.filters));
  const drawn = shown.slice(0, s.limit);
  const tabStopId = drawn.some((x) => x.id === s.activeId) ? s.activeId : (drawn[0]?.id ?? null);
  return { all, shown, drawn, more: Math.min(PAGE, shown.length - drawn.length), tabStopId, filtered: isFiltered(s.filters) };
}

/** A filter changed: the list starts again from its first page. */
export function withFilter(s: UpdateState, key: keyof Filters, value: string): UpdateState {
  return { ...s, filters: { ...s.filters, [key]: value }, limit: PAGE };
}

export function withoutFilters(s: UpdateState): UpdateState {
  return { ...s, filters: NO_FILTERS };
}

/** "+ N": one more page of rows. */
export function withMore(s: UpdateState): UpdateState {
  return { ...s, limit: s.limit + PAGE };
}

export type Choice = readonly [value: string, label: string];

export interface FilterChoices {
  readonly lead: readonly Choice[];
  readonly area: readonly Choice[];
  readonly state: readonly Choice[];
  readonly flag: readonly Choice[];
}

/** The options of the filter dropdowns; "(trống)" only when a task has a blank Trạng thái. */
export function filterChoices(list: TaskList, lang: Lang, t: Translate): FilterChoices {
  const all: Choice = ['', t('update.filter.all')];
  const state: Choice[] = [all, ...list.states.map((s): Choice => [s, taskStateLabel(s, lang)])];
  if (tasksOf(list).some((x) => x.state === '')) state.push([BLANK, t('update.filter.blank')]);
  return {
    lead: [all, ...list.leads.map((l): Choice => [l, l])],
    area: [all, ...list.areas.map((a): Choice => [a.key, areaLabel(a.key, a.label, lang)])],
    state,
    flag: [all, ['open', t('update.filter.open')], ...DUE_STATES.map((s): Choice => [s, dueLabel(s, lang)])],
  };
}

/** What a key does on a row of the list (row `at` of `count`): move the tab stop, open the task, or nothing. */
export type ListKeyAction = { readonly kind: 'move'; readonly index: number } | { readonly kind: 'open'; readonly index: number } | null;

export function listKey(key: string, at: number, count: number): ListKeyAction {
  if (at < 0 || count === 0) return null;
  if (key === 'ArrowDown') return { kind: 'move', index: Math.min(count - 1, at + 1) };
  if (key === 'ArrowUp') return { kind: 'move', index: Math.max(0, at - 1) };
  if (key === 'Home') return { kind: 'move', index: 0 };
  if (key === 'End') return { kind: 'move', index: count - 1 };
  if (key === 'Enter' || key === ' ') return { kind: 'open', index: at };
  return null;
}

/** The tab stop moved to this task (arrow keys). */
export function withActive(s: UpdateState, id: string): UpdateState {
  return { ...s, activeId: id };
}

// ---- the editor ----

/** Whether the editor holds edits not saved (an actual that is not a number counts as one). */
export function isDirty(s: UpdateState, lang: Lang): boolean {
  if (!s.editing || !s.draft) return false;
  const c = changesOf(s.editing, s.draft, lang);
  return !c.ok || c.count > 0;
}

/** The task opens in the editor, its draft as loaded. */
export function openTask(s: UpdateState, task: TaskView, lang: Lang): UpdateState {
  return { ...s, editing: task, activeId: task.id, draft: draftOf(task, lang), invalidRows: new Set(), status: '', notice: '' };
}

/** Back to the list (edits not saved are dropped). */
export function closeTask(s: UpdateState): UpdateState {
  return { ...s, editing: null, draft: null, invalidRows: new Set(), status: '', notice: '' };
}

/**
 * A list was read: the open task is replaced by the sheet's version of it (a save or someone else
 * may have changed it) unless the official has unsaved edits, and closed if it is gone.
 */
export function afterLoad(s: UpdateState, list: TaskList, lang: Lang): UpdateState {
  let next: UpdateState = { ...s, list };
  if (s.editing) {
    const again = list.tasks.find((t) => t.id === s.editing!.id && !t.group) ?? null;
    if (again && !isDirty(s, lang)) next = { ...next, editing: again, draft: draftOf(again, lang) };
    else if (!again) next = { ...next, editing: null, draft: null };
  }
  return next;
}

/**
 * The sheet's selection moved to `at`. On a task row of Nhiệm vụ other than the open one, that task
 * opens — unless the open one has unsaved edits: then it stays, with a notice saying so.
 */
export type Follow =
  | { readonly kind: 'ignore' }
  | { readonly kind: 'blocked'; readonly state: UpdateState }
  | { readonly kind: 'open'; readonly state: UpdateState };

export function followSheet(s: UpdateState, at: SheetRow, lang: Lang, t: Translate): Follow {
  if (at.sheet !== TASK_SHEET || !s.list) return { kind: 'ignore' };
  const task = s.list.tasks.find((x) => x.row === at.row && !x.group);
  if (!task || task.id === s.editing?.id) return { kind: 'ignore' };
  if (isDirty(s, lang)) return { kind: 'blocked', state: { ...s, notice: t('editor.finishFirst', { id: s.editing!.id }) } };
  return { kind: 'open', state: openTask(s, task, lang) };
}

/**
 * "Lưu": what the save does. An actual that is not a number marks its row and sends nothing;
 * no change says so; otherwise the request carries only the changed fields and the task as seen.
 */
export type SaveStep =
  | { readonly kind: 'none' }
  | { readonly kind: 'invalid'; readonly state: UpdateState }
  | { readonly kind: 'unchanged'; readonly state: UpdateState }
  | { readonly kind: 'save'; readonly state: UpdateState; readonly request: SaveRequest };

export function saveStep(s: UpdateState, lang: Lang, t: Translate): SaveStep {
  const seen = s.editing;
  if (!seen || !s.draft) return { kind: 'none' };
  const result = changesOf(seen, s.draft, lang);
  if (!result.ok) return { kind: 'invalid', state: { ...s, invalidRows: new Set(result.invalidRows), status: '' } };
  const cleared: UpdateState = { ...s, invalidRows: new Set() };
  if (result.count === 0) return { kind: 'unchanged', state: { ...cleared, status: t('editor.noChanges') } };
  return { kind: 'save', state: cleared, request: { id: seen.id, changes: result.changes, seen } };
}

/** The host saved: the editor shows the task as written (before the list is read again). */
export function afterSave(s: UpdateState, done: SaveDone, lang: Lang): UpdateState {
  return { ...s, editing: done.task, draft: draftOf(done.task, lang) };
}

/** "Đã lưu (…)": the status once the list was read again after a save. */
export function savedStatus(s: UpdateState, done: SaveDone, t: Translate): UpdateState {
  return { ...s, status: t('editor.saved', { cells: done.written, logs: done.logged }) };
}
