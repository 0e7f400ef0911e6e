/**
 * A tracker .xlsx read back with exceljs as plain data: what a host shows and computes (values,
 * formulas, formats, styles, notes, heights and widths, merges, dropdowns, conditional formats,
 * frozen rows, filters, print setup, names), so two ways of writing the same model can be compared.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { Writable } from 'node:stream';
import { streamTrackerXlsx } from '../../src/files/streamTrackerXlsx';
import type { WorkbookModel } from '../../src/workbook/model';

export interface SheetReadBack {
  name: string;
  state: string;
  cells: Record<string, unknown>;
  rowHeights: Record<number, number>;
  columns: { width: number | undefined; numFmt: string | undefined }[];
  merges: string[];
  validations: Record<string, unknown>;
  conditionalFormats: unknown[];
  views: unknown[];
  autoFilter: unknown;
  page: unknown;
  protection: unknown;
  /** The worksheet XML's top-level elements in order (Excel repairs a file whose order the schema does not allow). */
  elements: string[];
}

export interface WorkbookReadBack {
  sheets: SheetReadBack[];
  names: unknown[];
  /** The chart parts' XML, sorted (exceljs reads no charts). */
  charts: string[];
  /** calcPr's fullCalcOnLoad, read from xl/workbook.xml (exceljs does not read it back). */
  fullCalcOnLoad: boolean;
}

/** The cell as data; a style is compared as exceljs reads it (font, fill, alignment, border, format). */
function cellOf(cell: ExcelJS.Cell): unknown {
  const v = cell.value;
  const value = v instanceof Date ? { date: v.toISOString() } : v;
  return { value, style: cell.style, note: cell.note };
}

/** The top-level elements of each worksheet part, in order, e.g. ['sheetPr', …, 'sheetData', 'sheetProtection', …]. */
async function elementsOf(bytes: Uint8Array): Promise<Map<number, string[]>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<number, string[]>();
  for (const name of Object.keys(zip.files)) {
    const m = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(name);
    if (!m) continue;
    const xml = await zip.file(name)!.async('string');
    const body = xml.slice(xml.indexOf('>', xml.indexOf('<worksheet')) + 1);
    // Top-level elements only: drop each element's content first (sheetData holds rows and cells).
    const flat = body.replace(
      /<(sheetData|sheetViews|cols|mergeCells|conditionalFormatting|dataValidations|pageSetUpPr|sheetPr)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/g,
      '<$1/>',
    );
    out.set(
      Number(m[1]),
      [...flat.matchAll(/<([a-zA-Z]+)\b/g)].map((e) => e[1]),
    );
  }
  return out;
}

async function chartsOf(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
  return (await Promise.all(charts.map((f) => zip.file(f)!.async('string')))).sort();
}

export async function readBack(bytes: Uint8Array): Promise<WorkbookReadBack> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const parts = await elementsOf(bytes);
  const sheets = wb.worksheets.map((ws, i): SheetReadBack => {
    const cells: Record<string, unknown> = {};
    const rowHeights: Record<number, number> = {};
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      if (row.height !== undefined) rowHeights[r] = row.height;
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells[cell.address] = cellOf(cell);
      });
    });
    const model = ws.model as unknown as { merges?: string[] };
    const dv = (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
    return {
      name: ws.name,
      state: ws.state,
      cells,
      rowHeights,
      columns: (ws.columns ?? []).map((c) => ({ width: c.width, numFmt: c.numFmt })),
      merges: [...(model.merges ?? [])].sort(),
      validations: dv,
      conditionalFormats: (ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings,
      views: ws.views,
      autoFilter: ws.autoFilter,
      protection: (ws as unknown as { sheetProtection: unknown }).sheetProtection ?? null,
      elements: parts.get(i + 1) ?? [],
      page: {
        orientation: ws.pageSetup.orientation,
        fitToPage: ws.pageSetup.fitToPage,
        fitToWidth: ws.pageSetup.fitToWidth,
        fitToHeight: ws.pageSetup.fitToHeight,
        paperSize: ws.pageSetup.paperSize,
        printTitlesRow: ws.pageSetup.printTitlesRow,
        margins: ws.pageSetup.margins,
      },
    };
  });
  return {
    sheets,
    names: (wb.definedNames.model as unknown as { name: string }[]).sort((a, b) => a.name.localeCompare(b.name)),
    charts: await chartsOf(bytes),
    fullCalcOnLoad: /<calcPr\b[^>]*\bfullCalcOnLoad="1"/.test((await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')?.async('string')) ?? ''),
  };
}

/** The streamed file's bytes, collected from the stream as a file stream would receive them. */
export async function streamedBytes(model: WorkbookModel): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await streamTrackerXlsx(model, sink);
  return Buffer.concat(chunks);
}
