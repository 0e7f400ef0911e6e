/**
 * The Host port in the Google Sheets sidebar: each call goes through google.script.run to a
 * top-level server function (src/sheets/entry/menu.js), wrapped in a Promise with both a success
 * and a failure handler. No Google server global is touched here; the runner is injected, so the
 * same class runs against the real google.script.run and against a test shim.
 */
import {
  HostError,
  type CollectDone,
  type CollectRequest,
  type DashboardView,
  type Host,
  type ImportDone,
  type ImportPreview,
  type ImportRequest,
  type OfficeFilesDone,
  type OfficeFilesRequest,
  type Progress,
  type RollupDone,
  type RollupHostRequest,
  type SaveDone,
  type SaveRequest,
  type SheetRow,
  type TaskList,
  type RemindDone,
  type RemindRequest,
  type ReportDone,
  type ReportRequest,
  type SourceSheetRequest,
} from '../workbook/host';
import { SERVER, type CreateResult, type ServerFunction } from '../sheets/api';
import { decodeServerError } from '../sheets/errors';

/** The slice of google.script.run used here. */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [serverFunction: string]: unknown;
}

/** Where google.script.run comes from: the page's global by default. */
export function pageRunner(): ScriptRunner {
  const g = (globalThis as { google?: { script?: { run?: ScriptRunner } } }).google;
  const run = g?.script?.run;
  if (!run) throw new HostError('Không kết nối được với Google Trang tính.', 'Mở lại PAR Tracker từ menu Tiện ích mở rộng.');
  return run;
}

/**
 * Checks an argument can cross google.script.run: primitives, null, plain objects and arrays.
 * A Date (or a function) would make the whole call fail, so it is refused here with a clear message.
 */
export function assertWireSafe(value: unknown, path = 'tham số'): void {
  if (value === null || value === undefined) return;
  const t = typeof value;
  if (t === 'string' || t === 'number' || t === 'boolean') return;
  if (value instanceof Date) throw new Error(`${path}: không gửi được Date qua google.script.run (dùng chuỗi ISO)`);
  if (t !== 'object') throw new Error(`${path}: không gửi được giá trị kiểu ${t} qua google.script.run`);
  if (Array.isArray(value)) value.forEach((v, i) => assertWireSafe(v, `${path}[${i}]`));
  else for (const [k, v] of Object.entries(value as Record<string, unknown>)) assertWireSafe(v, `${path}.${k}`);
}

export interface GoogleScriptHostOptions {
  /** How often the selection is polled for watchSelection, in ms. */
  readonly pollMs?: number;
}

export class GoogleScriptHost implements Host {
  readonly kind = 'sheets' as const;
  private readonly pollMs: number;

  constructor(
    private readonly runner: () => ScriptRunner = pageRunner,
    options: GoogleScriptHostOptions = {},
  ) {
    this.pollMs = options.pollMs ?? 4000;
  }

  /** One server call as a Promise; a failure rejects with the HostError the server sent. */
  call<T>(name: ServerFunction, ...args: unknown[]): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      try {
        args.forEach((a, i) => assertWireSafe(a, `${name}#${i + 1}`));
        const run = this.runner()
          .withSuccessHandler((value) => resolve(value as T))
          .withFailureHandler((error) => reject(decodeServerError(error)));
        const fn = run[name];
        if (typeof fn !== 'function') throw new HostError(`Máy chủ Apps Script không có hàm ${name}.`, 'Cập nhật PAR Tracker (clasp push) rồi mở lại.');
        (fn as (...a: unknown[]) => void).apply(run, args);
      } catch (e) {
        reject(e instanceof HostError ? e : decodeServerError(e));
      }
    });
  }

  previewImport(req: ImportRequest): Promise<ImportPreview> {
    return this.call(SERVER.previewImport, req);
  }

  /**
   * The first call writes the whole tracker's content; each following call styles another block
   * of rows (a follow-up is retried once, being safe to repeat).
   */
  async createTracker(req: ImportRequest, onProgress?: (p: Progress) => void): Promise<ImportDone> {
    let result = await this.call<CreateResult>(SERVER.createTracker, req, null);
    onProgress?.(result.progress);
    while (result.next) {
      const step = result.next;
      result = await this.call<CreateResult>(SERVER.createTracker, req, step).catch(() => this.call<CreateResult>(SERVER.createTracker, req, step));
      onProgress?.(result.progress);
    }
    return result.done;
  }

  listTasks(): Promise<TaskList> {
    return this.call(SERVER.listTasks);
  }

  saveTask(req: SaveRequest): Promise<SaveDone> {
    return this.call(SERVER.saveTask, req);
  }

  dashboard(): Promise<DashboardView> {
    return this.call(SERVER.dashboard);
  }

  buildReport(req: ReportRequest): Promise<ReportDone> {
    return this.call(SERVER.buildReport, { period: req.period, asOf: req.asOf ?? null });
  }

  addSourceSheet(req: SourceSheetRequest): Promise<{ sheetName: string }> {
    return this.call(SERVER.addSourceSheet, { sheetName: req.sheetName, grid: req.grid, merges: req.merges });
  }

  buildReminders(req: RemindRequest): Promise<RemindDone> {
    return this.call(SERVER.buildReminders, { asOf: req.asOf ?? null });
  }

  /** The phiếu's models from the server (one read of the tracker); the sidebar writes the .xlsx files. */
  officeFiles(req: OfficeFilesRequest): Promise<OfficeFilesDone> {
    return this.call(SERVER.officeFiles, { replyBy: req.replyBy ?? null });
  }

  /** Returned phiếu read in the sidebar, previewed or applied by the server. */
  collect(req: CollectRequest): Promise<CollectDone> {
    return this.call(SERVER.collect, { files: req.files.map((f) => ({ file: f.file, grid: f.grid })), apply: req.apply, acceptConflicts: req.acceptConflicts });
  }

  /** Units read and counted in the sidebar; the server writes the roll-up sheets. */
  rollup(req: RollupHostRequest): Promise<RollupDone> {
    return this.call(SERVER.rollup, { units: req.units, asOf: req.asOf, year: req.year ?? null });
  }

  async goTo(target: SheetRow): Promise<void> {
    await this.call<null>(SERVER.goTo, { sheet: target.sheet, row: target.row });
  }

  /**
   * Follows the selection by asking the server every few seconds while the sidebar is visible
   * (Apps Script has no selection event for sidebars). Stops after three failures in a row.
   */
  watchSelection(onSelect: (at: SheetRow) => void): () => void {
    let last = '';
    let failures = 0;
    let busy = false;
    const timer = setInterval(() => {
      if (busy || (typeof document !== 'undefined' && document.visibilityState === 'hidden')) return;
      busy = true;
      this.call<SheetRow | null>(SERVER.activeRow)
        .then((at) => {
          failures = 0;
          const key = at ? `${at.sheet}\u0000${at.row}` : '';
          if (at && key !== last) onSelect(at);
          last = key;
        })
        .catch(() => {
          if (++failures >= 3) clearInterval(timer);
        })
        .finally(() => (busy = false));
    }, this.pollMs);
    return () => clearInterval(timer);
  }
}
