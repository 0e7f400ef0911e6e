/**
 * What a spreadsheet grid cell becomes as text. The grid comes from Excel (range.values), Google
 * Apps Script (getValues) or exceljs (cell.value), so a cell may be a string, a number, a
 * boolean, a Date, empty, or one of exceljs's value objects (rich text, formula, hyperlink,
 * error). Whatever it is, the importer gets a clean string and never an exception.
 */
import { cleanCellText } from './cleanText';

/** Deep enough for a formula whose result is a hyperlink whose text is rich text; stops cycles. */
const MAX_DEPTH = 4;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * dd/mm/yyyy. exceljs builds dates at UTC midnight, while Apps Script builds them at midnight of
 * the spreadsheet's time zone: a date exactly at UTC midnight is read in UTC, any other in local
 * time, so that both give the day the sheet shows.
 */
function dateToText(d: Date): string {
  const time = d.getTime();
  if (Number.isNaN(time)) return '';
  const utcMidnight =
    d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0 && d.getUTCMilliseconds() === 0;
  const [day, month, year] = utcMidnight
    ? [d.getUTCDate(), d.getUTCMonth() + 1, d.getUTCFullYear()]
    : [d.getDate(), d.getMonth() + 1, d.getFullYear()];
  return `${pad(day, 2)}/${pad(month, 2)}/${year < 0 ? '-' + pad(-year, 4) : pad(year, 4)}`;
}

/** Expands "1.5e-7" into "0.00000015": spreadsheets never show exponents for such values. */
function withoutExponent(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  const exponent = Number(s.slice(s.search(/e/i) + 1));
  // 15 significant digits after the leading zeros.
  const digits = Math.min(100, Math.max(0, 14 - exponent));
  return n.toFixed(digits).replace(/\.?0+$/, '');
}

/**
 * Numbers as a spreadsheet shows them in General format: integers without ".0", no float noise
 * (0.1 + 0.2 shows 0.3: 15 significant digits, as Excel keeps), no exponent.
 */
function numberToText(n: number): string {
  if (Number.isNaN(n)) return '';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  if (Number.isInteger(n)) {
    if (Object.is(n, -0)) return '0';
    return Math.abs(n) < 1e21 ? String(n) : BigInt(n).toString();
  }
  return withoutExponent(Number(n.toPrecision(15)));
}

function objectTag(value: object): string {
  return Object.prototype.toString.call(value);
}

function has(obj: object, key: string): boolean {
  return key in obj;
}

function objectToText(value: object, depth: number): string {
  const tag = objectTag(value);
  if (tag === '[object Date]') return dateToText(value as Date);
  if (tag === '[object String]' || tag === '[object Number]' || tag === '[object Boolean]') {
    return toText((value as { valueOf(): unknown }).valueOf(), depth + 1);
  }
  if (Array.isArray(value)) {
    return value
      .map((v: unknown) => toText(v, depth + 1))
      .filter((s) => s !== '')
      .join(', ');
  }
  const rec = value as Record<string, unknown>;
  // exceljs rich text: { richText: [{ text, font }, …] } — the runs joined as they read.
  if (Array.isArray(rec.richText)) {
    const joined = (rec.richText as unknown[])
      .map((run) => (run !== null && typeof run === 'object' ? (run as Record<string, unknown>).text : run))
      .map((t) => (typeof t === 'string' ? t : toText(t, depth + 1)))
      .join('');
    return cleanCellText(joined);
  }
  // exceljs formula: { formula | sharedFormula, result } — the value the sheet shows.
  if (has(rec, 'formula') || has(rec, 'sharedFormula')) return toText(rec.result, depth + 1);
  // exceljs error: { error: '#N/A' }.
  if (typeof rec.error === 'string') return rec.error;
  // exceljs hyperlink: { text, hyperlink } (text may itself be rich text).
  if (has(rec, 'text')) {
    const text = toText(rec.text, depth + 1);
    return text !== '' || typeof rec.hyperlink !== 'string' ? text : cleanCellText(rec.hyperlink);
  }
  if (typeof rec.hyperlink === 'string') return cleanCellText(rec.hyperlink);
  if (has(rec, 'result')) return toText(rec.result, depth + 1);
  // Any other object: its own toString if it has a meaningful one, otherwise nothing.
  if (typeof rec.toString === 'function' && rec.toString !== Object.prototype.toString) {
    const s: unknown = rec.toString();
    return typeof s === 'string' ? cleanCellText(s) : '';
  }
  return '';
}

function toText(value: unknown, depth: number): string {
  if (depth > MAX_DEPTH) return '';
  switch (typeof value) {
    case 'string':
      return cleanCellText(value);
    case 'number':
      return numberToText(value);
    case 'boolean':
      return value ? 'TRUE' : 'FALSE';
    case 'bigint':
      return value.toString();
    case 'object':
      return value === null ? '' : objectToText(value, depth);
    default:
      // undefined, symbol, function: not cell content.
      return '';
  }
}

/**
 * The text of one spreadsheet cell value, cleaned (see cleanCellText). Never throws.
 * @example cellToText('  <b>I.</b> ') → 'I.'
 * @example cellToText(2024) → '2024'
 * @example cellToText(0.1 + 0.2) → '0.3'
 * @example cellToText(true) → 'TRUE'
 * @example cellToText(new Date(Date.UTC(2024, 11, 31))) → '31/12/2024'
 * @example cellToText({ richText: [{ text: 'Phòng ' }, { text: 'Nội vụ' }] }) → 'Phòng Nội vụ'
 * @example cellToText({ formula: 'A1*2', result: 4 }) → '4'
 * @example cellToText({ error: '#N/A' }) → '#N/A'
 * @example cellToText(null) → ''
 */
export function cellToText(value: unknown): string {
  try {
    return toText(value, 0);
  } catch {
    // Proxies, getters that throw, exotic host objects: an unreadable cell is an empty cell.
    return '';
  }
}
