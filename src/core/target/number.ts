/**
 * Numbers as Vietnamese documents and spreadsheet cells write them: decimal comma ("70,52"),
 * thousands dot ("1.234"), zero-padded counts ("01").
 */

/** Removes float noise from arithmetic on decimals (70.52 / 100 → 0.7052, not 0.7051999999999999). */
export function tidy(n: number): number {
  return Number(n.toPrecision(12));
}

/**
 * Reads a number written the Vietnamese way. A comma is the decimal mark; a dot followed by
 * groups of exactly three digits is a thousands separator, any other dot is a decimal point
 * (spreadsheets and English-trained users type "1.5"). When both marks appear, the last one is
 * the decimal mark. Anything else — words, units, a percent sign, several numbers — gives null.
 * @example parseNumberVi('90') → 90
 * @example parseNumberVi('70,52') → 70.52
 * @example parseNumberVi('1.234') → 1234
 * @example parseNumberVi('1.5') → 1.5
 * @example parseNumberVi('01') → 1
 * @example parseNumberVi('90%') → null
 */
export function parseNumberVi(text: string): number | null {
  if (typeof text !== 'string') return null;
  const s = text.trim();
  const m = /^([+-]?)(\d+(?:[.,]\d+)*)$/.exec(s);
  if (!m) return null;
  const sign = m[1] === '-' ? -1 : 1;
  const body = m[2];
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  let intPart: string;
  let fracPart = '';
  if (lastDot >= 0 && lastComma >= 0) {
    const decimalAt = Math.max(lastDot, lastComma);
    intPart = body.slice(0, decimalAt);
    fracPart = body.slice(decimalAt + 1);
    const groupMark = decimalAt === lastDot ? ',' : '.';
    if (intPart.includes(decimalAt === lastDot ? '.' : ',')) return null;
    if (!isGrouped(intPart, groupMark)) return null;
    intPart = intPart.split(groupMark).join('');
  } else if (lastComma >= 0) {
    // One comma is the decimal comma; several must be thousands groups ("1,234,567").
    const parts = body.split(',');
    if (parts.length === 2) [intPart, fracPart] = parts;
    else if (isGrouped(body, ',')) intPart = parts.join('');
    else return null;
  } else if (lastDot >= 0) {
    const parts = body.split('.');
    if (isGrouped(body, '.') && !/^0/.test(body)) intPart = parts.join('');
    else if (parts.length === 2) [intPart, fracPart] = parts;
    else return null;
  } else {
    intPart = body;
  }
  const value = Number(fracPart ? `${intPart}.${fracPart}` : intPart);
  return Number.isFinite(value) ? sign * value : null;
}

/** True for "1.234" / "12.345.678" with the given group mark: every group after the first has 3 digits. */
function isGrouped(digits: string, mark: string): boolean {
  const groups = digits.split(mark);
  return groups.length > 1 && groups[0].length <= 3 && groups.slice(1).every((g) => g.length === 3);
}

/**
 * Prints a number the Vietnamese way: decimal comma, no thousands grouping (so the text reads
 * back unambiguously), float noise removed.
 * @example formatNumberVi(70.52) → '70,52'
 * @example formatNumberVi(90) → '90'
 */
export function formatNumberVi(n: number): string {
  return String(tidy(n)).replace('.', ',');
}

/** What a spreadsheet cell holds when a number is expected. */
export type CellNumber =
  | { kind: 'number'; value: number; percent: boolean }
  | { kind: 'missing' }
  | { kind: 'unreadable'; text: string };

/**
 * Reads a cell value as a number: a finite number as is, or text such as "95%", "0,95", "95".
 * A trailing percent sign divides by 100 and is reported, so callers know the value is a fraction.
 * Empty cells (undefined, null, blank text) are "missing"; anything else is "unreadable".
 * @example readCellNumber('95%') → { kind: 'number', value: 0.95, percent: true }
 * @example readCellNumber(' ') → { kind: 'missing' }
 */
export function readCellNumber(value: unknown): CellNumber {
  if (value === undefined || value === null) return { kind: 'missing' };
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { kind: 'number', value, percent: false } : { kind: 'unreadable', text: String(value) };
  }
  if (typeof value !== 'string') return { kind: 'unreadable', text: describe(value) };
  const text = value.trim();
  if (text === '') return { kind: 'missing' };
  const percent = /%$/.test(text);
  const n = parseNumberVi(percent ? text.slice(0, -1) : text);
  if (n === null) return { kind: 'unreadable', text };
  return { kind: 'number', value: percent ? tidy(n / 100) : n, percent };
}

function describe(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  try {
    return String(value);
  } catch {
    return typeof value;
  }
}
