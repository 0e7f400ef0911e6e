/**
 * An estimate of the height a row needs to show its wrapped text, for hosts that do not fit rows
 * themselves when a file is opened: an .xlsx without row heights shows every row one line tall in
 * Excel and LibreOffice, cutting wrapped text off. Office.js and Apps Script can autofit instead.
 *
 * Text is wrapped word by word against the column width, with character widths of Calibri 11
 * (the default font; LibreOffice's Carlito has the same metrics), in units of the digit width
 * that Excel measures column widths in.
 */
import type { ColumnLayout, RowModel } from './model';

/** Line height of Calibri 11 in points, as Excel lays it out. */
export const LINE_HEIGHT = 15;
/** Excel's largest row height, in points. */
export const MAX_ROW_HEIGHT = 409;
/** Cell padding, in digit widths, lost to each line. */
const PADDING = 0.5;
/** Bold Calibri is about this much wider. */
const BOLD = 1.02;

/** Calibri advance widths relative to a digit, by character; anything else counts as GENERIC. */
const WIDTHS: Readonly<Record<string, number>> = (() => {
  const table: Record<string, number> = {};
  const set = (chars: string, width: number): void => {
    for (const c of chars) table[c] = width;
  };
  set(' ', 0.45);
  set("ijlI|!'", 0.47);
  set('.,:;', 0.5);
  set('-()[]f', 0.6);
  set('trJ', 0.68);
  set('/sz', 0.78);
  set('cvxyk', 0.87);
  set('aegL', 0.95);
  set('0123456789bdhnopquđ', 1.05);
  set('ABCDEFGHKNOPRSTUVXYZĐ', 1.15);
  set('%mw', 1.5);
  set('MW', 1.75);
  return table;
})();
const GENERIC = 1.05;

/** Width of each character met so far (its base letter's width; a lone combining mark is 0). */
const CHAR_WIDTHS = new Map<string, number>();

function charWidth(c: string): number {
  let w = CHAR_WIDTHS.get(c);
  if (w === undefined) {
    const base = c.normalize('NFD')[0] ?? '';
    w = /[\u0300-\u036f]/.test(base) ? 0 : (WIDTHS[base] ?? GENERIC);
    if (CHAR_WIDTHS.size < 4096) CHAR_WIDTHS.set(c, w);
  }
  return w;
}

/**
 * charWidth by UTF-16 code unit below U+2000 (Latin with every Vietnamese letter, precomposed or
 * with combining marks): a typed-array look-up instead of a string and a map per character.
 * NaN until the character is first met.
 */
const UNIT_WIDTHS = new Float64Array(0x2000).fill(NaN);

/** The width of the character at `i` and how many code units it takes (2 for a surrogate pair). */
function widthAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x2000) {
    let w = UNIT_WIDTHS[code];
    if (Number.isNaN(w)) w = UNIT_WIDTHS[code] = charWidth(text[i]);
    return w;
  }
  return charWidth(String.fromCodePoint(text.codePointAt(i) as number));
}

/** 2 at a surrogate pair (one character outside the BMP), else 1. */
const unitsAt = (text: string, i: number): number => {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
};

/** Width of a text in digit widths; Vietnamese diacritics take none. */
export function textWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i += unitsAt(text, i)) width += widthAt(text, i);
  return width;
}

const SPACE = 32;
const NEWLINE = 10;

/**
 * Lines a text takes in a column of `width`, wrapping at spaces and at its own line breaks.
 * One pass over the text: each word's width is summed character by character, as textWidth would.
 */
export function wrappedLines(text: string, width: number, bold = false): number {
  const room = Math.max(1, width - PADDING);
  const scale = bold ? BOLD : 1;
  const space = textWidth(' ') * scale;
  let lines = 0;
  let used = 0;
  let count = 1;
  let word = 0;
  let inWord = false;
  // One more turn past the end closes the last word; the word's end is written out here rather
  // than in a helper, which kept this loop (the model's hottest) several times slower.
  for (let i = 0; i <= text.length; ) {
    const code = i < text.length ? text.charCodeAt(i) : NEWLINE;
    if (code !== SPACE && code !== NEWLINE) {
      let w: number;
      if (code < 0x2000) {
        w = UNIT_WIDTHS[code];
        if (w !== w) w = UNIT_WIDTHS[code] = charWidth(text[i]);
        i++;
      } else {
        w = widthAt(text, i);
        i += unitsAt(text, i);
      }
      word += w;
      inWord = true;
      continue;
    }
    if (inWord) {
      const w = word * scale;
      if (used === 0) {
        // A word wider than the column breaks across lines.
        count += Math.ceil(w / room) - 1;
        used = w % room || room;
      } else if (used + space + w <= room) {
        used += space + w;
      } else {
        count += Math.ceil(w / room);
        used = w % room || room;
      }
      word = 0;
      inWord = false;
    }
    if (code === NEWLINE && i < text.length) {
      lines += count;
      used = 0;
      count = 1;
    }
    i++;
  }
  return lines + count;
}

/** The widest character (M, W) in digit widths. */
const WIDEST = Math.max(GENERIC, ...Object.values(WIDTHS));

/**
 * True when wrappedLines(text, width, bold) is at most 1 for sure: no line break, and the text
 * would fit the column even if each of its UTF-16 units were the widest character.
 */
function fitsOneLine(text: string, width: number, bold: boolean): boolean {
  const room = Math.max(1, width - PADDING);
  return text.length * WIDEST * (bold ? BOLD : 1) < room - 1e-9 && !text.includes('\n');
}

/**
 * The row height in points, or undefined when one line is enough (the host's default height).
 * For instance `estimateRowHeight({ role: 'task', cells: [textCell('Theo tiến độ cụ thể của từng nhiệm vụ', { wrap: true })] }, [{ key: 'x', width: 12 }]) → 4 * 15 + 3`.
 */
export function estimateRowHeight(row: RowModel, columns: readonly ColumnLayout[]): number | undefined {
  let lines = 1;
  const cells = row.cells;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell.value.type !== 'text' || !cell.style?.wrap) continue;
    const width = columns[i]?.width ?? 8.43;
    const bold = cell.style.bold === true;
    // A text that fits one line even if every character were the widest takes one line: no need to lay it out.
    if (fitsOneLine(cell.value.text, width, bold)) continue;
    lines = Math.max(lines, wrappedLines(cell.value.text, width, bold));
  }
  return lines <= 1 ? undefined : Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 3);
}
