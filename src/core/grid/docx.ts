/**
 * A Word document (.docx) → its paragraphs and tables, in document order: what the importer needs
 * from the plan as it arrives. A .docx is a zip (jszip, which exceljs already uses) whose
 * word/document.xml is read with saxes (the streaming XML parser exceljs uses), so it runs in Node
 * and in a browser alike.
 *
 * Tables keep what Word's layout means, not how it is drawn:
 * - a cell's text is its paragraphs joined by line breaks; tabs and line breaks inside a
 *   paragraph are kept; deleted text of tracked changes (w:delText) is left out;
 * - a cell spanning columns (w:gridSpan) fills its first column and leaves the others empty, with a
 *   merged area over them; a cell continuing a vertical merge (w:vMerge without "restart") is empty,
 *   with the merged area grown down — as an .xlsx merged area reads, so the importer treats both
 *   the same way;
 * - header rows marked to repeat on each page (w:tblHeader) are reported;
 * - a table nested in a cell adds its text to that cell.
 *
 * Paragraphs Word numbers by itself (list numbering, in a table cell or not) get the label Word
 * draws in front of their text (src/core/grid/docxNumbering.ts).
 */
import JSZip from 'jszip';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { MergedArea } from '../appendix/importAppendix';
import { padGrid } from './delimited';
import { MAX_GAP_LINE_LENGTH, MAX_GAP_LINES, MAX_TITLE_LINES, headerOnce, opensNewTable, type TextDocument, type TextTable } from './documentGrid';
import { ListCounter, NO_NUMBERING, parseNumberingXml, parseStylesNumbering, type DocxNumbering } from './docxNumbering';

export interface DocxTable {
  /** Rows of cell text, padded to the table's width. */
  readonly grid: string[][];
  /** Merged areas, 1-based within the grid, inclusive. */
  readonly merges: MergedArea[];
  /** 1-based rows marked "repeat as header row at the top of each page". */
  readonly headerRows: number[];
}

export type DocxBlock = { readonly kind: 'paragraph'; readonly text: string } | ({ readonly kind: 'table' } & DocxTable);

interface CellBuild {
  /** Its paragraphs' text. */
  text: string[];
  span: number;
  vMerge: 'restart' | 'continue' | null;
}

interface TableBuild {
  rows: { cells: CellBuild[]; header: boolean }[];
}

const attr = (tag: SaxesTagPlain, name: string): string | undefined => {
  const v = tag.attributes[name];
  return typeof v === 'string' ? v : undefined;
};

/** The rows of a table as a grid with merged areas (see the file comment). */
function tableOf(t: TableBuild): DocxTable {
  const width = Math.max(0, ...t.rows.map((r) => r.cells.reduce((n, c) => n + c.span, 0)));
  const grid: string[][] = [];
  const merges: MergedArea[] = [];
  // The open vertical merge of each grid column: the merged area to grow.
  const open = new Map<number, MergedArea>();
  t.rows.forEach((row, r) => {
    const line = new Array<string>(width).fill('');
    let col = 0;
    const seen = new Set<number>();
    for (const cell of row.cells) {
      const text = cell.text.join('\n').replace(/\n+$/, '').trim();
      seen.add(col);
      if (cell.vMerge === 'continue' && open.has(col)) {
        const area = open.get(col)!;
        area.bottom = r + 1;
      } else {
        line[col] = text;
        const area: MergedArea = { top: r + 1, left: col + 1, bottom: r + 1, right: col + cell.span };
        if (cell.span > 1 || cell.vMerge === 'restart') merges.push(area);
        if (cell.vMerge === 'restart') open.set(col, area);
        else open.delete(col);
      }
      col += cell.span;
    }
    for (const c of [...open.keys()]) if (!seen.has(c)) open.delete(c);
    grid.push(line);
  });
  return {
    grid,
    // A vertical merge that never continued is no merge.
    merges: merges.filter((m) => m.bottom > m.top || m.right > m.left),
    headerRows: t.rows.flatMap((row, r) => (row.header ? [r + 1] : [])),
  };
}

/** The blocks of word/document.xml's body, in order, numbered paragraphs with their labels. */
export function parseDocumentXml(xml: string, numbering: DocxNumbering = NO_NUMBERING): DocxBlock[] {
  const blocks: DocxBlock[] = [];
  const tables: TableBuild[] = [];
  const cells: CellBuild[] = [];
  let paragraph: string | null = null;
  let inText = false;
  let deleted = 0;
  const lists = new ListCounter(numbering);
  /** The list a paragraph is in (w:pPr/w:numPr) and its style; a tracked change of the properties is history. */
  let list: { numId: string | null; ilvl: number | null; style: string | null } = { numId: null, ilvl: null, style: null };
  let inPropertyChange = 0;

  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    switch (tag.name) {
      case 'w:tbl':
        tables.push({ rows: [] });
        break;
      case 'w:tr':
        tables[tables.length - 1]?.rows.push({ cells: [], header: false });
        break;
      case 'w:tblHeader': {
        const table = tables[tables.length - 1];
        const row = table?.rows[table.rows.length - 1];
        const val = attr(tag, 'w:val');
        if (row && val !== '0' && val !== 'false') row.header = true;
        break;
      }
      case 'w:tc':
        cells.push({ text: [], span: 1, vMerge: null });
        break;
      case 'w:gridSpan': {
        const cell = cells[cells.length - 1];
        const n = Number(attr(tag, 'w:val'));
        if (cell && Number.isInteger(n) && n > 1) cell.span = n;
        break;
      }
      case 'w:vMerge': {
        const cell = cells[cells.length - 1];
        if (cell) cell.vMerge = attr(tag, 'w:val') === 'restart' ? 'restart' : 'continue';
        break;
      }
      case 'w:p':
        paragraph = '';
        list = { numId: null, ilvl: null, style: null };
        break;
      case 'w:pPrChange':
        inPropertyChange++;
        break;
      case 'w:numId':
        if (paragraph !== null && inPropertyChange === 0) list.numId = attr(tag, 'w:val') ?? null;
        break;
      case 'w:ilvl':
        if (paragraph !== null && inPropertyChange === 0) list.ilvl = Number(attr(tag, 'w:val') ?? 0);
        break;
      case 'w:pStyle':
        if (paragraph !== null && inPropertyChange === 0) list.style = attr(tag, 'w:val') ?? null;
        break;
      case 'w:t':
        inText = true;
        break;
      case 'w:del':
        deleted++;
        break;
      case 'w:tab':
        if (paragraph !== null && deleted === 0) paragraph += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        if (paragraph !== null && deleted === 0) paragraph += '\n';
        break;
      default:
        break;
    }
  });
  parser.on('text', (text) => {
    if (inText && paragraph !== null && deleted === 0) paragraph += text;
  });
  parser.on('closetag', (tag) => {
    switch (tag.name) {
      case 'w:t':
        inText = false;
        break;
      case 'w:del':
        deleted = Math.max(0, deleted - 1);
        break;
      case 'w:pPrChange':
        inPropertyChange = Math.max(0, inPropertyChange - 1);
        break;
      case 'w:p': {
        let text = paragraph ?? '';
        paragraph = null;
        // An empty numbered paragraph still shows its number (an STT cell Word numbers).
        const label = lists.next(list.numId, list.ilvl, list.style);
        if (label) text = text.trim() === '' ? label : `${label} ${text.trimStart()}`;
        const cell = cells[cells.length - 1];
        if (cell) cell.text.push(text);
        else if (tables.length === 0) blocks.push({ kind: 'paragraph', text });
        break;
      }
      case 'w:tc': {
        const cell = cells.pop();
        const table = tables[tables.length - 1];
        const row = table?.rows[table.rows.length - 1];
        if (cell && row) row.cells.push(cell);
        break;
      }
      case 'w:tbl': {
        const table = tables.pop();
        if (!table) break;
        const outer = cells[cells.length - 1];
        // A table inside a cell adds its text to the cell.
        if (outer) outer.text.push(...tableOf(table).grid.map((r) => r.filter((c) => c !== '').join(' | ')));
        else blocks.push({ kind: 'table', ...tableOf(table) });
        break;
      }
      default:
        break;
    }
  });
  parser.write(xml).close();
  return blocks;
}

export class DocxError extends Error {
  constructor(readonly reason: 'not-zip' | 'no-document') {
    super(reason === 'not-zip' ? 'not a .docx (zip) file' : 'no word/document.xml in the .docx');
  }
}

/** Reads the blocks of a .docx file's bytes. Throws DocxError for a file that is no .docx. */
export async function readDocx(bytes: Uint8Array): Promise<DocxBlock[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new DocxError('not-zip');
  }
  const entry = zip.file('word/document.xml');
  if (!entry) throw new DocxError('no-document');
  const numberingXml = await zip.file('word/numbering.xml')?.async('string');
  const stylesXml = await zip.file('word/styles.xml')?.async('string');
  const numbering: DocxNumbering = {
    lists: numberingXml ? parseNumberingXml(numberingXml) : new Map(),
    styles: stylesXml ? parseStylesNumbering(stylesXml) : new Map(),
  };
  return parseDocumentXml(await entry.async('string'), numbering);
}

/**
 * The document as the importer's text-document shape: the tables, each with up to
 * MAX_TITLE_LINES paragraphs above it as one-cell title rows (the plan's title and year), and
 * consecutive tables joined when only a few short paragraphs stand between them — a table Word
 * split across pages, with or without its header repeated — those paragraphs kept as rows in
 * place, as page-break remnants are in a text document. Paragraphs before the first table are the
 * preamble.
 */
export function docxTextDocument(blocks: readonly DocxBlock[]): TextDocument {
  const preamble: string[] = [];
  const prose: Array<{ text: string; n: number }> = [];
  const tables: TextTable[] = [];
  let current: { grid: string[][]; merges: MergedArea[] } | null = null;
  let gap: string[] = [];
  const headerOf = headerOnce();
  const flush = (): void => {
    if (current) tables.push({ grid: padGrid(current.grid), lines: current.grid.map((_, i) => i + 1), merges: current.merges });
    current = null;
  };
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      const text = block.text.trim();
      if (text === '') continue;
      if (tables.length === 0 && current === null) preamble.push(text);
      prose.push({ text, n: prose.length + 1 });
      gap.push(text);
      continue;
    }
    const joins =
      current !== null &&
      gap.length <= MAX_GAP_LINES &&
      gap.every((t) => t.length <= MAX_GAP_LINE_LENGTH) &&
      !opensNewTable(headerOf((current as { grid: string[][] }).grid), block.grid);
    if (!joins) {
      flush();
      current = { grid: [], merges: [] };
      gap = gap.slice(-MAX_TITLE_LINES);
    }
    const target: { grid: string[][]; merges: MergedArea[] } = current!;
    for (const line of gap) target.grid.push([line]);
    const offset = target.grid.length;
    target.grid.push(...block.grid.map((r) => [...r]));
    target.merges.push(...block.merges.map((m) => ({ top: m.top + offset, bottom: m.bottom + offset, left: m.left, right: m.right })));
    gap = [];
  }
  flush();
  return { tables, preamble, prose };
}
