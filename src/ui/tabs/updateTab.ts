/**
 * Cập nhật (Update): the task list with its filters, and the editor of the selected task.
 * In a narrow pane the two take turns: selecting a task opens its editor, "Về danh sách" or Esc
 * returns to the list. Where the host reports the sheet's selection, the pane follows it, and
 * selecting a task in the pane moves the sheet to its row.
 */
import { fold } from '../../core/text/fold';
import type { SaveRequest, SheetRow, TaskList, TaskView } from '../../workbook/host';
import { TASK_SHEET } from '../../workbook/sheetNames';
import type { PaneContext, TabView } from '../context';
import { field, h, replaceChildren, select } from '../dom';
import { keepFocus } from '../focus';
import { formatDmy } from '../format';
import { areaLabel, dueLabel, DUE_STATES, taskStateLabel, type DueState } from '../labels';
import { staleLoader, type StaleLoader } from '../staleLoader';
import { actionButton } from '../runner';
import { droppedBadge, flagBadge } from './badge';
import { changesOf, draftOf, taskEditor, type Draft } from './taskEditor';

/** Rows drawn at once; more on demand, so 10,000 tasks do not freeze an old machine. */
const PAGE = 200;
const BLANK = '\u0000blank';

interface Filters {
  lead: string;
  area: string;
  state: string;
  /** '' all, 'open' not done, or one deadline state. */
  flag: string;
  search: string;
}

interface UpdateState {
  list: TaskList | null;
  stale: boolean;
  filters: Filters;
  limit: number;
  /** The task whose row has the list's tab stop. */
  activeId: string | null;
  /** The task open in the editor, as loaded (the `seen` of the save). */
  editing: TaskView | null;
  draft: Draft | null;
  invalidRows: Set<number>;
  status: string;
  notice: string;
}

const OPEN: ReadonlySet<DueState> = new Set(['overdue', 'due-soon', 'on-track', 'no-deadline']);

export function updateTab(ctx: () => PaneContext): TabView {
  const panel = h('section', { className: 'par-panel', testid: 'panel-update', attrs: { role: 'tabpanel' } });
  const state: UpdateState = {
    list: null,
    stale: true,
    filters: { lead: '', area: '', state: '', flag: '', search: '' },
    limit: PAGE,
    activeId: null,
    editing: null,
    draft: null,
    invalidRows: new Set(),
    status: '',
    notice: '',
  };
  let listRegion: HTMLElement | null = null;
  // Assigned below, once `load` exists; used by the selection watcher only after mounting.
  // Set once below, after the functions it needs; the handlers above read it when they run.
  // eslint-disable-next-line prefer-const
  let loader: StaleLoader;

  const tasks = (): TaskView[] => (state.list ? state.list.tasks.filter((t) => !t.group) : []);

  const matches = (t: TaskView): boolean => {
    const f = state.filters;
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
  };

  const dirty = (): boolean => {
    if (!state.editing || !state.draft) return false;
    const c = changesOf(state.editing, state.draft, ctx().lang);
    return !c.ok || c.count > 0;
  };

  const load = async (): Promise<boolean> => {
    const c = ctx();
    const list = await c.runner.run({ label: 'progress.load', retry: () => void load() }, () => c.host.listTasks());
    if (!list) {
      render();
      return false;
    }
    state.list = list;
    state.stale = false;
    // The open task, as the sheet now has it (a save or someone else may have changed it).
    if (state.editing) {
      const again = list.tasks.find((t) => t.id === state.editing!.id && !t.group) ?? null;
      if (again && !dirty()) {
        state.editing = again;
        state.draft = draftOf(again, c.lang);
      } else if (!again) {
        state.editing = null;
        state.draft = null;
      }
    }
    render();
    return true;
  };

  const open = (task: TaskView, moveSheet: boolean): void => {
    state.editing = task;
    state.activeId = task.id;
    state.draft = draftOf(task, ctx().lang);
    state.invalidRows = new Set();
    state.status = '';
    state.notice = '';
    render();
    panel.querySelector<HTMLElement>('[data-testid="edit-state"]')?.focus();
    if (moveSheet && ctx().host.watchSelection) void ctx().goTo({ sheet: TASK_SHEET, row: task.row });
  };

  const close = (): void => {
    const id = state.editing?.id ?? null;
    state.editing = null;
    state.draft = null;
    state.invalidRows = new Set();
    state.status = '';
    state.notice = '';
    render();
    const row = id ? panel.querySelector<HTMLElement>(`[data-testid="task-row"][data-task-id="${CSS.escape(id)}"]`) : null;
    (row ?? panel.querySelector<HTMLElement>('[data-testid="task-list"]'))?.focus();
  };

  const save = async (): Promise<void> => {
    const c = ctx();
    const seen = state.editing;
    if (!seen || !state.draft) return;
    const result = changesOf(seen, state.draft, c.lang);
    if (!result.ok) {
      state.invalidRows = new Set(result.invalidRows);
      state.status = '';
      renderEditorOnly();
      panel.querySelector<HTMLElement>('[data-testid="edit-actual"][aria-invalid="true"]')?.focus();
      return;
    }
    state.invalidRows = new Set();
    if (result.count === 0) {
      state.status = c.t('editor.noChanges');
      renderEditorOnly();
      return;
    }
    const req: SaveRequest = { id: seen.id, changes: result.changes, seen };
    const done = await c.runner.run({ label: 'progress.save', retry: () => void save() }, () => c.host.saveTask(req));
    if (!done) return;
    state.editing = done.task;
    state.draft = draftOf(done.task, c.lang);
    c.trackerChanged('update');
    await load();
    state.status = c.t('editor.saved', { cells: done.written, logs: done.logged });
    renderEditorOnly();
    panel.querySelector<HTMLElement>('[data-testid="edit-save"]')?.focus();
  };

  /** The sheet's selection moved: select that task here (unless edits would be lost). */
  const followSheet = (at: SheetRow): void => {
    try {
      if (at.sheet !== TASK_SHEET || !state.list) return;
      const task = state.list.tasks.find((t) => t.row === at.row && !t.group);
      if (!task || task.id === state.editing?.id) return;
      if (dirty()) {
        state.notice = ctx().t('editor.finishFirst', { id: state.editing!.id });
        renderEditorOnly();
        return;
      }
      state.editing = task;
      state.activeId = task.id;
      state.draft = draftOf(task, ctx().lang);
      state.invalidRows = new Set();
      state.status = '';
      state.notice = '';
      if (loader.visible()) render();
    } catch (error) {
      ctx().runner.showError(error);
    }
  };
  const unwatch = (() => {
    const host = ctx().host;
    if (!host.watchSelection) return () => undefined;
    try {
      return host.watchSelection(followSheet);
    } catch (error) {
      ctx().runner.showError(error);
      return () => undefined;
    }
  })();

  // ---- drawing ----

  const filterControls = (list: TaskList): HTMLElement => {
    const { t, lang } = ctx();
    const f = state.filters;
    const all: [string, string] = ['', t('update.filter.all')];
    const onChange = (key: keyof Filters) => (ev: Event): void => {
      f[key] = (ev.target as HTMLInputElement | HTMLSelectElement).value;
      state.limit = PAGE;
      renderList();
    };
    const lead = select({ testid: 'filter-lead', on: { change: onChange('lead') } }, [all, ...list.leads.map((l): [string, string] => [l, l])], f.lead);
    const area = select({ testid: 'filter-area', on: { change: onChange('area') } }, [all, ...list.areas.map((a): [string, string] => [a.key, areaLabel(a.key, a.label, lang)])], f.area);
    const stateOptions: [string, string][] = [all, ...list.states.map((s): [string, string] => [s, taskStateLabel(s, lang)])];
    if (tasks().some((x) => x.state === '')) stateOptions.push([BLANK, t('update.filter.blank')]);
    const taskState = select({ testid: 'filter-state', on: { change: onChange('state') } }, stateOptions, f.state);
    const flag = select(
      { testid: 'filter-flag', on: { change: onChange('flag') } },
      [all, ['open', t('update.filter.open')], ...DUE_STATES.map((s): [string, string] => [s, dueLabel(s, lang)])],
      f.flag,
    );
    const search = h('input', { testid: 'filter-search', attrs: { type: 'search', autocomplete: 'off', placeholder: t('update.filter.searchPlaceholder') }, on: { input: onChange('search') } });
    search.value = f.search;
    const wide = (el: HTMLElement): HTMLElement => {
      el.classList.add('par-wide');
      return el;
    };
    return h(
      'div',
      { className: 'par-filters', testid: 'filters', attrs: { role: 'group', 'aria-label': t('update.filters') } },
      wide(field(t('update.filter.search'), search)),
      wide(field(t('update.filter.lead'), lead)),
      wide(field(t('update.filter.area'), area)),
      field(t('update.filter.state'), taskState),
      field(t('update.filter.flag'), flag),
    );
  };

  const taskRow = (task: TaskView, tabStop: boolean): HTMLElement => {
    const { t, lang } = ctx();
    const selected = task.id === state.editing?.id;
    return h(
      'li',
      {
        className: 'par-task',
        testid: 'task-row',
        attrs: { role: 'option', 'aria-selected': String(selected), tabindex: tabStop ? 0 : -1, 'data-task-id': task.id, 'data-row': task.row, 'data-flag': task.flag },
        on: { click: () => open(task, true) },
      },
      h('span', { className: 'par-task-id', testid: 'task-id', text: task.id }),
      // No date: the timeline as written ("Theo kế hoạch") says more than a second "no deadline".
      h('span', { className: 'par-task-due', testid: 'task-due', text: task.due ? formatDmy(task.due) : task.dueText || t('update.noDue') }),
      task.dropped ? droppedBadge(lang, 'task-flag') : flagBadge(task.flag, lang, 'task-flag'),
      h('span', { className: 'par-task-title', testid: 'task-title', text: task.title }),
      task.lead ? h('span', { className: 'par-task-lead', testid: 'task-lead', text: task.lead }) : null,
    );
  };

  /** Arrow keys move within the list (one tab stop), Enter or Space opens the task. */
  const listKeys = (list: HTMLElement, shown: TaskView[]) => (e: KeyboardEvent): void => {
    const rows = Array.from(list.querySelectorAll<HTMLElement>('[data-testid="task-row"]'));
    const at = rows.findIndex((r) => r === e.target);
    if (at < 0) return;
    let next = -1;
    if (e.key === 'ArrowDown') next = Math.min(rows.length - 1, at + 1);
    else if (e.key === 'ArrowUp') next = Math.max(0, at - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = rows.length - 1;
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      open(shown[at], true);
      return;
    } else return;
    e.preventDefault();
    rows[at].tabIndex = -1;
    rows[next].tabIndex = 0;
    rows[next].focus();
    state.activeId = shown[next].id;
  };

  function renderList(): void {
    if (!listRegion || !state.list) return;
    const { t } = ctx();
    const all = tasks();
    const shown = all.filter(matches);
    const drawn = shown.slice(0, state.limit);
    const filtered = Object.values(state.filters).some((v) => v !== '');
    const bar = h(
      'div',
      { className: 'par-filters-bar' },
      h('span', { testid: 'task-count', attrs: { 'aria-live': 'polite', 'data-shown': shown.length, 'data-total': all.length }, text: t('update.count', { shown: shown.length, total: all.length }) }),
      filtered
        ? h('button', {
            className: 'par-btn par-btn-subtle par-btn-small',
            testid: 'filter-clear',
            text: t('update.clearFilters'),
            attrs: { type: 'button' },
            on: {
              click: () => {
                state.filters = { lead: '', area: '', state: '', flag: '', search: '' };
                render();
              },
            },
          })
        : null,
    );
    const content: HTMLElement[] = [bar];
    if (all.length === 0) content.push(h('p', { className: 'par-muted', testid: 'task-empty', text: t('update.noTasks') }));
    else if (shown.length === 0) content.push(h('p', { className: 'par-muted', testid: 'task-empty', text: t('update.empty') }));
    else {
      const stopId = drawn.some((x) => x.id === state.activeId) ? state.activeId : drawn[0].id;
      const list = h('ul', { className: 'par-tasks', testid: 'task-list', attrs: { role: 'listbox', 'aria-label': t('update.list') } });
      for (const task of drawn) list.appendChild(taskRow(task, task.id === stopId));
      list.addEventListener('keydown', listKeys(list, drawn));
      content.push(list);
      if (shown.length > drawn.length) {
        content.push(
          h('div', { className: 'par-actions' }, h('button', {
            className: 'par-btn',
            testid: 'task-more',
            text: `+ ${Math.min(PAGE, shown.length - drawn.length)}`,
            attrs: { type: 'button' },
            on: {
              click: () => {
                state.limit += PAGE;
                renderList();
              },
            },
          })),
        );
      }
    }
    replaceChildren(listRegion, ...content);
  }

  function editorProps(task: TaskView, draft: Draft) {
    const c = ctx();
    return {
      task,
      draft,
      states: state.list?.states ?? [],
      lang: c.lang,
      t: c.t,
      runner: c.runner,
      invalidRows: state.invalidRows,
      status: state.status,
      onDraft: () => {
        const marker = panel.querySelector<HTMLElement>('[data-testid="editor-dirty"]');
        if (marker) marker.textContent = dirty() ? c.t('editor.unsaved') : '';
        const status = panel.querySelector<HTMLElement>('[data-testid="save-status"]');
        if (status && dirty()) status.hidden = true;
      },
      onSave: () => void save(),
      onCancel: close,
      onGoTo: () => void c.goTo({ sheet: TASK_SHEET, row: task.row }),
    };
  }

  function renderEditorOnly(): void {
    const slot = panel.querySelector<HTMLElement>('[data-testid="editor-slot"]');
    if (!slot || !state.editing || !state.draft) {
      render();
      return;
    }
    keepFocus(panel, () => replaceChildren(slot, ...editorContent()));
  }

  function editorContent(): HTMLElement[] {
    const out: HTMLElement[] = [];
    if (state.notice) out.push(h('div', { className: 'par-note par-note-warning', testid: 'editor-notice', attrs: { role: 'status' }, text: state.notice }));
    out.push(taskEditor(editorProps(state.editing!, state.draft!)));
    const marker = out[out.length - 1].querySelector<HTMLElement>('[data-testid="editor-dirty"]');
    if (marker) marker.textContent = dirty() ? ctx().t('editor.unsaved') : '';
    return out;
  }

  function render(): void {
    keepFocus(panel, () => {
      const { t, runner } = ctx();
      const list = state.list;
      const toolbar = h(
        'div',
        { className: 'par-filters-bar' },
        h('span', { testid: 'update-asof', text: list ? t('update.asOf', { date: formatDmy(list.asOf) }) : '' }),
        actionButton(runner, { className: 'par-btn par-btn-small', testid: 'update-reload', text: t('update.reload') }, () => void load()),
      );
      if (!list) {
        listRegion = null;
        replaceChildren(
          panel,
          toolbar,
          h('p', { className: 'par-muted', testid: 'update-not-loaded', text: t('update.notLoaded', { sheet: TASK_SHEET }) }),
          h('div', { className: 'par-actions' }, actionButton(runner, { className: 'par-btn par-btn-primary', testid: 'update-load', text: t('update.load') }, () => void load())),
        );
        return;
      }
      if (state.editing && state.draft) {
        listRegion = null;
        replaceChildren(panel, toolbar, h('div', { testid: 'editor-slot', on: { keydown: onEditorKey } }, ...editorContent()));
        return;
      }
      listRegion = h('div', { testid: 'task-region' });
      replaceChildren(panel, toolbar, filterControls(list), listRegion);
      renderList();
    });
  }

  function onEditorKey(e: KeyboardEvent): void {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    close();
  }

  loader = staleLoader(ctx, state, load);
  return {
    panel,
    render,
    shown: loader.shown,
    hidden: loader.hidden,
    stale: loader.stale,
    dispose() {
      loader.dispose();
      try {
        unwatch();
      } catch {
        /* the host is going away */
      }
    },
  };
}
