/**
 * Các đơn vị (roll-up across units): the official chooses the trackers of many units (a
 * department's, each commune's), read in the page one by one; the host counts them at a cut-off
 * and writes the roll-up (the open workbook's Tổng hợp đơn vị and Quá hạn các đơn vị sheets, or —
 * in the browser app — a roll-up .xlsx to download). Shown where the host can roll up.
 */
import { todayIso } from '../../core/dates';
import { readTrackerValues } from '../../files/readTrackerXlsx';
import type { RollupDone } from '../../workbook/host';
import { readUnit, type UnitRead } from '../../workbook/ops/rollup';
import type { PaneContext, TabView } from '../context';
import { field, h, replaceChildren, uid } from '../dom';
import { download, MIME } from '../download';
import { keepFocus } from '../focus';
import { formatDmy, formatNumber } from '../format';
import { actionButton } from '../runner';

interface RollupState {
  files: File[];
  asOf: string;
  done: RollupDone | null;
}

/** A file read and counted as a unit at once (its values are not kept), or why it could not be read. */
async function unitOf(file: File, asOf: string): Promise<UnitRead> {
  let values;
  try {
    values = await readTrackerValues(new Uint8Array(await file.arrayBuffer()));
  } catch {
    return readUnit({ file: file.name, values: null, unreadable: true }, asOf);
  }
  return readUnit({ file: file.name, values }, asOf);
}

export function rollupTab(ctx: () => PaneContext): TabView {
  const panel = h('section', { className: 'par-panel', testid: 'panel-rollup', attrs: { role: 'tabpanel' } });
  const state: RollupState = { files: [], asOf: todayIso(), done: null };
  const percent = (v: number | null): string => (v === null ? '–' : `${formatNumber(Math.round(v * 1000) / 10, ctx().lang)}%`);

  const build = async (): Promise<void> => {
    const c = ctx();
    const files = state.files;
    const done = await c.runner.run({ label: 'progress.rollup', immediate: true, retry: () => void build() }, async (onProgress) => {
      // One file at a time, counted as soon as it is read: memory stays bounded however many units.
      const units: UnitRead[] = [];
      for (const [i, file] of files.entries()) {
        onProgress({ done: i, total: files.length + 1, label: c.t('rollup.reading', { file: file.name }) });
        units.push(await unitOf(file, state.asOf));
      }
      onProgress({ done: files.length, total: files.length + 1, label: c.t('progress.rollup') });
      return c.host.rollup!({ units, asOf: state.asOf });
    });
    if (done) state.done = done;
    render();
  };

  const result = (r: RollupDone): HTMLElement => {
    const { t, runner } = ctx();
    const body = h('tbody', {});
    for (const u of r.data.units) {
      body.appendChild(
        h(
          'tr',
          { testid: 'rollup-unit-row', attrs: { 'data-rank': u.rank ?? '' } },
          h('td', { text: u.rank === null ? '–' : String(u.rank) }),
          h('th', { text: u.unit, attrs: { scope: 'row' } }),
          h('td', { text: String(u.counts.total) }),
          h('td', { text: percent(u.onTimeRate) }),
          h('td', { className: u.counts.openOverdue > 0 ? 'par-notmet' : 'par-zero', text: String(u.counts.openOverdue) }),
        ),
      );
    }
    const head = h(
      'tr',
      {},
      ...['rollup.rank', 'rollup.unit', 'rollup.tasks', 'rollup.onTime', 'rollup.overdue'].map((k) =>
        h('th', { text: t(k as 'rollup.rank'), attrs: { scope: 'col' } }),
      ),
    );
    const total = r.data.total;
    return h(
      'div',
      { testid: 'rollup-result' },
      h('p', {
        testid: 'rollup-summary',
        text: t('rollup.summary', {
          units: r.data.units.length,
          date: formatDmy(r.data.asOf),
          tasks: total.counts.total,
          onTime: percent(total.onTimeRate),
          overdue: total.counts.openOverdue,
        }),
      }),
      h(
        'div',
        { className: 'par-table-wrap', attrs: { tabindex: 0, role: 'region', 'aria-label': t('rollup.title') } },
        h('table', { className: 'par-table', testid: 'rollup-units' }, h('thead', {}, head), body),
      ),
      r.data.skipped.length > 0
        ? h(
            'div',
            { className: 'par-note par-note-warning', testid: 'rollup-skipped' },
            h('p', { text: t('rollup.skipped', { n: r.data.skipped.length }) }),
            h('ul', {}, ...r.data.skipped.map((s) => h('li', { text: `${s.file}: ${s.reason}` }))),
          )
        : null,
      r.file
        ? h(
            'div',
            { className: 'par-actions' },
            actionButton(runner, { className: 'par-btn par-btn-primary', testid: 'rollup-download', text: t('rollup.download') }, () =>
              download(r.file!.bytes, r.file!.name, MIME.xlsx),
            ),
          )
        : h('p', { className: 'par-hint', text: t('rollup.written', { sheets: r.sheets.join(', ') }) }),
    );
  };

  function render(): void {
    keepFocus(panel, () => {
      const { t, runner } = ctx();
      const input = h('input', {
        className: 'par-file-input',
        testid: 'rollup-files',
        attrs: { type: 'file', accept: '.xlsx', multiple: true, id: uid('rollup-files') },
      });
      input.addEventListener('change', () => {
        state.files = Array.from(input.files ?? []);
        state.done = null;
        render();
      });
      const asOf = h('input', { testid: 'rollup-asof', attrs: { type: 'date', value: state.asOf } });
      asOf.addEventListener('change', () => {
        if (/^\d{4}-\d{2}-\d{2}$/.test(asOf.value)) state.asOf = asOf.value;
      });
      const chosen =
        state.files.length === 0 ? t('rollup.noFiles') : t('rollup.files', { n: state.files.length, names: state.files.map((f) => f.name).join(', ') });
      const buildButton = actionButton(runner, { className: 'par-btn par-btn-primary', testid: 'rollup-build', text: t('rollup.build') }, () => void build());
      if (state.files.length === 0) buildButton.disabled = true;
      replaceChildren(
        panel,
        h('p', { className: 'par-hint', text: t('rollup.intro') }),
        h(
          'div',
          { className: 'par-drop' },
          h('div', { className: 'par-label', text: t('rollup.filesLabel') }),
          input,
          h('label', { className: 'par-btn', attrs: { for: input.id }, text: t('import.chooseFile') }),
          h('span', { className: state.files.length ? '' : 'par-muted', testid: 'rollup-chosen', text: chosen }),
        ),
        field(t('rollup.asOf'), asOf),
        h('div', { className: 'par-actions' }, buildButton),
        state.done ? result(state.done) : null,
      );
    });
  }

  return { panel, render, shown: () => undefined, hidden: () => undefined, stale: () => undefined, dispose: () => undefined };
}
