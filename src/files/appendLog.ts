/**
 * Appends Nhật ký rows to a tracker workbook loaded with exceljs (CLI re-import). Every cell is
 * text, so an "=…" in a logged value is recorded, never run.
 */
import ExcelJS from 'exceljs';
import { LOG_SHEET } from '../workbook/sheetNames';
import { LOG_COLUMNS, type LogEntry } from '../workbook/logSheet';
import { findWorksheet } from './writeTrackerXlsx';

export function appendLogRows(wb: ExcelJS.Workbook, entries: readonly LogEntry[]): void {
  if (entries.length === 0) return;
  const ws = findWorksheet(wb, LOG_SHEET);
  if (!ws) throw new Error(`no ${LOG_SHEET} sheet`);
  let row = ws.actualRowCount === 0 ? 1 : ws.lastRow!.number;
  for (const e of entries) {
    row++;
    LOG_COLUMNS.forEach((c, i) => {
      const cell = ws.getCell(row, i + 1);
      cell.numFmt = '@';
      cell.value = e[c.key] === '' ? null : e[c.key];
    });
  }
}
