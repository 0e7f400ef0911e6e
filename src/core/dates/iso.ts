/**
 * ISO calendar dates ('YYYY-MM-DD' strings), the one date representation of the core. Strings
 * compare and sort correctly as text, survive JSON, and carry no time of day or timezone.
 */
import { civilFromDays, daysFromCivil } from './civil';

/** A calendar date as numbers, month and day 1-based. */
export interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * Whether a year has a 29 February (Gregorian rules).
 * @example isLeapYear(2024) → true
 * @example isLeapYear(1900) → false
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days in a month (1–12); 0 for a month that does not exist.
 * @example daysInMonth(2024, 2) → 29
 * @example daysInMonth(2024, 13) → 0
 */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 0;
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The ISO string of a calendar date, or null when the date does not exist (31/02, month 13,
 * a year outside 1–9999, non-integers). The only way the core builds a date from parts, so an
 * impossible date never slips through as a rolled-over one (JS `Date` turns 31/02 into 02/03).
 * @example isoDate(2024, 12, 31) → '2024-12-31'
 * @example isoDate(2024, 2, 31) → null
 */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Splits an ISO date into numbers; null when the string is not a real 'YYYY-MM-DD' date.
 * @example parseIso('2024-02-29') → { year: 2024, month: 2, day: 29 }
 * @example parseIso('2023-02-29') → null
 */
export function parseIso(iso: string): YearMonthDay | null {
  const m = ISO_PATTERN.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isoDate(year, month, day) === null ? null : { year, month, day };
}

/**
 * Whether a value is a real ISO date string.
 * @example isIsoDate('2024-12-31') → true
 * @example isIsoDate('31/12/2024') → false
 */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && parseIso(value) !== null;
}

/**
 * The last day of a month, or null for a month that does not exist.
 * @example lastDayOfMonth(2024, 2) → '2024-02-29'
 * @example lastDayOfMonth(2024, 6) → '2024-06-30'
 */
export function lastDayOfMonth(year: number, month: number): string | null {
  return isoDate(year, month, daysInMonth(year, month));
}

/**
 * The last day of a quarter (1–4), or null for a quarter that does not exist.
 * @example lastDayOfQuarter(2024, 3) → '2024-09-30'
 * @example lastDayOfQuarter(2024, 4) → '2024-12-31'
 */
export function lastDayOfQuarter(year: number, quarter: number): string | null {
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) return null;
  return lastDayOfMonth(year, quarter * 3);
}

/**
 * Orders two ISO dates: -1, 0 or 1, for `Array.prototype.sort`. ISO strings of the same width
 * order as text, so no parsing is needed.
 * @example ['2024-12-31', '2024-03-31'].sort(compareIso) → ['2024-03-31', '2024-12-31']
 */
export function compareIso(a: string, b: string): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The date `days` days later (earlier when negative); null for an invalid date or a result
 * outside years 1–9999.
 * @example addDays('2024-02-28', 1) → '2024-02-29'
 * @example addDays('2025-01-01', -1) → '2024-12-31'
 */
export function addDays(iso: string, days: number): string | null {
  const d = parseIso(iso);
  if (!d || !Number.isInteger(days)) return null;
  const [year, month, day] = civilFromDays(daysFromCivil(d.year, d.month, d.day) + days);
  return isoDate(year, month, day);
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier); null for an invalid date.
 * @example diffDays('2024-12-25', '2024-12-31') → 6
 */
export function diffDays(from: string, to: string): number | null {
  const a = parseIso(from);
  const b = parseIso(to);
  if (!a || !b) return null;
  return daysFromCivil(b.year, b.month, b.day) - daysFromCivil(a.year, a.month, a.day);
}

/**
 * The local calendar date of a JS `Date` (what the user sees on their clock), null for an
 * invalid `Date`. Local getters, not UTC: midnight 31/12 in Hanoi is still 30/12 in UTC.
 * @example dateToIso(new Date(2024, 11, 31)) → '2024-12-31'
 */
export function dateToIso(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  return isoDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/**
 * Today's local date. `now` is injectable so callers and tests stay deterministic.
 * @example todayIso(new Date(2024, 11, 31, 23, 59)) → '2024-12-31'
 */
export function todayIso(now: Date = new Date()): string {
  const iso = dateToIso(now);
  if (iso === null) throw new RangeError('todayIso: invalid Date');
  return iso;
}
