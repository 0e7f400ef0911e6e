/**
 * A plain-data description of a workbook: what each host adapter (exceljs for the CLI, Office.js,
 * Apps Script) renders. No host API here, so the same model is built once and tested once.
 *
 * Addresses are A1 strings relative to their sheet; rows and columns are 1-based where they are
 * numbers (row i of `SheetModel.rows` is sheet row i + 1).
 */

/** A cell's value. A formula is never inferred from text: only `formula` cells are formulas. */
export type CellValue =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'number'; readonly number: number }
  /** A calendar date, ISO 'YYYY-MM-DD'; hosts write it as a real date (serial), not text. */
  | { readonly type: 'date'; readonly date: string }
  /** A native formula in A1 notation with its leading '=', as typed in Excel or Sheets. */
  | { readonly type: 'formula'; readonly formula: string }
  | { readonly type: 'empty' };

/** Colours are 'RRGGBB'. */
export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly wrap?: boolean;
  readonly numFmt?: string;
  readonly fill?: string;
  readonly fontColor?: string;
  readonly hAlign?: 'left' | 'center' | 'right';
  readonly vAlign?: 'top' | 'middle';
  /** A thin grid line around the cell, so the table prints as a table. */
  readonly border?: boolean;
}

export interface Cell {
  readonly value: CellValue;
  readonly style?: CellStyle;
  /** A note (comment) shown on hover, e.g. how to fill a user column. */
  readonly note?: string;
}

/** What a row is, so adapters and re-import can find tasks without re-parsing the sheet. */
export type RowRole =
  | 'title'
  | 'setting'
  | 'header'
  | 'section'
  | 'group'
  | 'task'
  | 'indicator'
  | 'source';

export interface RowModel {
  readonly role: RowRole;
  /** The task ID, on the rows that show a task (group, task, indicator). */
  readonly taskId?: string;
  readonly cells: readonly Cell[];
}

export interface ColumnLayout {
  readonly key: string;
  /** Width in characters of the default font, as Excel counts it. */
  readonly width: number;
  /** Format for the whole column, so values the user types later keep it ('@' keeps text text). */
  readonly numFmt?: string;
}

export interface ListValidation {
  /** A1 range, e.g. 'I5:I9'. */
  readonly range: string;
  readonly values: readonly string[];
  readonly allowBlank: boolean;
  readonly errorTitle: string;
  readonly error: string;
}

export interface ConditionalRule {
  /** Formula with '=', relative to the top-left cell of the range (e.g. '=$M5="Quá hạn"'). */
  readonly formula: string;
  readonly fill: string;
  readonly fontColor?: string;
}

export interface ConditionalFormat {
  readonly range: string;
  readonly rules: readonly ConditionalRule[];
}

export interface PageSetup {
  readonly orientation: 'portrait' | 'landscape';
  /** Scale the printout so all columns fit one page wide (any number of pages tall). */
  readonly fitToWidth: boolean;
  /** Sheet rows repeated at the top of every printed page, e.g. the header row. */
  readonly repeatRows?: { readonly first: number; readonly last: number };
}

/** Where a sheet's table is, for adapters that read it back (re-import, updates). */
export interface TableLocation {
  readonly headerRow: number;
  readonly firstDataRow: number;
  /** Last data row; equals headerRow when the table is empty. */
  readonly lastRow: number;
  readonly columnKeys: readonly string[];
}

export interface SheetModel {
  readonly name: string;
  readonly columns: readonly ColumnLayout[];
  readonly rows: readonly RowModel[];
  readonly frozenRows: number;
  readonly autoFilter?: string;
  readonly validations: readonly ListValidation[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly page?: PageSetup;
  readonly table?: TableLocation;
  /**
   * What a host does when the workbook already has a sheet of this name: 'replace' its content
   * (generated sheets), or 'keep' it untouched (the append-only Nhật ký). Default 'replace'.
   */
  readonly ifExists?: 'replace' | 'keep';
  /** Charts the hosts that can draw them add (Excel, Google Sheets); exceljs cannot, the CLI skips them. */
  readonly charts?: readonly ChartModel[];
  /** Merged areas (1-based, inclusive), as a plan's table had them: a source sheet written from a file. */
  readonly merges?: readonly CellArea[];
  /**
   * The sheet protected against accidental edits (no password: Review › Unprotect Sheet lifts it),
   * except these areas (1-based, inclusive), which stay editable — e.g. the cells a phiếu cập nhật
   * asks an office to fill.
   */
  readonly protection?: { readonly unlocked: readonly CellArea[] };
}

export interface CellArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A clustered column chart over ranges of its own sheet, e.g. index vs target per area. */
export interface ChartModel {
  readonly title: string;
  /** A1 range of the category labels, e.g. 'A6:A13'. */
  readonly categories: string;
  readonly series: readonly { readonly name: string; readonly values: string }[];
  /** Top-left cell the chart is placed at, and its size in columns × rows. */
  readonly anchor: string;
  readonly widthColumns: number;
  readonly heightRows: number;
  readonly numFmt?: string;
}

/** One cell to write on a host sheet (an update, not a whole sheet). */
export interface CellWrite {
  readonly sheet: string;
  /** 1-based sheet row and column. */
  readonly row: number;
  readonly column: number;
  readonly value: CellValue;
}

export interface DefinedName {
  readonly name: string;
  readonly sheet: string;
  /** Absolute A1 reference within `sheet`, e.g. '$C$2'. */
  readonly ref: string;
}

export interface WorkbookModel {
  readonly sheets: readonly SheetModel[];
  readonly definedNames: readonly DefinedName[];
}

// ---- small constructors, so builders read as data ----

export const EMPTY: Cell = { value: { type: 'empty' } };

export function textCell(text: string, style?: CellStyle): Cell {
  return text === '' ? { value: { type: 'empty' }, style } : { value: { type: 'text', text }, style };
}

export function numberCell(number: number, style?: CellStyle): Cell {
  return { value: { type: 'number', number }, style };
}

export function dateCell(date: string | null, style?: CellStyle): Cell {
  return date === null ? { value: { type: 'empty' }, style } : { value: { type: 'date', date }, style };
}

export function formulaCell(formula: string, style?: CellStyle): Cell {
  return { value: { type: 'formula', formula }, style };
}

/**
 * The column letters of a 1-based column number.
 * @example columnLetter(1) → 'A'
 * @example columnLetter(28) → 'AB'
 */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * The 1-based number of column letters, the inverse of columnLetter.
 * @example columnNumber('A') → 1
 * @example columnNumber('ab') → 28
 */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Quotes a sheet name for use in a reference: 'Nhiệm vụ' → "'Nhiệm vụ'". */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
