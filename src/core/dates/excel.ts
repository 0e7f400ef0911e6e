/**
 * Excel/Sheets serial day numbers in the 1900 date system (Windows Excel, Excel web, Google
 * Sheets): serial 1 is 1900-01-01, and serial 60 is 29/02/1900 — a day that never existed,
 * kept by Excel for compatibility with Lotus 1-2-3. So serials from 61 on are one more than a
 * plain day count from 1899-12-31, which is why the epoch below is 1899-12-30.
 */
import { civilFromDays, daysFromCivil } from './civil';
import { isoDate, parseIso } from './iso';

/** Serial of 1970-01-01, for serials ≥ 61 (after the phantom 29/02/1900). */
const SERIAL_OF_1970 = 25569;
/** Serial 60 is the phantom 29/02/1900. */
const PHANTOM_LEAP_DAY = 60;
/** 9999-12-31, the last day Excel can show. */
const MAX_SERIAL = 2958465;

/**
 * The date of an Excel serial number; a fraction (time of day) is dropped. Null for 0,
 * negatives, the phantom 29/02/1900 (serial 60), non-finite numbers and serials past 9999.
 * @example excelSerialToIso(45657) → '2024-12-31'
 * @example excelSerialToIso(45657.75) → '2024-12-31'
 * @example excelSerialToIso(1) → '1900-01-01'
 */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < 1 || whole > MAX_SERIAL || whole === PHANTOM_LEAP_DAY) return null;
  const days = whole > PHANTOM_LEAP_DAY ? whole - SERIAL_OF_1970 : whole - SERIAL_OF_1970 + 1;
  const [year, month, day] = civilFromDays(days);
  return isoDate(year, month, day);
}

/**
 * The Excel serial number of an ISO date; null for an invalid date or one before 1900-01-01.
 * @example isoToExcelSerial('2024-12-31') → 45657
 * @example isoToExcelSerial('1900-03-01') → 61
 */
export function isoToExcelSerial(iso: string): number | null {
  const d = parseIso(iso);
  if (!d || d.year < 1900) return null;
  const days = daysFromCivil(d.year, d.month, d.day);
  const beforeMarch1900 = d.year === 1900 && d.month <= 2;
  return beforeMarch1900 ? days + SERIAL_OF_1970 - 1 : days + SERIAL_OF_1970;
}
