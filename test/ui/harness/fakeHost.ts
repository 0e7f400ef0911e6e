/**
 * A Host for the browser tests: a workbook that is nothing but arrays of cell values, driven by
 * the real pure operations of src/workbook/ops — the same ones the Excel and Sheets adapters
 * call — so the pane is tested against real previews, task lists, saves and dashboards.
 *
 * It records every call (JSON copies) and can be told to fail the next call of a method.
 */
import { HostError, type Host, type ImportRequest, type Progress, type SaveRequest, type SheetRow } from '../../../src/workbook/host';
import {
  dashboardFrom,
  excelDate,
  hostValue,
  planTaskSave,
  previewImport,
  remindersFrom,
  reportFrom,
  sheetValues,
  taskListFrom,
  trackerFromSource,
  type HostCell,
  type SourceRange,
  type TrackerValues,
} from '../../../src/workbook/ops';
import { logRowValues } from '../../../src/workbook/logSheet';
import { CRITERIA_SHEET, DASHBOARD_SHEET, INDICATOR_SHEET, LOG_SHEET, REMIND_SHEET, REPORT_SHEET, SETTINGS_SHEET, TASK_SHEET } from '../../../src/workbook/sheetNames';

export interface FakeOptions {
  /** The source sheet's cells, from A1. */
  readonly grid: unknown[][];
  readonly sheetName?: string;
  /** The as-of date written into the tracker (flags computed for it). */
  readonly asOf?: string;
  /** 1-based first and last rows of the "selection", for the scope 'selection'. */
  readonly selectionRows?: readonly [number, number];
  /** Milliseconds each call takes (so the progress bar and the disabled buttons can be seen). */
  readonly delayMs?: number;
  /** Offer watchSelection (the Excel and Sheets hosts do). */
  readonly watchSelection?: boolean;
}

export interface Call {
  readonly method: string;
  readonly args: unknown;
}

export type Failure = { readonly kind: 'host'; readonly message: string; readonly hint: string } | { readonly kind: 'error'; readonly message: string } | { readonly kind: 'string'; readonly message: string };

export class FakeWorkbook {
  readonly sheets = new Map<string, HostCell[][]>();
  readonly calls: Call[] = [];
  readonly progress: Progress[] = [];
  private readonly failures = new Map<string, Failure>();
  private selectionListeners = new Set<(at: SheetRow) => void>();

  /** The source sheet's cells; the official may paste a revised plan over them (setSource). */
  private grid: unknown[][];
  /** A sheet written from a file (addSourceSheet) is the source from then on. */
  private sourceName: string | null = null;
  private merges: SourceRange['merges'] = [];

  constructor(readonly options: FakeOptions) {
    this.grid = options.grid;
  }

  /** The official pastes another appendix (a revised plan) into the source sheet. */
  setSource(grid: unknown[][]): void {
    this.grid = grid;
  }

  failNext(method: keyof Host, failure: Failure): void {
    this.failures.set(method, failure);
  }

  /** The user selects a row in the sheet. */
  select(at: SheetRow): void {
    for (const listener of this.selectionListeners) listener(at);
  }

  private async call<T>(method: string, args: unknown, work: () => T | Promise<T>): Promise<T> {
    this.calls.push({ method, args: args === undefined ? undefined : JSON.parse(JSON.stringify(args)) });
    await new Promise((resolve) => setTimeout(resolve, this.options.delayMs ?? 0));
    const failure = this.failures.get(method);
    if (failure) {
      this.failures.delete(method);
      if (failure.kind === 'host') throw new HostError(failure.message, failure.hint);
      if (failure.kind === 'error') throw new Error(failure.message);
      throw failure.message;
    }
    return work();
  }

  private source(req: ImportRequest): SourceRange {
    const name = this.sourceName ?? this.options.sheetName ?? 'Phụ lục';
    const [first, last] = req.scope === 'selection' && this.options.selectionRows ? this.options.selectionRows : [1, this.grid.length];
    return { sheetName: name, values: this.grid.slice(first - 1, last), firstRow: first, firstColumn: 1, merges: this.merges };
  }

  private tracker(): TrackerValues | null {
    const tasks = this.sheets.get(TASK_SHEET);
    return tasks
      ? {
          tasks,
          indicators: this.sheets.get(INDICATOR_SHEET) ?? null,
          criteria: this.sheets.get(CRITERIA_SHEET) ?? null,
          dashboard: this.sheets.get(DASHBOARD_SHEET) ?? null,
          settings: this.sheets.get(SETTINGS_SHEET) ?? null,
        }
      : null;
  }

  private trackerOrEmpty(): TrackerValues {
    return this.tracker() ?? { tasks: [], indicators: null };
  }

  /** Creates the tracker without the pane (for tests that start on the update tab). */
  build(req: ImportRequest = {}): void {
    const { model } = trackerFromSource(this.source(req), req, this.tracker(), { asOf: this.options.asOf });
    for (const sheet of model.sheets) {
      if (sheet.ifExists === 'keep' && this.sheets.has(sheet.name)) continue;
      this.sheets.set(sheet.name, sheetValues(sheet, excelDate));
    }
  }

  host(): Host {
    const host: Host = {
      kind: 'fake',
      addSourceSheet: (req) =>
        this.call('addSourceSheet', { sheetName: req.sheetName, rows: req.grid.length, merges: req.merges.length }, () => {
          this.grid = req.grid.map((r) => [...r]);
          this.sourceName = req.sheetName;
          this.merges = req.merges;
          return { sheetName: req.sheetName };
        }),
      previewImport: (req) => this.call('previewImport', req, () => previewImport(this.source(req), req, this.tracker() ?? false)),
      createTracker: (req, onProgress) =>
        this.call('createTracker', req, async () => {
          const built = trackerFromSource(this.source(req), req, this.tracker(), { asOf: this.options.asOf, log: { time: '20/12/2024 09:00', user: 'Người thử' } });
          const total = built.model.sheets.length;
          for (const [i, sheet] of built.model.sheets.entries()) {
            const step = { done: i, total, label: `Đang ghi trang "${sheet.name}"` };
            this.progress.push(step);
            onProgress?.(step);
            await new Promise((resolve) => setTimeout(resolve, this.options.delayMs ?? 0));
            if (sheet.ifExists === 'keep' && this.sheets.has(sheet.name)) continue;
            this.sheets.set(sheet.name, sheetValues(sheet, excelDate));
          }
          const log = this.sheets.get(LOG_SHEET) ?? [];
          for (const entry of built.log) log.push(logRowValues(entry).map((v) => hostValue(v, excelDate)));
          this.sheets.set(LOG_SHEET, log);
          onProgress?.({ done: total, total, label: 'Xong' });
          return built.done;
        }),
      buildReport: (req) =>
        this.call('buildReport', req, () => {
          const build = reportFrom(this.trackerOrEmpty(), req, this.options.asOf ?? '2024-12-20');
          this.sheets.set(REPORT_SHEET, sheetValues(build.sheet, excelDate));
          return { sheet: REPORT_SHEET, data: build.data, settings: build.settings, year: build.year };
        }),
      buildReminders: (req) =>
        this.call('buildReminders', req, () => {
          const build = remindersFrom(this.trackerOrEmpty(), req, this.options.asOf ?? '2024-12-20');
          this.sheets.set(REMIND_SHEET, sheetValues(build.sheet, excelDate));
          return { sheet: REMIND_SHEET, data: build.data, settings: build.settings };
        }),
      listTasks: () => this.call('listTasks', undefined, () => taskListFrom(this.trackerOrEmpty(), this.options.asOf ?? '2024-12-20')),
      saveTask: (req: SaveRequest) =>
        this.call('saveTask', req, () => {
          const plan = planTaskSave(this.trackerOrEmpty(), req, { today: this.options.asOf ?? '2024-12-20', time: '20/12/2024 09:00', user: 'Người thử' });
          for (const w of plan.writes) {
            const sheet = this.sheets.get(w.sheet)!;
            while (sheet.length < w.row) sheet.push([]);
            const row = sheet[w.row - 1];
            while (row.length < w.column) row.push('');
            row[w.column - 1] = hostValue(w.value, excelDate);
          }
          const log = this.sheets.get(LOG_SHEET) ?? [];
          for (const entry of plan.log) log.push(entry.map((v) => hostValue(v, excelDate)));
          this.sheets.set(LOG_SHEET, log);
          return { task: plan.task, written: plan.writes.length, logged: plan.log.length };
        }),
      dashboard: () =>
        this.call('dashboard', undefined, () => {
          const values = this.trackerOrEmpty();
          return dashboardFrom(taskListFrom(values, this.options.asOf ?? '2024-12-20'), values);
        }),
      goTo: (at) => this.call('goTo', at, () => undefined),
    };
    if (this.options.watchSelection) {
      return {
        ...host,
        watchSelection: (listener) => {
          this.selectionListeners.add(listener);
          return () => this.selectionListeners.delete(listener);
        },
      };
    }
    return host;
  }
}
