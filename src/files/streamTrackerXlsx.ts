/**
 * Streams a WorkbookModel to an .xlsx file with exceljs's streaming writer: the CLI's way of
 * writing a new tracker. Each row is committed (turned into XML and handed to the zip) as soon as
 * it is written, so a 100,000-row tracker never exists as one exceljs workbook in memory.
 *
 * It renders the same model as renderModel (writeTrackerXlsx.ts) and shares its mapping of values,
 * styles, validations and conditional formats; what differs is only what streaming requires:
 * - merges are applied when their top row is written (a committed row cannot change), and the
 *   cells they cover below are skipped, as renderModel's later merge overwrites them;
 * - the writer has no setting for fullCalcOnLoad (it writes an empty calcPr), so the flag is added
 *   to xl/workbook.xml as it is zipped: no cached results are written, as in renderModel;
 * - the event loop is given a turn every ROWS_PER_TURN rows, so the zip compresses and writes
 *   out what was committed instead of buffering the whole sheet.
 */
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CellArea, CellStyle, RowModel, SheetModel, WorkbookModel } from '../workbook/model';
import { quoteSheetName } from '../workbook/model';
import { estimateRowHeight } from '../workbook/rowHeight';
import { applyConditionalFormat, applyValidation, SHEET_PROTECTION, styleFor, toExcelValue, worksheetOptions, type StyleCache } from './writeTrackerXlsx';

/** Rows written between two turns of the event loop. */
const ROWS_PER_TURN = 2_000;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The parts of exceljs's streaming writer used here that its typings do not declare. */
interface StreamingWorkbook {
  zip: { append(source: unknown, data: { name: string }): unknown };
  addWorkbook(): Promise<void>;
}
interface StreamingSheet {
  commit(): void;
  _writeCloseSheetData(): void;
  _writeSheetProtection(): void;
}

/** exceljs's calcPr, with fullCalcOnLoad added: every host computes the formulas when it opens the file. */
function withFullCalcOnLoad(xml: string): string {
  return xml.replace(/<calcPr\b(?![^>]*fullCalcOnLoad)/, '<calcPr fullCalcOnLoad="1"');
}

function askFullCalcOnLoad(wb: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const writer = wb as unknown as StreamingWorkbook;
  const addWorkbook = writer.addWorkbook.bind(writer);
  writer.addWorkbook = async () => {
    const zip = writer.zip;
    const append = zip.append;
    zip.append = (source, data) =>
      append.call(zip, data.name.endsWith('xl/workbook.xml') && typeof source === 'string' ? withFullCalcOnLoad(source) : source, data);
    try {
      await addWorkbook();
    } finally {
      zip.append = append;
    }
  };
}

/** A style with its cell unlocked, one object per style it is made from (renderModel makes one per cell: same XML). */
const UNLOCKED = new WeakMap<Partial<ExcelJS.Style>, Partial<ExcelJS.Style>>();

function unlockedStyle(style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
  let open = UNLOCKED.get(style);
  if (open === undefined) UNLOCKED.set(style, (open = { ...style, protection: { locked: false } }));
  return open;
}

/**
 * Protects the sheet as renderModel does. The streaming writer puts <sheetProtection> after the
 * data validations, where the schema does not allow it (Excel would repair the file): it is
 * written right after </sheetData> instead, its place in the schema.
 */
function protect(writer: StreamingSheet, ws: ExcelJS.Worksheet): void {
  void ws.protect('', SHEET_PROTECTION);
  const closeSheetData = writer._writeCloseSheetData.bind(writer);
  const writeProtection = writer._writeSheetProtection.bind(writer);
  writer._writeSheetProtection = () => undefined;
  writer._writeCloseSheetData = () => {
    closeSheetData();
    writeProtection();
  };
}

async function streamSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, sheet: SheetModel, styles: StyleCache): Promise<void> {
  const ws = wb.addWorksheet(sheet.name, worksheetOptions(sheet));
  ws.columns = sheet.columns.map((c) => ({
    key: c.key,
    width: c.width,
    style: c.numFmt !== undefined ? { numFmt: c.numFmt } : {},
  }));
  // Merges by their top row, applied once that row's own cells are written.
  const mergesAt = new Map<number, CellArea[]>();
  for (const m of sheet.merges ?? []) mergesAt.set(m.top, [...(mergesAt.get(m.top) ?? []), m]);
  let covered = 0; // the last sheet row a merge reaches below its top row
  // The model shares one style object among the cells that look alike: look each up once per column.
  const byColumn: Map<CellStyle | undefined, Partial<ExcelJS.Style> | null>[] = [];
  const styleOf = (c: number, s: CellStyle | undefined): Partial<ExcelJS.Style> | null => {
    const known = (byColumn[c] ??= new Map());
    let style = known.get(s);
    if (style === undefined) {
      style = styleFor(styles, s ?? {}, s?.numFmt ?? sheet.columns[c]?.numFmt);
      if (style && Object.keys(style).length === 0) style = null;
      known.set(s, style);
    }
    return style;
  };
  const unlocked = sheet.protection?.unlocked ?? [];
  const lastRow = Math.max(sheet.rows.length, ...unlocked.map((a) => a.bottom));
  for (let r = 0; r < lastRow; r++) {
    const model = sheet.rows[r] as RowModel | undefined;
    const row = ws.getRow(r + 1);
    const height = model && estimateRowHeight(model, sheet.columns);
    if (height !== undefined) row.height = height;
    const cells = model?.cells ?? [];
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (cell.value.type === 'empty' && cell.style === undefined && cell.note === undefined) continue;
      const target = row.getCell(c + 1);
      // A cell a merge above covers shows the merge's first cell (renderModel's merge overwrites it too).
      if (r + 1 <= covered && target.type === ExcelJS.ValueType.Merge) continue;
      target.value = toExcelValue(cell.value);
      const style = styleOf(c, cell.style);
      if (style) target.style = style;
      if (cell.note) target.note = cell.note;
    }
    for (const m of mergesAt.get(r + 1) ?? []) {
      ws.mergeCells(m.top, m.left, m.bottom, m.right);
      covered = Math.max(covered, m.bottom);
    }
    // The cells left editable on a protected sheet, after the merges as renderModel does.
    for (const a of unlocked) {
      if (r + 1 < a.top || r + 1 > a.bottom) continue;
      for (let c = a.left; c <= a.right; c++) {
        const target = row.getCell(c);
        target.style = unlockedStyle(target.style);
      }
    }
    // Rows a merge reaches into stay open until they are written themselves.
    if (r + 1 > covered) row.commit();
    if ((r + 1) % ROWS_PER_TURN === 0) await nextTurn();
  }
  if (sheet.autoFilter) ws.autoFilter = sheet.autoFilter;
  sheet.validations.forEach((v) => applyValidation(ws, v));
  sheet.conditionalFormats.forEach((cf) => applyConditionalFormat(ws, cf));
  if (sheet.protection) protect(ws as unknown as StreamingSheet, ws);
  (ws as unknown as StreamingSheet).commit();
  await nextTurn();
}

/**
 * Writes a new tracker to `stream` (a file stream in the CLI) and resolves once the whole file is
 * written. The same workbook as writeTrackerXlsx(model) gives, read back cell by cell.
 */
export async function streamTrackerXlsx(model: WorkbookModel, stream: Writable): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: true,
    // Fast deflate, as workbookBytes: the file is a little larger, the write several times quicker.
    zip: { zlib: { level: 1 } },
  });
  wb.creator = 'PAR Tracker';
  askFullCalcOnLoad(wb);
  const styles: StyleCache = new Map();
  for (const sheet of model.sheets) await streamSheet(wb, sheet, styles);
  for (const n of model.definedNames) wb.definedNames.add(`${quoteSheetName(n.sheet)}!${n.ref}`, n.name);
  await wb.commit();
}
