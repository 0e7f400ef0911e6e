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
 *   out what was committed instead of buffering the whole sheet;
 * - charts (exceljs writes none; writeTrackerXlsx adds them afterwards, ./xlsxCharts.ts) are taken
 *   from a small workbook of only the sheets that have them and copied in, each drawing related to
 *   its sheet; sheet protection's element is moved to where the schema puts it.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { CellArea, CellStyle, RowModel, SheetModel, WorkbookModel } from '../workbook/model';
import { quoteSheetName } from '../workbook/model';
import { estimateRowHeight } from '../workbook/rowHeight';
import {
  applyConditionalFormat,
  applyValidation,
  SHEET_PROTECTION,
  styleFor,
  toExcelValue,
  worksheetOptions,
  writeTrackerXlsx,
  type StyleCache,
} from './writeTrackerXlsx';

/** Rows written between two turns of the event loop. */
const ROWS_PER_TURN = 2_000;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The parts of exceljs's streaming writer used here that its typings do not declare. */
interface StreamingWorkbook {
  zip: { append(source: unknown, data: { name: string }): unknown };
}
interface StreamingSheet {
  commit(): void;
  _sheetRelsWriter: { addMedia(rel: { Target: string; Type: string }): string };
  _writeLegacyData(): void;
  _writeCloseSheetData(): void;
  _writeSheetProtection(): void;
}

/** exceljs's calcPr, with fullCalcOnLoad added: every host computes the formulas when it opens the file. */
function withFullCalcOnLoad(xml: string): string {
  return xml.replace(/<calcPr\b(?![^>]*fullCalcOnLoad)/, '<calcPr fullCalcOnLoad="1"');
}

/**
 * Rewrites parts exceljs writes when the workbook is committed (xl/workbook.xml, the content
 * types), by their path, as they are handed to the zip.
 */
function rewriteParts(wb: ExcelJS.stream.xlsx.WorkbookWriter, rewrite: (path: string, xml: string) => string): void {
  const zip = (wb as unknown as StreamingWorkbook).zip;
  const append = zip.append;
  zip.append = (source, data) => append.call(zip, typeof source === 'string' ? rewrite(data.name.replace(/^\//, ''), source) : source, data);
}

const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';

/** The drawing and chart parts of the model's charts, and for each sheet with charts its drawing's path. */
interface ChartParts {
  readonly parts: ReadonlyMap<string, string>;
  readonly drawingOf: ReadonlyMap<string, string>;
  /** The content types' Override elements of those parts. */
  readonly overrides: string;
}

/**
 * The charts as writeTrackerXlsx adds them (./xlsxCharts.ts), taken from a workbook of only the
 * sheets that have charts (a few small sheets): their drawing and chart parts are copied into the
 * streamed file as they are, and each drawing related to its sheet here.
 */
async function chartParts(model: WorkbookModel): Promise<ChartParts | null> {
  const sheets = model.sheets.filter((s) => (s.charts ?? []).length > 0);
  if (sheets.length === 0) return null;
  const zip = await JSZip.loadAsync(await writeTrackerXlsx({ sheets, definedNames: [] }));
  const parts = new Map<string, string>();
  for (const path of Object.keys(zip.files).filter((f) => /^xl\/(drawings|charts)\/.+\.(xml|rels)$/.test(f)))
    parts.set(path, await zip.file(path)!.async('string'));
  const drawingOf = new Map<string, string>();
  for (const [i, sheet] of sheets.entries()) {
    const rels = (await zip.file(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`)?.async('string')) ?? '';
    const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((r) => r.includes(`Type="${REL_DRAWING}"`));
    const target = rel && /\bTarget="([^"]+)"/.exec(rel)?.[1];
    if (target) drawingOf.set(sheet.name, target);
  }
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  const overrides = [...types.matchAll(/<Override\b[^>]*PartName="\/xl\/(?:drawings|charts)\/[^"]*"[^>]*\/>/g)].map((m) => m[0]).join('');
  return { parts, drawingOf, overrides };
}

/** Relates the sheet to its drawing and writes <drawing> where the schema puts it: before <legacyDrawing>. */
function attachDrawing(writer: StreamingSheet, target: string): void {
  const relId = writer._sheetRelsWriter.addMedia({ Target: target, Type: REL_DRAWING });
  const writeLegacyData = writer._writeLegacyData.bind(writer);
  writer._writeLegacyData = () => {
    (writer as unknown as { _write(xml: string): void })._write(`<drawing r:id="${relId}"/>`);
    writeLegacyData();
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

async function streamSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, sheet: SheetModel, styles: StyleCache, drawing: string | undefined): Promise<void> {
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
  if (drawing !== undefined) attachDrawing(ws as unknown as StreamingSheet, drawing);
  (ws as unknown as StreamingSheet).commit();
  await nextTurn();
}

/**
 * Where the streamed file goes: a Node writable stream (the CLI's file), named through exceljs's
 * options so this layer imports nothing of Node itself (test/layering.test.ts).
 */
export type TrackerStream = ExcelJS.stream.xlsx.WorkbookWriterOptions['stream'];

/**
 * Writes a new tracker to `stream` (a file stream in the CLI) and resolves once the whole file is
 * written. The same workbook as writeTrackerXlsx(model) gives, read back cell by cell.
 */
export async function streamTrackerXlsx(model: WorkbookModel, stream: TrackerStream): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: true,
    // Fast deflate, as workbookBytes: the file is a little larger, the write several times quicker.
    zip: { zlib: { level: 1 } },
  });
  wb.creator = 'PAR Tracker';
  const charts = await chartParts(model);
  rewriteParts(wb, (path, xml) => {
    if (path === 'xl/workbook.xml') return withFullCalcOnLoad(xml);
    if (path === '[Content_Types].xml' && charts) return xml.replace('</Types>', `${charts.overrides}</Types>`);
    return xml;
  });
  const styles: StyleCache = new Map();
  for (const sheet of model.sheets) await streamSheet(wb, sheet, styles, charts?.drawingOf.get(sheet.name));
  for (const n of model.definedNames) wb.definedNames.add(`${quoteSheetName(n.sheet)}!${n.ref}`, n.name);
  for (const [path, xml] of charts?.parts ?? []) (wb as unknown as StreamingWorkbook).zip.append(xml, { name: path });
  await wb.commit();
}
