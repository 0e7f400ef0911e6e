/**
 * The component-index target table some plans carry besides the appendix: for each of the eight
 * areas, SIPAS and the total, last year's index and rank ("81,25%", "6"), this year's target
 * index and rank ("Trên 85%", "4") and the office in charge.
 *
 * The table is recognised by meaning, wherever it is in a grid: a header naming the component
 * index, a last-year group ("Năm 2023", "Chỉ số năm 2023") and a target group ("Mục tiêu 2024"),
 * on one row or two (a group cell over "Chỉ số" | "Xếp hạng", the merged cell empty or repeated),
 * columns in any order; then rows whose name is an area, SIPAS or the total.
 *
 * Real plans print it across a page break: the rows go on after a few lines the break leaves (a
 * page number, "Trang 2", "(tiếp theo)"), the header repeated (one or two rows, perhaps with a
 * column-number row), as a text document, a Word document split in two tables or a Word table
 * whose header row repeats all give it. The SIPAS row may have no number, and the total row its
 * label ("Tổng cộng", "Chỉ số CCHC") in the first cell(s), the name cell empty or merged into it.
 */
import type { AreaTarget, PlanWarning } from '../plan/schema';
import { areaOfTitle } from '../areas/areaOf';
import { fold } from '../text/fold';
import { firstKey, headerWords, matchingPhrases, phraseTable } from '../text/phrases';
import { parseTargetSpec } from '../target/spec';
import { readCellNumber, tidy } from '../target/number';
import { AREA_TARGET_FIELD_PHRASES, LAST_GROUP_WORDS, PAGE_MARK_RES, TARGET_GROUP_WORDS, TOTAL_ROW_PHRASES, type AreaTargetField } from './areaTargetsPhrases';

type Group = 'last' | 'target';
type Slot = 'code' | 'name' | 'owner' | 'lastIndex' | 'lastRank' | 'targetIndex' | 'targetRank';

export interface AreaTargetTable {
  /** 0-based grid rows of the table's header (one or two). */
  readonly headerRows: number[];
  /** 0-based grid rows read into targets, in order. */
  readonly rows: number[];
  /**
   * 0-based grid rows skipped inside the table: a column-number row "1 | 2 | 3 …", and at a page
   * break the lines it left and the repeated header.
   */
  readonly skippedRows: number[];
  readonly targets: AreaTarget[];
  /** Cells that could not be read, by 0-based grid row, with a Vietnamese message. */
  readonly problems: Array<{ row: number; message: string }>;
}

/** How far down a grid the header is looked for, and how many rows a table may hold. */
const HEADER_SCAN_ROWS = 200;
const MAX_TABLE_ROWS = 40;
/** Lines a page break may leave between two parts of the table (besides the repeated header). */
const MAX_BREAK_LINES = 6;
/** A line the break leaves is short (a page number, a running title), never a row of values. */
const MAX_BREAK_LINE = 160;

/** Folded header words; years kept (they tell last year from this year). */
const words = (text: string): string => headerWords(text, { keepYears: true });

interface CellInfo {
  field: AreaTargetField | null;
  year: number | null;
  targetWord: boolean;
  lastWord: boolean;
}

const FIELD_PHRASES = phraseTable(
  AREA_TARGET_FIELD_PHRASES.map(([p, f]) => [f, [p]] as const),
  words,
);
const TARGET_WORDS = phraseTable([[true, TARGET_GROUP_WORDS]], words);
const LAST_WORDS = phraseTable([[true, LAST_GROUP_WORDS]], words);

/** Header cells are short; a long cell (a task's text) is not looked at. */
const MAX_HEADER_CELL = 120;
const infoCache = new Map<string, CellInfo | null>();

function cellInfo(text: string | undefined): CellInfo | null {
  if (!text || text.length > MAX_HEADER_CELL) return null;
  if (infoCache.has(text)) return infoCache.get(text) as CellInfo | null;
  if (infoCache.size > 5000) infoCache.clear();
  const info = readCellInfo(text);
  infoCache.set(text, info);
  return info;
}

function readCellInfo(text: string): CellInfo | null {
  const w = words(text);
  if (!w || w.length > 80) return null;
  const yearMatch = /\b((?:19|20)\d\d)\b/.exec(w);
  const rest = w
    .replace(/\b(?:19|20)\d\d\b/g, ' ')
    .replace(/\bnam\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // Whole-cell only for the short code words, so "tt" in a sentence does not count.
  const field = matchingPhrases(FIELD_PHRASES, rest, (f) => f === 'code')[0]?.key ?? null;
  return {
    field,
    year: yearMatch ? Number(yearMatch[1]) : null,
    targetWord: firstKey(TARGET_WORDS, w) !== null,
    lastWord: firstKey(LAST_WORDS, w) !== null,
  };
}

interface Column {
  field: AreaTargetField | null;
  year: number | null;
  targetWord: boolean;
  lastWord: boolean;
}

/** Reads one or two header rows into a column per grid column; a group cell carries right over empty cells. */
function readHeaderRows(grid: readonly (readonly string[])[], rows: number[]): Column[] {
  const width = Math.max(...rows.map((r) => grid[r].length));
  const cols: Column[] = [];
  let carried: CellInfo | null = null;
  for (let c = 0; c < width; c++) {
    const top = cellInfo(grid[rows[0]][c]);
    const bottom = rows.length > 1 ? cellInfo(grid[rows[1]][c]) : null;
    const topEmpty = !(grid[rows[0]][c] ?? '').trim();
    if (!topEmpty) carried = top && top.field === null && (top.year !== null || top.targetWord || top.lastWord) ? top : null;
    const group = topEmpty && rows.length > 1 && bottom ? carried : top;
    cols.push({
      field: bottom?.field ?? top?.field ?? null,
      year: group?.year ?? bottom?.year ?? null,
      targetWord: Boolean(group?.targetWord || bottom?.targetWord),
      lastWord: Boolean(group?.lastWord || bottom?.lastWord),
    });
  }
  return cols;
}

/** Which slot each column fills, or null when the header is not this table's. */
function assignSlots(cols: Column[]): Partial<Record<Slot, number>> | null {
  const years = cols.map((c) => c.year).filter((y): y is number => y !== null);
  const maxYear = years.length ? Math.max(...years) : null;
  const minYear = years.length ? Math.min(...years) : null;
  const groupOf = (c: Column): Group | null => {
    if (c.targetWord) return 'target';
    if (c.lastWord) return 'last';
    if (c.year === null) return null;
    return minYear !== maxYear && c.year === maxYear ? 'target' : 'last';
  };
  const slots: Partial<Record<Slot, number>> = {};
  const put = (slot: Slot, col: number) => {
    if (slots[slot] === undefined) slots[slot] = col;
  };
  cols.forEach((c, i) => {
    const group = groupOf(c);
    if (group && (c.field === 'index' || c.field === null)) put(group === 'last' ? 'lastIndex' : 'targetIndex', i);
    else if (group && c.field === 'rank') put(group === 'last' ? 'lastRank' : 'targetRank', i);
    else if (c.field === 'name' || c.field === 'owner' || c.field === 'code') put(c.field, i);
    else if (c.field === 'index' && group === null) put('name', i); // a bare "Chỉ số" heads the names
  });
  if (slots.name === undefined || slots.lastIndex === undefined || slots.targetIndex === undefined) return null;
  return slots;
}

/** A header cell that only names a group ("Năm 2023", "Mục tiêu 2024"), over sub-columns. */
function isGroupCell(text: string | undefined): boolean {
  const info = cellInfo(text);
  return info !== null && info.field === null && (info.year !== null || info.targetWord || info.lastWord);
}

/**
 * Header candidates at row r: two rows when the first holds a group cell over an index or rank
 * cell of the second, else one row.
 */
function headerCandidates(grid: readonly (readonly string[])[], r: number): Array<{ rows: number[]; slots: Partial<Record<Slot, number>> }> {
  const out: Array<{ rows: number[]; slots: Partial<Record<Slot, number>> }> = [];
  const next = grid[r + 1];
  if (next && grid[r].some((c, i) => isGroupCell(c) && ['index', 'rank'].includes(cellInfo(next[i])?.field ?? ''))) {
    const two = assignSlots(readHeaderRows(grid, [r, r + 1]));
    if (two) out.push({ rows: [r, r + 1], slots: two });
  }
  const one = assignSlots(readHeaderRows(grid, [r]));
  if (one) out.push({ rows: [r], slots: one });
  return out;
}

const TOTAL_RES = TOTAL_ROW_PHRASES.map((p) => new RegExp(`(^|\\s)${p}(\\s|$)`));

/**
 * The area a row of the table names: an area or SIPAS by its name, 'total' for the index as a
 * whole, null for anything else (the end of the table).
 * @example areaOfRowName('Chỉ số hài lòng của người dân (SIPAS)') → 'satisfaction'
 * @example areaOfRowName('Chỉ số CCHC (PAR INDEX)') → 'total'
 */
export function areaOfRowName(name: string): AreaTarget['area'] | null {
  const text = name.trim();
  if (!text) return null;
  const area = areaOfTitle(text);
  if (area) return area;
  const w = ` ${words(text)} `.replace(/\s+/g, ' ');
  return TOTAL_RES.some((re) => re.test(w)) ? 'total' : null;
}

/** "81,25%", "81,25", 0.8125 → 0.8125: index values above 1 are percentages. */
function readIndex(text: string): number | null | 'unreadable' {
  const read = readCellNumber(text);
  if (read.kind === 'missing') return null;
  if (read.kind !== 'number' || read.value < 0) return 'unreadable';
  return read.percent || read.value <= 1 ? read.value : tidy(read.value / 100);
}

/** "6", "06", "Thứ 6", "6/63" → 6. */
function readRank(text: string): number | null | 'unreadable' {
  const f = fold(text).trim();
  if (!f) return null;
  const m = /^(?:thu|hang|xep thu|xep hang|vi tri|top)?\s*0*(\d{1,3})(?:\s*\/\s*\d+)?$/.exec(f);
  return m && Number(m[1]) > 0 ? Number(m[1]) : 'unreadable';
}

/** "Trên 85%" → { op: '>', value: 0.85, unit: '%' }; a bare 0.85 or 85 is "at least" that index. */
function readTarget(text: string): AreaTarget['target'] | 'unreadable' {
  if (!text.trim()) return null;
  const found = parseTargetSpec(text)[0];
  if (found) {
    const asPercent = found.unit !== '%' && found.value > 1 && found.value <= 100;
    return { op: found.op, value: asPercent ? tidy(found.value / 100) : found.value, unit: asPercent ? '%' : found.unit };
  }
  const index = readIndex(text);
  return typeof index === 'number' ? { op: '>=', value: index, unit: '%' } : 'unreadable';
}

/** A row of column numbers under a header ("1 | 2 | 3 …", "(1) | (2)"). */
function isColumnNumberRow(row: readonly string[]): boolean {
  const cells = row.map((c) => c.trim().replace(/^\((\d+)\)$/, '$1')).filter(Boolean);
  return cells.length >= 3 && cells.every((c, i) => c === String(Number(cells[0]) + i));
}

/**
 * Finds the component-index target table in a grid of cleaned cell text, or null.
 * For instance `findAreaTargets(grid)?.targets[0] → { area: 'direction', name: 'Công tác chỉ đạo, điều hành CCHC', lastIndex: 0.8125, lastRank: 6, target: { op: '>', value: 0.85, unit: '%' }, targetText: 'Trên 85%', targetRank: 4, owner: 'Sở Nội vụ' }`.
 */
export function findAreaTargets(grid: readonly (readonly string[])[]): AreaTargetTable | null {
  const limit = Math.min(grid.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    if (!grid[r].some((c) => c && c.trim())) continue;
    for (const header of headerCandidates(grid, r)) {
      const table = readTable(grid, header.rows, header.slots);
      if (table) return table;
    }
  }
  return null;
}

type Slots = Partial<Record<Slot, number>>;

/** The columns a repeated header must put in the same place to continue the table. */
const KEY_SLOTS: readonly Slot[] = ['name', 'lastIndex', 'targetIndex'];

/** The header rows at row r when they repeat the table's header (the same columns), else null. */
function repeatedHeaderAt(grid: readonly (readonly string[])[], r: number, slots: Slots): number[] | null {
  const same = headerCandidates(grid, r).find((h) => KEY_SLOTS.every((k) => h.slots[k] === slots[k]));
  return same ? same.rows : null;
}

/** A line a page break leaves: a page number, "Trang 2/5", a title "(tiếp theo)". */
function isPageMark(text: string): boolean {
  const w = fold(text)
    .replace(/[^a-z0-9/]+/g, ' ')
    .trim();
  return PAGE_MARK_RES.some((re) => re.test(w));
}

/**
 * Where the table goes on after a row that names no area, when that row starts a page break: up to
 * MAX_BREAK_LINES short one-cell lines, the header repeated, a column-number row, then a row naming
 * an area. Without a repeated header, only page marks may stand between the parts (so a table that
 * ends and a later one of other content are not joined). Returns the first row of the next part
 * and the rows skipped, or null.
 */
function pageBreakAt(
  grid: readonly (readonly string[])[],
  from: number,
  slots: Slots,
  nextPart: (r: number) => boolean,
): { next: number; skipped: number[] } | null {
  const skipped: number[] = [];
  let lines = 0;
  let header = false;
  let marksOnly = true;
  for (let r = from; r < grid.length && r < from + MAX_BREAK_LINES + 10; r++) {
    const filled = grid[r].map((c) => (c ?? '').trim()).filter(Boolean);
    if (filled.length === 0) continue;
    if (!header) {
      const rows = repeatedHeaderAt(grid, r, slots);
      if (rows) {
        header = true;
        skipped.push(...rows);
        r = rows[rows.length - 1];
        continue;
      }
    }
    if (isColumnNumberRow(grid[r])) {
      skipped.push(r);
      continue;
    }
    if (nextPart(r)) return (header || marksOnly) && skipped.length > 0 ? { next: r, skipped } : null;
    if (header || filled.length > 1 || filled[0].length > MAX_BREAK_LINE || ++lines > MAX_BREAK_LINES) return null;
    marksOnly &&= isPageMark(filled[0]);
    skipped.push(r);
  }
  return null;
}

/** The row's name and area: the name cell, else the first cells (a total row's label, "Tổng cộng", merged over the number and the name). */
function rowLabel(row: readonly string[], slots: Slots): { name: string; area: AreaTarget['area'] } | null {
  const at = (c: number | undefined) => (c === undefined ? '' : (row[c] ?? '').trim());
  const values = (['lastIndex', 'lastRank', 'targetIndex', 'targetRank'] as const).map((k) => slots[k]).filter((c): c is number => c !== undefined);
  const firstValue = Math.min(...values);
  const leading = row.slice(0, firstValue).map((c) => (c ?? '').trim());
  const candidates = [at(slots.name), at(slots.code), ...leading.filter(Boolean), leading.filter(Boolean).join(' ')];
  for (const name of candidates) {
    const area = areaOfRowName(name);
    if (area) return { name, area };
  }
  return null;
}

/** Reads the rows under a header until a row names no area (a page break read over); null when none does. */
function readTable(grid: readonly (readonly string[])[], headerRows: number[], slots: Slots): AreaTargetTable | null {
  const cell = (r: number, slot: Slot) => (slots[slot] === undefined ? '' : (grid[r][slots[slot] as number] ?? '').trim());
  const values = (r: number) => [cell(r, 'lastIndex'), cell(r, 'lastRank'), cell(r, 'targetIndex'), cell(r, 'targetRank')];
  const targets: AreaTarget[] = [];
  const rows: number[] = [];
  const skippedRows: number[] = [];
  const problems: Array<{ row: number; message: string }> = [];
  const seen = new Set<AreaTarget['area']>();
  // After a break, the table goes on with an area not read yet: the same area again is another table (another year's).
  const nextPart = (r: number) => {
    const label = rowLabel(grid[r], slots);
    return label !== null && !seen.has(label.area) && values(r).some((v) => v !== '');
  };
  const start = headerRows[headerRows.length - 1] + 1;
  for (let r = start; r < grid.length && r < start + MAX_TABLE_ROWS; r++) {
    if (!grid[r].some((c) => c && c.trim())) continue;
    const label = rowLabel(grid[r], slots);
    // A row naming an area but holding no value is a section heading of another table, not a target.
    if (label === null || values(r).every((v) => v === '')) {
      if (targets.length === 0 && isColumnNumberRow(grid[r])) {
        skippedRows.push(r);
        continue;
      }
      const pageBreak = targets.length > 0 ? pageBreakAt(grid, r, slots, nextPart) : null;
      if (!pageBreak) break;
      skippedRows.push(...pageBreak.skipped);
      r = pageBreak.next - 1;
      continue;
    }
    const { name, area } = label;
    seen.add(area);
    const problem = (what: string, text: string) =>
      problems.push({ row: r, message: `Bảng mục tiêu chỉ số thành phần, dòng "${name}": không đọc được ${what} "${text}"` });
    const lastIndex = readIndex(cell(r, 'lastIndex'));
    const lastRank = readRank(cell(r, 'lastRank'));
    const target = readTarget(cell(r, 'targetIndex'));
    const targetRank = readRank(cell(r, 'targetRank'));
    if (lastIndex === 'unreadable') problem('chỉ số năm trước', cell(r, 'lastIndex'));
    if (lastRank === 'unreadable') problem('xếp hạng năm trước', cell(r, 'lastRank'));
    if (target === 'unreadable') problem('mục tiêu chỉ số', cell(r, 'targetIndex'));
    if (targetRank === 'unreadable') problem('mục tiêu xếp hạng', cell(r, 'targetRank'));
    targets.push({
      area,
      name,
      lastIndex: lastIndex === 'unreadable' ? null : lastIndex,
      lastRank: lastRank === 'unreadable' ? null : lastRank,
      target: target === 'unreadable' ? null : target,
      targetText: cell(r, 'targetIndex'),
      targetRank: targetRank === 'unreadable' ? null : targetRank,
      owner: cell(r, 'owner'),
    });
    rows.push(r);
  }
  if (targets.length === 0) return null;
  return { headerRows, rows, skippedRows, targets, problems };
}

/**
 * Every 0-based grid row the table occupies: header, skipped and read rows.
 * @example areaTargetRows({ headerRows: [3, 4], skippedRows: [5], rows: [6, 7], targets: [], problems: [] }) → [3, 4, 5, 6, 7]
 */
export function areaTargetRows(table: AreaTargetTable): number[] {
  return [...table.headerRows, ...table.skippedRows, ...table.rows].sort((a, b) => a - b);
}

/**
 * A copy of a grid with the given rows emptied: what the appendix reader sees once the
 * component-index table has been read apart (row numbers stay those of the source).
 * @example blankRows([['a'], ['b']], [0]) → [[''], ['b']]
 */
export function blankRows<T extends readonly string[]>(grid: readonly T[], rows: readonly number[]): string[][] {
  const hidden = new Set(rows);
  return grid.map((row, r) => (hidden.has(r) ? row.map(() => '') : [...row]));
}

/** The messages of the table's warnings, Vietnamese first (the appendix messages live in messages.ts). */
export const AREA_TARGET_MESSAGES = {
  'area-targets': {
    vi: (p: { count: number }) => `Bảng mục tiêu chỉ số thành phần (${p.count} dòng) — đọc vào phần mục tiêu chỉ số, không phải nhiệm vụ`,
    en: (p: { count: number }) => `Component-index target table (${p.count} rows) — read as index targets, not tasks`,
  },
  'area-target-row': {
    vi: (_: object) => 'Dòng của bảng mục tiêu chỉ số thành phần — không phải nhiệm vụ',
    en: (_: object) => 'Row of the component-index target table — not a task',
  },
} as const;

/**
 * The import warnings of a table found in the appendix's own grid: one at its header, one for each
 * of its rows below the appendix header (so every source row is accounted for), and one per cell
 * that could not be read. `appendixHeaderRow` is 0-based, null when the appendix has no header.
 * For instance `areaTargetWarnings(table, 0)[0] → { row: 17, code: 'area-targets', message: 'Dòng 17: Bảng mục tiêu chỉ số thành phần (10 dòng) — …' }`.
 */
export function areaTargetWarnings(table: AreaTargetTable, appendixHeaderRow: number | null): PlanWarning[] {
  const at = (row: number, message: string) => `Dòng ${row + 1}: ${message}`;
  const first = table.headerRows[0];
  const out: PlanWarning[] = [
    { row: first + 1, code: 'area-targets', message: at(first, AREA_TARGET_MESSAGES['area-targets'].vi({ count: table.rows.length })) },
  ];
  if (appendixHeaderRow !== null) {
    for (const r of areaTargetRows(table)) {
      if (r !== first && r >= appendixHeaderRow)
        out.push({ row: r + 1, code: 'area-target-row', message: at(r, AREA_TARGET_MESSAGES['area-target-row'].vi({})) });
    }
  }
  for (const p of table.problems) out.push({ row: p.row + 1, code: 'area-target-unreadable', message: at(p.row, p.message) });
  return out;
}
