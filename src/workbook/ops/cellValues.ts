/**
 * Reading cell values as hosts return them: Excel gives dates as serial numbers, Apps Script as
 * `Date` objects (midnight in the spreadsheet's time zone), a CSV or a pane as text. One reader
 * for all, so a date can never be misread as dd/mm vs mm/dd by the host's locale.
 */
import { dateToIso, excelSerialToIso, isoDate, isIsoDate } from '../../core/dates';

/** Cell text, trimmed; numbers as typed digits, never a locale format. */
export function textOfCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return dateToIso(value) ?? '';
  return String(value).trim();
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * A calendar date from a cell, as ISO, or null for a blank or something that is not a date.
 * @example isoOfCell(45565) → '2024-09-30'
 * @example isoOfCell('30/09/2024') → '2024-09-30'
 */
export function isoOfCell(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) && value >= 1 ? excelSerialToIso(Math.floor(value)) : null;
  if (value instanceof Date) return dateToIso(value);
  const text = String(value).trim();
  if (isIsoDate(text)) return text;
  const m = DMY.exec(text);
  return m ? isoDate(+m[3], +m[2], +m[1]) : null;
}

/**
 * A number from a cell: numbers as they are, text with a decimal comma or a percent sign read
 * the Vietnamese way ("95%" → 0.95, "1.234,5" → 1234.5); null for blank or not a number.
 */
export function numberOfCell(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  let text = value.trim().replace(/\s/g, '');
  if (text === '') return null;
  const percent = text.endsWith('%');
  if (percent) text = text.slice(0, -1);
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) text = text.replace(/\./g, '');
  text = text.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  const n = Number(text);
  return percent ? n / 100 : n;
}
