/**
 * Text input → Plan: CSV/TSV files, markdown pipe tables, and whole documents as text (prose, then
 * one or more tables). The appendix is the table whose header reads as one, the largest if several.
 */
import { readDelimited, type DelimitedRead, type Grid } from '../grid/delimited';
import type { PlanWarning } from '../plan/schema';
import { importMessage } from './messages';
import { parseTextDocument, type TextDocument, type TextTable } from '../grid/documentGrid';
import { docxTextDocument, readDocx } from '../grid/docx';
import type { Plan } from '../plan/schema';
import { cellToText } from '../text/cellText';
import { areaTargetRows, blankRows, findAreaTargets, type AreaTargetTable } from './areaTargets';
import { findHeader } from './header';
import { importAppendix, type ImportOptions, type MergedArea } from './importAppendix';
import { readNarrative } from './narrative';
import { findPlanYear } from './planMeta';

/** How far down a table its header is looked for. */
const HEADER_SCAN_ROWS = 200;
/** Rows past that a component-index target table may run (8 areas, SIPAS, total, headers). */
const AREA_TABLE_ROWS = 40;

export type TextFormat = 'csv' | 'tsv' | 'document';

export interface DocumentImport {
  plan: Plan;
  /** The grid the plan was read from (the "source table" copied into the tracker). */
  grid: Grid;
  /** 1-based document line of each grid row, for text documents. */
  lines?: number[];
  /** How many tables the document holds (the others were not the appendix). */
  tableCount: number;
}

/** Picks the format from a file name: .csv, .tsv, anything else is read as a document. */
export function textFormatOf(fileName: string): TextFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.tsv') || lower.endsWith('.tab')) return 'tsv';
  return 'document';
}

/** What a CSV/TSV parse repaired, and rows wider than the header (cells that would go unread). */
function delimitedWarnings(read: DelimitedRead, plan: Plan): PlanWarning[] {
  const out: PlanWarning[] = read.unclosedQuotes.map((line) => ({ row: 0, code: 'csv-quote', message: importMessage('csv-quote', 0, { line }) }));
  const header = plan.headerRows[plan.headerRows.length - 1];
  if (header === undefined) return out;
  const headerWidth = (read.grid[header - 1] ?? []).reduce((w, c, i) => (c.trim() !== '' ? i + 1 : w), 0);
  read.grid.forEach((row, r) => {
    if (r < header) return;
    const used = row.reduce((w, c, i) => (c.trim() !== '' ? i + 1 : w), 0);
    if (used > headerWidth) out.push({ row: r + 1, code: 'csv-ragged', message: importMessage('csv-ragged', r + 1, { cells: used, header: headerWidth }) });
  });
  return out;
}

/** Imports a text table or document. */
export function importText(text: string, format: TextFormat, options: ImportOptions = {}): DocumentImport {
  if (format === 'csv' || format === 'tsv') {
    const read = readDelimited(text, format === 'tsv' ? '\t' : undefined);
    const plan = importAppendix(read.grid, options);
    plan.warnings.push(...delimitedWarnings(read, plan));
    plan.warnings.sort((a, b) => a.row - b.row);
    return { plan, grid: read.grid, tableCount: read.grid.length > 0 ? 1 : 0 };
  }
  return importTextDocument(parseTextDocument(text), options);
}

/** Imports a Word document (.docx): its tables, with their merged cells, and the paragraphs above them. */
export async function importDocx(bytes: Uint8Array, options: ImportOptions = {}): Promise<DocumentImport> {
  return importTextDocument(docxTextDocument(await readDocx(bytes)), options);
}

/** The appendix of a document's tables: the largest whose header reads as one, and the target table beside it. */
/** A table with a header of its own that was not the one imported: named so the official is told. */
export interface OtherTable {
  /** Its header row as written, cells joined by " | ". */
  readonly header: string;
  /** How many rows it has under its header. */
  readonly rows: number;
}

interface PickedTables {
  best: TextTable | undefined;
  areaTable: AreaTargetTable | null;
  areaSource: TextTable | null;
  headerFound: boolean;
  others: OtherTable[];
}

function pickTables(doc: TextDocument): PickedTables {
  let best = doc.tables[0];
  let bestRows = -1;
  let headerFound = false;
  const withHeader: Array<{ table: TextTable; header: OtherTable }> = [];
  let areaTable: AreaTargetTable | null = null;
  let areaSource: TextTable | null = null;
  for (const table of doc.tables) {
    // Only the rows the header searches read are cleaned here; importAppendix cleans the chosen table.
    const cleaned = table.grid.slice(0, HEADER_SCAN_ROWS + AREA_TABLE_ROWS).map((row) => row.map((c) => cellToText(c)));
    // A component-index target table is not the appendix, even when its header names a lead office.
    const area = findAreaTargets(cleaned);
    if (area && !areaTable) {
      areaTable = area;
      areaSource = table;
    }
    const appendixRows = area ? blankRows(cleaned, areaTargetRows(area)) : cleaned;
    const header = findHeader(appendixRows, HEADER_SCAN_ROWS);
    if (!header) continue;
    const at = header.rows[header.rows.length - 1];
    const text = (appendixRows[header.rows[0]] ?? []).filter((c) => c.trim() !== '').join(' | ');
    withHeader.push({ table, header: { header: text, rows: table.grid.length - at - 1 } });
    if (table.grid.length > bestRows) {
      best = table;
      bestRows = table.grid.length;
      headerFound = true;
    }
  }
  const others = withHeader.filter((t) => t.table !== best).map((t) => t.header);
  return { best, areaTable, areaSource, headerFound, others };
}

/**
 * A document with no appendix table whose prose reads as a plan (area headings, what to do under
 * each): its paragraphs as a one-column grid, with their line numbers; else null.
 */
function proseGrid(doc: TextDocument): { grid: string[][]; lines: number[] } | null {
  if (doc.prose.length === 0) return null;
  const grid = doc.prose.map((p) => [p.text]);
  return readNarrative(grid) ? { grid, lines: doc.prose.map((p) => p.n) } : null;
}

function importTextDocument(doc: TextDocument, options: ImportOptions): DocumentImport {
  const { best, areaTable, headerFound, others } = pickTables(doc);
  const prose = headerFound ? null : proseGrid(doc);
  if (prose) {
    const plan = importAppendix(prose.grid, options);
    if (areaTable && (plan.areaTargets ?? []).length === 0) plan.areaTargets = areaTable.targets;
    return { plan, grid: prose.grid, lines: prose.lines, tableCount: doc.tables.length };
  }
  const grid = best?.grid ?? [];
  const plan = importAppendix(grid, {
    ...options,
    ...(best?.merges?.length ? { merges: best.merges } : {}),
    contextLines: [...(options.contextLines ?? []), ...doc.preamble],
  });
  // Only one table is the appendix: another with a header of its own (an indicator table beside
  // the task table) is named, never dropped silently.
  for (const other of others) plan.warnings.push({ row: 0, code: 'other-table', message: importMessage('other-table', 0, other) });
  if (areaTable && (plan.areaTargets ?? []).length === 0) {
    // The table stood apart from the appendix: its rows are not source rows, so its problems name the table.
    plan.areaTargets = areaTable.targets;
    plan.warnings.push(...areaTable.problems.map((p) => ({ row: 0, code: 'area-target-unreadable', message: p.message })));
  }
  return { plan, grid, lines: best?.lines, tableCount: doc.tables.length };
}

/** A document's appendix as one sheet: what a host writes into the workbook before importing it. */
export interface SourceSheet {
  readonly grid: string[][];
  /** Merged areas, 1-based sheet rows and columns. */
  readonly merges: MergedArea[];
  /** How many tables the document holds. */
  readonly tableCount: number;
  /** Other tables with a header of their own, not in the sheet (the official is told). */
  readonly otherTables?: readonly OtherTable[];
}

/**
 * The sheet a host imports a document from (the browser app, "Nhập từ tệp" in the pane): the
 * appendix table with its title rows, led by the preamble line that names the plan year when its
 * title rows do not, and the component-index target table when it stood apart — so reading the
 * sheet gives the plan that reading the document gives.
 */
export function documentSourceSheet(doc: TextDocument): SourceSheet {
  const { best, areaTable, areaSource, headerFound, others } = pickTables(doc);
  // A plan written as prose: its paragraphs, one per row, as the reader reads them.
  const prose = headerFound ? null : proseGrid(doc);
  if (prose) return { grid: prose.grid, merges: [], tableCount: doc.tables.length };
  if (!best) return { grid: [], merges: [], tableCount: 0 };
  const cleaned = best.grid.slice(0, HEADER_SCAN_ROWS).map((row) => row.map((c) => cellToText(c)));
  const headerAt = findHeader(cleaned, HEADER_SCAN_ROWS)?.rows[0] ?? 0;
  const title = best.grid.slice(0, headerAt);
  const lead: string[][] = [];
  if (findPlanYear(title.map((r) => r.filter((c) => c.trim()).join(' '))) === null) {
    const yearLine = doc.preamble.find((line) => findPlanYear([line]) !== null);
    if (yearLine) lead.push([yearLine]);
  }
  // The target table goes under the title rows (which name the plan and its year), above the header.
  // Its own title rows (the prose above it in the document) are left out.
  const area = areaTable && areaSource && areaSource !== best ? [[], ...areaSource.grid.slice(areaTable.headerRows[0]).map((r) => [...r]), []] : [];
  const shift = (row: number): number => row + lead.length + (row > headerAt ? area.length : 0);
  const width = Math.max(1, ...best.grid.map((r) => r.length), ...area.map((r) => r.length));
  const pad = (r: readonly string[]): string[] => [...r, ...Array<string>(Math.max(0, width - r.length)).fill('')];
  return {
    grid: [...lead, ...title, ...area, ...best.grid.slice(headerAt)].map(pad),
    merges: (best.merges ?? []).map((m) => ({ ...m, top: shift(m.top), bottom: shift(m.bottom) })),
    tableCount: doc.tables.length,
    ...(others.length > 0 ? { otherTables: others } : {}),
  };
}

/** The source sheet of a Word document's bytes. */
export async function docxSourceSheet(bytes: Uint8Array): Promise<SourceSheet> {
  return documentSourceSheet(docxTextDocument(await readDocx(bytes)));
}

/** The source sheet of a text file: a CSV/TSV table as it is, a document by its appendix. */
export function textSourceSheet(text: string, format: TextFormat): SourceSheet {
  if (format === 'csv' || format === 'tsv') {
    const grid = readDelimited(text, format === 'tsv' ? '\t' : undefined).grid;
    return { grid, merges: [], tableCount: grid.length > 0 ? 1 : 0 };
  }
  return documentSourceSheet(parseTextDocument(text));
}
