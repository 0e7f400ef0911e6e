/**
 * The Google Sheets sidebar's stand-in for readXlsx.ts (swapped in by build/webpack.sheets.js):
 * Google Sheets opens an .xlsx itself (File › Import), and the sidebar is one HTML file that
 * HtmlService serves whole, so it leaves exceljs (about 1 MB) out and says how to go on instead.
 */
import type { MergedArea } from '../core/appendix/importAppendix';
import { PlanFileError } from './planFile';

export interface SheetGrid {
  name: string;
  grid: unknown[][];
  merges: MergedArea[];
}

export async function readXlsxAppendix(): Promise<SheetGrid> {
  throw new PlanFileError('xlsx-open-in-sheets', {});
}

export class SheetNotFoundError extends Error {}
