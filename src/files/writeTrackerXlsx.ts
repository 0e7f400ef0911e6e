/**
 * Renders a WorkbookModel to an .xlsx file with exceljs: the CLI's host adapter. Everything
 * about the workbook's content is decided in src/workbook; this file only maps it to exceljs.
 */
import ExcelJS from 'exceljs';
import {
  quoteSheetName,
  type Cell,
  type CellStyle,
  type CellValue,
  type ColumnLayout,
  type ConditionalFormat,
  type ListValidation,
  type SheetModel,
  type WorkbookModel,
} from '../workbook/model';
import { estimateRowHeight } from '../workbook/rowHeight';
import { addCharts } from './xlsxCharts';

/** A cell font replaces the default one entirely, so it must name it (else LibreOffice shows a serif). */
const DEFAULT_FONT = { name: 'Calibri', size: 11 } as const;

const argb = (rrggbb: string): { argb: string } => ({ argb: `FF${rrggbb.toUpperCase()}` });

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: argb('BFBFBF') };

/**
 * A model value as an exceljs value. Text stays a plain string: exceljs only makes a formula
 * from a `{ formula }` object, so "=HYPERLINK(…)", "+84…", "-…" and "@…" are stored as shared
 * strings (t="s"), never as formulas.
 */
export function toExcelValue(value: CellValue): ExcelJS.CellValue {
  switch (value.type) {
    case 'text':
      return value.text;
    case 'number':
      return value.number;
    case 'date': {
      const [y, m, d] = value.date.split('-').map(Number);
      // exceljs turns a Date into a serial from its UTC time, so UTC midnight is the calendar day.
      return new Date(Date.UTC(y, m - 1, d));
    }
    case 'formula':
      return { formula: value.formula.replace(/^=/, '') } as ExcelJS.CellFormulaValue;
    case 'empty':
      return null;
  }
}

/**
 * One exceljs style object per distinct look. exceljs recognises a style object it has seen by
 * identity and skips re-serialising it, so sharing them keeps a 10,000-row write fast.
 */
export type StyleCache = Map<string, Partial<ExcelJS.Style>>;

export function styleFor(cache: StyleCache, s: CellStyle, numFmt: string | undefined): Partial<ExcelJS.Style> | null {
  const key = `${s.bold}|${s.italic}|${s.fontColor}|${s.wrap}|${s.hAlign}|${s.vAlign}|${s.border}|${s.fill}|${numFmt}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const style: Partial<ExcelJS.Style> = {};
  if (numFmt !== undefined) style.numFmt = numFmt;
  if (s.bold || s.italic || s.fontColor) {
    style.font = {
      ...DEFAULT_FONT,
      ...(s.bold ? { bold: true } : {}),
      ...(s.italic ? { italic: true } : {}),
      ...(s.fontColor ? { color: argb(s.fontColor) } : {}),
    };
  }
  if (s.wrap || s.hAlign || s.vAlign) {
    style.alignment = {
      ...(s.wrap ? { wrapText: true } : {}),
      ...(s.hAlign ? { horizontal: s.hAlign } : {}),
      ...(s.vAlign ? { vertical: s.vAlign } : {}),
    };
  }
  if (s.border) style.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (s.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: argb(s.fill) };
  cache.set(key, style);
  return style;
}

function applyCell(target: ExcelJS.Cell, cell: Cell, column: ColumnLayout | undefined, styles: StyleCache): void {
  target.value = toExcelValue(cell.value);
  const style = styleFor(styles, cell.style ?? {}, cell.style?.numFmt ?? column?.numFmt);
  if (style && Object.keys(style).length > 0) target.style = style;
  if (cell.note) target.note = cell.note;
}

function listFormula(values: readonly string[]): string {
  for (const v of values) {
    if (/[",]/.test(v)) throw new Error(`Giá trị danh sách không được chứa dấu phẩy hoặc ngoặc kép: ${v}`);
  }
  return `"${values.join(',')}"`;
}

export function applyValidation(ws: ExcelJS.Worksheet, v: ListValidation): void {
  const validation: ExcelJS.DataValidation = {
    type: 'list',
    allowBlank: v.allowBlank,
    formulae: [listFormula(v.values)],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: v.errorTitle,
    error: v.error,
  };
  // By range, through the worksheet's (untyped) collection: setting it per cell lets exceljs
  // squeeze cells back into ranges, and 4.4.0 does that wrongly past row 9 (it sorts addresses as
  // text and writes overlapping ranges, which Excel may reject as corrupt).
  (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(v.range, validation);
}

export function applyConditionalFormat(ws: ExcelJS.Worksheet, cf: ConditionalFormat): void {
  ws.addConditionalFormatting({
    ref: cf.range,
    rules: cf.rules.map((rule, i) => ({
      type: 'expression',
      priority: i + 1,
      formulae: [rule.formula.replace(/^=/, '')],
      style: {
        // Differential formats take a solid fill's colour from bgColor (Excel and LibreOffice agree).
        fill: { type: 'pattern', pattern: 'solid', bgColor: argb(rule.fill), fgColor: argb(rule.fill) },
        ...(rule.fontColor ? { font: { color: argb(rule.fontColor) } } : {}),
      },
    })),
  });
}

/** The worksheet's views (frozen rows) and page setup, as exceljs takes them when a sheet is added. */
export function worksheetOptions(sheet: SheetModel): Partial<ExcelJS.AddWorksheetOptions> {
  const page = sheet.page;
  return {
    views: sheet.frozenRows > 0 ? [{ state: 'frozen', xSplit: 0, ySplit: sheet.frozenRows }] : [],
    pageSetup: page
      ? {
          orientation: page.orientation,
          paperSize: 9, // A4
          fitToPage: page.fitToWidth,
          ...(page.fitToWidth ? { fitToWidth: 1, fitToHeight: 0 } : {}),
          ...(page.repeatRows ? { printTitlesRow: `${page.repeatRows.first}:${page.repeatRows.last}` } : {}),
          margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
        }
      : undefined,
  };
}

function renderSheet(wb: ExcelJS.Workbook, sheet: SheetModel, styles: StyleCache): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheet.name, worksheetOptions(sheet));
  ws.columns = sheet.columns.map((c) => ({
    key: c.key,
    width: c.width,
    style: c.numFmt !== undefined ? { numFmt: c.numFmt } : {},
  }));
  sheet.rows.forEach((row, r) => {
    const height = estimateRowHeight(row, sheet.columns);
    if (height !== undefined) ws.getRow(r + 1).height = height;
    row.cells.forEach((cell, c) => {
      if (cell.value.type === 'empty' && cell.style === undefined && cell.note === undefined) return;
      applyCell(ws.getCell(r + 1, c + 1), cell, sheet.columns[c], styles);
    });
  });
  if (sheet.autoFilter) ws.autoFilter = sheet.autoFilter;
  for (const m of sheet.merges ?? []) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  sheet.validations.forEach((v) => applyValidation(ws, v));
  sheet.conditionalFormats.forEach((cf) => applyConditionalFormat(ws, cf));
  if (sheet.protection) protectSheet(ws, sheet.protection.unlocked);
  return ws;
}

/** What a protected sheet still lets a person do. */
export const SHEET_PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
};

/**
 * Protects the sheet without a password, its `unlocked` cells left editable. Each unlocked cell
 * gets its own style object: the styles are shared between cells (StyleCache), and exceljs's
 * `cell.protection = …` would change the shared one.
 */
function protectSheet(ws: ExcelJS.Worksheet, unlocked: NonNullable<SheetModel['protection']>['unlocked']): void {
  for (const a of unlocked) {
    for (let r = a.top; r <= a.bottom; r++) {
      for (let c = a.left; c <= a.right; c++) {
        const cell = ws.getCell(r, c);
        cell.style = { ...cell.style, protection: { locked: false } };
      }
    }
  }
  // Without a password exceljs sets the protection at once (its promise only hashes a password).
  void ws.protect('', SHEET_PROTECTION);
}

/** A sheet of the workbook by name, as Excel compares sheet names: case-insensitively. */
export function findWorksheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const want = name.toLocaleLowerCase('vi');
  return wb.worksheets.find((ws) => ws.name.toLocaleLowerCase('vi') === want);
}

/**
 * Renders the model into a workbook: a new one, or (re-import) the official's own, where each
 * tracker sheet replaces the sheet of its name in the same place — except a sheet kept as it is
 * (Nhật ký, an official's Bộ tiêu chí) — and every other sheet stays untouched.
 */
type Ordered = { orderNo: number };

export function renderModel(wb: ExcelJS.Workbook, model: WorkbookModel): void {
  const styles: StyleCache = new Map();
  for (const sheet of model.sheets) {
    const old = findWorksheet(wb, sheet.name);
    if (old && sheet.ifExists === 'keep') continue;
    // exceljs orders sheets by orderNo (not in its typings): the new sheet takes the old one's place.
    const orderNo = (old as unknown as Ordered | undefined)?.orderNo;
    if (old) wb.removeWorksheet(old.id);
    const ws = renderSheet(wb, sheet, styles);
    if (orderNo !== undefined) (ws as unknown as Ordered).orderNo = orderNo;
  }
  for (const n of model.definedNames) {
    // A name keeps every cell it was given: drop the old ones first (exceljs has no call for it).
    delete (wb.definedNames as unknown as { matrixMap: Record<string, unknown> }).matrixMap[n.name];
    wb.definedNames.add(`${quoteSheetName(n.sheet)}!${n.ref}`, n.name);
  }
}

/** The workbook as .xlsx bytes. */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  // No cached results are written, so ask every host to compute formulas when it opens the file.
  wb.calcProperties.fullCalcOnLoad = true;
  // Fast deflate: the file is a little larger, the write several times quicker.
  // A Buffer in Node, an ArrayBuffer in a browser: bytes either way.
  return new Uint8Array(await wb.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } } as ExcelJS.XlsxWriteOptions));
}

/** A new, empty workbook that PAR Tracker writes. */
export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'PAR Tracker';
  return wb;
}

/** The workbook as .xlsx bytes, with the model's charts (exceljs writes none: ./xlsxCharts.ts adds them). */
export async function writeTrackerXlsx(model: WorkbookModel): Promise<Uint8Array> {
  const wb = newWorkbook();
  renderModel(wb, model);
  return addCharts(await workbookBytes(wb), model);
}
