/**
 * Phiếu cập nhật in the Báo cáo tab: "Tạo phiếu cho các cơ quan" (one workbook per lead office, in
 * one .zip to send out) and "Nhận phiếu" (the returned files read in the page, previewed — the
 * changes, the conflicts with what changed in the tracker since — then saved, each change a Nhật
 * ký row with the office as who). Shown where the host can do both.
 */
import { officeFilesZip, returnedGrid } from '../../files/officeFileBytes';
import type { CollectDone } from '../../workbook/host';
import type { PaneContext } from '../context';
import { h, uid } from '../dom';
import { download, MIME } from '../download';
import { actionButton } from '../runner';

interface OfficeState {
  split: { offices: number; tasks: number } | null;
  returned: File[];
  preview: CollectDone | null;
  accept: boolean;
  done: CollectDone | null;
}

export function officeSection(ctx: () => PaneContext, render: () => void): () => HTMLElement | null {
  const state: OfficeState = { split: null, returned: [], preview: null, accept: false, done: null };

  const split = (): void => {
    const { runner, host } = ctx();
    void runner
      .run({ label: 'progress.officeFiles', retry: split }, async () => {
        const made = await host.officeFiles!({});
        return { made, zip: await officeFilesZip(made.files) };
      })
      .then((r) => {
        if (!r) return;
        state.split = { offices: r.made.files.length, tasks: r.made.files.reduce((n, f) => n + f.tasks, 0) };
        download(r.zip, 'phieu-cap-nhat.zip', 'application/zip');
        render();
      });
  };

  const collect = (apply: boolean): void => {
    const { runner, host } = ctx();
    const files = state.returned;
    void runner
      .run({ label: 'progress.collect', retry: () => collect(apply) }, async () => {
        const grids = [];
        for (const f of files) {
          const grid = await returnedGrid(new Uint8Array(await f.arrayBuffer()));
          grids.push({ file: f.name, grid: grid ?? [] });
        }
        return host.collect!({ files: grids, apply, acceptConflicts: state.accept });
      })
      .then((done) => {
        if (!done) return;
        if (apply) {
          state.done = done;
          state.preview = null;
          ctx().trackerChanged('report');
        } else state.preview = done;
        render();
      });
  };

  const saveTracker = (): void => {
    const { runner, host } = ctx();
    void runner.run({ label: 'progress.readFile', retry: saveTracker }, () => host.trackerFile!()).then((f) => f && download(f.bytes, f.name, MIME.xlsx));
  };

  const list = (d: CollectDone): HTMLElement[] => {
    const { t } = ctx();
    return [
      h('p', { testid: 'collect-summary', text: t('office.preview', { changes: d.changes.length, conflicts: d.conflicts.length }) }),
      h(
        'ul',
        { className: 'par-overdue' },
        ...d.changes.map((c) =>
          h(
            'li',
            { testid: 'collect-change', attrs: { 'data-task-id': c.id } },
            h('strong', { text: `${c.id} ` }),
            `${c.office || c.file}: ${c.fields.join('; ')}`,
          ),
        ),
        ...d.conflicts.map((c) =>
          h('li', { testid: 'collect-conflict', className: 'par-notmet', attrs: { 'data-task-id': c.id } }, h('strong', { text: `${c.id} ` }), c.message),
        ),
        ...d.problems.map((p) => h('li', { testid: 'collect-problem', className: 'par-muted', text: `${p.file}: ${p.message}` })),
      ),
    ];
  };

  return () => {
    const { t, runner, host } = ctx();
    if (!host.officeFiles || !host.collect) return null;
    const input = h('input', {
      className: 'par-file-input',
      testid: 'office-returned',
      attrs: { type: 'file', accept: '.xlsx', multiple: true, id: uid('returned') },
    });
    input.addEventListener('change', () => {
      state.returned = Array.from(input.files ?? []);
      state.preview = null;
      state.done = null;
      if (state.returned.length > 0) collect(false);
      else render();
    });
    const accept = h('input', { testid: 'collect-accept', attrs: { type: 'checkbox', id: uid('accept') } });
    accept.checked = state.accept;
    accept.addEventListener('change', () => {
      state.accept = accept.checked;
      collect(false);
    });
    return h(
      'div',
      { testid: 'office-files' },
      h('h3', { text: t('office.title') }),
      h('p', { className: 'par-hint', text: t('office.intro') }),
      h('div', { className: 'par-actions' }, actionButton(runner, { className: 'par-btn', testid: 'office-split', text: t('office.split') }, split)),
      state.split ? h('p', { testid: 'office-split-done', text: t('office.splitDone', { offices: state.split.offices, tasks: state.split.tasks }) }) : null,
      h(
        'div',
        { className: 'par-drop' },
        h('div', { className: 'par-label', text: t('office.returned') }),
        input,
        h('label', { className: 'par-btn', attrs: { for: input.id }, text: t('import.chooseFile') }),
        h('span', {
          className: state.returned.length ? '' : 'par-muted',
          text: state.returned.length ? state.returned.map((f) => f.name).join(', ') : t('rollup.noFiles'),
        }),
      ),
      state.preview ? h('div', { testid: 'collect-preview' }, ...list(state.preview)) : null,
      state.preview && state.preview.conflicts.length > 0
        ? h('label', { className: 'par-check', attrs: { for: accept.id } }, accept, h('span', { text: t('office.accept') }))
        : null,
      state.preview && state.preview.changes.length + (state.accept ? state.preview.conflicts.length : 0) > 0
        ? h(
            'div',
            { className: 'par-actions' },
            actionButton(runner, { className: 'par-btn par-btn-primary', testid: 'collect-apply', text: t('office.apply') }, () => collect(true)),
          )
        : null,
      state.done
        ? h(
            'div',
            { className: 'par-note par-note-success', testid: 'collect-done' },
            h('p', { text: t('office.applied', { tasks: state.done.changes.length, logged: state.done.logged }) }),
            host.trackerFile
              ? actionButton(runner, { className: 'par-btn par-btn-primary', testid: 'collect-download', text: t('app.download') }, saveTracker)
              : null,
          )
        : null,
    );
  };
}
