/**
 * How each host's cell values become core values and back. Dates are the point: Excel passes and
 * takes date serial numbers (never locale text, so dd/mm and mm/dd cannot swap); Google Sheets
 * passes and takes JS `Date` objects, which are instants, so a calendar date must be read and
 * made in the spreadsheet's time zone — Asia/Ho_Chi_Minh (UTC+7 all year) — or 30/09/2024
 * becomes 29/09 wherever the script runs in UTC.
 */
import { dateToIso, excelSerialToIso, isoDate, isoToExcelSerial, parseIso } from '../dates';
import type { ParamKind, ResultKind } from './catalogue';
import { FUNCTION_MESSAGES as M } from './messages';
import type { HostCodec } from './runner';
import { isCellError, valueError, type CellError, type CellResult, type CellValue } from './values';

function isDate(value: unknown): value is Date {
  // Not `instanceof`: a Date from another realm (an Office dialog, a vm context) has another constructor.
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** The one decoding both hosts share; only how a `Date` reads differs. */
function decodeCell(value: unknown, kind: ParamKind, dateOf: (d: Date) => string | null): CellValue | CellError {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return valueError(M.notAValue(value));
    if (kind !== 'date') return value;
    return excelSerialToIso(value) ?? valueError(M.notADate('Giá trị', value));
  }
  if (isDate(value)) return dateOf(value) ?? valueError(M.notADate('Giá trị', value));
  return valueError(M.notAValue(Object.prototype.toString.call(value)));
}

/**
 * Excel: dates are serial numbers in the 1900 date system, blanks come back as "" (Excel shows a
 * null result cell as 0). `toHostError` turns an error value into what Excel shows — the add-in
 * passes `CustomFunctions.Error`; tests keep the plain value.
 * @example excelCodec().encode('2024-09-30', 'date') → 45565
 */
export function excelCodec(toHostError: (e: CellError) => unknown = (e) => e): HostCodec {
  return {
    decode: (value, kind) => decodeCell(value, kind, dateToIso),
    encode(result: CellResult, kind: ResultKind): unknown {
      if (result === null) return '';
      if (isCellError(result)) return toHostError(result);
      if (kind === 'date' && typeof result === 'string') {
        return isoToExcelSerial(result) ?? toHostError(valueError(M.notADate('Kết quả', result)));
      }
      return result;
    },
  };
}

/** The time zone of the Apps Script project (appsscript.json) and of the tracker spreadsheets. */
export const SHEETS_TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** Its offset from UTC: +7 hours, with no daylight saving (constant since 1975). */
const SHEETS_UTC_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * The calendar date a Sheets `Date` shows in Asia/Ho_Chi_Minh. A date cell is midnight there
 * (17:00 UTC the day before); the time of day, if any, is dropped.
 * @example isoOfSheetsDate(new Date('2024-09-29T17:00:00Z')) → '2024-09-30'
 */
export function isoOfSheetsDate(date: Date): string | null {
  const t = date.getTime();
  if (Number.isNaN(t)) return null;
  const there = new Date(t + SHEETS_UTC_OFFSET_MS);
  return isoDate(there.getUTCFullYear(), there.getUTCMonth() + 1, there.getUTCDate());
}

/**
 * Midnight of an ISO date in Asia/Ho_Chi_Minh, as a `Date` — what Sheets shows as that day,
 * whatever time zone the script runs in.
 * @example sheetsDateOfIso('2024-09-30').toISOString() → '2024-09-29T17:00:00.000Z'
 */
export function sheetsDateOfIso(iso: string): Date | null {
  const d = parseIso(iso);
  if (!d) return null;
  const utc = new Date(0);
  utc.setUTCFullYear(d.year, d.month - 1, d.day);
  return new Date(utc.getTime() - SHEETS_UTC_OFFSET_MS);
}

/** How a spreadsheet's dates map to calendar days: its time zone, as conversions. */
export interface ZoneDates {
  /** The calendar day a `Date` shows in the spreadsheet. */
  readonly isoOf: (date: Date) => string | null;
  /** Midnight of a calendar day in the spreadsheet, as a `Date`. */
  readonly dateOf: (iso: string) => Date | null;
}

/** Asia/Ho_Chi_Minh (UTC+7, no daylight saving): the default, and what the add-on's project uses. */
export const HO_CHI_MINH: ZoneDates = { isoOf: isoOfSheetsDate, dateOf: sheetsDateOfIso };

/**
 * Google Sheets: dates are `Date` objects (serial numbers are read too), blanks come back as "",
 * and an error is the cell text "#VALUE! <message>" — a custom function cannot return an error
 * value per cell, and throwing would blank the whole range.
 * @example sheetsCodec().encode({ error: '#N/A', message: 'Thiếu tổng số' }, 'number') → '#N/A Thiếu tổng số'
 */
export function sheetsCodec(zone: ZoneDates = HO_CHI_MINH): HostCodec {
  return {
    decode: (value, kind) => decodeCell(value, kind, zone.isoOf),
    encode(result: CellResult, kind: ResultKind): unknown {
      if (result === null) return '';
      if (isCellError(result)) return `${result.error} ${result.message}`;
      if (kind === 'date' && typeof result === 'string') {
        return zone.dateOf(result) ?? `#VALUE! ${M.notADate('Kết quả', result)}`;
      }
      return result;
    },
  };
}
