/**
 * Báo cáo (Report): pick the period, build the Báo cáo sheet and see its counts (all tasks, by
 * lead office), download the report as .docx; then the reminders — the Đôn đốc sheet, the overdue
 * and due-soon tasks per office, and the công văn đôn đốc as .docx. The Word files are made here,
 * in the pane, from what the host returned: nothing leaves the official's machine.
 */
import { download, MIME } from '../download';
import { officeSection } from './officeSection';
import { PERIOD_KEYS, PERIOD_NAMES, type PeriodKey } from '../../core/report/periods';
import { REPORT_STATE_LABELS, REPORT_STATES, doneRate } from '../../core/status/reportState';
import { remindDocx } from '../../documents/remindDocx';
import { reportDocx } from '../../documents/reportDocx';
import type { RemindDone, ReportDone } from '../../workbook/host';
import type { PaneContext, TabView } from '../context';
import { field, h, replaceChildren, select } from '../dom';
import { keepFocus } from '../focus';
import { formatDmy, formatNumber } from '../format';
import { actionButton } from '../runner';

interface ReportState {
  period: PeriodKey;
  asOf: string;
  report: ReportDone | null;
  remind: RemindDone | null;
}

/** The period the calendar is in: the first whose cut-off is not yet past. */
function currentPeriod(today: Date): PeriodKey {
  const md = (today.getMonth() + 1) * 100 + today.getDate();
  if (md <= 314 || md >= 1215) return 'q1';
  if (md <= 614) return 'h1';
  if (md <= 914) return 'q3';
  return 'year';
}

export function reportTab(ctx: () => PaneContext): TabView {
  const panel = h('section', { className: 'par-panel', testid: 'panel-report', attrs: { role: 'tabpanel' } });
  const state: ReportState = { period: currentPeriod(new Date()), asOf: '', report: null, remind: null };

  const percent = (value: number | null): string => (value === null ? '–' : `${formatNumber(Math.round(value * 1000) / 10, ctx().lang)}%`);

  const buildReport = async (): Promise<void> => {
    const c = ctx();
    const done = await c.runner.run({ label: 'progress.report', retry: () => void buildReport() }, () =>
      c.host.buildReport({ period: state.period, asOf: state.asOf || null }),
    );
    if (done) state.report = done;
    render();
  };

  const buildRemind = async (): Promise<void> => {
    const c = ctx();
    const done = await c.runner.run({ label: 'progress.remind', retry: () => void buildRemind() }, () => c.host.buildReminders({ asOf: state.asOf || null }));
    if (done) state.remind = done;
    render();
  };

  const reportView = (r: ReportDone): HTMLElement => {
    const { t, lang, runner } = ctx();
    const c = r.data.counts;
    const cards = h('ul', { className: 'par-totals', testid: 'report-counts' });
    cards.appendChild(
      h(
        'li',
        { className: 'par-total' },
        h('span', { className: 'par-count-value', testid: 'report-total', text: String(c.total) }),
        h('span', { className: 'par-count-label', text: t('report.total') }),
      ),
    );
    for (const s of REPORT_STATES) {
      cards.appendChild(
        h(
          'li',
          { className: 'par-total', attrs: { 'data-state': s } },
          h('span', { className: 'par-count-value', testid: `report-state-${s}`, text: String(c[s]) }),
          h('span', { className: 'par-count-label', text: REPORT_STATE_LABELS[s][lang] }),
        ),
      );
    }
    const head = h(
      'tr',
      {},
      ...[t('dashboard.lead'), t('dashboard.totalColumn'), t('report.done'), t('report.overdue'), t('report.rate')].map((text) =>
        h('th', { text, attrs: { scope: 'col' } }),
      ),
    );
    const body = h('tbody');
    for (const o of r.data.byOffice) {
      body.appendChild(
        h(
          'tr',
          { testid: 'report-office-row', attrs: { 'data-office': o.office } },
          h('th', { text: o.office, attrs: { scope: 'row' } }),
          h('td', { text: String(o.total) }),
          h('td', { text: String(o.doneOnTime + o.doneLate) }),
          h('td', { testid: 'report-office-overdue', className: o.openOverdue > 0 ? 'par-notmet' : 'par-zero', text: String(o.openOverdue) }),
          h('td', { text: percent(doneRate(o)) }),
        ),
      );
    }
    return h(
      'div',
      { testid: 'report-result' },
      h('p', {
        testid: 'report-summary',
        text: t('report.summary', {
          period: `${lang === 'vi' ? PERIOD_NAMES[r.data.period.key].title : PERIOD_NAMES[r.data.period.key].en} ${r.year}`,
          date: formatDmy(r.data.asOf),
          sheet: r.sheet,
          rate: percent(doneRate(c)),
        }),
      }),
      cards,
      h('h3', { text: t('report.byOffice') }),
      h(
        'div',
        { className: 'par-table-wrap', attrs: { tabindex: 0, role: 'region', 'aria-label': t('report.byOffice') } },
        h('table', { className: 'par-table', testid: 'report-by-office' }, h('thead', {}, head), body),
      ),
      h(
        'div',
        { className: 'par-actions' },
        actionButton(runner, { className: 'par-btn par-btn-primary', testid: 'report-docx', text: t('report.docx') }, () => {
          const make = (): void =>
            void runner
              .run({ label: 'progress.docx', retry: make }, () => reportDocx(r.data, r.settings, r.year, null))
              .then((bytes) => bytes && download(bytes, `bao-cao-${r.data.period.key}-${r.year}.docx`, MIME.docx));
          make();
        }),
      ),
      h('p', { className: 'par-hint', text: t('report.docxHint') }),
    );
  };

  /** One task of an office's reminder: its ID, title, and how late or how soon. */
  const taskItem = (testid: string, task: { id: string; title: string }, when: string): HTMLElement =>
    h(
      'li',
      { testid, attrs: { 'data-task-id': task.id } },
      h('strong', { text: `${task.id} ` }),
      task.title,
      h('span', { className: 'par-overdue-meta', text: ` — ${when}` }),
    );

  const remindView = (r: RemindDone): HTMLElement => {
    const { t, runner } = ctx();
    if (r.data.offices.length === 0) return h('p', { className: 'par-muted', testid: 'remind-none', text: t('remind.none', { date: formatDmy(r.data.asOf) }) });
    const list = h('ul', { className: 'par-overdue', testid: 'remind-list' });
    for (const o of r.data.offices) {
      const items = h('ol', { className: 'par-remind-tasks' });
      for (const task of o.tasks) items.appendChild(taskItem('remind-task', task, t('remind.late', { days: task.daysOverdue, date: formatDmy(task.due) })));
      for (const task of o.dueSoon) items.appendChild(taskItem('remind-soon', task, t('remind.soon', { days: task.daysLeft, date: formatDmy(task.due) })));
      list.appendChild(
        h(
          'li',
          { testid: 'remind-office', attrs: { 'data-office': o.office } },
          h(
            'div',
            { className: 'par-overdue-head' },
            h('strong', { text: o.office }),
            h('span', { className: 'par-muted', text: ` ${t('remind.counts', { late: o.tasks.length, soon: o.dueSoon.length })}` }),
          ),
          items,
        ),
      );
    }
    return h(
      'div',
      { testid: 'remind-result' },
      h('p', { testid: 'remind-summary', text: t('remind.summary', { date: formatDmy(r.data.asOf), offices: r.data.offices.length, sheet: r.sheet }) }),
      list,
      h(
        'div',
        { className: 'par-actions' },
        actionButton(runner, { className: 'par-btn par-btn-primary', testid: 'remind-docx', text: t('remind.docx') }, () => {
          const make = (): void =>
            void runner
              .run({ label: 'progress.docx', retry: make }, () => remindDocx(r.data, r.settings, null))
              .then((bytes) => bytes && download(bytes, `cong-van-don-doc-${r.data.asOf}.docx`, MIME.docx));
          make();
        }),
      ),
    );
  };

  const offices = officeSection(ctx, () => render());

  function render(): void {
    keepFocus(panel, () => {
      const { t, lang, runner } = ctx();
      const period = select(
        { testid: 'report-period' },
        PERIOD_KEYS.map((k) => [k, PERIOD_NAMES[k][lang]] as const),
        state.period,
      );
      period.addEventListener('change', () => {
        state.period = (PERIOD_KEYS as readonly string[]).includes(period.value) ? (period.value as PeriodKey) : state.period;
      });
      const asOf = h('input', { testid: 'report-asof', attrs: { type: 'date', value: state.asOf } });
      asOf.addEventListener('change', () => {
        state.asOf = /^\d{4}-\d{2}-\d{2}$/.test(asOf.value) ? asOf.value : '';
      });
      replaceChildren(
        panel,
        h('p', { className: 'par-hint', text: t('report.intro') }),
        field(t('report.period'), period),
        field(t('report.asOf'), asOf, t('report.asOfHint')),
        h(
          'div',
          { className: 'par-actions' },
          actionButton(runner, { className: 'par-btn par-btn-primary', testid: 'report-build', text: t('report.build') }, () => void buildReport()),
        ),
        state.report ? reportView(state.report) : null,
        h('h3', { text: t('remind.title') }),
        h(
          'div',
          { className: 'par-actions' },
          actionButton(runner, { className: 'par-btn', testid: 'remind-build', text: t('remind.build') }, () => void buildRemind()),
        ),
        state.remind ? remindView(state.remind) : null,
        offices(),
      );
    });
  }

  return {
    panel,
    render,
    shown: () => undefined,
    hidden: () => undefined,
    // Reports are built on request: after a change, the numbers shown are those of the last build.
    stale: () => undefined,
    dispose: () => undefined,
  };
}
