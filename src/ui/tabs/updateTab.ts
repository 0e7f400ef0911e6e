/**
 * Cập nhật (Update): the task list with its filters, and the editor of the selected task.
 * In a narrow pane the two take turns: selecting a task opens its editor, "Về danh sách" or Esc
 * returns to the list. Where the host reports the sheet's selection, the pane follows it, and
 * selecting a task in the pane moves the sheet to its row.
 *
 * This file is the tab's view: it draws the state and wires the events. The state and every
 * decision (filters, paging, keys, following the sheet, what a load keeps, what a save sends) are
 * pure functions in update/updateState.ts, tested without a browser (test/ui/updateState.test.ts).
 */
import type { SheetRow, TaskList, TaskView } from '../../workbook/host';
import { TASK_SHEET } from '../../workbook/sheetNames';
import type { PaneContext, TabView } from '../context';
import { field, h, replaceChildren, select } from '../dom';
import { keepFocus } from '../focus';
import { formatDmy } from '../format';
import { staleLoader, type StaleLoader } from '../staleLoader';
import { actionButton } from '../runner';
import { droppedBadge, flagBadge } from './badge';
import { taskEditor } from './taskEditor';
import type { Draft } from './update/draft';
import {
  afterLoad,
  afterSave,
  closeTask,
  filterChoices,
  followSheet,
  INITIAL_UPDATE_STATE,
  isDirty,
  listKey,
  listView,
  openTask,
  savedStatus,
  saveStep,
  withActive,
  withFilter,
  withMore,
  withoutFilters,
  type Filters,
  type UpdateState,
} from './update/updateState';

/** The tracker changed since the list was read (the stale loader reads and clears it). */
interface Freshness {
  stale: boolean;
}

export function updateTab(ctx: () => PaneContext): TabView {
  const panel = h('section', { className: 'par-panel', testid: 'panel-update', attrs: { role: 'tabpanel' } });
  let state: UpdateState = INITIAL_UPDATE_STATE;
  const freshness: Freshness = { stale: true };
  let listRegion: HTMLElement | null = null;
  /** The editor's place while a task is open (drawn again alone after a save or a notice). */
  let editorSlot: HTMLElement | null = null;
  // Set once below, after the functions it needs; the handlers above read it when they run.
  // eslint-disable-next-line prefer-const
  let loader: StaleLoader;

  const dirty = (): boolean => isDirty(state, ctx().lang);

  const load = async (): Promise<boolean> => {
    const c = ctx();
    const list = await c.runner.run({ label: 'progress.load', retry: () => void load() }, () => c.host.listTasks());
    if (!list) {
      render();
      return false;
    }
    state = afterLoad(state, list, c.lang);
    freshness.stale = false;
    render();
    return true;
  };

  const open = (task: TaskView, moveSheet: boolean): void => {
    state = openTask(state, task, ctx().lang);
    render();
    panel.querySelector<HTMLElement>('[data-testid="edit-state"]')?.focus();
    if (moveSheet && ctx().host.watchSelection) void ctx().goTo({ sheet: TASK_SHEET, row: task.row });
  };

  const close = (): void => {
    const id = state.editing?.id ?? null;
    state = closeTask(state);
    render();
    const row = id ? panel.querySelector<HTMLElement>(`[data-testid="task-row"][data-task-id="${CSS.escape(id)}"]`) : null;
    (row ?? panel.querySelector<HTMLElement>('[data-testid="task-list"]'))?.focus();
  };

  const save = async (): Promise<void> => {
    const c = ctx();
    const step = saveStep(state, c.lang, c.t);
    if (step.kind === 'none') return;
    state = step.state;
    if (step.kind === 'invalid') {
      renderEditorOnly();
      panel.querySelector<HTMLElement>('[data-testid="edit-actual"][aria-invalid="true"]')?.focus();
      return;
    }
    if (step.kind === 'unchanged') {
      renderEditorOnly();
      return;
    }
    const done = await c.runner.run({ label: 'progress.save', retry: () => void save() }, () => c.host.saveTask(step.request));
    if (!done) return;
    state = afterSave(state, done, c.lang);
    c.trackerChanged('update');
    await load();
    state = savedStatus(state, done, c.t);
    renderEditorOnly();
    panel.querySelector<HTMLElement>('[data-testid="edit-save"]')?.focus();
  };

  /** The sheet's selection moved: select that task here (unless edits would be lost). */
  const onSheetSelection = (at: SheetRow): void => {
    try {
      const c = ctx();
      const follow = followSheet(state, at, c.lang, c.t);
      if (follow.kind === 'ignore') return;
      state = follow.state;
      if (follow.kind === 'blocked') renderEditorOnly();
      else if (loader.visible()) render();
    } catch (error) {
      ctx().runner.showError(error);
    }
  };
  const unwatch = (() => {
    const host = ctx().host;
    if (!host.watchSelection) return () => undefined;
    try {
      return host.watchSelection(onSheetSelection);
    } catch (error) {
      ctx().runner.showError(error);
      return () => undefined;
    }
  })();

  // ---- drawing ----

  const filterControls = (list: TaskList): HTMLElement => {
    const { t, lang } = ctx();
    const f = state.filters;
    const choices = filterChoices(list, lang, t);
    const onChange =
      (key: keyof Filters) =>
      (ev: Event): void => {
        state = withFilter(state, key, (ev.target as HTMLInputElement | HTMLSelectElement).value);
        renderList();
      };
    const lead = select({ testid: 'filter-lead', on: { change: onChange('lead') } }, choices.lead, f.lead);
    const area = select({ testid: 'filter-area', on: { change: onChange('area') } }, choices.area, f.area);
    const taskState = select({ testid: 'filter-state', on: { change: onChange('state') } }, choices.state, f.state);
    const flag = select({ testid: 'filter-flag', on: { change: onChange('flag') } }, choices.flag, f.flag);
    const search = h('input', {
      testid: 'filter-search',
      attrs: { type: 'search', autocomplete: 'off', placeholder: t('update.filter.searchPlaceholder') },
      on: { input: onChange('search') },
    });
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
        attrs: {
          role: 'option',
          'aria-selected': String(selected),
          tabindex: tabStop ? 0 : -1,
          'data-task-id': task.id,
          'data-row': task.row,
          'data-flag': task.flag,
        },
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
  const listKeys =
    (list: HTMLElement, shown: readonly TaskView[]) =>
    (e: KeyboardEvent): void => {
      const rows = Array.from(list.querySelectorAll<HTMLElement>('[data-testid="task-row"]'));
      const at = rows.findIndex((r) => r === e.target);
      const action = listKey(e.key, at, rows.length);
      if (!action) return;
      e.preventDefault();
      if (action.kind === 'open') {
        open(shown[action.index], true);
        return;
      }
      rows[at].tabIndex = -1;
      rows[action.index].tabIndex = 0;
      rows[action.index].focus();
      state = withActive(state, shown[action.index].id);
    };

  function renderList(): void {
    if (!listRegion || !state.list) return;
    const { t } = ctx();
    const { all, shown, drawn, more, tabStopId, filtered } = listView(state);
    const bar = h(
      'div',
      { className: 'par-filters-bar' },
      h('span', {
        testid: 'task-count',
        attrs: { 'aria-live': 'polite', 'data-shown': shown.length, 'data-total': all.length },
        text: t('update.count', { shown: shown.length, total: all.length }),
      }),
      filtered
        ? h('button', {
            className: 'par-btn par-btn-subtle par-btn-small',
            testid: 'filter-clear',
            text: t('update.clearFilters'),
            attrs: { type: 'button' },
            on: {
              click: () => {
                state = withoutFilters(state);
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
      const list = h('ul', { className: 'par-tasks', testid: 'task-list', attrs: { role: 'listbox', 'aria-label': t('update.list') } });
      for (const task of drawn) list.appendChild(taskRow(task, task.id === tabStopId));
      list.addEventListener('keydown', listKeys(list, drawn));
      content.push(list);
      if (more > 0) {
        content.push(
          h(
            'div',
            { className: 'par-actions' },
            h('button', {
              className: 'par-btn',
              testid: 'task-more',
              text: `+ ${more}`,
              attrs: { type: 'button' },
              on: {
                click: () => {
                  state = withMore(state);
                  renderList();
                },
              },
            }),
          ),
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
      isDirty: dirty,
      onSave: () => void save(),
      onCancel: close,
      onGoTo: () => void c.goTo({ sheet: TASK_SHEET, row: task.row }),
    };
  }

  function renderEditorOnly(): void {
    const slot = editorSlot;
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
        editorSlot = null;
        replaceChildren(
          panel,
          toolbar,
          h('p', { className: 'par-muted', testid: 'update-not-loaded', text: t('update.notLoaded', { sheet: TASK_SHEET }) }),
          h(
            'div',
            { className: 'par-actions' },
            actionButton(runner, { className: 'par-btn par-btn-primary', testid: 'update-load', text: t('update.load') }, () => void load()),
          ),
        );
        return;
      }
      if (state.editing && state.draft) {
        listRegion = null;
        editorSlot = h('div', { testid: 'editor-slot', on: { keydown: onEditorKey } }, ...editorContent());
        replaceChildren(panel, toolbar, editorSlot);
        return;
      }
      editorSlot = null;
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

  loader = staleLoader(ctx, freshness, load);
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
