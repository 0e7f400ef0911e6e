/**
 * "Nhập từ tệp": a plan chosen (or dropped) as a file — Word, Excel, CSV, text — read in the page
 * with the same reader as the command line, written by the host as a new source sheet, then
 * previewed as any sheet. In the browser app it is the only source, next to the tracker file an
 * official may re-import into.
 */
import { PLAN_FILE_ACCEPT, PlanFileError, readPlanFile } from '../../files/planFile';
import { HostError } from '../../workbook/host';
import type { PaneContext } from '../context';
import { h, uid } from '../dom';

export interface FileSourceState {
  /** The plan file read, the sheet it went to, and what to check. */
  plan: { readonly file: string; readonly sheet: string; readonly notes: readonly string[] } | null;
  /** The browser app: the tracker file chosen to re-import into. */
  tracker: { readonly file: string; readonly tasks: number } | null;
}

const bytesOf = async (file: File): Promise<Uint8Array> => new Uint8Array(await file.arrayBuffer());

/** The file controls; `onPlan` runs once the plan is in its sheet. */
export function fileSource(
  ctx: () => PaneContext,
  state: FileSourceState,
  onPlan: () => void,
  onTracker: () => void,
): { view(): HTMLElement; take(files: FileList | null): void } {
  const readPlan = async (file: File): Promise<void> => {
    const c = ctx();
    const done = await c.runner.run({ label: 'progress.readFile', retry: () => void readPlan(file) }, async () => {
      try {
        const source = await readPlanFile(file.name, await bytesOf(file));
        const sheet = await c.host.addSourceSheet({ sheetName: source.sheetName, grid: source.grid, merges: source.merges });
        return { file: file.name, sheet: sheet.sheetName, notes: source.notes.map((n) => (c.lang === 'vi' ? n.vi : n.en)) };
      } catch (e) {
        if (e instanceof PlanFileError) throw new HostError(c.lang === 'vi' ? e.vi : e.en, c.t('import.fileHint'));
        throw e;
      }
    });
    if (!done) return;
    state.plan = done;
    onPlan();
  };

  const readTracker = async (file: File): Promise<void> => {
    const c = ctx();
    const done = await c.runner.run({ label: 'progress.readFile', retry: () => void readTracker(file) }, async () =>
      c.host.openTracker!({ name: file.name, bytes: await bytesOf(file) }),
    );
    if (!done) return;
    state.tracker = { file: file.name, tasks: done.tasks };
    onTracker();
  };

  const take = (files: FileList | null): void => {
    const file = files?.[0];
    if (file) void readPlan(file);
  };

  /** A file control: the input (visually hidden, still focusable) behind a button-like label. */
  const chooser = (testid: string, accept: string, chosen: string | null, label: string, onFile: (file: File) => void): HTMLElement => {
    const { t } = ctx();
    const input = h('input', { className: 'par-file-input', testid, attrs: { type: 'file', accept, id: uid('file') } });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file) onFile(file);
    });
    return h(
      'div',
      { className: 'par-drop' },
      h('div', { className: 'par-label', text: label }),
      input,
      h('label', { className: 'par-btn', attrs: { for: input.id }, text: t('import.chooseFile') }),
      h('span', { className: chosen ? '' : 'par-muted', text: chosen ?? t('import.noFile') }),
    );
  };

  const view = (): HTMLElement => {
    const { t, source, host } = ctx();
    const app = source === 'file';
    const box = h(
      'div',
      { className: 'par-field par-file' },
      chooser(
        app ? 'app-file' : 'import-file',
        PLAN_FILE_ACCEPT,
        state.plan?.file ?? null,
        t(app ? 'import.fileLabel' : 'import.fromFile'),
        (file) => void readPlan(file),
      ),
      h('div', { className: 'par-hint', text: t('import.fileHint') }),
    );
    if (state.plan) {
      const read = app ? t('import.fileReadApp', { file: state.plan.file }) : t('import.fileRead', { file: state.plan.file, sheet: state.plan.sheet });
      box.appendChild(h('p', { className: 'par-note par-note-success', testid: 'import-file-read', text: read }));
      for (const note of state.plan.notes) box.appendChild(h('p', { className: 'par-note par-note-warning', testid: 'import-file-note', text: note }));
    }
    if (app && host.openTracker) {
      box.append(
        chooser('app-tracker', '.xlsx', state.tracker?.file ?? null, t('app.trackerLabel'), (file) => void readTracker(file)),
        h('div', { className: 'par-hint', text: t('app.trackerHint') }),
      );
      if (state.tracker)
        box.appendChild(
          h('p', { className: 'par-note', testid: 'app-tracker-read', text: t('app.trackerRead', { file: state.tracker.file, tasks: state.tracker.tasks }) }),
        );
    }
    return box;
  };

  return { view, take };
}
