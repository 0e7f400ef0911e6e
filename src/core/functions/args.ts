/**
 * Reading the arguments of the PAR functions, one cell at a time: each reader gives the value,
 * null for a blank cell, or the error the cell shows.
 */
import { excelSerialToIso, isIsoDate } from '../dates';
import { dueFromCell, type DueContext } from '../due';
import { readCellNumber } from '../target/number';
import { FUNCTION_MESSAGES as M } from './messages';
import { missingError, valueError, type CellError, type CellValue } from './values';

/** Plan years a YEAR argument may be. */
const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

/**
 * A number: a number, or numeric text the Vietnamese way ("1.234", "0,95", "95%").
 * @example readNumber('95%', 'Số đạt') → 0.95
 */
export function readNumber(value: CellValue, label: string): number | null | CellError {
  const n = readCellNumber(value);
  if (n.kind === 'missing') return null;
  if (n.kind === 'unreadable') return valueError(M.notANumber(label, n.text));
  return n.value;
}

/**
 * A calendar date: ISO text (what the host codec makes of a date cell), an Excel/Sheets serial,
 * or a date typed as text ("30/09/2024", "ngày 30 tháng 9 năm 2024") — day first, always.
 * @example readDate('30/09/2024', 'Ngày hoàn thành') → '2024-09-30'
 */
export function readDate(value: CellValue, label: string): string | null | CellError {
  if (value === null) return null;
  if (isIsoDate(value)) return value;
  if (typeof value === 'number') return excelSerialToIso(value) ?? valueError(M.notADate(label, value));
  const info = dueFromCell(value);
  return info.kind === 'date' && info.due !== null ? info.due : valueError(M.notADate(label, value));
}

/**
 * A plan year: a whole number (2024) or its text.
 * @example readYear('2024') → 2024
 */
export function readYear(value: CellValue): number | null | CellError {
  const n = readNumber(typeof value === 'boolean' ? String(value) : value, 'Năm');
  if (n === null) return null;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < MIN_YEAR || n > MAX_YEAR) return valueError(M.badYear(value));
  return n;
}

/**
 * The deadline a cell sets (the earliest, when it sets several): ISO date, null when the text
 * sets no fixed date ("Theo kế hoạch") or the cell is blank, an error when the text cannot be
 * read or needs a year nobody gave ("Quý III" with no plan year).
 * @example readDeadline('Quý III năm 2024', {}) → '2024-09-30'
 */
export function readDeadline(value: CellValue, ctx: DueContext): string | null | CellError {
  const info = dueFromCell(value, ctx);
  if (!info.recognized) return valueError(M.unreadableDue(value));
  if (info.due !== null) return info.due;
  if (info.kind === 'none' || info.kind === 'schedule') return null;
  return missingError(M.dueNeedsYear(value));
}

/** Text as typed; numbers and booleans as they print. */
export function readText(value: CellValue): string | null {
  if (value === null) return null;
  return typeof value === 'string' ? value : String(value);
}
