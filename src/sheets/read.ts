/// <reference types="google-apps-script" />
/**
 * Reading the spreadsheet: one getValues() per range, merges from one getMergedRanges(), dates
 * brought to the script's clock (./dates). What the pure operations take as input.
 */
import type { MergedArea } from '../core/appendix/importAppendix';
import { HostError, type ImportScope } from '../workbook/host';
import type { SourceRange, TrackerValues } from '../workbook/ops';
import { CRITERIA_SHEET, DASHBOARD_SHEET, INDICATOR_SHEET, LOG_SHEET, SETTINGS_SHEET, TASK_SHEET } from '../workbook/sheetNames';
import type { SheetDates } from './dates';
import { sheetByName } from './sheetByName';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** The tracker's own sheets: importing one of them as a plan would make no sense. */
const TRACKER_SHEETS: readonly string[] = [TASK_SHEET, INDICATOR_SHEET, LOG_SHEET];

function mergesOf(range: Range): MergedArea[] {
  return range.getMergedRanges().map((m) => ({ top: m.getRow(), bottom: m.getLastRow(), left: m.getColumn(), right: m.getLastColumn() }));
}

/** The cells of a range as the importer takes them. */
export function sourceOf(range: Range, dates: SheetDates): SourceRange {
  return {
    sheetName: range.getSheet().getName(),
    values: dates.read(range.getValues()),
    firstRow: range.getRow(),
    firstColumn: range.getColumn(),
    merges: mergesOf(range),
  };
}

/** The plan's cells: the active sheet's used range, or the selection. */
export function readSource(ss: Spreadsheet, scope: ImportScope, dates: SheetDates): SourceRange {
  const sheet = ss.getActiveSheet();
  const name = sheet.getName();
  if (TRACKER_SHEETS.includes(name)) {
    throw new HostError(`Trang "${name}" là một trang của bảng theo dõi, không phải bảng phụ lục kế hoạch.`, 'Mở trang có bảng phụ lục kế hoạch rồi thử lại.');
  }
  let range: Range | null = sheet.getDataRange();
  if (scope === 'selection') {
    range = ss.getActiveRange();
    if (!range || range.getSheet().getName() !== name) {
      throw new HostError('Chưa chọn vùng nào trên trang đang mở.', 'Bôi đen bảng phụ lục (cả dòng tiêu đề) rồi chọn "Vùng đang chọn".');
    }
  }
  return sourceOf(range, dates);
}

/** The same cells again, by sheet name and address (a chunked import's later calls). */
export function readSourceAt(ss: Spreadsheet, sheetName: string, address: string, dates: SheetDates): SourceRange {
  const sheet = sheetByName(ss, sheetName);
  if (!sheet) {
    throw new HostError(`Không còn thấy trang "${sheetName}" đang được nhập.`, 'Mở lại trang phụ lục rồi bấm "Tạo bảng theo dõi" lần nữa.');
  }
  return sourceOf(sheet.getRange(address), dates);
}

function usedValues(ss: Spreadsheet, name: string, dates: SheetDates): unknown[][] | null {
  const sheet = sheetByName(ss, name);
  return sheet ? dates.read(sheet.getDataRange().getValues()) : null;
}

/** What to read besides Nhiệm vụ and Chỉ tiêu. */
export interface TrackerReads {
  /** Cài đặt (agency, report periods, offices), for the report and the reminders. */
  readonly settings?: boolean;
  /** Bộ tiêu chí, when the workbook has it (scoring; kept on re-import). */
  readonly criteria?: boolean;
  /** Tổng hợp, when the workbook has it (its component-index targets). */
  readonly dashboard?: boolean;
}

/** The tracker's values (one getValues per sheet read), or null when the workbook has no tracker yet. */
export function readTracker(ss: Spreadsheet, dates: SheetDates, reads: TrackerReads = {}): TrackerValues | null {
  const tasks = usedValues(ss, TASK_SHEET, dates);
  if (!tasks) return null;
  return {
    tasks,
    indicators: usedValues(ss, INDICATOR_SHEET, dates),
    ...(reads.criteria ? { criteria: usedValues(ss, CRITERIA_SHEET, dates) } : {}),
    ...(reads.dashboard ? { dashboard: usedValues(ss, DASHBOARD_SHEET, dates) } : {}),
    ...(reads.settings ? { settings: usedValues(ss, SETTINGS_SHEET, dates) } : {}),
  };
}

/** Like readTracker, for the update and dashboard tabs, which need one. */
export function requireTracker(ss: Spreadsheet, dates: SheetDates, reads: TrackerReads = {}): TrackerValues {
  const values = readTracker(ss, dates, reads);
  if (!values) {
    throw new HostError(`Bảng tính chưa có trang "${TASK_SHEET}".`, 'Mở thẻ "Nhập kế hoạch" để tạo bảng theo dõi từ bảng phụ lục.');
  }
  return values;
}
