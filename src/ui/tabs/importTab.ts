/**
 * Nhập kế hoạch (Import): preview the appendix found in the active sheet or the selection, let
 * the official correct the columns and the year, then create the tracker sheets.
 *
 * What the pane shows is what gets built: every request after the first preview carries the
 * column mapping and the year as displayed, and a change to either previews again so the counts
 * always match the choices.
 */
import type { FieldKey } from '../../core/plan/schema';
import type { ImportDone, ImportPreview, ImportRequest, ImportScope } from '../../workbook/host';
import type { PaneContext, TabView } from '../context';
import { append, field, h, replaceChildren, select, uid } from '../dom';
import type { MessageKey } from '../i18n';
import { actionButton, HOST_ACTION } from '../runner';
import { keepFocus } from '../focus';
import { mergeReview } from './mergeReview';
import { fileSource, type FileSourceState } from './fileSource';
import { download, MIME } from '../download';

const COUNT_KEYS = ['tasks', 'groups', 'sections', 'targets', 'warnings'] as const;
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/**
 * The core's warnings start with the row ("Dòng 12: …", counted within the range read); the pane
 * shows the sheet row itself, as a link, so the prefix is dropped.
 */
const ROW_PREFIX = /^\p{L}+\s+\d+\s*:\s*/u;

interface ImportState {
  scope: ImportScope;
  preview: ImportPreview | null;
  /** Field → 1-based column as displayed, in the order the preview lists the fields. */
  columns: Partial<Record<FieldKey, number | null>>;
  yearText: string;
  yearInvalid: boolean;
  /** Add the template Bộ tiêu chí sheet (issue 5); off by default, the province may have its own. */
  criteria: boolean;
  /** Re-import: old task IDs whose match the official refused in the review. */
  refused: Set<string>;
  done: ImportDone | null;
}

export function importTab(ctx: () => PaneContext): TabView {
  const panel = h('section', { className: 'par-panel', testid: 'panel-import', attrs: { role: 'tabpanel' } });
  const state: ImportState = {
    scope: 'sheet',
    preview: null,
    columns: {},
    yearText: '',
    yearInvalid: false,
    criteria: false,
    refused: new Set(),
    done: null,
  };
  const fileState: FileSourceState = { plan: null, tracker: null };
  const files = fileSource(
    ctx,
    fileState,
    () => {
      // The host made the file's sheet the active one: preview it as a whole sheet.
      state.scope = 'sheet';
      void previewNow(true);
    },
    () => (fileState.plan ? void previewNow(true) : render()),
  );

  const year = (): number | null => {
    const text = state.yearText.trim();
    if (text === '') return null;
    const n = Number(text);
    return Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR ? n : NaN;
  };

  /** The request as the pane shows it: scope, then (after a preview) the columns and year displayed. */
  const request = (): ImportRequest => {
    if (!state.preview) return { scope: state.scope };
    const y = year();
    return {
      scope: state.scope,
      columns: { ...state.columns },
      ...(y === null || Number.isNaN(y) ? {} : { year: y }),
      ...(state.criteria ? { criteria: 'template' as const } : {}),
      ...(state.refused.size > 0 ? { refuse: [...state.refused] } : {}),
    };
  };

  const adopt = (preview: ImportPreview): void => {
    state.preview = preview;
    // The fields come from the preview (the core's FIELD_KEYS, in order), so the pane needs no
    // copy of the list and does not pull the plan schema (and zod) into the sidebar bundle.
    state.columns = Object.fromEntries(preview.columns.map((c) => [c.field, c.column]));
    state.yearText = preview.year === null ? '' : String(preview.year);
    state.yearInvalid = false;
  };

  const previewNow = async (fresh: boolean): Promise<void> => {
    const c = ctx();
    const req: ImportRequest = fresh ? { scope: state.scope } : request();
    const preview = await c.runner.run({ label: 'progress.preview', retry: () => void previewNow(fresh) }, () => c.host.previewImport(req));
    if (!preview) return;
    adopt(preview);
    if (fresh) {
      state.done = null;
      state.refused = new Set();
    }
    render();
  };

  const create = async (): Promise<void> => {
    const c = ctx();
    if (!state.preview || state.yearInvalid) return;
    const req = request();
    const done = await c.runner.run({ label: 'progress.create', immediate: true, retry: () => void create() }, (onProgress) => c.host.createTracker(req, onProgress));
    if (!done) return;
    state.done = done;
    c.trackerChanged('import');
    render();
    const summary = panel.querySelector<HTMLElement>('[data-testid="import-done"]');
    summary?.focus();
    summary?.scrollIntoView?.({ block: 'nearest' });
  };

  /** "Thêm Bộ tiêu chí mẫu": the scored criteria sheet and the component indices on Tổng hợp. */
  const criteriaChoice = (): HTMLElement => {
    const { t } = ctx();
    const box = h('input', { testid: 'import-criteria', attrs: { type: 'checkbox', id: uid('criteria') }, on: { change: () => (state.criteria = box.checked) } });
    box.checked = state.criteria;
    return h(
      'div',
      { className: 'par-field' },
      h('label', { className: 'par-check', attrs: { for: box.id } }, box, h('span', { text: t('import.criteria') })),
      h('div', { className: 'par-hint', text: t('import.criteriaHint') }),
    );
  };

  const scopeChoice = (): HTMLElement => {
    const { t } = ctx();
    const name = uid('scope');
    const radio = (scope: ImportScope, label: MessageKey): HTMLElement => {
      const input = h('input', {
        testid: `import-scope-${scope}`,
        attrs: { type: 'radio', name, value: scope },
        on: { change: () => (state.scope = scope) },
      });
      input.checked = state.scope === scope;
      return h('label', { className: 'par-radio' }, input, t(label));
    };
    return h('fieldset', { className: 'par-fieldset' }, h('legend', { text: t('import.scope') }), radio('sheet', 'import.scope.sheet'), radio('selection', 'import.scope.selection'));
  };

  const columnPicker = (p: ImportPreview): HTMLElement => {
    const { t, runner } = ctx();
    const options: [string, string][] = [['', t('import.column.none')], ...p.sourceColumns.map((s): [string, string] => [String(s.column), s.header ? `${s.letter} — ${s.header}` : s.letter])];
    const grid = h('div', { className: 'par-mapping' });
    for (const { field: f } of p.columns) {
      const current = state.columns[f] ?? null;
      const own = current !== null && !p.sourceColumns.some((s) => s.column === current) ? [...options, [String(current), String(current)] as [string, string]] : options;
      const control = select({ testid: `import-column-${f}`, attrs: { [HOST_ACTION]: true, 'data-field': f, id: uid('column') } }, own, current === null ? '' : String(current));
      if (runner.busy) control.disabled = true;
      control.addEventListener('change', () => {
        state.columns[f] = control.value === '' ? null : Number(control.value);
        void previewNow(false);
      });
      append(grid, h('label', { text: t(`import.field.${f}` as MessageKey), attrs: { for: control.id } }), control);
    }
    return h('div', { testid: 'import-columns' }, h('h3', { text: t('import.columns') }), h('p', { className: 'par-hint', text: t('import.columnsHint') }), grid);
  };

  const yearField = (): HTMLElement => {
    const { t } = ctx();
    const input = h('input', { testid: 'import-year', attrs: { type: 'number', inputmode: 'numeric', min: MIN_YEAR, max: MAX_YEAR, step: 1, 'aria-invalid': state.yearInvalid } });
    input.value = state.yearText;
    let committed = input.value;
    const commit = (): void => {
      // Enter commits, and the re-render that follows blurs the input, which fires 'change':
      // the same value must not be committed twice.
      if (!input.isConnected || input.value === committed) return;
      committed = input.value;
      state.yearText = input.value;
      state.yearInvalid = Number.isNaN(year());
      if (state.yearInvalid) {
        render();
        return;
      }
      void previewNow(false);
    };
    input.addEventListener('change', commit);
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') commit();
    });
    const wrap = field(t('import.year'), input, t('import.yearHint'));
    if (state.yearInvalid) wrap.appendChild(h('div', { className: 'par-invalid', testid: 'import-year-invalid', attrs: { role: 'alert' }, text: t('import.yearInvalid') }));
    return wrap;
  };

  const counts = (p: ImportPreview): HTMLElement => {
    const { t } = ctx();
    const list = h('ul', { className: 'par-counts', testid: 'import-counts', attrs: { 'aria-label': t('import.counts') } });
    for (const k of COUNT_KEYS) {
      append(list, h('li', { className: 'par-count' }, h('span', { className: 'par-count-value', testid: `import-count-${k}`, text: String(p.counts[k]) }), h('span', { className: 'par-count-label', text: t(`import.count.${k}` as MessageKey) })));
    }
    return list;
  };

  const warnings = (p: ImportPreview): HTMLElement => {
    const { t, runner } = ctx();
    const wrap = h('div', {}, h('h3', { text: `${t('import.warnings')} (${p.warnings.length})` }));
    if (p.warnings.length === 0) {
      wrap.appendChild(h('p', { className: 'par-muted', testid: 'import-no-warnings', text: t('import.noWarnings') }));
      return wrap;
    }
    // The browser app has no sheet to go to: its rows are those of the tracker's source sheet.
    const inFile = ctx().source === 'file';
    wrap.appendChild(h('p', { className: 'par-hint', text: t(inFile ? 'import.warningsHintFile' : 'import.warningsHint') }));
    const list = h('ul', { className: 'par-warnings', testid: 'import-warnings' });
    for (const w of p.warnings) {
      const message = w.message.replace(ROW_PREFIX, '');
      if (w.row === null || inFile) {
        const row = w.row === null ? null : h('span', { className: 'par-warning-row', text: t('import.row', { row: w.row }) });
        list.appendChild(h('li', {}, h('div', { className: 'par-warning', testid: 'import-warning', attrs: { 'data-code': w.code } }, row, message)));
        continue;
      }
      const row = w.row;
      const button = actionButton(
        runner,
        { className: 'par-warning', testid: 'import-warning', attrs: { 'data-row': row, 'data-code': w.code, title: `${p.sheetName}!${row}:${row}` } },
        () => void ctx().goTo({ sheet: p.sheetName, row }),
      );
      append(button, h('span', { className: 'par-warning-row', text: t('import.row', { row }) }), message);
      list.appendChild(h('li', {}, button));
    }
    wrap.appendChild(list);
    return wrap;
  };

  const summary = (d: ImportDone): HTMLElement => {
    const { t } = ctx();
    const item = (label: MessageKey, testid: string, value: number): HTMLElement[] => [h('dt', { text: t(label) }), h('dd', { testid, text: String(value) })];
    return h(
      'div',
      { className: 'par-note par-note-success par-summary', testid: 'import-done', attrs: { tabindex: -1, role: 'status' } },
      h('h2', { text: t('import.done') }),
      h('p', { className: 'par-summary-sheets' }, h('span', { className: 'par-muted', text: `${t('import.done.sheets')}: ` }), h('span', { testid: 'import-done-sheets', text: d.sheets.join(', ') })),
      h(
        'dl',
        {},
        ...item('import.done.tasks', 'import-done-tasks', d.tasks),
        ...item('import.done.indicators', 'import-done-indicators', d.indicators),
        ...item('import.done.kept', 'import-done-kept', d.kept),
        ...(d.logged !== undefined ? item('import.done.logged', 'import-done-logged', d.logged) : []),
        ...item('import.done.warnings', 'import-done-warnings', d.warnings),
      ),
      ctx().host.trackerFile ? downloadButton() : null,
      ctx().tabs.includes('update')
        ? h('button', { className: 'par-btn par-btn-primary', testid: 'import-goto-update', text: t('import.done.next'), attrs: { type: 'button' }, on: { click: () => ctx().show('update') } })
        : null,
    );
  };

  /** The browser app: the tracker built, as an .xlsx to save. */
  const downloadButton = (): HTMLElement => {
    const { t, runner, host } = ctx();
    const save = (): void =>
      void runner.run({ label: 'progress.readFile', retry: save }, () => host.trackerFile!()).then((file) => file && download(file.bytes, file.name, MIME.xlsx));
    return h(
      'div',
      { className: 'par-actions' },
      actionButton(runner, { className: 'par-btn par-btn-primary', testid: 'app-download', text: t('app.download') }, save),
      h('p', { className: 'par-hint', text: t('app.downloadHint') }),
    );
  };

  function render(): void {
    keepFocus(panel, () => {
      const { t, runner } = ctx();
      const p = state.preview;
      const previewButton = actionButton(runner, { className: `par-btn ${p ? '' : 'par-btn-primary'}`, testid: 'import-preview', text: t('import.preview') }, () => void previewNow(true));
      const { source } = ctx();
      if (source === 'file') {
        replaceChildren(panel, h('p', { className: 'par-muted par-small', text: t('app.intro') }), files.view(), fileState.plan ? h('div', { className: 'par-actions' }, previewButton) : null);
      } else {
        replaceChildren(panel, h('p', { className: 'par-muted par-small', text: t('import.intro') }), scopeChoice(), h('div', { className: 'par-actions' }, previewButton), files.view());
      }
      if (!p) return;
      const result = h(
        'div',
        { testid: 'import-result' },
        h(
          'div',
          { className: 'par-source' },
          h('div', { className: 'par-label', text: t('import.source') }),
          h('div', { className: 'par-source-line' }, h('span', { testid: 'import-sheet', text: p.sheetName }), h('span', { className: 'par-muted', text: '·' }), h('span', { testid: 'import-address', text: p.address })),
        ),
        h('div', { className: 'par-source' }, h('div', { className: 'par-label', text: t('import.planTitle') }), h('div', { testid: 'import-title', className: p.title ? '' : 'par-muted', text: p.title || t('import.noTitle') })),
        yearField(),
        h('h3', { text: t('import.counts') }),
        counts(p),
        columnPicker(p),
        warnings(p),
      );
      if (p.trackerExists && !state.done) result.appendChild(h('div', { className: 'par-note par-note-warning', testid: 'import-tracker-exists', text: t('import.trackerExists') }));
      if (p.merge && !state.done) {
        result.appendChild(
          mergeReview({
            merge: p.merge,
            refused: state.refused,
            t,
            busy: runner.busy,
            onMatch: (oldId, accept) => {
              if (accept) state.refused.delete(oldId);
              else state.refused.add(oldId);
              void previewNow(false);
            },
          }),
        );
      }
      result.appendChild(criteriaChoice());
      const createButton = actionButton(runner, { className: 'par-btn par-btn-primary', testid: 'import-create', text: t(p.merge && !state.done ? 'import.confirmMerge' : 'import.create') }, () => void create());
      if (state.yearInvalid) createButton.disabled = true;
      result.appendChild(h('div', { className: 'par-actions' }, createButton));
      if (state.done) result.appendChild(summary(state.done));
      panel.appendChild(result);
    });
  }

  // A plan file dropped anywhere on the tab is read as if chosen.
  panel.addEventListener('dragover', (e) => e.preventDefault());
  panel.addEventListener('drop', (e) => {
    e.preventDefault();
    files.take(e.dataTransfer?.files ?? null);
  });

  return {
    panel,
    render,
    shown() {},
    hidden() {},
    stale() {},
    dispose() {},
  };
}
