/**
 * Finding the appendix header by meaning, wherever it is: under title rows, on one row or two
 * (a merged group cell such as "Phân công nhiệm vụ" over "Cơ quan chủ trì" | "Cơ quan phối hợp").
 */
import { headerWords, matchingPhrases, phraseTable } from '../text/phrases';
import type { FieldKey } from '../plan/schema';
import { HEADER_PHRASES, type HeaderMeaning } from './headerPhrases';

export type ColumnMap = Partial<Record<FieldKey, number>>;

export interface HeaderInfo {
  /** 0-based grid rows that make up the header (one or two). */
  rows: number[];
  columns: ColumnMap;
  /** Folded text of each header row, to recognise the header when a page repeats it. */
  signatures: string[][];
}

export { headerWords };

const PHRASES = phraseTable(
  HEADER_PHRASES.map(([p, m]) => [m, [p]] as const),
  headerWords,
);
/** A header cell of a code column is short: the whole cell must be the phrase. */
const WHOLE_CELL_ONLY = new Set<HeaderMeaning>(['code']);

export interface CellMeaning {
  meaning: HeaderMeaning;
  strength: number;
}

/**
 * What one header cell means, or null. The longest matching phrase wins, except that a cell
 * naming both the lead and the supporting offices ("Đơn vị thực hiện/phối hợp thực hiện") is the
 * supporting column: the lead has a column of its own in such tables.
 */
export function meaningOfHeaderCell(text: string): CellMeaning | null {
  const words = headerWords(text);
  if (!words || words.length > 90) return null;
  const hits = matchingPhrases(PHRASES, words, (m) => WHOLE_CELL_ONLY.has(m));
  if (hits.length === 0) return null;
  const best = { meaning: hits[0].key, strength: hits[0].folded.length };
  if (best.meaning === 'lead' && hits.some((h) => h.key === 'support')) return { meaning: 'support', strength: best.strength };
  return best;
}

const FIELD_MEANINGS: ReadonlySet<HeaderMeaning> = new Set(['code', 'title', 'lead', 'support', 'output', 'dueText', 'unit', 'indicator']);

interface RowReading {
  byColumn: Array<CellMeaning | null>;
  fields: Set<HeaderMeaning>;
}

function readRow(row: readonly string[]): RowReading {
  const byColumn = row.map((c) => (c && c.length <= 200 ? meaningOfHeaderCell(c) : null));
  const fields = new Set<HeaderMeaning>();
  for (const m of byColumn) if (m && FIELD_MEANINGS.has(m.meaning)) fields.add(m.meaning);
  return { byColumn, fields };
}

function looksLikeHeader(r: RowReading): boolean {
  if (!r.fields.has('title') && !r.fields.has('indicator')) return false;
  const others = ['lead', 'support', 'output', 'dueText'].filter((f) => r.fields.has(f as HeaderMeaning)).length;
  return others >= 2 || (others >= 1 && r.fields.has('code'));
}

/**
 * Assigns each field the column whose header names it most specifically (leftmost on a tie). A
 * "Chỉ tiêu" column is the row's text in an indicator table (no task column), else its result.
 */
function assignColumns(cells: Array<CellMeaning | null>): ColumnMap {
  const columns: ColumnMap = {};
  const strength: Partial<Record<FieldKey | 'indicator', number>> = {};
  let indicator: number | undefined;
  const indicators: number[] = [];
  cells.forEach((m, col) => {
    if (!m || !FIELD_MEANINGS.has(m.meaning)) return;
    if (m.meaning === 'indicator') {
      indicators.push(col);
      if (indicator === undefined || m.strength > (strength.indicator ?? 0)) {
        indicator = col;
        strength.indicator = m.strength;
      }
      return;
    }
    const field = m.meaning as FieldKey;
    if (columns[field] === undefined || m.strength > (strength[field] ?? 0)) {
      columns[field] = col;
      strength[field] = m.strength;
    }
  });
  if (indicator !== undefined) {
    if (columns.title === undefined) columns.title = indicator;
    else if (columns.output === undefined) columns.output = indicator;
  }
  // Two "Chỉ tiêu" columns ("Tên chỉ tiêu" | "Chỉ tiêu 2025"): the one not read as the text holds the value.
  const second = indicators.find((col) => col !== columns.title && col !== columns.output);
  if (second !== undefined && columns.output === undefined) columns.output = second;
  return columns;
}

/** True when the header's text column is a "Chỉ tiêu" column: the table lists indicators, not tasks. */
export function isIndicatorHeader(grid: readonly (readonly string[])[], header: HeaderInfo): boolean {
  const col = header.columns.title;
  if (col === undefined) return false;
  return header.rows.some((r) => meaningOfHeaderCell(grid[r]?.[col] ?? '')?.meaning === 'indicator');
}

/**
 * Finds the header in a grid of cleaned text, searching from the top (title rows may come first).
 * @returns null when no row reads as an appendix header.
 */
export function findHeader(grid: readonly (readonly string[])[], maxScan = 200): HeaderInfo | null {
  const limit = Math.min(grid.length, maxScan);
  for (let r = 0; r < limit; r++) {
    const first = readRow(grid[r]);
    if (!looksLikeHeader(first)) continue;
    const cells = [...first.byColumn];
    const rows = [r];
    // A second header row fills columns the first left empty or gave to a group label.
    const next = grid[r + 1];
    if (next) {
      const second = readRow(next);
      let added = 0;
      second.byColumn.forEach((m, col) => {
        if (!m || !FIELD_MEANINGS.has(m.meaning)) return;
        const above = cells[col];
        if (!above || above.meaning === 'group' || above.meaning === 'ignore' || !(grid[r][col] ?? '').trim()) {
          cells[col] = m;
          added++;
        }
      });
      const nextCodeOrTitleFilled = [first.byColumn.findIndex((m) => m?.meaning === 'code'), first.byColumn.findIndex((m) => m?.meaning === 'title')].some(
        (col) => col >= 0 && (next[col] ?? '').trim() !== '',
      );
      if (added > 0 && !nextCodeOrTitleFilled) rows.push(r + 1);
      else cells.splice(0, cells.length, ...first.byColumn);
    }
    return {
      rows,
      columns: assignColumns(cells),
      signatures: rows.map((i) => grid[i].map((c) => headerWords(c))),
    };
  }
  return null;
}

/** True when a row repeats a header row (printed again at the top of each page). */
export function isRepeatedHeader(row: readonly string[], signature: readonly string[]): boolean {
  let filled = 0;
  let same = 0;
  signature.forEach((sig, col) => {
    if (!sig) return;
    filled++;
    const cell = row[col] ?? '';
    // Folding every cell of every row is the importer's hottest path; a cell far longer than the
    // header text cannot fold to it (an aside in parentheses is the most a header cell adds).
    if (cell.length > sig.length * 3 + 40) return;
    if (headerWords(cell) === sig) same++;
  });
  const extra = row.some((c, col) => (c ?? '').trim() !== '' && !signature[col]);
  return filled > 0 && same >= Math.max(1, Math.ceil(filled * 0.6)) && !extra;
}
