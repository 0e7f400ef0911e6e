/**
 * Cell styles as few rectangles as possible: one Office.js format call per rectangle instead of
 * one per cell. Each style property is grouped on its own (bold rows, the wrapped text columns,
 * the bordered table…), because the properties vary independently: the whole table has a border,
 * text columns wrap, group rows are bold. A run of equal values along a row becomes a strip, and
 * strips with the same columns and value on consecutive rows merge into one rectangle.
 */
import type { CellStyle, SheetModel } from '../workbook/model';
import type { CellRect } from './a1';

/** The style properties an Office.js range format sets (number formats are written with the values). */
export type StyleProperty = Exclude<keyof CellStyle, 'numFmt'>;
export const STYLE_PROPERTIES: readonly StyleProperty[] = ['bold', 'italic', 'wrap', 'fill', 'fontColor', 'hAlign', 'vAlign', 'border'];

export interface StyleArea {
  readonly rect: CellRect;
  readonly property: StyleProperty;
  readonly value: string | boolean;
}

/** Properties that show nothing on an empty cell: a blank, unstyled cell may take them or not. */
const INVISIBLE_WHEN_EMPTY: ReadonlySet<StyleProperty> = new Set(['bold', 'italic', 'fontColor', 'wrap', 'hAlign', 'vAlign']);

type Value = string | boolean | undefined;

/**
 * One row's values of `property`, with "don't care" cells (blank and unstyled, for a property
 * that does not show on a blank cell) taking the value above them, else the one to their left:
 * a pasted table with scattered blanks then needs one rectangle instead of thousands.
 */
function rowValues(sheet: SheetModel, r: number, width: number, property: StyleProperty, above: readonly Value[]): Value[] {
  const cells = sheet.rows[r].cells;
  const out: Value[] = [];
  for (let c = 0; c < width; c++) {
    const cell = cells[c];
    const dontCare = INVISIBLE_WHEN_EMPTY.has(property) && (!cell || (cell.value.type === 'empty' && cell.style === undefined && cell.note === undefined));
    if (dontCare) out.push(above[c] ?? (c > 0 ? out[c - 1] : undefined));
    else {
      const v = cell?.style?.[property];
      out.push(v === false || v === '' ? undefined : v);
    }
  }
  return out;
}

/**
 * Rectangles covering every cell whose style sets `property` (false/undefined = Excel's default,
 * never written: the sheet was just created or cleared).
 */
export function areasOf(sheet: SheetModel, property: StyleProperty): StyleArea[] {
  const width = Math.max(0, ...sheet.rows.map((row) => row.cells.length));
  const done: StyleArea[] = [];
  // Open rectangles by "left,right,value", extended while the next row repeats the strip.
  type Open = { top: number; left: number; right: number; value: string | boolean };
  let open = new Map<string, Open>();
  const close = (o: Open, bottom: number): void => {
    done.push({ rect: { top: o.top, left: o.left, bottom, right: o.right }, property, value: o.value });
  };
  let above: Value[] = [];
  sheet.rows.forEach((_, r) => {
    const sheetRow = r + 1;
    const values = rowValues(sheet, r, width, property, above);
    const next = new Map<string, Open>();
    let c = 0;
    while (c < width) {
      const value = values[c];
      if (value === undefined) {
        c++;
        continue;
      }
      let end = c;
      while (end + 1 < width && values[end + 1] === value) end++;
      const key = `${c + 1},${end + 1},${String(value)}`;
      const prior = open.get(key);
      next.set(key, prior ?? { top: sheetRow, left: c + 1, right: end + 1, value });
      open.delete(key);
      c = end + 1;
    }
    for (const o of open.values()) close(o, sheetRow - 1);
    open = next;
    above = values;
  });
  for (const o of open.values()) close(o, sheet.rows.length);
  return done;
}

/** Every style area of the sheet, property by property. */
export function styleAreas(sheet: SheetModel): StyleArea[] {
  return STYLE_PROPERTIES.flatMap((p) => areasOf(sheet, p));
}
