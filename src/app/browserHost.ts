/**
 * The browser app's workbook: nothing leaves the page. A plan file read in the page is the source
 * sheet; the tracker is built by the same operations as every host, written with exceljs into a
 * new workbook — or, to re-import, into the official's tracker file, keeping their entries — and
 * offered as a download. The Tổng hợp and Báo cáo tabs read that file as the CLI does.
 */
import { todayIso } from '../core/dates';
import { appendLogRows } from '../files/appendLog';
import { applyWrites } from '../files/applyWrites';
import { readTrackerXlsx, type TrackerWorkbook } from '../files/readTrackerXlsx';
import { newWorkbook, renderModel, workbookBytes, writeTrackerXlsx } from '../files/writeTrackerXlsx';
import { addCharts, carryCharts } from '../files/xlsxCharts';
import {
  HostError,
  type Host,
  type ImportDone,
  type ImportRequest,
  type Progress,
  type CollectDone,
  type CollectRequest,
  type OfficeFilesDone,
  type OfficeFilesRequest,
  type RollupDone,
  type RollupHostRequest,
  type SourceSheetRequest,
  type TrackerFile,
} from '../workbook/host';
import {
  checkReplaceable,
  collectFrom,
  officeFilesFrom,
  type Grid,
  dashboardFrom,
  logTime,
  previewImport,
  remindersFrom,
  rollupOf,
  reportFrom,
  taskListFrom,
  trackerFromSource,
  type SourceRange,
  type TrackerValues,
} from '../workbook/ops';
import { REMIND_SHEET, REPORT_SHEET } from '../workbook/sheetNames';
import type { SheetModel } from '../workbook/model';

/** The Vietnamese the app's host says; the pane shows it as any host's error. */
const SAY = {
  noPlan: ['Chưa chọn tệp kế hoạch.', 'Chọn tệp Word (.docx), Excel (.xlsx), .csv hoặc .txt của kế hoạch ở ô "Tệp kế hoạch".'],
  noTracker: ['Chưa có bảng theo dõi.', 'Tạo bảng theo dõi từ tệp kế hoạch, hoặc chọn tệp bảng theo dõi đã có.'],
  notTracker: (name: string) => [`Tệp ${name} không phải bảng theo dõi (không có trang "Nhiệm vụ").`, 'Chọn tệp .xlsx do PAR Tracker tạo.'],
  unreadable: (name: string) => [`Không đọc được tệp ${name}.`, 'Chọn tệp Excel .xlsx do PAR Tracker tạo.'],
  inSpreadsheet: [
    'Cập nhật từng nhiệm vụ làm trong Excel hoặc Google Sheets.',
    'Tải bảng theo dõi về, mở trong Excel hoặc Google Sheets rồi cập nhật ở trang "Nhiệm vụ".',
  ],
} as const;

const fail = ([message, hint]: readonly string[]): never => {
  throw new HostError(message, hint);
};

/** The tracker as it stands: its file and what the operations read from it. */
interface Current {
  readonly file: TrackerFile;
  readonly tracker: TrackerWorkbook & { values: TrackerValues };
}

async function openFile(file: TrackerFile): Promise<Current> {
  let tracker: TrackerWorkbook;
  try {
    tracker = await readTrackerXlsx(file.bytes);
  } catch {
    return fail(SAY.unreadable(file.name));
  }
  if (!tracker.values) return fail(SAY.notTracker(file.name));
  return { file, tracker: { ...tracker, values: tracker.values } };
}

/** "Bảng theo dõi - Kế hoạch 45.xlsx" for a new tracker. */
const trackerName = (sheetName: string): string => `Bảng theo dõi - ${sheetName}.xlsx`;

export class BrowserHost implements Host {
  readonly kind = 'browser' as const;
  private source: SourceRange | null = null;
  private current: Current | null = null;

  constructor(private readonly now: () => Date = () => new Date()) {}

  async addSourceSheet(req: SourceSheetRequest): Promise<{ sheetName: string }> {
    this.source = { sheetName: req.sheetName, values: req.grid.map((r) => [...r]), firstRow: 1, firstColumn: 1, merges: req.merges };
    return { sheetName: req.sheetName };
  }

  async openTracker(file: TrackerFile): Promise<{ tasks: number }> {
    this.current = await openFile(file);
    return { tasks: taskListFrom(this.current.tracker.values, this.today()).tasks.filter((t) => !t.group).length };
  }

  async trackerFile(): Promise<TrackerFile> {
    return this.requireTracker().file;
  }

  async previewImport(req: ImportRequest) {
    return previewImport(this.requireSource(), req, this.current?.tracker.values ?? false);
  }

  async createTracker(req: ImportRequest, onProgress?: (p: Progress) => void): Promise<ImportDone> {
    const source = this.requireSource();
    onProgress?.({ done: 0, total: 2, label: 'Đang lập bảng theo dõi' });
    const base = this.current;
    const build = trackerFromSource(source, req, base?.tracker.values ?? null, { log: { time: logTime(this.now()), user: '' } });
    // A fresh copy of the official's file: a second build never stacks on the first.
    const fresh = base ? await readTrackerXlsx(base.file.bytes) : null;
    if (fresh) checkReplaceable(fresh.sheets, build.model);
    const workbook = fresh?.workbook ?? newWorkbook();
    renderModel(workbook, build.model);
    appendLogRows(workbook, build.log);
    onProgress?.({ done: 1, total: 2, label: 'Đang ghi tệp .xlsx' });
    // exceljs writes no charts: the model's are added, and an official's own kept from the file read.
    const written = await addCharts(await workbookBytes(workbook), build.model);
    const file = { name: base?.file.name ?? trackerName(source.sheetName), bytes: base ? await carryCharts(base.file.bytes, written) : written };
    this.current = await openFile(file);
    onProgress?.({ done: 2, total: 2, label: 'Xong' });
    return build.done;
  }

  async listTasks() {
    return taskListFrom(this.requireTracker().tracker.values, this.today());
  }

  async saveTask(): Promise<never> {
    return fail(SAY.inSpreadsheet);
  }

  async dashboard() {
    const values = this.requireTracker().tracker.values;
    return dashboardFrom(taskListFrom(values, this.today()), values);
  }

  async buildReport(req: Parameters<Host['buildReport']>[0]) {
    const build = reportFrom(this.requireTracker().tracker.values, req, this.today());
    await this.writeSheet(build.sheet);
    return { sheet: REPORT_SHEET, data: build.data, settings: build.settings, year: build.year };
  }

  async buildReminders(req: Parameters<Host['buildReminders']>[0]) {
    const build = remindersFrom(this.requireTracker().tracker.values, req, this.today());
    await this.writeSheet(build.sheet);
    return { sheet: REMIND_SHEET, data: build.data, settings: build.settings };
  }

  /** The roll-up workbook of many units, as a file to download (nothing is written into a tracker). */
  async rollup(req: RollupHostRequest): Promise<RollupDone> {
    const build = rollupOf(req.units, { asOf: req.asOf, year: req.year ?? null });
    const bytes = await writeTrackerXlsx({ sheets: build.sheets, definedNames: [] });
    return { data: build.data, sheets: build.sheets.map((x) => x.name), file: { name: `Tổng hợp các đơn vị ${req.asOf}.xlsx`, bytes } };
  }

  async officeFiles(req: OfficeFilesRequest): Promise<OfficeFilesDone> {
    return { files: officeFilesFrom(this.requireTracker().tracker.values, { made: this.today(), replyBy: req.replyBy ?? null }) };
  }

  /** Returned phiếu previewed, or applied to the tracker file (the next download has them). */
  async collect(req: CollectRequest): Promise<CollectDone> {
    const current = this.requireTracker();
    const build = collectFrom(current.tracker.values, req.files as { file: string; grid: Grid }[], {
      today: this.today(),
      time: logTime(this.now()),
      acceptConflicts: req.acceptConflicts,
    });
    const apply = req.apply && build.plans.length > 0;
    if (apply) {
      const fresh = await readTrackerXlsx(current.file.bytes);
      for (const plan of build.plans) applyWrites(fresh.workbook, plan.writes, plan.log);
      this.current = await openFile({ name: current.file.name, bytes: await carryCharts(current.file.bytes, await workbookBytes(fresh.workbook)) });
    }
    return {
      changes: build.changes,
      conflicts: build.conflicts,
      problems: build.problems,
      applied: apply,
      logged: apply ? build.plans.reduce((n, p) => n + p.log.length, 0) : 0,
    };
  }

  async goTo(): Promise<void> {
    // No sheet to move to in the page: the downloaded workbook has the rows.
  }

  /** A built sheet (Báo cáo, Đôn đốc) written into the tracker file, in place of the old one. */
  private async writeSheet(sheet: SheetModel): Promise<void> {
    const current = this.requireTracker();
    const fresh = await readTrackerXlsx(current.file.bytes);
    checkReplaceable(fresh.sheets, { sheets: [sheet], definedNames: [] });
    renderModel(fresh.workbook, { sheets: [sheet], definedNames: [] });
    this.current = await openFile({ name: current.file.name, bytes: await carryCharts(current.file.bytes, await workbookBytes(fresh.workbook)) });
  }

  private today(): string {
    return todayIso(this.now());
  }

  private requireSource(): SourceRange {
    return this.source ?? fail(SAY.noPlan);
  }

  private requireTracker(): Current {
    return this.current ?? fail(SAY.noTracker);
  }
}
