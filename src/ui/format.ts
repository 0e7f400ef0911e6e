/**
 * Numbers and dates as the pane shows and reads them. Dates cross the Host port as ISO strings
 * and show as dd/mm/yyyy; a percent actual is stored as a fraction (95% = 0.95, design.md §6)
 * but typed by the official as 95.
 */
import { formatDmy } from '../core/dates/format';
import type { Lang } from './i18n';

export { formatDmy };

/** The number as the official reads it: decimal comma in Vietnamese, at most 4 decimals. */
export function formatNumber(value: number, lang: Lang): string {
  const rounded = +value.toFixed(4);
  const text = String(rounded);
  return lang === 'vi' ? text.replace('.', ',') : text;
}

/** The actual as typed in the editor: 0.95 with unit '%' shows as 95. */
export function actualText(actual: number | null, unit: string, lang: Lang): string {
  if (actual === null) return '';
  return formatNumber(unit === '%' ? actual * 100 : actual, lang);
}

export type ParsedActual = { readonly ok: true; readonly value: number | null } | { readonly ok: false };

/**
 * What the official typed, as the value to store: blank clears; "95", "95%", "95,5", "95.5",
 * "1.234,5" and "1,234.5" are read (a lone comma is the Vietnamese decimal mark); for unit '%'
 * the typed number is a percent (95 → 0.95).
 * @example parseActual('95', '%') → { ok: true, value: 0.95 }
 * @example parseActual('12,5', 'lớp') → { ok: true, value: 12.5 }
 */
export function parseActual(text: string, unit: string): ParsedActual {
  let s = text.trim().replace(/\s/g, '');
  if (s === '') return { ok: true, value: null };
  if (s.endsWith('%')) s = s.slice(0, -1);
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) {
    // Both: the last one is the decimal mark ("1.234,5" or "1,234.5").
    s = comma > dot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (comma >= 0) {
    s = s.replace(',', '.');
  } else if (/^-?\d{1,3}(\.\d{3}){2,}$/.test(s)) {
    s = s.replace(/\./g, '');
  }
  if (!/^-?\d+(\.\d+)?$/.test(s)) return { ok: false };
  const n = Number(s);
  if (!Number.isFinite(n)) return { ok: false };
  // Rounded so 95 gives exactly 0.95, not 0.9500000000000001.
  return { ok: true, value: unit === '%' ? +(n / 100).toPrecision(12) : n };
}
