/// <reference types="google-apps-script" />
/**
 * Renders a WorkbookModel into Google Sheets — the Sheets counterpart of the CLI's exceljs
 * writer. Round-trips are the cost (design.md §7.3), so every step is one bulk call per sheet
 * whatever the row count: one setNumberFormats, one setValues, one setFormulas per run of a
 * formula column, one setDataValidations per validated column, one call per style attribute per
 * block of rows (a single-value setter when the block is uniform).
 *
 * Content and presentation are split so a long import can be chunked safely: `writeContent`
 * writes every value, formula, format and rule of a sheet (a tracker is complete — nothing typed
 * by the official is lost — after the first call); ./look writes the look of a block of rows.
 */
import { checkReplaceable as refuseForeignSheets, hostValue, SIGNATURE_ROWS, type DateCodec, type HostCell } from '../workbook/ops';
import type { Cell, ChartModel, ColumnLayout, ConditionalFormat, ListValidation, SheetModel, WorkbookModel } from '../workbook/model';
import { DATE_FORMAT, TEXT_FORMAT } from '../workbook/trackerColumns';
import { parseA1, rangeOf, type Box } from './a1';
import { sheetByName } from './sheetByName';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Sheets' own default for a cell without a number format. */
export const GENERAL = 'General';
/** Sheets' default row height in pixels, for sizing charts in rows. */
const ROW_PIXELS = 21;
/** Blank rows kept under a table, so an official can add a row without inserting one. */
export const SPARE_ROWS = 50;

/**
 * A column width in pixels for a width in characters of the default font, as Excel counts it
 * (7 px per digit plus 5 px of padding; Sheets' Arial 10 has about the same digit width).
 * @example columnPixels(10) → 75
 */
export function columnPixels(chars: number): number {
  return Math.max(20, Math.round(chars * 7 + 5));
}

/** The model's width: as wide as its column layout or its widest row. */
export function sheetWidth(sheet: SheetModel): number {
  let width = sheet.columns.length;
  for (const row of sheet.rows) width = Math.max(width, row.cells.length);
  return Math.max(1, width);
}

// ---- preparing a sheet ----

/** Makes the sheet at least rows × columns. */
export function ensureSize(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/**
 * Clears a generated sheet in place — content, formats, notes, validations, rules, filter,
 * merges — rather than deleting it, so the official's own formulas pointing at it keep working.
 */
function clearSheet(sheet: Sheet): void {
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  const filter = sheet.getFilter();
  if (filter) filter.remove();
  sheet.clearConditionalFormatRules();
  const all = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
  all.breakApart();
  all.clearDataValidations();
  sheet.clearNotes();
  sheet.clear();
}

/**
 * Refuses, before anything is written, to replace a sheet of the same name that the official made
 * (a "Tổng hợp" of their own): nothing is lost. One read of each existing sheet's first rows.
 */
export function checkReplaceable(ss: Spreadsheet, model: WorkbookModel): void {
  const existing = new Map<string, unknown[][]>();
  for (const sm of model.sheets) {
    if (sm.ifExists === 'keep') continue;
    const sheet = sheetByName(ss, sm.name);
    if (!sheet) continue;
    const rows = Math.min(SIGNATURE_ROWS, sm.rows.length, sheet.getMaxRows());
    const width = Math.min(sheetWidth(sm), sheet.getMaxColumns());
    existing.set(sm.name, rows === 0 || width === 0 ? [] : sheet.getRange(1, 1, rows, width).getValues());
  }
  refuseForeignSheets(existing, model);
}

/**
 * The host sheet a model sheet is written to: created at the end of the workbook, or the existing
 * one cleared; null when it exists and the model keeps it (Nhật ký is never replaced).
 */
export function prepareSheet(ss: Spreadsheet, model: SheetModel): Sheet | null {
  let sheet = sheetByName(ss, model.name);
  if (sheet && model.ifExists === 'keep') return null;
  if (sheet) clearSheet(sheet);
  else sheet = ss.insertSheet(model.name, ss.getNumSheets());
  ensureSize(sheet, model.rows.length + SPARE_ROWS, sheetWidth(model));
  return sheet;
}

// ---- content ----

/**
 * The number format a cell is written with: the cell's own, else its column's, else Sheets'
 * default — except that text is always '@' (Sheets parses a string written into any other format
 * as if typed: "=…" and "-…" would become formulas, "1.10" the number 1.1), and a formula, a
 * number or a date never is (a formula in a '@' cell shows as text).
 * @example cellFormat(textCell('- Ban hành'), undefined) → '@'
 */
export function cellFormat(cell: Cell | undefined, column: ColumnLayout | undefined): string {
  const own = cell?.style?.numFmt ?? column?.numFmt;
  switch (cell?.value.type) {
    case 'text':
      return TEXT_FORMAT;
    case 'date':
      return own && own !== TEXT_FORMAT ? own : DATE_FORMAT;
    case 'formula':
    case 'number':
      return own && own !== TEXT_FORMAT ? own : GENERAL;
    default:
      return own ?? GENERAL;
  }
}

/** The number format of each cell of the first `rows` rows (past the model's rows: the column's). */
function numberFormatGrid(model: SheetModel, rows: number, width: number): string[][] {
  const columnFormats = Array.from({ length: width }, (_, c) => model.columns[c]?.numFmt ?? GENERAL);
  const out: string[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const cells = model.rows[r]?.cells;
    const row = columnFormats.slice();
    if (cells) for (let c = 0; c < cells.length; c++) row[c] = cellFormat(cells[c], model.columns[c]);
    out[r] = row;
  }
  return out;
}

interface FormulaRun {
  readonly row: number;
  readonly column: number;
  readonly formulas: string[];
}

/**
 * Formula cells in runs down each column: a run goes on through formula and empty cells and
 * stops at a value, so writing it never touches a value cell (one call per run, not per cell).
 */
export function formulaRuns(model: SheetModel): FormulaRun[] {
  const runs: FormulaRun[] = [];
  const width = sheetWidth(model);
  for (let c = 0; c < width; c++) {
    let current: { row: number; formulas: string[]; lastFormula: number } | null = null;
    const close = (): void => {
      if (current) runs.push({ row: current.row, column: c + 1, formulas: current.formulas.slice(0, current.lastFormula + 1) });
      current = null;
    };
    model.rows.forEach((row, r) => {
      const v = row.cells[c]?.value;
      if (v?.type === 'formula') {
        if (!current) current = { row: r + 1, formulas: [], lastFormula: 0 };
        current.formulas.push(v.formula);
        current.lastFormula = current.formulas.length - 1;
      } else if (!v || v.type === 'empty') {
        if (current) current.formulas.push('');
      } else {
        close();
      }
    });
    close();
  }
  return runs;
}

function listRule(v: ListValidation): GoogleAppsScript.Spreadsheet.DataValidation {
  return SpreadsheetApp.newDataValidation().requireValueInList([...v.values], true).setAllowInvalid(false).setHelpText(v.error).build();
}

/**
 * Validations grouped by column span and list, each group written as one rectangle of rules
 * (null where a row has none): the Trạng thái column's many task-row runs become one call.
 */
function writeValidations(sheet: Sheet, validations: readonly ListValidation[]): void {
  const groups = new Map<string, { v: ListValidation; boxes: Box[] }>();
  for (const v of validations) {
    const box = parseA1(v.range);
    const key = `${box.column}:${box.columns}|${JSON.stringify(v.values)}|${v.error}`;
    const g = groups.get(key);
    if (g) g.boxes.push(box);
    else groups.set(key, { v, boxes: [box] });
  }
  for (const { v, boxes } of groups.values()) {
    const top = Math.min(...boxes.map((b) => b.row));
    const bottom = Math.max(...boxes.map((b) => b.row + b.rows - 1));
    const rule = listRule(v);
    const rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] = Array.from({ length: bottom - top + 1 }, () => new Array(boxes[0].columns).fill(null));
    for (const b of boxes) for (let r = b.row; r < b.row + b.rows; r++) rules[r - top].fill(rule);
    sheet.getRange(top, boxes[0].column, rules.length, boxes[0].columns).setDataValidations(rules);
  }
}

function conditionalRules(sheet: Sheet, formats: readonly ConditionalFormat[]): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  return formats.flatMap((cf) =>
    cf.rules.map((rule) => {
      let builder = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(rule.formula).setBackground(`#${rule.fill}`);
      if (rule.fontColor) builder = builder.setFontColor(`#${rule.fontColor}`);
      return builder.setRanges([rangeOf(sheet, parseA1(cf.range))]).build();
    }),
  );
}

/** Consecutive columns of the same width, so a sheet's widths take a few calls. */
function writeWidths(sheet: Sheet, model: SheetModel): void {
  const px = model.columns.map((c) => columnPixels(c.width));
  let start = 0;
  for (let c = 1; c <= px.length; c++) {
    if (c === px.length || px[c] !== px[start]) {
      sheet.setColumnWidths(start + 1, c - start, px[start]);
      start = c;
    }
  }
}

/** A column chart over the model's ranges, placed and sized as the model says. */
function insertChart(sheet: Sheet, model: SheetModel, chart: ChartModel): void {
  const at = parseA1(chart.anchor);
  let width = 0;
  for (let c = at.column; c < at.column + chart.widthColumns; c++) width += model.columns[c - 1] ? columnPixels(model.columns[c - 1].width) : 100;
  let builder = sheet
    .newChart()
    .setChartType(Charts.ChartType.COLUMN)
    .setMergeStrategy(Charts.ChartMergeStrategy.MERGE_COLUMNS)
    .setNumHeaders(0)
    .addRange(rangeOf(sheet, parseA1(chart.categories)));
  for (const series of chart.series) builder = builder.addRange(rangeOf(sheet, parseA1(series.values)));
  builder = builder
    .setPosition(at.row, at.column, 0, 0)
    .setOption('title', chart.title)
    .setOption('width', width)
    .setOption('height', chart.heightRows * ROW_PIXELS)
    .setOption('legend', { position: 'bottom' })
    .setOption('series', Object.fromEntries(chart.series.map((s, i) => [i, { labelInLegend: s.name }])));
  if (chart.numFmt) builder = builder.setOption('vAxis', { format: chart.numFmt });
  sheet.insertChart(builder.build());
}

/**
 * Everything of a sheet but its look: widths, frozen header, number formats (before the values,
 * so text stays text: "=HYPERLINK(…)", "- Ban hành…", "1.10" are written into '@' cells), values,
 * formulas, notes, validations, conditional formats, filter, charts.
 */
export function writeContent(sheet: Sheet, model: SheetModel, date: DateCodec): void {
  const rows = model.rows.length;
  const width = sheetWidth(model);
  writeWidths(sheet, model);
  sheet.setFrozenRows(model.frozenRows);
  // Formats down to the sheet's last row: rows the official adds later keep the column's format.
  const formatRows = Math.max(rows, sheet.getMaxRows());
  sheet.getRange(1, 1, formatRows, width).setNumberFormats(numberFormatGrid(model, formatRows, width));
  if (rows > 0) {
    const values: HostCell[][] = model.rows.map((row) => {
      const out = new Array<HostCell>(width).fill('');
      row.cells.forEach((cell, c) => {
        if (cell.value.type !== 'formula') out[c] = hostValue(cell.value, date);
      });
      return out;
    });
    sheet.getRange(1, 1, rows, width).setValues(values);
  }
  for (const run of formulaRuns(model)) {
    if (run.formulas.length === 1) sheet.getRange(run.row, run.column).setFormula(run.formulas[0]);
    else sheet.getRange(run.row, run.column, run.formulas.length, 1).setFormulas(run.formulas.map((f) => [f]));
  }
  model.rows.forEach((row, r) => {
    if (!row.cells.some((c) => c.note)) return;
    sheet.getRange(r + 1, 1, 1, row.cells.length).setNotes([row.cells.map((c) => c.note ?? '')]);
  });
  writeValidations(sheet, model.validations);
  const rules = conditionalRules(sheet, model.conditionalFormats);
  if (rules.length > 0) sheet.setConditionalFormatRules(rules);
  if (model.autoFilter) rangeOf(sheet, parseA1(model.autoFilter)).createFilter();
  // One call per merged area: only a source sheet written from a Word table has them.
  for (const m of model.merges ?? []) sheet.getRange(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge();
  for (const chart of model.charts ?? []) insertChart(sheet, model, chart);
}

/** The workbook's named ranges (NgayDanhGia, SoNgaySapDenHan), replacing any of the same name. */
export function writeNames(ss: Spreadsheet, model: WorkbookModel): void {
  for (const n of model.definedNames) {
    const sheet = sheetByName(ss, n.sheet);
    if (!sheet) continue;
    if (ss.getRangeByName(n.name)) ss.removeNamedRange(n.name);
    ss.setNamedRange(n.name, rangeOf(sheet, parseA1(n.ref)));
  }
}
