/// <reference types="office-js" />
/**
 * The workbook port (src/workbook/host.ts) on Office.js. Each operation is one `Excel.run` with a
 * fixed number of `context.sync()` round trips, whatever the number of tasks:
 *
 * | operation       | syncs | what                                                                        |
 * |-----------------|-------|-----------------------------------------------------------------------------|
 * | previewImport   | 1     | source cells + merges + sheet/name/table lists                              |
 * | createTracker   | 2–4   | 1 read · 2 old tracker, chart names (re-import) · 3 write · 4 print/notes/chart |
 * | listTasks       | 1     | Nhiệm vụ + Chỉ tiêu                                                         |
 * | dashboard       | 1     | the same, plus Bộ tiêu chí and Tổng hợp when they exist                     |
 * | saveTask        | 2     | read (the two sheets, where the log ends) · write the cells + append the log |
 * | buildReport     | 2–3   | Nhiệm vụ + Cài đặt + the old Báo cáo · write the sheet · print setup        |
 * | buildReminders  | 2–3   | the same for Đôn đốc                                                        |
 * | goTo            | 1     | activate + select                                                           |
 * | rollup          | 2–3   | the two old roll-up sheets · write both · print setup                       |
 * | addSourceSheet  | 2–3   | sheet names · write the plan read from a file, merges, activate · print setup |
 *
 * On Excel on the web a write larger than the request budget (~4 MB) adds one sync per ~4 MB
 * (see payload.ts); a read the web refuses as too large is redone in blocks (readWorkbook.ts).
 */
import { todayIso } from '../core/dates';
import {
  HostError,
  type DashboardView,
  type Host,
  type ImportDone,
  type ImportPreview,
  type ImportRequest,
  type Progress,
  type RemindDone,
  type RemindRequest,
  type CollectDone,
  type CollectRequest,
  type OfficeFilesDone,
  type OfficeFilesRequest,
  type RollupDone,
  type RollupHostRequest,
  type SourceSheetRequest,
  type ReportDone,
  type ReportRequest,
  type SaveDone,
  type SaveRequest,
  type SheetRow,
  type TaskList,
} from '../workbook/host';
import {
  checkReplaceable,
  collectFrom,
  officeFilesFrom,
  dashboardFrom,
  logTime,
  planTaskSave,
  previewImport,
  remindersFrom,
  rollupOf,
  reportFrom,
  SIGNATURE_ROWS,
  taskListFrom,
  trackerFromSource,
  type Grid,
  type SourceRange,
  type TrackerValues,
} from '../workbook/ops';
import type { SheetModel, WorkbookModel } from '../workbook/model';
import { CRITERIA_SHEET, DASHBOARD_SHEET, INDICATOR_SHEET, LOG_SHEET, newSourceSheetName, REMIND_SHEET, REPORT_SHEET, sameSheetName, SETTINGS_SHEET, SOURCE_SHEET_PREFIX, TASK_SHEET } from '../workbook/sheetNames';
import { buildSourceSheet } from '../workbook/buildSourceSheet';
import { firstRowOf } from './a1';
import { officeEnv, type ExcelEnv } from './excelEnv';
import { OPERATION_OVERHEAD, operationBytes, WEB_REQUEST_BUDGET, RequestBudget } from './payload';
import { gridFromA1, hostErrorOf, officeErrorCode, readWorkbook, type ReadResult, type ReadTarget, type WorkbookFacts } from './readWorkbook';
import { applyOp, renderWorkbook, type RenderCapabilities, type RenderResult } from './renderWorkbook';
import { CHART_SHEETS, TABLE_NAMES } from './renderPlan';
import { queueCellWrites, queueLogAppend } from './saveWrites';
import { LOG_HEADER_ROW, logRowValues } from '../workbook/logSheet';

export interface ExcelHostOptions extends Partial<ExcelEnv> {
  /** Bytes queued per request before an early sync; default by platform (web ~4 MB, desktop unlimited). */
  readonly requestBudget?: number;
}

const NO_TRACKER = new HostError(
  `Chưa có bảng theo dõi: không thấy trang "${TASK_SHEET}".`,
  'Mở trang phụ lục kế hoạch và tạo bảng theo dõi ở thẻ "Nhập kế hoạch".',
);

/** The source range for the importer, merged areas cut to the cells read. */
function sourceOf(r: ReadResult): SourceRange {
  const bottom = r.top + r.rows - 1;
  const right = r.left + r.columns - 1;
  return {
    sheetName: r.sheetName,
    values: (r.values ?? []) as unknown[][],
    firstRow: r.top,
    firstColumn: r.left,
    ...(r.mergesUnread ? { mergesUnread: true } : {}),
    merges: r.merges
      .filter((m) => m.bottom >= r.top && m.top <= bottom && m.right >= r.left && m.left <= right)
      .map((m) => ({ top: Math.max(m.top, r.top), left: Math.max(m.left, r.left), bottom: Math.min(m.bottom, bottom), right: Math.min(m.right, right) })),
  };
}

const optionalGrid = (r: ReadResult | undefined): unknown[][] | null => (r && r.exists ? gridFromA1(r) : null);

/** The tracker's values from reads of Nhiệm vụ, Chỉ tiêu and, when asked, Bộ tiêu chí and Tổng hợp. */
function trackerValues(task: ReadResult, indicators: ReadResult, criteria?: ReadResult, dashboard?: ReadResult): TrackerValues {
  if (!task.exists) throw NO_TRACKER;
  return {
    tasks: gridFromA1(task),
    indicators: optionalGrid(indicators),
    ...(criteria ? { criteria: optionalGrid(criteria) } : {}),
    ...(dashboard ? { dashboard: optionalGrid(dashboard) } : {}),
  };
}

/**
 * The workbook's facts with each sheet that Excel would take for a tracker sheet (the same name
 * in another case: an official's "Tổng Hợp") under the tracker's spelling. Excel finds a sheet by
 * name without regard to case, so every later step — the check that the sheet is ours, the read,
 * the write — then deals with the one sheet Excel means, instead of adding a second one and
 * failing half-way with "already exists".
 */
function trackerSpelling(facts: WorkbookFacts): WorkbookFacts {
  const canonical = (name: string): string => TRACKER_SHEETS.find((t) => sameSheetName(t, name)) ?? name;
  return {
    ...facts,
    sheets: facts.sheets.map(canonical),
    filtered: facts.filtered.map(canonical),
    tables: facts.tables.map((t) => ({ ...t, sheet: canonical(t.sheet) })),
    ...(facts.charts ? { charts: new Map([...facts.charts].map(([k, v]) => [canonical(k), v])) } : {}),
  };
}

/**
 * Print setup and header notes, in one sync after the sheets are written: niceties, so a host
 * without them keeps the sheets as written.
 */
async function applyCosmetic(ctx: Excel.RequestContext, cosmetic: RenderResult['cosmetic']): Promise<void> {
  try {
    for (const { sheet, op } of cosmetic) applyOp(ctx.workbook.worksheets.getItem(sheet), op, new Map());
    await ctx.sync();
  } catch {
    // Left as written.
  }
}

const TRACKER_SHEETS = [TASK_SHEET, INDICATOR_SHEET, CRITERIA_SHEET, DASHBOARD_SHEET, LOG_SHEET, SETTINGS_SHEET, REPORT_SHEET, REMIND_SHEET];

export class ExcelHost implements Host {
  readonly kind = 'excel' as const;
  private envCache: ExcelEnv | null = null;
  private readonly sheetNamesById = new Map<string, string>();

  constructor(private readonly options: ExcelHostOptions = {}) {}

  /** Office's globals are read on first use, after Office.onReady. */
  private get env(): ExcelEnv {
    if (!this.envCache) this.envCache = { ...officeEnv(), ...this.options } as ExcelEnv;
    return this.envCache;
  }

  private get budget(): number {
    return this.options.requestBudget ?? (this.env.platform === 'desktop' ? Infinity : WEB_REQUEST_BUDGET);
  }

  private get caps(): RenderCapabilities {
    return { api19: this.env.supports('1.9'), notes: this.env.supports('1.18'), charts: this.env.supports('1.8') };
  }

  /** Runs a batch; Office errors come out as HostErrors the pane can show. */
  private async run<T>(what: string, batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.env.run(batch);
    } catch (e) {
      throw hostErrorOf(e, what);
    }
  }

  private sourceTarget(req: ImportRequest): ReadTarget {
    return { sheet: null, selection: req.scope === 'selection', values: true, merges: true };
  }

  async previewImport(req: ImportRequest): Promise<ImportPreview> {
    return this.run('Đọc bảng phụ lục', async (ctx) => {
      // The tracker's two sheets come in the same read: a re-import's preview lists what it changes.
      const { results } = await readWorkbook(ctx, [this.sourceTarget(req), { sheet: TASK_SHEET, values: true }, { sheet: INDICATOR_SHEET, values: true }], {
        facts: true,
        mergesSupported: this.env.supports('1.13'),
      });
      return previewImport(sourceOf(results[0]), req, results[1].exists ? trackerValues(results[1], results[2]) : false);
    });
  }

  async createTracker(req: ImportRequest, onProgress?: (p: Progress) => void): Promise<ImportDone> {
    return this.run('Tạo bảng theo dõi', async (ctx) => {
      const report = (done: number, total: number, label: string): void => onProgress?.({ done, total, label });
      report(0, 4, 'Đọc bảng phụ lục');
      const read = await readWorkbook(ctx, [this.sourceTarget(req)], { facts: true, mergesSupported: this.env.supports('1.13'), filtersSupported: this.env.supports('1.9') });
      const facts = trackerSpelling(read.facts!);
      const source = sourceOf(read.results[0]);

      const caps = this.caps;
      // Our charts from an earlier import, to replace (clearing the cells leaves them).
      const chartSheets = caps.charts ? CHART_SHEETS.filter((s) => facts.sheets.includes(s)) : [];
      let existing: TrackerValues | null = null;
      let charts: ReadonlyMap<string, readonly string[]> = new Map();
      let log: ReadResult | null = null;
      if (facts.sheets.includes(TASK_SHEET)) {
        report(1, 4, 'Đọc bảng theo dõi hiện có');
        // The official's Bộ tiêu chí is kept as it is and decides the Tổng hợp layout; the
        // targets typed on Tổng hợp are carried into the new one.
        const read = await this.readTracker(ctx, [{ sheet: CRITERIA_SHEET, values: true }, { sheet: DASHBOARD_SHEET, values: true }, { sheet: LOG_SHEET, values: false }], false, chartSheets);
        existing = trackerValues(read.results[0], read.results[1], read.results[2], read.results[3]);
        charts = read.charts;
        log = read.results[4];
      } else if (chartSheets.length > 0) {
        // A Tổng hợp left without its Nhiệm vụ: one small read of its charts' names.
        charts = (await readWorkbook(ctx, [], { mergesSupported: false, charts: chartSheets })).charts;
      }
      const build = trackerFromSource(source, req, existing, { log: { time: logTime(this.env.now()), user: '' } });
      if (build.model.sheets.some((s) => sameSheetName(s.name, source.sheetName))) {
        throw new HostError(
          `Trang đang mở ("${source.sheetName}") là một trang của bảng theo dõi, không phải bảng phụ lục gốc.`,
          'Mở trang có bảng phụ lục kế hoạch rồi thử lại.',
        );
      }
      await this.refuseForeignSheets(ctx, build.model, facts.sheets, existing);

      report(2, 4, 'Ghi các trang theo dõi');
      ctx.application.suspendApiCalculationUntilNextSync();
      if (caps.api19) ctx.application.suspendScreenUpdatingUntilNextSync();
      const budget = new RequestBudget(async () => {
        await ctx.sync();
        ctx.application.suspendApiCalculationUntilNextSync();
      }, this.budget);
      const rendered = await renderWorkbook(ctx, build.model, { ...facts, charts }, budget, caps, (sheet) => report(2, 4, `Ghi trang "${sheet.name}"`));
      // Each change the merge made, one Nhật ký row per field, in the same request as the sheets.
      if (build.log.length > 0) {
        const logTables = facts.tables.filter((t) => t.sheet === LOG_SHEET);
        const place =
          log && log.exists
            ? { exists: true, lastRow: log.rows === 0 ? 0 : log.top + log.rows - 1, table: (logTables.find((t) => t.name === TABLE_NAMES[LOG_SHEET]) ?? logTables[0])?.name ?? null }
            : // The render just made the log afresh, with its Table.
              { exists: true, lastRow: LOG_HEADER_ROW, table: TABLE_NAMES[LOG_SHEET] };
        const rows = build.log.map(logRowValues);
        await budget.queue(operationBytes(rows), () => queueLogAppend(ctx, place, rows));
      }
      await budget.queue(OPERATION_OVERHEAD, () => ctx.workbook.worksheets.getItem(TASK_SHEET).activate());
      await budget.flush();

      if (rendered.cosmetic.length > 0) {
        report(3, 4, 'Thiết lập in');
        await applyCosmetic(ctx, rendered.cosmetic);
      }
      report(4, 4, 'Xong');
      return build.done;
    });
  }

  private readTracker(ctx: Excel.RequestContext, extra: ReadTarget[] = [], facts = false, charts: readonly string[] = []): ReturnType<typeof readWorkbook> {
    return readWorkbook(ctx, [{ sheet: TASK_SHEET, values: true }, { sheet: INDICATOR_SHEET, values: true }, ...extra], { facts, mergesSupported: false, charts });
  }

  async listTasks(): Promise<TaskList> {
    return this.run('Đọc danh sách nhiệm vụ', async (ctx) => {
      const { results } = await this.readTracker(ctx);
      return taskListFrom(trackerValues(results[0], results[1]), todayIso(this.env.now()));
    });
  }

  /**
   * An existing sheet with a tracker sheet's name that PAR Tracker did not make (the official's own
   * "Tổng hợp") stops the import before anything is written. The tracker's own sheets were read
   * already; any other one costs one more read (only when such a name is taken).
   */
  private async refuseForeignSheets(ctx: Excel.RequestContext, model: WorkbookModel, sheetNames: readonly string[], existing: TrackerValues | null): Promise<void> {
    const known = new Map<string, Grid>();
    if (existing) {
      known.set(TASK_SHEET, existing.tasks);
      if (existing.indicators) known.set(INDICATOR_SHEET, existing.indicators);
      if (existing.criteria) known.set(CRITERIA_SHEET, existing.criteria);
      if (existing.dashboard) known.set(DASHBOARD_SHEET, existing.dashboard);
    }
    const unread = model.sheets.filter((s) => s.ifExists !== 'keep' && sheetNames.includes(s.name) && !known.has(s.name) && !s.name.startsWith(SOURCE_SHEET_PREFIX));
    if (unread.length > 0) {
      const read = await readWorkbook(ctx, unread.map((s) => ({ sheet: s.name, values: true })), { mergesSupported: false });
      read.results.forEach((r, i) => known.set(unread[i].name, gridFromA1(r).slice(0, SIGNATURE_ROWS)));
    }
    checkReplaceable(known, model);
  }

  /** The same one read as the list, plus Bộ tiêu chí and Tổng hợp for the scoring section when they exist. */
  async dashboard(): Promise<DashboardView> {
    return this.run('Đọc tổng hợp', async (ctx) => {
      const { results } = await this.readTracker(ctx, [
        { sheet: CRITERIA_SHEET, values: true },
        { sheet: DASHBOARD_SHEET, values: true },
      ]);
      const values = trackerValues(results[0], results[1], results[2], results[3]);
      return dashboardFrom(taskListFrom(values, todayIso(this.env.now())), values);
    });
  }

  async saveTask(req: SaveRequest): Promise<SaveDone> {
    return this.run('Lưu nhiệm vụ', async (ctx) => {
      const now = this.env.now();
      const { results, facts } = await this.readTracker(ctx, [{ sheet: LOG_SHEET, values: false }], true);
      const plan = planTaskSave(trackerValues(results[0], results[1]), req, { today: todayIso(now), time: logTime(now), user: '' });
      if (plan.writes.length > 0 || plan.log.length > 0) {
        const log = results[2];
        const logTables = facts!.tables.filter((t) => t.sheet === LOG_SHEET);
        const table = logTables.find((t) => t.name === TABLE_NAMES[LOG_SHEET]) ?? logTables[0] ?? null;
        queueCellWrites(ctx, plan.writes);
        queueLogAppend(ctx, { exists: log.exists, lastRow: log.rows === 0 ? 0 : log.top + log.rows - 1, table: table?.name ?? null }, plan.log);
        await ctx.sync();
      }
      return { task: plan.task, written: plan.writes.length, logged: plan.log.length };
    });
  }

  /** The phiếu of the lead offices from Nhiệm vụ and Cài đặt (one read); the pane writes the files. */
  async officeFiles(req: OfficeFilesRequest): Promise<OfficeFilesDone> {
    return this.run('Lập phiếu cập nhật', async (ctx) => {
      const read = await readWorkbook(
        ctx,
        [
          { sheet: TASK_SHEET, values: true },
          { sheet: SETTINGS_SHEET, values: true },
          { sheet: INDICATOR_SHEET, values: true },
        ],
        { mergesSupported: false },
      );
      if (!read.results[0].exists) throw NO_TRACKER;
      // The Chỉ tiêu sheet gives each phiếu the Thực tế of its office's indicators.
      const values = { tasks: gridFromA1(read.results[0]), indicators: optionalGrid(read.results[2]), settings: optionalGrid(read.results[1]) };
      return { files: officeFilesFrom(values, { made: todayIso(this.env.now()), replyBy: req.replyBy ?? null }) };
    });
  }

  /** Returned phiếu: one read; applied, one write of the changed cells and their Nhật ký rows. */
  async collect(req: CollectRequest): Promise<CollectDone> {
    return this.run('Nhận phiếu cập nhật', async (ctx) => {
      const now = this.env.now();
      const { results, facts } = await this.readTracker(ctx, [{ sheet: LOG_SHEET, values: false }], true);
      const build = collectFrom(trackerValues(results[0], results[1]), req.files as { file: string; grid: Grid }[], { today: todayIso(now), time: logTime(now), acceptConflicts: req.acceptConflicts });
      const apply = req.apply && build.plans.length > 0;
      const logRows = build.plans.flatMap((p) => p.log);
      if (apply) {
        const log = results[2];
        const logTables = facts!.tables.filter((t) => t.sheet === LOG_SHEET);
        const table = logTables.find((t) => t.name === TABLE_NAMES[LOG_SHEET]) ?? logTables[0] ?? null;
        queueCellWrites(
          ctx,
          build.plans.flatMap((p) => p.writes),
        );
        queueLogAppend(ctx, { exists: log.exists, lastRow: log.rows === 0 ? 0 : log.top + log.rows - 1, table: table?.name ?? null }, logRows);
        await ctx.sync();
      }
      return { changes: build.changes, conflicts: build.conflicts, problems: build.problems, applied: apply, logged: apply ? logRows.length : 0 };
    });
  }

  async buildReport(req: ReportRequest): Promise<ReportDone> {
    return this.writeBuiltSheet('Lập báo cáo', REPORT_SHEET, (values, today) => {
      const build = reportFrom(values, req, today);
      return { sheet: build.sheet, result: { sheet: REPORT_SHEET, data: build.data, settings: build.settings, year: build.year } };
    });
  }

  async buildReminders(req: RemindRequest): Promise<RemindDone> {
    return this.writeBuiltSheet('Lập danh sách đôn đốc', REMIND_SHEET, (values, today) => {
      const build = remindersFrom(values, req, today);
      return { sheet: build.sheet, result: { sheet: REMIND_SHEET, data: build.data, settings: build.settings } };
    });
  }

  /**
   * One sheet built from Nhiệm vụ and Cài đặt and written in place of the old one (a sheet of that
   * name the official made is refused): one read, one write, and one for print setup.
   */
  private async writeBuiltSheet<T>(what: string, name: string, make: (values: TrackerValues, today: string) => { sheet: SheetModel; result: T }): Promise<T> {
    return this.run(what, async (ctx) => {
      const read = await readWorkbook(ctx, [{ sheet: TASK_SHEET, values: true }, { sheet: SETTINGS_SHEET, values: true }, { sheet: name, values: true }], { facts: true, mergesSupported: false });
      const facts = trackerSpelling(read.facts!);
      if (!read.results[0].exists) throw NO_TRACKER;
      const { sheet, result } = make({ tasks: gridFromA1(read.results[0]), indicators: null, settings: optionalGrid(read.results[1]) }, todayIso(this.env.now()));
      const model: WorkbookModel = { sheets: [sheet], definedNames: [] };
      checkReplaceable(read.results[2].exists ? new Map([[sheet.name, gridFromA1(read.results[2]).slice(0, SIGNATURE_ROWS)]]) : new Map(), model);
      const budget = new RequestBudget(() => ctx.sync(), this.budget);
      const rendered = await renderWorkbook(ctx, model, facts, budget, this.caps);
      await budget.queue(OPERATION_OVERHEAD, () => ctx.workbook.worksheets.getItem(name).activate());
      await budget.flush();
      if (rendered.cosmetic.length > 0) await applyCosmetic(ctx, rendered.cosmetic);
      return result;
    });
  }

  /** The roll-up of units read in the pane, written as its two sheets (in place of earlier ones): one read, one write, print setup. */
  async rollup(req: RollupHostRequest): Promise<RollupDone> {
    const build = rollupOf(req.units, { asOf: req.asOf, year: req.year ?? null });
    return this.run('Tổng hợp các đơn vị', async (ctx) => {
      const read = await readWorkbook(
        ctx,
        build.sheets.map((x) => ({ sheet: x.name, values: true })),
        { facts: true, mergesSupported: false },
      );
      const facts = trackerSpelling(read.facts!);
      const model: WorkbookModel = { sheets: build.sheets, definedNames: [] };
      const existing = new Map(build.sheets.flatMap((x, i) => (read.results[i].exists ? [[x.name, gridFromA1(read.results[i]).slice(0, SIGNATURE_ROWS)] as const] : [])));
      checkReplaceable(existing, model);
      const budget = new RequestBudget(() => ctx.sync(), this.budget);
      const rendered = await renderWorkbook(ctx, model, facts, budget, this.caps);
      await budget.queue(OPERATION_OVERHEAD, () => ctx.workbook.worksheets.getItem(build.sheets[0].name).activate());
      await budget.flush();
      if (rendered.cosmetic.length > 0) await applyCosmetic(ctx, rendered.cosmetic);
      return { data: build.data, sheets: build.sheets.map((x) => x.name) };
    });
  }

  /** A plan read from a file (in the pane) written as a new sheet, made active for the preview. */
  async addSourceSheet(req: SourceSheetRequest): Promise<{ sheetName: string }> {
    return this.run('Ghi bảng phụ lục từ tệp', async (ctx) => {
      const read = await readWorkbook(ctx, [], { facts: true, mergesSupported: false });
      const facts = trackerSpelling(read.facts!);
      const sheetName = newSourceSheetName(req.sheetName, facts.sheets);
      const model: WorkbookModel = { sheets: [buildSourceSheet({ name: sheetName, grid: req.grid, merges: req.merges }, { exactName: true })], definedNames: [] };
      const budget = new RequestBudget(() => ctx.sync(), this.budget);
      const rendered = await renderWorkbook(ctx, model, facts, budget, this.caps);
      await budget.queue(OPERATION_OVERHEAD, () => ctx.workbook.worksheets.getItem(sheetName).activate());
      await budget.flush();
      if (rendered.cosmetic.length > 0) await applyCosmetic(ctx, rendered.cosmetic);
      return { sheetName };
    });
  }

  async goTo(target: SheetRow): Promise<void> {
    try {
      await this.env.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(target.sheet);
        ws.activate();
        ws.getRange(`${target.row}:${target.row}`).select();
        await ctx.sync();
      });
    } catch (e) {
      if (officeErrorCode(e) === 'ItemNotFound') {
        throw new HostError(`Không thấy trang "${target.sheet}".`, 'Trang có thể đã bị xoá hoặc đổi tên; hãy tạo lại bảng theo dõi.');
      }
      throw hostErrorOf(e, 'Chuyển đến dòng');
    }
  }

  /** The sheet a selection event came from, by id (cached: events are frequent, sheets rarely renamed). */
  private async sheetName(id: string): Promise<string> {
    const known = this.sheetNamesById.get(id);
    if (known) return known;
    const name = await this.env.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(id).load('name');
      await ctx.sync();
      return ws.name;
    });
    this.sheetNamesById.set(id, name);
    return name;
  }

  /** Selection anywhere in the workbook (shared runtime: the pane lives as long as the workbook). */
  watchSelection(onSelect: (at: SheetRow) => void): () => void {
    if (!this.env.supports('1.9')) return () => undefined;
    let handler: OfficeExtension.EventHandlerResult<Excel.WorksheetSelectionChangedEventArgs> | null = null;
    let stopped = false;
    const remove = (h: OfficeExtension.EventHandlerResult<Excel.WorksheetSelectionChangedEventArgs>): void => {
      h.remove();
      void h.context.sync().catch(() => undefined);
    };
    void this.env
      .run(async (ctx) => {
        const h = ctx.workbook.worksheets.onSelectionChanged.add(async (args) => {
          const row = firstRowOf(args.address);
          if (row === null || stopped) return;
          try {
            onSelect({ sheet: await this.sheetName(args.worksheetId), row });
          } catch {
            // A sheet deleted between the event and the lookup: nothing to select.
          }
        });
        await ctx.sync();
        if (stopped) remove(h);
        else handler = h;
      })
      .catch(() => undefined);
    return () => {
      stopped = true;
      if (handler) remove(handler);
      handler = null;
    };
  }
}
