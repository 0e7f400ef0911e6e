/// <reference types="google-apps-script" />
/**
 * A sheet by name as the spreadsheet sees it. Google Sheets will not hold two sheets whose names
 * differ only in case, so an official's "Tổng Hợp" is the sheet the tracker calls "Tổng hợp":
 * the exact name is asked first (one call), and only when it is missing are the sheets compared
 * without case — never a second sheet inserted beside it, failing half-way.
 */
import { sameSheetName } from '../workbook/sheetNames';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function sheetByName(ss: Spreadsheet, name: string): Sheet | null {
  return ss.getSheetByName(name) ?? ss.getSheets().find((s) => sameSheetName(s.getName(), name)) ?? null;
}
