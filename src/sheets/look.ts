/// <reference types="google-apps-script" />
/**
 * The look of a block of rows — bold, italic, colours, fills, alignment, wrap, grid lines — in a
 * constant number of calls per block: one per attribute (the single-value setter when the block is
 * uniform, the array setter otherwise) and one per rectangle of grid lines. A long import styles
 * its sheets block by block, one block per server call.
 */
import type { Cell, CellStyle, SheetModel } from '../workbook/model';
import { rangeOf, type Box } from './a1';
import { sheetWidth } from './render';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const BORDER_COLOUR = '#BFBFBF';

const colour = (rrggbb: string | undefined): string | null => (rrggbb ? `#${rrggbb}` : null);

type Grid<T> = T[][];

/** One attribute of a block: the single-value setter when every cell agrees, else the array setter. */
function apply<T>(grid: Grid<T>, one: (v: T) => void, many: (g: Grid<T>) => void): void {
  const first = grid[0]?.[0];
  const uniform = grid.every((row) => row.every((v) => v === first));
  if (uniform) one(first as T);
  else many(grid);
}

/**
 * Rectangles of bordered cells in a block: a row's bordered span (first to last bordered column)
 * merged with the rows below that have the same span. A table is one or two rectangles.
 */
function borderBoxes(model: SheetModel, from: number, to: number): Box[] {
  const boxes: Box[] = [];
  let open: { row: number; rows: number; column: number; columns: number } | null = null;
  for (let r = from; r < to; r++) {
    const cells = model.rows[r].cells;
    const first = cells.findIndex((c) => c.style?.border);
    let last = -1;
    for (let c = cells.length - 1; c >= 0; c--) {
      if (cells[c].style?.border) {
        last = c;
        break;
      }
    }
    if (first < 0) {
      if (open) boxes.push(open);
      open = null;
      continue;
    }
    if (open && open.column === first + 1 && open.columns === last - first + 1) {
      open.rows++;
    } else {
      if (open) boxes.push(open);
      open = { row: r + 1, rows: 1, column: first + 1, columns: last - first + 1 };
    }
  }
  if (open) boxes.push(open);
  return boxes;
}

/**
 * The look of model rows [from, to): bold, italic, colours, fills, alignment, wrap, grid lines.
 * A constant number of calls per block; Sheets fits row heights to wrapped text itself.
 */
export function writeStyles(sheet: Sheet, model: SheetModel, from: number, to: number): void {
  const end = Math.min(to, model.rows.length);
  if (end <= from) return;
  const width = sheetWidth(model);
  const grid = <T>(pick: (s: CellStyle | undefined) => T): Grid<T> => {
    const out: Grid<T> = [];
    for (let r = from; r < end; r++) {
      const cells: readonly Cell[] = model.rows[r].cells;
      const row = new Array<T>(width);
      for (let c = 0; c < width; c++) row[c] = pick(cells[c]?.style);
      out.push(row);
    }
    return out;
  };
  const range = sheet.getRange(from + 1, 1, end - from, width);
  apply(grid((s) => (s?.bold ? 'bold' : null)), (v) => range.setFontWeight(v), (g) => range.setFontWeights(g));
  apply(grid((s) => (s?.italic ? 'italic' : null)), (v) => range.setFontStyle(v), (g) => range.setFontStyles(g));
  apply(grid((s) => colour(s?.fontColor)), (v) => range.setFontColor(v as string), (g) => range.setFontColors(g));
  apply(grid((s) => colour(s?.fill)), (v) => range.setBackground(v), (g) => range.setBackgrounds(g as string[][]));
  apply(grid((s) => s?.hAlign ?? null), (v) => range.setHorizontalAlignment(v), (g) => range.setHorizontalAlignments(g));
  apply(grid((s) => s?.vAlign ?? null), (v) => range.setVerticalAlignment(v), (g) => range.setVerticalAlignments(g));
  apply(grid((s) => s?.wrap === true), (v) => range.setWrap(v), (g) => range.setWraps(g));
  for (const box of borderBoxes(model, from, end)) {
    rangeOf(sheet, box).setBorder(true, true, true, true, true, true, BORDER_COLOUR, SpreadsheetApp.BorderStyle.SOLID);
  }
}

