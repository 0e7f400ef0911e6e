/// <reference types="google-apps-script" />
/** A1 addresses of the model as sheet coordinates. */
import { columnNumber } from '../workbook/model';

export interface Box {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/**
 * An A1 range ('I5:I9', '$C$2', 'A4:N120') as 1-based coordinates.
 * @example parseA1('I5:I9') → { row: 5, column: 9, rows: 5, columns: 1 }
 */
export function parseA1(a1: string): Box {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(a1.trim());
  if (!m) throw new Error(`Địa chỉ ô không hợp lệ: ${a1}`);
  const c1 = columnNumber(m[1]);
  const r1 = Number(m[2]);
  const c2 = m[3] ? columnNumber(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  return { row: Math.min(r1, r2), column: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, columns: Math.abs(c2 - c1) + 1 };
}

export const rangeOf = (sheet: GoogleAppsScript.Spreadsheet.Sheet, box: Box): GoogleAppsScript.Spreadsheet.Range => sheet.getRange(box.row, box.column, box.rows, box.columns);
