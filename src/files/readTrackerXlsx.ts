/**
 * Reading a tracker .xlsx back (re-import on the command line): each tracker sheet's values as
 * Excel's range.values gives them — dates as serial numbers, a formula as the value it shows —
 * so the host-neutral operations of src/workbook read it as they read Excel.
 */
import ExcelJS from 'exceljs';
import { isoDate, isoToExcelSerial } from '../core/dates';
import type { TrackerValues } from '../workbook/ops';
import { CRITERIA_SHEET, DASHBOARD_SHEET, INDICATOR_SHEET, LOG_SHEET, SETTINGS_SHEET, TASK_SHEET } from '../workbook/sheetNames';
import { findWorksheet } from './writeTrackerXlsx';

export type HostCell = string | number | boolean | null;

/**
 * One exceljs value as a host value. A formula that was never computed (the CLI writes none of
 * their results) reads as its formula text, so a flag cell is never mistaken for a blank one.
 */
export function hostCellOf(value: ExcelJS.CellValue | undefined, depth = 0): HostCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    // exceljs reads a date at UTC midnight of the day the cell shows.
    const iso = isoDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
    return iso === null ? null : isoToExcelSerial(iso);
  }
  if (depth > 3) return null;
  const v = value as unknown as Record<string, unknown>;
  if (Array.isArray(v.richText)) return (v.richText as { text?: unknown }[]).map((r) => (typeof r?.text === 'string' ? r.text : '')).join('');
  if ('formula' in v || 'sharedFormula' in v) {
    const result = v.result as ExcelJS.CellValue | undefined;
    if (result !== undefined && result !== null) return hostCellOf(result, depth + 1);
    return `=${String(v.formula ?? v.sharedFormula ?? '')}`;
  }
  if (typeof v.error === 'string') return v.error;
  if ('text' in v) return hostCellOf(v.text as ExcelJS.CellValue, depth + 1);
  if (typeof v.hyperlink === 'string') return v.hyperlink;
  return null;
}

/**
 * A worksheet's cells from A1 to its last used cell, each through `valueOf`. A merged cell other
 * than the top-left repeats the master's value in exceljs; hosts give it empty, and so does this.
 */
export function sheetGrid<T>(ws: ExcelJS.Worksheet, valueOf: (v: ExcelJS.CellValue) => T): (T | null)[][] {
  const grid: (T | null)[][] = [];
  const width = ws.columnCount;
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values: (T | null)[] = new Array(width).fill(null);
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      values[col - 1] = cell.isMerged && cell.master !== cell ? null : valueOf(cell.value);
    });
    grid[rowNumber - 1] = values;
  });
  for (let i = 0; i < grid.length; i++) if (!grid[i]) grid[i] = new Array(width).fill(null);
  return grid;
}

/** A worksheet's values as Excel's range.values gives them. */
export function sheetValues(ws: ExcelJS.Worksheet): HostCell[][] {
  return sheetGrid(ws, (v) => hostCellOf(v));
}

export interface TrackerWorkbook {
  readonly workbook: ExcelJS.Workbook;
  /** The tracker's values, or null when the workbook has no Nhiệm vụ sheet. */
  readonly values: TrackerValues | null;
  /** Values of every sheet the tracker would write, where one of that name exists (own-sheet check). */
  readonly sheets: ReadonlyMap<string, HostCell[][]>;
  /** Where Nhật ký's rows end (its last used row; 0 when there is no log sheet). */
  readonly logLastRow: number;
}

export async function readTrackerXlsx(data: Uint8Array | ArrayBuffer): Promise<TrackerWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const sheets = new Map<string, HostCell[][]>();
  for (const ws of workbook.worksheets) sheets.set(ws.name, sheetValues(ws));
  const grid = (name: string): HostCell[][] | null => {
    const ws = findWorksheet(workbook, name);
    return ws ? sheets.get(ws.name)! : null;
  };
  const tasks = grid(TASK_SHEET);
  return {
    workbook,
    values: tasks
      ? { tasks, indicators: grid(INDICATOR_SHEET), criteria: grid(CRITERIA_SHEET), dashboard: grid(DASHBOARD_SHEET), settings: grid(SETTINGS_SHEET) }
      : null,
    sheets,
    logLastRow: grid(LOG_SHEET)?.length ?? 0,
  };
}

/**
 * Only a tracker's values (the roll-up of many units): the sheets the operations read, converted;
 * the workbook itself is dropped as soon as they are, so memory stays bounded file after file.
 * Null when the workbook has no Nhiệm vụ sheet.
 */
export async function readTrackerValues(data: Uint8Array | ArrayBuffer): Promise<TrackerValues | null> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const grid = (name: string): HostCell[][] | null => {
    const ws = findWorksheet(workbook, name);
    return ws ? sheetValues(ws) : null;
  };
  const tasks = grid(TASK_SHEET);
  return tasks
    ? { tasks, indicators: grid(INDICATOR_SHEET), criteria: grid(CRITERIA_SHEET), dashboard: grid(DASHBOARD_SHEET), settings: grid(SETTINGS_SHEET) }
    : null;
}
