/**
 * The phiếu cập nhật as files in any runtime: each office's workbook written with exceljs and all
 * of them in one .zip to download; a returned phiếu read back to the grid of its sheet.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { OfficeFile } from '../workbook/ops/officeFiles';
import { ACTUALS_SHEET, stackReturned, UPDATE_SHEET } from '../workbook/officeFiles/officeFile';
import { sheetValues, type HostCell } from './readTrackerXlsx';
import { findWorksheet, writeTrackerXlsx } from './writeTrackerXlsx';

/** Every office's phiếu as .xlsx, in one .zip. */
export async function officeFilesZip(files: readonly OfficeFile[]): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const f of files) zip.file(f.fileName, await writeTrackerXlsx(f.model));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * The Phiếu cập nhật sheet of a returned file (else its first sheet), with its Chỉ tiêu sheet
 * under it (`stackReturned`); null when it is no workbook.
 */
export async function returnedGrid(bytes: Uint8Array): Promise<HostCell[][] | null> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return null;
  }
  const ws = findWorksheet(wb, UPDATE_SHEET) ?? wb.worksheets[0];
  if (!ws) return [];
  const actuals = findWorksheet(wb, ACTUALS_SHEET);
  return stackReturned(sheetValues(ws), actuals && actuals !== ws ? sheetValues(actuals) : null) as HostCell[][];
}
