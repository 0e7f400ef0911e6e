/**
 * What rendering one tracker sheet takes, as plain data: the list of Office.js operations in the
 * order they must run. Pure, so the order that matters is tested without Excel:
 *
 * 1. number formats first — whole columns, then cell blocks — so text arrives as text: a value
 *    written to a General cell is parsed as if typed ("- Ban hành…" or "=HYPERLINK(…)" would
 *    become a formula, "1.1" a number, "30/09" a date); written to a '@' cell it stays as is.
 *    Every text cell is made '@' when its column is not;
 * 2. each per-row formula column filled with ONE R1C1 formula over its span, then the values
 *    (formula cells left null, so unchanged; every other cell of the span overwritten), then the
 *    few formulas that differ (A1, in column runs). Formulas are never sent through `values`;
 * 3. styles as rectangles, validation, conditional formats, then the Table (or the AutoFilter),
 *    frozen rows, row heights, print setup and header notes;
 * 4. the sheet's charts (a clustered column chart per `ChartModel`, under a stable name).
 */
import { DATE_FORMAT } from '../workbook/trackerColumns';
import type { Cell, ChartModel, PageSetup, SheetModel } from '../workbook/model';
import { DASHBOARD_SHEET, INDICATOR_SHEET, LOG_SHEET, TASK_SHEET } from '../workbook/sheetNames';
import { hostValue, excelDate } from '../workbook/ops';
import { parseRect, type CellRect } from './a1';
import { BLOCK_BYTES, utf8Bytes } from './payload';
import { compileR1C1, r1c1FromA1 } from './r1c1';
import { styleAreas, type StyleProperty } from './styleAreas';
import { rectAddress } from './a1';

export type GridValue = string | number | null;

export type SheetOp =
  | { readonly kind: 'columnFormat'; readonly column: number; readonly numFmt: string }
  | { readonly kind: 'columnWidth'; readonly column: number; readonly points: number }
  /** A block of cells, 1-based top-left; null leaves a cell as it is. */
  | { readonly kind: 'numberFormat'; readonly top: number; readonly left: number; readonly grid: (string | null)[][] }
  | { readonly kind: 'values'; readonly top: number; readonly left: number; readonly grid: GridValue[][] }
  | { readonly kind: 'formulas'; readonly top: number; readonly left: number; readonly grid: string[][] }
  | { readonly kind: 'formulaFill'; readonly rect: CellRect; readonly r1c1: string }
  /** One style property on one or more rectangles (several: a RangeAreas, ExcelApi 1.9). */
  | { readonly kind: 'style'; readonly rects: readonly CellRect[]; readonly property: StyleProperty; readonly value: string | boolean }
  | {
      readonly kind: 'validation';
      readonly rects: readonly CellRect[];
      readonly values: readonly string[];
      readonly allowBlank: boolean;
      readonly title: string;
      readonly message: string;
    }
  | { readonly kind: 'conditionalFormat'; readonly rect: CellRect; readonly formula: string; readonly fill: string; readonly fontColor?: string; readonly priority: number }
  | { readonly kind: 'table'; readonly rect: CellRect; readonly name: string }
  | { readonly kind: 'autoFilter'; readonly rect: CellRect }
  | { readonly kind: 'freezeRows'; readonly rows: number }
  | { readonly kind: 'merge'; readonly rect: CellRect }
  | { readonly kind: 'autofitRows'; readonly top: number; readonly bottom: number }
  | { readonly kind: 'page'; readonly setup: PageSetup }
  | { readonly kind: 'note'; readonly row: number; readonly column: number; readonly text: string }
  /** A clustered column chart: each series' values over the categories, covering `position`. */
  | {
      readonly kind: 'chart';
      readonly name: string;
      readonly title: string;
      readonly categories: CellRect;
      readonly series: readonly { readonly name: string; readonly values: CellRect }[];
      readonly position: CellRect;
      readonly numFmt?: string;
    }
  /** Deletes a chart of ours left by an earlier import (clearing cells leaves charts in place). */
  | { readonly kind: 'deleteChart'; readonly name: string };

/** Every chart the add-in makes is named with this prefix, so re-import finds and replaces its own. */
export const CHART_PREFIX = 'PAR_';

/** The stable names of each sheet's charts, in the model's order. */
const CHART_NAMES: Readonly<Record<string, readonly string[]>> = {
  [DASHBOARD_SHEET]: [`${CHART_PREFIX}IndexVsTarget`],
};

/** The sheets that can hold charts of ours (whose chart names a re-import reads). */
export const CHART_SHEETS: readonly string[] = Object.keys(CHART_NAMES);

export function chartName(sheet: string, index: number): string {
  return CHART_NAMES[sheet]?.[index] ?? `${CHART_PREFIX}Chart${index + 1}`;
}

/** The chart of the model as an operation; null when one of its addresses does not parse or it has no series. */
export function chartOp(sheet: string, chart: ChartModel, index: number): SheetOp | null {
  const categories = parseRect(chart.categories);
  const anchor = parseRect(chart.anchor);
  const series = chart.series.map((s) => ({ name: s.name, values: parseRect(s.values) }));
  if (!categories || !anchor || series.length === 0 || series.some((s) => s.values === null)) return null;
  return {
    kind: 'chart',
    name: chartName(sheet, index),
    title: chart.title,
    categories,
    series: series.map((s) => ({ name: s.name, values: s.values! })),
    position: { top: anchor.top, left: anchor.left, bottom: anchor.top + Math.max(1, chart.heightRows) - 1, right: anchor.left + Math.max(1, chart.widthColumns) - 1 },
    ...(chart.numFmt ? { numFmt: chart.numFmt } : {}),
  };
}

/** The Excel Table each tracker sheet becomes (names are workbook-wide; ASCII like the defined names). */
export const TABLE_NAMES: Readonly<Record<string, string>> = {
  [TASK_SHEET]: 'ParNhiemVu',
  [INDICATOR_SHEET]: 'ParChiTieu',
  [LOG_SHEET]: 'ParNhatKy',
};

/**
 * Office.js column widths are points; the model's are characters of the default font, as Excel
 * counts them: 7 px per character of Calibri 11 plus 5 px of padding, at 96 px per 72 pt.
 * @example columnPoints(10) → 56.25
 */
export function columnPoints(width: number): number {
  return Math.round((width * 7 + 5) * 0.75 * 100) / 100;
}

const cellAt = (sheet: SheetModel, r: number, c: number): Cell | undefined => sheet.rows[r]?.cells[c];

function sheetWidth(sheet: SheetModel): number {
  return Math.max(sheet.columns.length, ...sheet.rows.map((r) => r.cells.length), 0);
}

/**
 * The format a cell is written with, or null to keep the column's. Text is always '@'; a formula
 * never is, because Excel keeps a formula typed into a '@' cell as its text.
 */
export function cellNumberFormat(cell: Cell | undefined, columnFormat: string | undefined): string | null {
  if (!cell) return null;
  const own = cell.style?.numFmt;
  if (cell.value.type === 'text' && (own ?? columnFormat) !== '@') return '@';
  if (cell.value.type === 'formula' && (own ?? columnFormat) === '@') return 'General';
  if (cell.value.type === 'date' && (own ?? columnFormat) === undefined) return DATE_FORMAT;
  return own !== undefined && own !== columnFormat ? own : null;
}

/** Rows [from, to) in blocks whose values stay under BLOCK_BYTES. */
function rowBlocks(sheet: SheetModel): { from: number; to: number }[] {
  const blocks: { from: number; to: number }[] = [];
  let from = 0;
  let bytes = 0;
  sheet.rows.forEach((row, r) => {
    const rowBytes = row.cells.reduce((n, c) => n + 8 + (c.value.type === 'text' ? utf8Bytes(c.value.text) : c.value.type === 'formula' ? 0 : 12), 16);
    if (r > from && bytes + rowBytes > BLOCK_BYTES) {
      blocks.push({ from, to: r });
      from = r;
      bytes = 0;
    }
    bytes += rowBytes;
  });
  if (from < sheet.rows.length) blocks.push({ from, to: sheet.rows.length });
  return blocks;
}

interface FormulaPlan {
  readonly fills: SheetOp[];
  /** Formula cells the fills do not write: [row, column, A1 formula], 1-based. */
  readonly rest: [number, number, string][];
}

/**
 * Per column, the formula most cells share in R1C1 is filled over each span of rows it covers.
 * A span may cross other formulas (rewritten afterwards) and blank cells not formatted '@' (the
 * values write blanks them again), never a cell holding a value: that cell ends the span.
 */
function planFormulas(sheet: SheetModel, width: number): FormulaPlan {
  const fills: SheetOp[] = [];
  const rest: [number, number, string][] = [];
  for (let c = 0; c < width; c++) {
    const column = sheet.columns[c]?.numFmt;
    // Each cell's R1C1 form, trusted only where it gives back the cell's formula exactly. A cell
    // is first tried against the previous cell's form, so a column of one formula is parsed once.
    const cells: { row: number; a1: string; r1c1: string | null }[] = [];
    let form: { r1c1: string; a1At: (row: number, col: number) => string } | null = null;
    sheet.rows.forEach((row, r) => {
      const v = row.cells[c]?.value;
      if (v?.type !== 'formula') return;
      if (form && form.a1At(r + 1, c + 1) === v.formula) {
        cells.push({ row: r + 1, a1: v.formula, r1c1: form.r1c1 });
        return;
      }
      const r1c1 = r1c1FromA1(v.formula, r + 1, c + 1);
      form = { r1c1, a1At: compileR1C1(r1c1) };
      cells.push({ row: r + 1, a1: v.formula, r1c1: form.a1At(r + 1, c + 1) === v.formula ? r1c1 : null });
    });
    if (cells.length === 0) continue;
    const counts = new Map<string, number>();
    for (const x of cells) if (x.r1c1 !== null) counts.set(x.r1c1, (counts.get(x.r1c1) ?? 0) + 1);
    const common = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    const shared = new Set(cells.filter((x) => common !== null && x.r1c1 === common).map((x) => x.row));
    const crossable = (row: number): boolean => {
      const cell = cellAt(sheet, row - 1, c);
      if (!cell || cell.value.type === 'formula') return true;
      return cell.value.type === 'empty' && (cell.style?.numFmt ?? column) !== '@';
    };
    const filled = new Set<number>();
    let span: number[] = [];
    const close = (): void => {
      if (span.length >= 2) {
        fills.push({ kind: 'formulaFill', rect: { top: span[0], bottom: span[span.length - 1], left: c + 1, right: c + 1 }, r1c1: common! });
        span.forEach((r) => filled.add(r));
      }
      span = [];
    };
    const last = cells[cells.length - 1].row;
    for (let row = cells[0].row; row <= last; row++) {
      if (shared.has(row)) span.push(row);
      else if (!crossable(row)) close();
    }
    close();
    for (const x of cells) if (!filled.has(x.row)) rest.push([x.row, c + 1, x.a1]);
  }
  return { fills, rest };
}

/** Leftover formulas as vertical runs of consecutive rows, one `formulas` block each. */
function formulaRuns(rest: readonly [number, number, string][]): SheetOp[] {
  const byColumn = new Map<number, [number, string][]>();
  for (const [row, col, f] of rest) byColumn.set(col, [...(byColumn.get(col) ?? []), [row, f]]);
  const ops: SheetOp[] = [];
  for (const [col, list] of byColumn) {
    list.sort((a, b) => a[0] - b[0]);
    let run: [number, string][] = [];
    const flush = (): void => {
      if (run.length) ops.push({ kind: 'formulas', top: run[0][0], left: col, grid: run.map(([, f]) => [f]) });
      run = [];
    };
    for (const item of list) {
      if (run.length && item[0] !== run[run.length - 1][0] + 1) flush();
      run.push(item);
    }
    flush();
  }
  return ops;
}

/** Header texts that make a valid Table header: non-empty and unique (Excel compares case-insensitively). */
function tableHeaderOk(sheet: SheetModel, headerRow: number, width: number): boolean {
  const seen = new Set<string>();
  for (let c = 0; c < width; c++) {
    const v = cellAt(sheet, headerRow - 1, c)?.value;
    if (v?.type !== 'text' || v.text.trim() === '') return false;
    const key = v.text.trim().toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}

/**
 * The sheet's table as an Excel Table when it can be one — a known tracker sheet, a header row of
 * unique non-empty names, no merged cells (the model has none) — else null (AutoFilter instead).
 * Section and group rows inside it are fine: a Table holds any rows.
 */
export function tableOf(sheet: SheetModel): { rect: CellRect; name: string } | null {
  const name = TABLE_NAMES[sheet.name];
  const t = sheet.table;
  if (!name || !t) return null;
  const width = t.columnKeys.length;
  if (!tableHeaderOk(sheet, t.headerRow, width)) return null;
  // A Table always has a data row: an empty log gets its first (blank) one now.
  return { name, rect: { top: t.headerRow, left: 1, bottom: Math.max(t.lastRow, t.headerRow + 1), right: width } };
}

/**
 * Longest address list given to one `worksheet.getRanges` call. Excel documents no limit, but
 * lists of several thousand characters have been refused (office-js issue 5198); this stays
 * far below.
 */
export const MAX_AREAS_ADDRESS = 1000;

/** Rectangles in groups whose address list stays under MAX_AREAS_ADDRESS (one each without RangeAreas). */
export function areaGroups(rects: readonly CellRect[], areas: boolean): CellRect[][] {
  if (!areas) return rects.map((r) => [r]);
  const groups: CellRect[][] = [];
  let current: CellRect[] = [];
  let length = 0;
  for (const r of rects) {
    const add = rectAddress(r).length + 1;
    if (current.length > 0 && length + add > MAX_AREAS_ADDRESS) {
      groups.push(current);
      current = [];
      length = 0;
    }
    current.push(r);
    length += add;
  }
  if (current.length) groups.push(current);
  return groups;
}

export interface PlanOptions {
  /** Header notes (Excel's notes API, ExcelApi 1.18) only on a sheet created now. */
  readonly notes: boolean;
  /** Tables: off when the host's API lacks them or for a test of the fallback. */
  readonly tables?: boolean;
  /** Equal styles and validations on several rectangles in one RangeAreas operation (ExcelApi 1.9). */
  readonly areas?: boolean;
  /** The sheet's charts (series and axis formats: ExcelApi 1.8). */
  readonly charts?: boolean;
}

export function renderPlan(sheet: SheetModel, opts: PlanOptions): SheetOp[] {
  const width = sheetWidth(sheet);
  const ops: SheetOp[] = [];
  sheet.columns.forEach((col, i) => {
    if (col.numFmt !== undefined) ops.push({ kind: 'columnFormat', column: i + 1, numFmt: col.numFmt });
  });
  sheet.columns.forEach((col, i) => ops.push({ kind: 'columnWidth', column: i + 1, points: columnPoints(col.width) }));

  const blocks = rowBlocks(sheet);
  for (const { from, to } of blocks) {
    const grid = sheet.rows.slice(from, to).map((row) =>
      Array.from({ length: width }, (_, c) => cellNumberFormat(row.cells[c], sheet.columns[c]?.numFmt)),
    );
    if (grid.some((r) => r.some((f) => f !== null))) ops.push({ kind: 'numberFormat', top: from + 1, left: 1, grid });
  }
  const formulas = planFormulas(sheet, width);
  ops.push(...formulas.fills);
  for (const { from, to } of blocks) {
    const grid = sheet.rows.slice(from, to).map((row) =>
      Array.from({ length: width }, (_, c): GridValue => {
        const v = row.cells[c]?.value;
        if (!v) return '';
        if (v.type === 'formula') return null;
        return hostValue(v, excelDate) as GridValue;
      }),
    );
    ops.push({ kind: 'values', top: from + 1, left: 1, grid });
  }
  ops.push(...formulaRuns(formulas.rest));

  const byLook = new Map<string, { property: StyleProperty; value: string | boolean; rects: CellRect[] }>();
  for (const area of styleAreas(sheet)) {
    // Borders stay one rectangle each: their inside edges belong to the rectangle.
    const key = area.property === 'border' ? `border|${rectAddress(area.rect)}` : `${area.property}|${String(area.value)}`;
    const group = byLook.get(key);
    if (group) group.rects.push(area.rect);
    else byLook.set(key, { property: area.property, value: area.value, rects: [area.rect] });
  }
  for (const g of byLook.values()) {
    for (const rects of areaGroups(g.rects, opts.areas === true)) ops.push({ kind: 'style', rects, property: g.property, value: g.value });
  }
  const byRule = new Map<string, { rects: CellRect[]; v: SheetModel['validations'][number] }>();
  for (const v of sheet.validations) {
    const rect = parseRect(v.range);
    if (!rect) continue;
    const key = JSON.stringify([v.values, v.allowBlank, v.errorTitle, v.error]);
    const group = byRule.get(key);
    if (group) group.rects.push(rect);
    else byRule.set(key, { rects: [rect], v });
  }
  for (const { rects: all, v } of byRule.values()) {
    for (const rects of areaGroups(all, opts.areas === true)) {
      ops.push({ kind: 'validation', rects, values: v.values, allowBlank: v.allowBlank, title: v.errorTitle, message: v.error });
    }
  }
  for (const cf of sheet.conditionalFormats) {
    const rect = parseRect(cf.range);
    if (rect) cf.rules.forEach((rule, i) => ops.push({ kind: 'conditionalFormat', rect, formula: rule.formula, fill: rule.fill, fontColor: rule.fontColor, priority: i }));
  }
  const table = opts.tables === false ? null : tableOf(sheet);
  if (table) ops.push({ kind: 'table', ...table });
  else if (sheet.autoFilter) {
    const rect = parseRect(sheet.autoFilter);
    if (rect) ops.push({ kind: 'autoFilter', rect });
  }
  for (const rect of sheet.merges ?? []) ops.push({ kind: 'merge', rect });
  if (sheet.frozenRows > 0) ops.push({ kind: 'freezeRows', rows: sheet.frozenRows });
  if (sheet.rows.length > 0) ops.push({ kind: 'autofitRows', top: 1, bottom: sheet.rows.length });
  if (sheet.page) ops.push({ kind: 'page', setup: sheet.page });
  if (opts.notes) {
    sheet.rows.forEach((row, r) =>
      row.cells.forEach((cell, c) => {
        if (cell.note) ops.push({ kind: 'note', row: r + 1, column: c + 1, text: cell.note });
      }),
    );
  }
  if (opts.charts) {
    (sheet.charts ?? []).forEach((chart, i) => {
      const op = chartOp(sheet.name, chart, i);
      if (op) ops.push(op);
    });
  }
  return ops;
}
