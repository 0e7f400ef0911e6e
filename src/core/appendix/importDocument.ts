/**
 * Text input → Plan: CSV/TSV files, markdown pipe tables, and whole documents as text (prose, then
 * one or more tables). The appendix is the table whose header reads as one, the largest if several.
 */
import { readDelimited, type DelimitedRead, type Grid } from '../grid/delimited';
import type { PlanWarning } from '../plan/schema';
import { importMessage } from './messages';
import { parseTextDocument, type TextDocument } from '../grid/documentGrid';
import { docxTextDocument, readDocx } from '../grid/docx';
import type { Plan } from '../plan/schema';
import { cellToText } from '../text/cellText';
import { areaTargetRows, blankRows, findAreaTargets, type AreaTargetTable } from './areaTargets';
import { findHeader } from './header';
import { importAppendix, type ImportOptions } from './importAppendix';

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
function importTextDocument(doc: TextDocument, options: ImportOptions): DocumentImport {
  let best = doc.tables[0];
  let bestRows = -1;
  let areaTable: AreaTargetTable | null = null;
  for (const table of doc.tables) {
    // Only the rows the header searches read are cleaned here; importAppendix cleans the chosen table.
    const cleaned = table.grid.slice(0, HEADER_SCAN_ROWS + AREA_TABLE_ROWS).map((row) => row.map((c) => cellToText(c)));
    // A component-index target table is not the appendix, even when its header names a lead office.
    const area = findAreaTargets(cleaned);
    if (area && !areaTable) areaTable = area;
    const appendixRows = area ? blankRows(cleaned, areaTargetRows(area)) : cleaned;
    if (findHeader(appendixRows, HEADER_SCAN_ROWS) && table.grid.length > bestRows) {
      best = table;
      bestRows = table.grid.length;
    }
  }
  const grid = best?.grid ?? [];
  const plan = importAppendix(grid, { ...options, ...(best?.merges?.length ? { merges: best.merges } : {}), contextLines: [...(options.contextLines ?? []), ...doc.preamble] });
  if (areaTable && (plan.areaTargets ?? []).length === 0) {
    // The table stood apart from the appendix: its rows are not source rows, so its problems name the table.
    plan.areaTargets = areaTable.targets;
    plan.warnings.push(...areaTable.problems.map((p) => ({ row: 0, code: 'area-target-unreadable', message: p.message })));
  }
  return { plan, grid, lines: best?.lines, tableCount: doc.tables.length };
}
