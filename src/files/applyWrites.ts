/**
 * Saves planned in the pane's way (cell writes and Nhật ký rows) applied to a tracker workbook
 * loaded with exceljs — the command line's collect of returned phiếu. Every logged value is text.
 */
import type ExcelJS from 'exceljs';
import type { CellValue, CellWrite } from '../workbook/model';
import { LOG_SHEET } from '../workbook/sheetNames';
import { DATE_FORMAT } from '../workbook/trackerColumns';
import { findWorksheet, toExcelValue } from './writeTrackerXlsx';

export function applyWrites(wb: ExcelJS.Workbook, writes: readonly CellWrite[], logRows: readonly (readonly CellValue[])[]): void {
  for (const w of writes) {
    const ws = findWorksheet(wb, w.sheet);
    if (!ws) throw new Error(`no sheet ${w.sheet}`);
    const cell = ws.getCell(w.row, w.column);
    cell.value = toExcelValue(w.value);
    if (w.value.type === 'date') cell.numFmt = DATE_FORMAT;
  }
  if (logRows.length === 0) return;
  const log = findWorksheet(wb, LOG_SHEET);
  if (!log) throw new Error(`no ${LOG_SHEET} sheet`);
  let row = log.actualRowCount === 0 ? 1 : log.lastRow!.number;
  for (const values of logRows) {
    row++;
    values.forEach((v, i) => {
      const cell = log.getCell(row, i + 1);
      cell.numFmt = '@';
      cell.value = v.type === 'text' ? v.text : v.type === 'empty' ? null : String(toExcelValue(v));
    });
  }
}
