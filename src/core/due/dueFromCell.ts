/**
 * Reading a deadline from a spreadsheet cell value as hosts return it (Excel `range.values`,
 * Apps Script `getValues()`, a parsed .xlsx): a date may arrive as a serial number, a `Date`,
 * or text.
 */
import { dateToIso, excelSerialToIso, isoToExcelSerial } from '../dates';
import { parseDue, unrecognizedDue, type DueContext, type DueInfo } from './parseDue';

/**
 * Serials read as dates: 1990-01-01 … 2100-12-31. Outside that, a number in a deadline
 * column is far more likely a year typed as a number (2024), a row number or a count.
 */
const MIN_DATE_SERIAL = isoToExcelSerial('1990-01-01') as number;
const MAX_DATE_SERIAL = isoToExcelSerial('2100-12-31') as number;

function onDate(iso: string): DueInfo {
  return { kind: 'date', due: iso, dates: [iso], recognized: true, rule: 'date-value', every: null };
}

function isDate(value: unknown): value is Date {
  // Not `instanceof`: a Date made in another frame (Office dialogs) has another Date constructor.
  return Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * Reads a deadline from a cell value: a number is an Excel serial date (when it falls in
 * 1990–2100; a whole number otherwise is read as text, so 2024 is the year 2024), a `Date` is
 * its local calendar date, text goes to `parseDue` (which also reads "31/12/2024",
 * "31-12-2024", "31.12.2024", "2024-12-31", "ngày 31 tháng 12 năm 2024"), and an empty cell is
 * kind 'none'. Anything else (booleans, errors, objects) is unrecognised.
 * @example dueFromCell(45657).due → '2024-12-31'
 * @example dueFromCell(new Date(2024, 11, 31)).due → '2024-12-31'
 * @example dueFromCell('Quý III năm 2024').due → '2024-09-30'
 * @example dueFromCell(2024).kind → 'year'
 */
export function dueFromCell(value: unknown, ctx: DueContext = {}): DueInfo {
  if (value === null || value === undefined) return parseDue('', ctx);
  if (typeof value === 'string') return parseDue(value, ctx);
  if (typeof value === 'number') {
    if (value >= MIN_DATE_SERIAL && value < MAX_DATE_SERIAL + 1) {
      return onDate(excelSerialToIso(value) as string);
    }
    return Number.isInteger(value) ? parseDue(String(value), ctx) : unrecognizedDue();
  }
  if (isDate(value)) {
    const iso = dateToIso(value);
    return iso === null ? unrecognizedDue() : onDate(iso);
  }
  return unrecognizedDue();
}
