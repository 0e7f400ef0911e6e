/**
 * Reading an .xlsx appendix with exceljs: the sheet's values as a grid (what Excel's range.values
 * would give) plus its merged areas, so the importer sees the same input on every host.
 */
import ExcelJS from 'exceljs';
import type { MergedArea } from '../core/appendix/importAppendix';
import { findHeader } from '../core/appendix/header';
import { cellToText } from '../core/text/cellText';
import { columnNumber } from '../workbook/model';
import { hostCellOf, sheetGrid } from './readTrackerXlsx';

export interface SheetGrid {
  name: string;
  grid: unknown[][];
  merges: MergedArea[];
}

/** "B3:D5" → a 1-based merged area. */
export function parseRangeRef(ref: string): MergedArea | null {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/i.exec(ref.trim());
  if (!m) return null;
  return { top: Number(m[2]), left: columnNumber(m[1]), bottom: Number(m[4]), right: columnNumber(m[3]) };
}

/**
 * A cell as a host gives it: rich text (common in tables pasted from Word) as its text, a formula
 * as its result, a hyperlink as its text, an error as "#N/A"; dates stay dates.
 */
function plainValue(value: ExcelJS.CellValue): unknown {
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return hostCellOf(value);
}

function sheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const grid = sheetGrid(ws, plainValue);
  const merges = ((ws.model as unknown as { merges?: string[] }).merges ?? []).map(parseRangeRef).filter((m): m is MergedArea => m !== null);
  return { name: ws.name, grid, merges };
}

/**
 * Reads the appendix sheet of a workbook: the named sheet, or else the first whose header reads
 * as an appendix, or else the first sheet.
 */
export async function readXlsxAppendix(data: Uint8Array | ArrayBuffer, sheetName?: string): Promise<SheetGrid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as ArrayBuffer);
  if (wb.worksheets.length === 0) throw new Error('no-sheets');
  if (sheetName) {
    const ws = wb.getWorksheet(sheetName);
    if (!ws)
      throw new SheetNotFoundError(
        sheetName,
        wb.worksheets.map((w) => w.name),
      );
    return sheetToGrid(ws);
  }
  const sheets = wb.worksheets.map(sheetToGrid);
  const withHeader = sheets.find((s) => findHeader(s.grid.slice(0, 200).map((r) => r.map((c) => cellToText(c)))) !== null);
  return withHeader ?? sheets[0];
}

export class SheetNotFoundError extends Error {
  constructor(
    readonly sheet: string,
    readonly available: string[],
  ) {
    super(`sheet not found: ${sheet}`);
  }
}
