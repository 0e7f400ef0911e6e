/**
 * A whole document as text (a plan pasted from Word or extracted from PDF: prose, then one or more
 * tables, as markdown pipes or tab-separated lines) → the appendix table(s) as cell grids.
 *
 * A printed appendix is cut by page breaks: between two pieces of the same table there are page
 * numbers ("6", "1/"), stray lines, and sometimes a section heading printed outside the table
 * ("III CẢI CÁCH THỦ TỤC HÀNH CHÍNH"). Those short lines are kept as one-cell rows of the grid, in
 * place, so the importer can read a heading as a section and drop noise with a warning; only a long
 * run of prose separates two different tables.
 */
import { padGrid, type Grid } from './delimited';
import type { MergedArea } from '../appendix/importAppendix';
import { findHeader, isRepeatedHeader, type HeaderInfo } from '../appendix/header';

export interface TextTable {
  grid: Grid;
  /** 1-based document line of each grid row. */
  lines: number[];
  /** Merged areas (1-based, inclusive) where the document has them (a Word table). */
  merges?: MergedArea[];
}

export interface TextDocument {
  tables: TextTable[];
  /** The document's prose lines before the first table (title, plan number, year…). */
  preamble: string[];
  /**
   * Every prose line (paragraph) of the document, in order, with its line number (its paragraph
   * number in a Word file): what a plan written as prose is read from.
   */
  prose: Array<{ text: string; n: number }>;
}

type Line =
  | { kind: 'row'; cells: string[]; n: number }
  | { kind: 'sep'; n: number }
  | { kind: 'blank'; n: number }
  | { kind: 'prose'; text: string; n: number };

/** Lines of prose that a page break leaves inside a table: few, and short. */
export const MAX_GAP_LINES = 6;
export const MAX_GAP_LINE_LENGTH = 160;
/** Title lines kept above a table (they carry the plan's title and year). */
export const MAX_TITLE_LINES = 6;

function splitPipeRow(line: string): string[] {
  let body = line.trim();
  if (body.startsWith('|')) body = body.slice(1);
  if (body.endsWith('|') && !body.endsWith('\\|')) body = body.slice(0, -1);
  return body.split(/(?<!\\)\|/).map((c) =>
    c
      .replace(/\\\|/g, '|')
      .replace(/\*\*(.+?)\*\*/g, '$1')
      .trim(),
  );
}

function classifyLine(raw: string, n: number): Line {
  const line = raw.replace(/\uFEFF/g, '');
  if (line.trim() === '') return { kind: 'blank', n };
  const trimmed = line.trim();
  // A pipe row with its outer pipes ("| 1 | … |") or without them ("1 | … | …"): two or more
  // unescaped pipes and no tab make a table row, never a line of prose.
  const pipes = (trimmed.match(/(?<!\\)\|/g) ?? []).length;
  if ((trimmed.startsWith('|') && trimmed.indexOf('|', 1) > 0) || (pipes >= 2 && !line.includes('\t'))) {
    const cells = splitPipeRow(trimmed);
    if (cells.every((c) => /^:?-{2,}:?$/.test(c) || c === '')) {
      return cells.some((c) => c.includes('-')) ? { kind: 'sep', n } : { kind: 'row', cells, n };
    }
    return { kind: 'row', cells, n };
  }
  if (line.includes('\t')) return { kind: 'row', cells: line.split('\t').map((c) => c.trim()), n };
  return { kind: 'prose', text: plainProse(trimmed), n };
}

/** Prose lines of a markdown document lose their heading marks and emphasis ("## **PHỤ LỤC**"). */
function plainProse(line: string): string {
  return line
    .replace(/^#{1,6}\s+/, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|\s)[*_]([^*_]+)[*_](?=\s|$)/g, '$1$2')
    .trim();
}

interface Segment {
  rows: Array<{ cells: string[]; n: number }>;
  gapBefore: Array<{ text: string; n: number }>;
}

function isSmallGap(gap: Array<{ text: string }>): boolean {
  return gap.length <= MAX_GAP_LINES && gap.every((g) => g.text.length <= MAX_GAP_LINE_LENGTH);
}

/** How many rows at the top of a table piece may hold its header (one or two rows, maybe a column-number row). */
const HEADER_ROWS_AT_TOP = 3;

/**
 * Whether a table piece after a short gap is another table, not the rest of the one before: it
 * opens with a header of its own that is not the earlier table's header printed again (a page
 * break repeats the header; "PHỤ LỤC II" over an indicator table starts a new one).
 */
export function opensNewTable(earlier: HeaderInfo | null, next: readonly (readonly string[])[]): boolean {
  const top = next.slice(0, HEADER_ROWS_AT_TOP);
  const own = findHeader(top, HEADER_ROWS_AT_TOP);
  if (!own) return false;
  if (!earlier) return true;
  const first = top[own.rows[0]] ?? [];
  return !earlier.signatures.some((sig) => isRepeatedHeader(first, sig));
}

/** The header of the table being put together, found once per table (each piece is compared with it). */
export function headerOnce(): (rows: readonly (readonly string[])[]) => HeaderInfo | null {
  let found: { rows: readonly (readonly string[])[]; header: HeaderInfo | null } | null = null;
  return (rows) => {
    if (!found || found.rows !== rows) found = { rows, header: findHeader(rows) };
    return found.header;
  };
}

/**
 * Finds the tables of a text document.
 * @example parseTextDocument('Kế hoạch\n\nSTT\tNhiệm vụ\n1\tBan hành').tables[0].grid → [['Kế hoạch', ''], ['STT', 'Nhiệm vụ'], ['1', 'Ban hành']]
 */
export function parseTextDocument(text: string): TextDocument {
  const lines = text.split(/\r\n|\r|\n/).map((l, i) => classifyLine(l, i + 1));
  const segments: Segment[] = [];
  let gap: Array<{ text: string; n: number }> = [];
  let current: Segment | null = null;
  const preamble: string[] = [];
  const prose: Array<{ text: string; n: number }> = [];
  for (const line of lines) {
    if (line.kind === 'row') {
      if (!current) {
        current = { rows: [], gapBefore: gap };
        segments.push(current);
        gap = [];
      }
      current.rows.push({ cells: line.cells, n: line.n });
    } else if (line.kind === 'prose') {
      if (segments.length === 0) preamble.push(line.text);
      prose.push({ text: line.text, n: line.n });
      current = null;
      gap.push({ text: line.text, n: line.n });
    } else if (line.kind === 'blank') {
      current = null;
    }
    // separator rows of markdown tables carry nothing
  }

  const tables: TextTable[] = [];
  let rows: string[][] = [];
  let rowLines: number[] = [];
  const flush = () => {
    if (rows.length > 0) tables.push({ grid: padGrid(rows), lines: rowLines });
    rows = [];
    rowLines = [];
  };
  const headerOf = headerOnce();
  segments.forEach((seg, i) => {
    const pieces = seg.rows.map((r) => r.cells);
    const joins = i > 0 && isSmallGap(seg.gapBefore) && !opensNewTable(headerOf(rows), pieces);
    if (!joins) {
      flush();
      for (const t of seg.gapBefore.slice(-MAX_TITLE_LINES)) {
        rows.push([t.text]);
        rowLines.push(t.n);
      }
    } else {
      for (const t of seg.gapBefore) {
        rows.push([t.text]);
        rowLines.push(t.n);
      }
    }
    for (const r of seg.rows) {
      rows.push(r.cells);
      rowLines.push(r.n);
    }
  });
  flush();
  return { tables, preamble, prose };
}
