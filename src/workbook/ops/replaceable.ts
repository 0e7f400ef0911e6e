/**
 * Before a tracker is written over sheets of the same names: a sheet the official made (their own
 * "Tổng hợp" summary, say) is never cleared. A sheet counts as ours when one of the texts the
 * model writes in its first rows (title, header words) is already there.
 */
import { HostError } from '../host';
import type { SheetModel, WorkbookModel } from '../model';
import { SOURCE_SHEET_PREFIX } from '../sheetNames';
import { textOfCell } from './cellValues';
import type { Grid } from './readTracker';

/** How many of a sheet's first rows are compared. */
export const SIGNATURE_ROWS = 5;

export function looksGenerated(values: Grid, model: SheetModel): boolean {
  if (model.name.startsWith(SOURCE_SHEET_PREFIX)) return true;
  const rows = Math.min(SIGNATURE_ROWS, model.rows.length);
  if (rows === 0 || values.length === 0) return true;
  return model.rows
    .slice(0, rows)
    .some((row, r) => row.cells.some((cell, c) => cell.value.type === 'text' && textOfCell(values[r]?.[c]) === cell.value.text.trim()));
}

/**
 * Throws, before anything is written, when an existing sheet the model would replace was not
 * made by PAR Tracker. `existing` holds the values of the sheets that exist, by name.
 */
export function checkReplaceable(existing: ReadonlyMap<string, Grid>, model: WorkbookModel): void {
  for (const sheet of model.sheets) {
    if (sheet.ifExists === 'keep') continue;
    const values = existing.get(sheet.name);
    if (values && !looksGenerated(values, sheet)) {
      throw new HostError(
        `Bảng tính đã có trang "${sheet.name}" không do PAR Tracker tạo, nên chưa tạo bảng theo dõi để không ghi đè trang đó.`,
        `Đổi tên trang "${sheet.name}" (nhấp chuột phải vào tên trang › Đổi tên) rồi bấm "Tạo bảng theo dõi" lần nữa.`,
      );
    }
  }
}
