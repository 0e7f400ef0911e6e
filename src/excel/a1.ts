/**
 * A1 addresses as Office.js hands them over and takes them: "B7", "Sheet1!A1:F84",
 * "'Kế hoạch, 2024'!A1:B4, 'Kế hoạch, 2024'!D1:D4" (a RangeAreas address), "7:7".
 * Rows and columns here are 1-based, inclusive.
 */
import { columnLetter, columnNumber } from '../workbook/model';

export { columnNumber };

export interface CellRect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** "A1:F84" for a rectangle; a single cell as "B7". */
export function rectAddress(r: CellRect): string {
  const first = `${columnLetter(r.left)}${r.top}`;
  return r.top === r.bottom && r.left === r.right ? first : `${first}:${columnLetter(r.right)}${r.bottom}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const ROW_ONLY = /^\$?(\d+)$/;
const COL_ONLY = /^\$?([A-Za-z]{1,3})$/;

/** Excel's last row and column, for whole-row and whole-column references. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Strips a sheet qualifier ("'It''s'!A1" → "A1"), respecting quotes that may hold "!" or ",". */
export function withoutSheet(address: string): string {
  const text = address.trim();
  if (text.startsWith("'")) {
    let i = 1;
    while (i < text.length) {
      if (text[i] === "'" && text[i + 1] === "'") i += 2;
      else if (text[i] === "'") break;
      else i++;
    }
    return text.slice(i + 2);
  }
  const bang = text.lastIndexOf('!');
  return bang < 0 ? text : text.slice(bang + 1);
}

/**
 * The rectangle of one range address, with or without its sheet; whole rows ("7:9") and whole
 * columns ("C:C") included. Null when it is not an address.
 * @example parseRect('Sheet1!B2:D9') → { top: 2, left: 2, bottom: 9, right: 4 }
 */
export function parseRect(address: string): CellRect | null {
  const [a, b = a] = withoutSheet(address).split(':');
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  if (ca && cb) {
    const rows = [+ca[2], +cb[2]];
    const cols = [columnNumber(ca[1]), columnNumber(cb[1])];
    return { top: Math.min(...rows), bottom: Math.max(...rows), left: Math.min(...cols), right: Math.max(...cols) };
  }
  const ra = ROW_ONLY.exec(a);
  const rb = ROW_ONLY.exec(b);
  if (ra && rb) return { top: Math.min(+ra[1], +rb[1]), bottom: Math.max(+ra[1], +rb[1]), left: 1, right: MAX_COLUMNS };
  const ka = COL_ONLY.exec(a);
  const kb = COL_ONLY.exec(b);
  if (ka && kb) {
    const cols = [columnNumber(ka[1]), columnNumber(kb[1])];
    return { top: 1, bottom: MAX_ROWS, left: Math.min(...cols), right: Math.max(...cols) };
  }
  return null;
}

/**
 * The areas of a RangeAreas address ("S!A1:B2, S!D4"): split on the commas outside quoted sheet
 * names, so a sheet called "Kế hoạch, 2024" does not cut an area in two.
 */
export function parseAreas(address: string): CellRect[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted; // a doubled '' toggles twice: still inside the quotes
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => parseRect(p)).filter((r): r is CellRect => r !== null);
}

/** The first row an address names ("B7:D9" → 7), or null. */
export function firstRowOf(address: string): number | null {
  return parseRect(address)?.top ?? null;
}
