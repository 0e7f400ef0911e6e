/**
 * Tổng hợp (Dashboard): totals by deadline state, the area × state and lead office × state
 * tables, and the overdue list with "go to row". Read when first shown, on "Làm mới", and again
 * after the tracker changed (a save, a new import).
 *
 * This file is the tab's view: it draws the model that dashboard/dashboardState.ts makes of the
 * host's DashboardView (labels, percents, lines; pure, tested without a browser).
 */
import { CRITERIA_SHEET, TASK_SHEET } from '../../workbook/sheetNames';
import type { PaneContext, TabView } from '../context';
import { append, h, replaceChildren } from '../dom';
import { keepFocus } from '../focus';
import { dueLabel, DUE_STATES, flagColours } from '../labels';
import { actionButton } from '../runner';
import { staleLoader } from '../staleLoader';
import { flagBadge } from './badge';
import {
  afterLoad,
  dashboardModel,
  INITIAL_DASHBOARD_STATE,
  type DashboardModel,
  type DashboardState,
  type OverdueRow,
  type ScoringModel,
  type StateRow,
} from './dashboard/dashboardState';

/** The tracker changed since the dashboard was read (the stale loader reads and clears it). */
interface Freshness {
  stale: boolean;
}

export function dashboardTab(ctx: () => PaneContext): TabView {
  const panel = h('section', { className: 'par-panel', testid: 'panel-dashboard', attrs: { role: 'tabpanel' } });
  let state: DashboardState = INITIAL_DASHBOARD_STATE;
  const freshness: Freshness = { stale: true };

  const load = async (): Promise<void> => {
    const c = ctx();
    const view = await c.runner.run({ label: 'progress.dashboard', retry: () => void load() }, () => c.host.dashboard());
    state = afterLoad(state, view ?? null);
    if (view) freshness.stale = false;
    render();
  };

  /** A table of rows × deadline states, with the first column kept in view when scrolled. */
  const stateTable = (testid: string, rowTestid: string, head: string, rows: readonly StateRow[]): HTMLElement => {
    const { t, lang } = ctx();
    const headRow = h('tr', {}, h('th', { text: head, attrs: { scope: 'col' } }), h('th', { text: t('dashboard.totalColumn'), attrs: { scope: 'col' } }));
    for (const s of DUE_STATES) {
      const th = h('th', { text: dueLabel(s, lang), attrs: { scope: 'col', 'data-state': s } });
      const { background } = flagColours(s);
      if (background) th.style.boxShadow = `inset 0 -3px 0 ${background}`;
      headRow.appendChild(th);
    }
    const body = h('tbody');
    for (const r of rows) {
      const tr = h(
        'tr',
        { testid: rowTestid, attrs: { 'data-key': r.key } },
        h('th', { text: r.label, attrs: { scope: 'row' } }),
        h('td', { className: 'par-table-total', testid: 'cell-total', text: String(r.total) }),
      );
      for (const s of DUE_STATES) {
        const n = r.counts[s];
        tr.appendChild(h('td', { className: n === 0 ? 'par-zero' : '', testid: `cell-${s}`, attrs: { 'data-state': s }, text: String(n) }));
      }
      body.appendChild(tr);
    }
    return h(
      'div',
      { className: 'par-table-wrap', attrs: { tabindex: 0, role: 'region', 'aria-label': head } },
      h('table', { className: 'par-table', testid }, h('thead', {}, headRow), body),
    );
  };

  const totals = (m: DashboardModel): HTMLElement => {
    const { t } = ctx();
    const list = h('ul', { className: 'par-totals', testid: 'dashboard-totals' });
    append(
      list,
      h(
        'li',
        { className: 'par-total' },
        h('span', { className: 'par-count-value', testid: 'dashboard-total', text: String(m.total) }),
        h('span', { className: 'par-count-label', text: t('dashboard.total') }),
      ),
    );
    for (const { state: s, label, count } of m.cards) {
      const card = h(
        'li',
        { className: 'par-total', attrs: { 'data-state': s } },
        h('span', { className: 'par-count-value', testid: `dashboard-state-${s}`, text: String(count) }),
        h('span', { className: 'par-count-label', text: label }),
      );
      const { background, color } = flagColours(s);
      if (background) {
        card.style.background = background;
        card.style.borderColor = background;
      }
      if (color) card.style.color = color;
      list.appendChild(card);
    }
    return list;
  };

  const overdue = (rows: readonly OverdueRow[]): HTMLElement => {
    const { t, lang, runner } = ctx();
    const wrap = h('div', {}, h('h3', { text: `${t('dashboard.overdue')} (${rows.length})` }));
    if (rows.length === 0) {
      wrap.appendChild(h('p', { className: 'par-muted', testid: 'dashboard-no-overdue', text: t('dashboard.noOverdue') }));
      return wrap;
    }
    const list = h('ul', { className: 'par-overdue', testid: 'dashboard-overdue' });
    for (const { task, due } of rows) {
      const row = task.row;
      list.appendChild(
        h(
          'li',
          { testid: 'overdue-row', attrs: { 'data-task-id': task.id, 'data-row': row } },
          h(
            'div',
            { className: 'par-overdue-head' },
            h('strong', { testid: 'overdue-id', text: task.id }),
            flagBadge(task.flag, lang, 'overdue-flag'),
            h('span', { className: 'par-spacer' }),
            actionButton(
              runner,
              { className: 'par-btn par-btn-small', testid: 'overdue-goto', text: t('dashboard.goto'), attrs: { 'data-row': row, 'data-task-id': task.id } },
              () => void ctx().goTo({ sheet: TASK_SHEET, row }),
            ),
          ),
          h('div', { className: 'par-overdue-title', testid: 'overdue-title', text: task.title }),
          h('div', { className: 'par-overdue-meta' }, h('span', { testid: 'overdue-due', text: due }), task.lead ? ` · ${task.lead}` : ''),
        ),
      );
    }
    wrap.appendChild(list);
    return wrap;
  };

  /** Component indices against targets, the criteria losing the most points, rows at fault. */
  const scoring = (sv: ScoringModel): HTMLElement => {
    const { t, runner } = ctx();
    const head = h(
      'tr',
      {},
      ...[t('dashboard.area'), t('scoring.points'), t('scoring.index'), t('scoring.target'), t('scoring.met')].map((text) =>
        h('th', { text, attrs: { scope: 'col' } }),
      ),
    );
    const body = h('tbody');
    for (const a of sv.areas) {
      body.appendChild(
        h(
          'tr',
          { testid: 'scoring-area-row', attrs: { 'data-key': a.key } },
          h('th', { text: a.label, attrs: { scope: 'row' } }),
          h('td', { testid: 'scoring-points', text: a.points }),
          h('td', { testid: 'scoring-index', text: a.index }),
          h('td', { testid: 'scoring-target', text: a.target }),
          h('td', {
            testid: 'scoring-met',
            className: a.met === null ? '' : a.met ? 'par-met' : 'par-notmet',
            attrs: { 'data-met': a.met === null ? '' : String(a.met) },
            text: a.metText,
          }),
        ),
      );
    }
    const areas = h(
      'div',
      { className: 'par-table-wrap', attrs: { tabindex: 0, role: 'region', 'aria-label': t('scoring.title') } },
      h('table', { className: 'par-table', testid: 'scoring-areas' }, h('thead', {}, head), body),
    );
    const lost = h('ol', { className: 'par-lost', testid: 'scoring-lost' });
    for (const l of sv.lost) {
      lost.appendChild(
        h(
          'li',
          { testid: 'lost-row', attrs: { 'data-code': l.code, 'data-lost': l.lost } },
          h('div', { className: 'par-lost-head' }, h('strong', { text: l.code }), h('span', { text: l.name })),
          h('div', { className: 'par-overdue-meta' }, l.line, l.task),
        ),
      );
    }
    const parts: HTMLElement[] = [h('h3', { text: t('scoring.title') }), areas, h('h3', { text: t('scoring.lost') })];
    parts.push(sv.lost.length > 0 ? lost : h('p', { className: 'par-muted', testid: 'scoring-no-lost', text: t('scoring.noLost') }));
    if (sv.problems.length > 0) {
      const list = h('ul', { className: 'par-warnings', testid: 'scoring-problems' });
      for (const p of sv.problems) {
        const button = actionButton(
          runner,
          { className: 'par-warning', testid: 'scoring-problem', attrs: { 'data-row': p.row } },
          () => void ctx().goTo({ sheet: CRITERIA_SHEET, row: p.row }),
        );
        append(button, h('span', { className: 'par-warning-row', text: t('import.row', { row: p.row }) }), p.message);
        list.appendChild(h('li', {}, button));
      }
      parts.push(h('h3', { text: t('scoring.problems') }), list);
    }
    return h('div', { testid: 'dashboard-scoring' }, ...parts);
  };

  function render(): void {
    keepFocus(panel, () => {
      const { t, lang, runner } = ctx();
      const m = state.view ? dashboardModel(state.view, lang, t) : null;
      const toolbar = h(
        'div',
        { className: 'par-filters-bar' },
        h('span', { testid: 'dashboard-asof', text: m ? m.asOf : '' }),
        actionButton(runner, { className: 'par-btn par-btn-small', testid: 'dashboard-refresh', text: t('dashboard.refresh') }, () => void load()),
      );
      if (!m) {
        replaceChildren(
          panel,
          toolbar,
          h('p', { className: 'par-muted', testid: 'dashboard-not-loaded', text: t('dashboard.notLoaded') }),
          h(
            'div',
            { className: 'par-actions' },
            actionButton(runner, { className: 'par-btn par-btn-primary', testid: 'dashboard-load', text: t('dashboard.load') }, () => void load()),
          ),
        );
        return;
      }
      replaceChildren(
        panel,
        toolbar,
        totals(m),
        ...(m.scoring ? [scoring(m.scoring)] : []),
        h('h3', { text: t('dashboard.byArea') }),
        stateTable('dashboard-by-area', 'area-row', t('dashboard.area'), m.byArea),
        h('p', { className: 'par-hint', text: t('dashboard.scrollHint') }),
        h('h3', { text: t('dashboard.byLead') }),
        stateTable('dashboard-by-lead', 'lead-row', t('dashboard.lead'), m.byLead),
        overdue(m.overdue),
      );
    });
  }

  const { shown, hidden, stale, dispose } = staleLoader(ctx, freshness, load);
  return { panel, render, shown, hidden, stale, dispose };
}
