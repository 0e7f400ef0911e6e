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
  set('ijlI|!\'', 0.47);
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

/** Width of a text in digit widths; Vietnamese diacritics take none. */
export function textWidth(text: string): number {
  let width = 0;
  for (const c of text) width += charWidth(c);
  return width;
}

/** Lines a text takes in a column of `width`, wrapping at spaces and at its own line breaks. */
export function wrappedLines(text: string, width: number, bold = false): number {
  const room = Math.max(1, width - PADDING);
  const scale = bold ? BOLD : 1;
  const space = textWidth(' ') * scale;
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    let count = 1;
    for (const word of paragraph.split(' ').filter((w) => w !== '')) {
      const w = textWidth(word) * scale;
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
    }
    lines += count;
  }
  return lines;
}

/**
 * The row height in points, or undefined when one line is enough (the host's default height).
 * For instance `estimateRowHeight({ role: 'task', cells: [textCell('Theo tiến độ cụ thể của từng nhiệm vụ', { wrap: true })] }, [{ key: 'x', width: 12 }]) → 4 * 15 + 3`.
 */
export function estimateRowHeight(row: RowModel, columns: readonly ColumnLayout[]): number | undefined {
  let lines = 1;
  row.cells.forEach((cell, i) => {
    if (cell.value.type !== 'text' || !cell.style?.wrap) return;
    lines = Math.max(lines, wrappedLines(cell.value.text, columns[i]?.width ?? 8.43, cell.style.bold === true));
  });
  return lines <= 1 ? undefined : Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 3);
}
