/// <reference types="google-apps-script" />
/**
 * The server functions behind the sidebar, called through the top-level functions of
 * entry/menu.js. Each is thin glue around a pure operation of src/workbook/ops: read with one
 * getValues() per range, call the operation, write with one bulk call per block. Nothing here runs
 * at load time: the bundle's top level calls no Google service.
 *
 * Failures leave as an Error whose message carries the HostError's message and hint as JSON
 * (./errors), so the sidebar can show both.
 */
import {
  HostError,
  type CollectDone,
  type CollectRequest,
  type OfficeFilesDone,
  type OfficeFilesRequest,
  type RollupDone,
  type RollupHostRequest,
  type DashboardView,
  type ImportPreview,
  type ImportRequest,
  type RemindDone,
  type RemindRequest,
  type ReportDone,
  type ReportRequest,
  type SaveDone,
  type SaveRequest,
  type SheetRow,
  type SourceSheetRequest,
  type TaskList,
} from '../workbook/host';
import {
  collectFrom,
  dashboardFrom,
  hostValue,
  officeFilesFrom,
  planTaskSave,
  previewImport as previewOp,
  rangeAddress,
  remindersFrom,
  reportFrom,
  rollupOf,
  taskListFrom,
  trackerFromSource,
  type SourceRange,
} from '../workbook/ops';
import type { Grid } from '../workbook/ops/readTracker';
import { isIsoDate } from '../core/dates';
import type { CellValue, CellWrite, SheetModel, WorkbookModel } from '../workbook/model';
import { buildLogSheet, logRowValues } from '../workbook/logSheet';
import { CRITERIA_SHEET, LOG_SHEET, newSourceSheetName, REMIND_SHEET, REPORT_SHEET, TASK_SHEET } from '../workbook/sheetNames';
import { buildSourceSheet } from '../workbook/buildSourceSheet';
import type { CreateResult, CreateStep } from './api';
import { cellBlocks, formatFor } from './cellBlocks';
import { sheetDates, type SheetDates } from './dates';
import { encodeServerError } from './errors';
import { readSource, readSourceAt, readTracker, requireTracker } from './read';
import { writeStyles } from './look';
import { checkReplaceable, ensureSize, prepareSheet, writeContent, writeNames } from './render';
import { sheetByName } from './sheetByName';

export { onOpen, onInstall, showSidebar } from './menu';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Rows styled per step of a chunked import. The first call writes all content, then styles blocks
 * of this many rows while its time lasts; each further call more blocks (docs/sheets.md).
 */
export const STYLE_BLOCK_ROWS = 1000;
/**
 * How long a call goes on styling. Apps Script stops an execution at 6 minutes; a call starts no
 * new block after this much of it has passed, leaving room for a block (seconds) and the reply.
 */
export const STYLE_TIME_BUDGET_MS = 150_000;
/** How long a save or an import waits for another session's write to finish. */
const LOCK_WAIT_MS = 20_000;

/** Runs a server function, turning any failure into the Error the sidebar decodes. */
function serve<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw encodeServerError(e);
  }
}

function active(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/** Writes under the document lock, flushed before it is released so the next writer reads them. */
function withDocumentLock<T>(fn: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock) return fn();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    throw new HostError('Bảng tính đang được cập nhật từ một phiên làm việc khác.', 'Đợi vài giây rồi thử lại.');
  }
  try {
    const out = fn();
    SpreadsheetApp.flush();
    return out;
  } finally {
    lock.releaseLock();
  }
}

/** What Nhật ký's *Người cập nhật* says when Google tells no e-mail (see activeUser). */
const UNKNOWN_USER = '(không rõ)';

/**
 * Who is saving, for Nhật ký's *Người cập nhật*: the e-mail of the account running the call
 * (the manifest asks for the userinfo.email scope so that Google answers in consumer accounts
 * too). Google may still withhold the active user — it answers blank, e.g. for a colleague in
 * another domain than the script's owner — so the effective user (the account whose
 * authorisation runs a sidebar call, the same person) is asked next; when both are blank or
 * refused (a manifest without the scope), the cell says UNKNOWN_USER rather than staying empty.
 */
function activeUser(): string {
  const email = (get: () => GoogleAppsScript.Base.User): string => {
    try {
      return get().getEmail() || '';
    } catch {
      return '';
    }
  };
  return email(() => Session.getActiveUser()) || email(() => Session.getEffectiveUser()) || UNKNOWN_USER;
}

const request = (req: ImportRequest | null | undefined): ImportRequest => req ?? {};

// ---- Nhập kế hoạch ----

export function previewImport(req?: ImportRequest | null): ImportPreview {
  return serve(() => {
    const ss = active();
    const dates = sheetDates(ss);
    const r = request(req);
    const src = readSource(ss, r.scope ?? 'sheet', dates);
    // With a tracker in the workbook, the preview lists what the re-import changes.
    return previewOp(src, r, readTracker(ss, dates) ?? false);
  });
}

/**
 * The sheets follow-up calls style: not the ones kept as they are (Nhật ký, an official's Bộ tiêu
 * chí), nor the criteria sheet, which is short and styled whole by the first call.
 */
const styled = (model: WorkbookModel): SheetModel[] => model.sheets.filter((s) => s.ifExists !== 'keep' && s.name !== CRITERIA_SHEET);
const tallest = (model: WorkbookModel): number => Math.max(0, ...styled(model).map((s) => s.rows.length));

/** FNV-1a of the layout follow-up calls style (sheets, row counts, row roles): what each must find again. */
export function layoutFingerprint(model: WorkbookModel): string {
  const text = styled(model)
    .map((s) => `${s.name}|${s.rows.length}|${s.rows.map((r) => r.role[0]).join('')}`)
    .join('\n');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${h.toString(16)}-${text.length}`;
}

function progressOf(model: WorkbookModel, upTo: number): CreateResult['progress'] {
  const total = tallest(model);
  const done = Math.min(upTo, total);
  return { done, total, label: done < total ? `Đang định dạng bảng theo dõi: ${done}/${total} dòng` : 'Đã tạo xong bảng theo dõi' };
}

function nextStep(model: WorkbookModel, src: SourceRange, offset: number): CreateStep | null {
  return offset < tallest(model) ? { offset, sheetName: src.sheetName, address: rangeAddress(src), fingerprint: layoutFingerprint(model) } : null;
}

function showTasks(ss: Spreadsheet): void {
  const tasks = sheetByName(ss, TASK_SHEET);
  if (tasks) ss.setActiveSheet(tasks);
}

/**
 * First call: every sheet's content, the named ranges, and the look of the first block. The
 * existing tracker is read under the lock too, so a save made meanwhile is either kept or waits.
 */
function createFirst(ss: Spreadsheet, dates: SheetDates, r: ImportRequest, started: number): CreateResult {
  const { src, model, done } = withDocumentLock(() => {
    const source = readSource(ss, r.scope ?? 'sheet', dates);
    // The official's Bộ tiêu chí is read too: a re-import scores with it and keeps it as it is.
    const built = trackerFromSource(source, r, readTracker(ss, dates, { criteria: true, dashboard: true }), {
      log: { time: dates.time(), user: activeUser() },
    });
    checkReplaceable(ss, built.model);
    for (const sheetModel of built.model.sheets) {
      const sheet = prepareSheet(ss, sheetModel);
      if (!sheet) continue;
      writeContent(sheet, sheetModel, dates.write);
      // Short sheets (the criteria) and the kept ones are styled whole at once.
      if (!styled(built.model).includes(sheetModel)) writeStyles(sheet, sheetModel, 0, sheetModel.rows.length);
    }
    writeNames(ss, built.model);
    appendLog(ss, dates, built.log.map(logRowValues));
    return { src: source, ...built };
  });
  // The official sees the tracker at once; the rest of this call and later ones only finish its look.
  showTasks(ss);
  const end = styleWhileTimeLasts(ss, model, 0, started);
  return { done, progress: progressOf(model, end), next: nextStep(model, src, end) };
}

/**
 * Styles blocks of rows from `offset` while the call has time (STYLE_TIME_BUDGET_MS since
 * `started`), each block under the document lock, released between blocks so a save made
 * meanwhile waits seconds, not minutes. Returns the row offset reached.
 */
function styleWhileTimeLasts(ss: Spreadsheet, model: WorkbookModel, offset: number, started: number, atLeastOne = false): number {
  const total = tallest(model);
  let at = offset;
  while (at < total && ((atLeastOne && at === offset) || Date.now() - started < STYLE_TIME_BUDGET_MS)) {
    const end = at + STYLE_BLOCK_ROWS;
    withDocumentLock(() => {
      for (const sheetModel of styled(model)) {
        if (sheetModel.rows.length <= at) continue;
        const sheet = sheetByName(ss, sheetModel.name);
        if (!sheet) throw new HostError(`Trang "${sheetModel.name}" đã bị xoá trong khi đang tạo bảng theo dõi.`, 'Bấm "Tạo bảng theo dõi" lần nữa.');
        writeStyles(sheet, sheetModel, at, end);
      }
    });
    at = end;
  }
  return Math.min(at, total);
}

/**
 * A follow-up call: the model rebuilt from the same source and the tracker the first call wrote
 * (its criteria decide the Tổng hợp layout), one more block styled.
 */
function createMore(ss: Spreadsheet, dates: SheetDates, r: ImportRequest, step: CreateStep, started: number): CreateResult {
  if (!Number.isInteger(step.offset) || step.offset < 0) throw new HostError('Bước tạo bảng không hợp lệ.', 'Bấm "Tạo bảng theo dõi" lần nữa.');
  const src = readSourceAt(ss, step.sheetName, step.address, dates);
  const { model, done } = trackerFromSource(src, r, readTracker(ss, dates, { criteria: true, dashboard: true }));
  if (layoutFingerprint(model) !== step.fingerprint) {
    throw new HostError(
      `Trang "${step.sheetName}" đã thay đổi trong khi đang tạo bảng theo dõi.`,
      'Bấm "Tạo bảng theo dõi" lần nữa: giá trị đã nhập trong bảng theo dõi được giữ lại.',
    );
  }
  // A follow-up styles at least one block, however long its rebuild took, so every call advances.
  const end = styleWhileTimeLasts(ss, model, step.offset, started, true);
  return { done, progress: progressOf(model, end), next: nextStep(model, src, end) };
}

/**
 * Creates (or re-creates) the tracker. Called with no step first; while the result has a `next`
 * step, the sidebar calls again with it.
 */
export function createTracker(req?: ImportRequest | null, step?: CreateStep | null): CreateResult {
  return serve(() => {
    const started = Date.now();
    const ss = active();
    const dates = sheetDates(ss);
    return step ? createMore(ss, dates, request(req), step, started) : createFirst(ss, dates, request(req), started);
  });
}

// ---- Cập nhật tiến độ, Tổng hợp ----

export function listTasks(): TaskList {
  return serve(() => {
    const ss = active();
    const dates = sheetDates(ss);
    return taskListFrom(requireTracker(ss, dates), dates.today());
  });
}

/** The dashboard; with the scoring section when the workbook has a Bộ tiêu chí sheet. */
export function dashboard(): DashboardView {
  return serve(() => {
    const ss = active();
    const dates = sheetDates(ss);
    const values = requireTracker(ss, dates, { criteria: true, dashboard: true });
    return dashboardFrom(taskListFrom(values, dates.today()), values);
  });
}

// ---- Báo cáo, Đôn đốc ----

/** The Báo cáo sheet of a period written (in place of the old one), and the report for the sidebar. */
export function buildReport(req: ReportRequest): ReportDone {
  return serve(() => {
    const ss = active();
    const dates = sheetDates(ss);
    const build = reportFrom(requireTracker(ss, dates, { settings: true }), req, dates.today());
    writeBuiltSheet(ss, dates, build.sheet);
    return { sheet: REPORT_SHEET, data: build.data, settings: build.settings, year: build.year };
  });
}

/**
 * A plan the sidebar read from a file, written as a new sheet (text stays text, merged areas
 * merged) and made active, so the next preview reads it. Under the document lock.
 */
export function addSourceSheet(req: SourceSheetRequest): { sheetName: string } {
  return serve(() => {
    const ss = active();
    const dates = sheetDates(ss);
    const sheetName = newSourceSheetName(
      String(req?.sheetName ?? ''),
      ss.getSheets().map((s) => s.getName()),
    );
    const model = buildSourceSheet(
      { name: sheetName, grid: Array.isArray(req?.grid) ? req.grid : [], merges: Array.isArray(req?.merges) ? req.merges : [] },
      { exactName: true },
    );
    writeBuiltSheet(ss, dates, model);
    return { sheetName };
  });
}

/** The Đôn đốc sheet written, and the reminders per office for the sidebar. */
export function buildReminders(req?: RemindRequest | null): RemindDone {
  return serve(() => {
    const ss = active();
    const dates = sheetDates(ss);
    const build = remindersFrom(requireTracker(ss, dates, { settings: true }), req ?? {}, dates.today());
    writeBuiltSheet(ss, dates, build.sheet);
    return { sheet: REMIND_SHEET, data: build.data, settings: build.settings };
  });
}

/** One built sheet in place of the old one (an official's sheet of that name is refused), under the lock. */
function writeBuiltSheet(ss: Spreadsheet, dates: SheetDates, model: SheetModel): void {
  withDocumentLock(() => {
    checkReplaceable(ss, { sheets: [model], definedNames: [] });
    const sheet = prepareSheet(ss, model)!;
    writeContent(sheet, model, dates.write);
    writeStyles(sheet, model, 0, model.rows.length);
    sheet.activate();
  });
}

/** The Nhật ký sheet, created (header only) when an official deleted it. */
function logSheet(ss: Spreadsheet, dates: SheetDates): GoogleAppsScript.Spreadsheet.Sheet {
  const existing = sheetByName(ss, LOG_SHEET);
  if (existing) return existing;
  const model = buildLogSheet();
  const sheet = prepareSheet(ss, model)!;
  writeContent(sheet, model, dates.write);
  writeStyles(sheet, model, 0, model.rows.length);
  return sheet;
}

/** Appends rows to Nhật ký with one setValues; log cells are text, so an "=…" typed in a note is recorded, never run. */
function appendLog(ss: Spreadsheet, dates: SheetDates, rows: readonly (readonly CellValue[])[]): void {
  if (rows.length === 0) return;
  const log = logSheet(ss, dates);
  const first = log.getLastRow() + 1;
  const width = rows[0].length;
  ensureSize(log, first + rows.length - 1, width);
  const range = log.getRange(first, 1, rows.length, width);
  range.setNumberFormat('@');
  range.setValues(rows.map((row) => row.map((v) => hostValue(v, dates.write))));
}

/** Cell writes of a save, one setNumberFormats + one setValues per block of adjacent cells of a row (cellBlocks). */
function writeCells(ss: Spreadsheet, dates: SheetDates, writes: readonly CellWrite[]): void {
  for (const block of cellBlocks(writes)) {
    const sheet = sheetByName(ss, block.sheet);
    if (!sheet) throw new HostError(`Không tìm thấy trang "${block.sheet}".`, 'Tạo lại bảng theo dõi ở thẻ "Nhập kế hoạch".');
    const range = sheet.getRange(block.row, block.column, 1, block.values.length);
    if (block.formats) range.setNumberFormats([[...block.formats]]);
    range.setValues([block.values.map((v) => hostValue(v, dates.write))]);
  }
}

/**
 * Saves one task: only the cells that change, then the Nhật ký rows, under the document lock so
 * two officials saving at once cannot interleave a read and a write.
 */
export function saveTask(req: SaveRequest): SaveDone {
  return serve(() => {
    if (!req || typeof req.id !== 'string' || !req.changes || !req.seen) throw new HostError('Yêu cầu lưu không hợp lệ.', 'Bấm "Tải lại" rồi thử lại.');
    const ss = active();
    const dates = sheetDates(ss);
    return withDocumentLock(() => {
      const plan = planTaskSave(requireTracker(ss, dates), req, { today: dates.today(), time: dates.time(), user: activeUser() });
      writeCells(ss, dates, plan.writes);
      appendLog(ss, dates, plan.log);
      return { task: plan.task, written: plan.writes.length, logged: plan.log.length };
    });
  });
}

// ---- Phiếu cập nhật, Các đơn vị ----

/**
 * Many rows' cell writes (the returned phiếu of every office) in a number of calls that does not
 * grow with them: per sheet and column, the run of rows from the first cell written to the last
 * is read (values, formulas, number formats) and written back with one setNumberFormats and one
 * setValues — the written cells replaced, every other cell as it was (a formula as its formula, a
 * text cell still '@' before its value goes back). Runs under the document lock, in one execution.
 */
function writeColumns(ss: Spreadsheet, dates: SheetDates, writes: readonly CellWrite[]): void {
  const groups = new Map<string, CellWrite[]>();
  for (const w of writes) {
    const key = `${w.sheet}\u0000${w.column}`;
    groups.set(key, [...(groups.get(key) ?? []), w]);
  }
  for (const group of groups.values()) {
    const { sheet: name, column } = group[0];
    const sheet = sheetByName(ss, name);
    if (!sheet) throw new HostError(`Không tìm thấy trang "${name}".`, 'Tạo lại bảng theo dõi ở thẻ "Nhập kế hoạch".');
    const top = Math.min(...group.map((w) => w.row));
    const rows = Math.max(...group.map((w) => w.row)) - top + 1;
    const range = sheet.getRange(top, column, rows, 1);
    const values = range.getValues();
    const formulas = range.getFormulas();
    const formats = range.getNumberFormats();
    const written = new Map(group.map((w) => [w.row - top, w.value]));
    const at = (i: number): CellValue | undefined => written.get(i);
    range.setNumberFormats(formats.map((f, i) => [(at(i) && formatFor(at(i)!)) || f[0]]));
    range.setValues(values.map((v, i) => [at(i) ? hostValue(at(i)!, dates.write) : formulas[i][0] || v[0]]) as unknown[][]);
  }
}

/**
 * The phiếu cập nhật of every lead office, from Nhiệm vụ, Chỉ tiêu and Cài đặt (one getValues
 * each). The sidebar writes them as .xlsx files, the same files the CLI and Excel make.
 */
export function officeFiles(req?: OfficeFilesRequest | null): OfficeFilesDone {
  return serve(() => {
    const replyBy = req?.replyBy ?? null;
    if (replyBy !== null && !isIsoDate(replyBy)) throw new HostError(`Ngày gửi lại "${String(replyBy)}" không hợp lệ.`, 'Nhập ngày dạng dd/mm/yyyy.');
    const ss = active();
    const dates = sheetDates(ss);
    return { files: officeFilesFrom(requireTracker(ss, dates, { settings: true }), { made: dates.today(), replyBy }) };
  });
}

/**
 * Returned phiếu (read in the sidebar) previewed, or applied: Nhiệm vụ and Chỉ tiêu read once,
 * the changed cells written column by column (writeColumns), every Nhật ký row in one setValues —
 * under the document lock, so a save made meanwhile is either seen (a conflict) or waits.
 */
export function collect(req: CollectRequest): CollectDone {
  return serve(() => {
    if (!req || !Array.isArray(req.files)) throw new HostError('Yêu cầu nhận phiếu không hợp lệ.', 'Chọn lại các tệp phiếu.');
    const files = req.files.map((f) => ({ file: String(f?.file ?? ''), grid: (Array.isArray(f?.grid) ? f.grid : []) as Grid }));
    const ss = active();
    const dates = sheetDates(ss);
    const run = (): CollectDone => {
      const build = collectFrom(requireTracker(ss, dates), files, { today: dates.today(), time: dates.time(), acceptConflicts: Boolean(req.acceptConflicts) });
      const apply = Boolean(req.apply) && build.plans.length > 0;
      const log = build.plans.flatMap((p) => p.log);
      if (apply) {
        writeColumns(
          ss,
          dates,
          build.plans.flatMap((p) => p.writes),
        );
        appendLog(ss, dates, log);
      }
      return { changes: build.changes, conflicts: build.conflicts, problems: build.problems, applied: apply, logged: apply ? log.length : 0 };
    };
    return req.apply ? withDocumentLock(run) : run();
  });
}

/**
 * The roll-up of units the sidebar read and counted: the Tổng hợp đơn vị and Quá hạn các đơn vị
 * sheets written into the open spreadsheet (in place of the add-on's old ones, never over an
 * official's sheet of that name), under the document lock.
 */
export function rollup(req: RollupHostRequest): RollupDone {
  return serve(() => {
    if (!req || !Array.isArray(req.units) || typeof req.asOf !== 'string')
      throw new HostError('Yêu cầu tổng hợp không hợp lệ.', 'Chọn lại các tệp rồi bấm "Tổng hợp".');
    const build = rollupOf(req.units, { asOf: req.asOf, year: req.year ?? null });
    const ss = active();
    const dates = sheetDates(ss);
    withDocumentLock(() => {
      const model = { sheets: build.sheets, definedNames: [] };
      checkReplaceable(ss, model);
      for (const sheetModel of build.sheets) {
        const sheet = prepareSheet(ss, sheetModel)!;
        writeContent(sheet, sheetModel, dates.write);
        writeStyles(sheet, sheetModel, 0, sheetModel.rows.length);
      }
      sheetByName(ss, build.sheets[0].name)?.activate();
    });
    return { data: build.data, sheets: build.sheets.map((x) => x.name) };
  });
}

// ---- moving around ----

/** Selects a row of a tracker sheet (the pane's "go to row"). */
export function goTo(target: SheetRow): null {
  return serve(() => {
    if (!target || typeof target.sheet !== 'string' || !Number.isInteger(target.row) || target.row < 1) {
      throw new HostError('Vị trí cần đến không hợp lệ.', 'Bấm "Tải lại" rồi thử lại.');
    }
    const sheet = sheetByName(active(), target.sheet);
    if (!sheet) throw new HostError(`Không tìm thấy trang "${target.sheet}".`, 'Có thể trang đã bị đổi tên hoặc xoá.');
    if (target.row > sheet.getMaxRows()) throw new HostError(`Trang "${target.sheet}" không có dòng ${target.row}.`, 'Bấm "Tải lại" để đọc lại bảng.');
    sheet.getRange(target.row, 1, 1, Math.max(1, sheet.getLastColumn())).activate();
    return null;
  });
}

/** Where the official's cursor is, for the pane to follow the selection; null when unknown. */
export function activeRow(): SheetRow | null {
  return serve(() => {
    const ss = active();
    const range = ss.getActiveRange();
    return range ? { sheet: range.getSheet().getName(), row: range.getRow() } : null;
  });
}
