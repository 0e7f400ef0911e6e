/**
 * The seed appendix tables in other shapes: what the same plan looks like when it arrives as an
 * .xlsx, a CSV export, with its columns in another order, under other title rows, in decomposed
 * Unicode, with merged section rows, without its page breaks, with legacy-font cells or with real
 * dates. Each builder takes a grid and returns a new one (grids are never changed in place), so
 * that a test can check that every shape imports to the same tasks as the seed itself.
 */
import ExcelJS from 'exceljs';
import { importText } from '../../src/core/appendix/importDocument';
import type { MergedArea } from '../../src/core/appendix/importAppendix';
import type { Plan, Task } from '../../src/core/plan/schema';
import { seedText } from './fixtures';

export type SeedName = '000-appendix' | '002-two-row-header' | '003-markdown';
export const TABLE_SEEDS: readonly SeedName[] = ['000-appendix', '002-two-row-header', '003-markdown'];

/** A cell grid as hosts give it: strings, numbers, dates, nulls. */
export type Cells = unknown[][];

export interface SeedCase {
  name: SeedName;
  /** The appendix table of the seed document, as importText chose it. */
  grid: string[][];
  /** The baseline: the plan importText makes of the seed document. */
  plan: Plan;
}

const seedCache = new Map<SeedName, SeedCase>();

/** The seed document imported as it is: the baseline every variant is compared with. */
export function seedCase(name: SeedName): SeedCase {
  let c = seedCache.get(name);
  if (!c) {
    const doc = importText(seedText(name), 'document');
    c = { name, grid: doc.grid.map((r) => [...r]), plan: doc.plan };
    seedCache.set(name, c);
  }
  return { name: c.name, grid: copyGrid(c.grid) as string[][], plan: c.plan };
}

/** What a task says, without where it was read from (rows differ between shapes). */
export interface TaskProjection {
  id: string;
  code: string;
  section: string;
  area: string;
  parentId: string | null;
  group: boolean;
  title: string;
  lead: string;
  support: string;
  output: string;
  dueText: string;
  due: string | null;
  dueKind: string;
  targets: Task['targets'];
}

export function projectTask(t: Task): TaskProjection {
  return {
    id: t.id,
    code: t.code,
    section: t.section,
    area: t.area,
    parentId: t.parentId,
    group: t.group,
    title: t.title,
    lead: t.lead,
    support: t.support,
    output: t.output,
    dueText: t.dueText,
    due: t.due,
    dueKind: t.dueKind,
    targets: t.targets,
  };
}

export function projectTasks(plan: Plan): TaskProjection[] {
  return plan.tasks.map(projectTask);
}

export function copyGrid<T>(grid: readonly (readonly T[])[]): T[][] {
  return grid.map((r) => [...r]);
}

export function gridWidth(grid: readonly (readonly unknown[])[]): number {
  return grid.reduce((w, r) => Math.max(w, r.length), 0);
}

/** Source rows (1-based) the baseline warned about with one of the codes. */
export function warnedRows(plan: Plan, ...codes: string[]): Set<number> {
  return new Set(plan.warnings.filter((w) => codes.includes(w.code)).map((w) => w.row));
}

// ---------------------------------------------------------------------------------------------
// Column order
// ---------------------------------------------------------------------------------------------

/** Every row rearranged so that new column i is old column order[i]. */
export function permuteColumns<T>(grid: readonly (readonly T[])[], order: readonly number[]): Array<Array<T | ''>> {
  return grid.map((row) => order.map((c) => (c < row.length ? row[c] : '')));
}

export function reversedOrder(width: number): number[] {
  return Array.from({ length: width }, (_, i) => width - 1 - i);
}

/** Column order rotated left by k: old column k comes first. */
export function rotatedOrder(width: number, k: number): number[] {
  return Array.from({ length: width }, (_, i) => (i + k) % width);
}

/** A column-number row ("1 | 2 | 3 …") renumbered left to right after a reorder, as a typist would. */
export function renumberColumnNumberRows(grid: string[][], rows: ReadonlySet<number>): string[][] {
  return grid.map((row, i) => (rows.has(i + 1) ? row.map((c, k) => (c.trim() ? String(k + 1) : c)) : [...row]));
}

// ---------------------------------------------------------------------------------------------
// Title rows and an extra column
// ---------------------------------------------------------------------------------------------

export const NOTE_HEADER = 'Ghi chú';

/**
 * The grid under the heading block of an official document (issuer, national motto, blank rows,
 * the plan's name with its year), with a "Ghi chú" column appended: the header names it, some
 * task rows have a note in it, and one row holds a note only.
 */
export function withTitleRowsAndNoteColumn(grid: readonly (readonly string[])[], plan: Plan, year: number): string[][] {
  const width = gridWidth(grid);
  const pad = (cells: string[]): string[] => [...cells, ...new Array<string>(Math.max(0, width + 1 - cells.length)).fill('')];
  const top: string[][] = [
    pad(['ỦY BAN NHÂN DÂN', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']),
    pad(['HUYỆN X', '', 'Độc lập - Tự do - Hạnh phúc']),
    pad([]),
    pad([`KẾ HOẠCH DUY TRÌ VÀ NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ${year}`]),
    pad([]),
  ];
  const header = plan.headerRows[0];
  const taskStarts = new Set(plan.tasks.filter((t) => t.code !== '').map((t) => t.rows[0]));
  const body: string[][] = [];
  let noted = 0;
  grid.forEach((row, i) => {
    const rowNo = i + 1;
    const padded = [...row, ...new Array<string>(width - row.length).fill('')];
    if (rowNo === header || (header !== undefined && row.every((c, k) => c === grid[header - 1][k]))) {
      body.push([...padded, NOTE_HEADER]);
    } else if (taskStarts.has(rowNo)) {
      noted++;
      body.push([...padded, noted % 2 === 1 ? `Ghi chú số ${noted}, đã giao` : '']);
      if (noted === 1) body.push([...new Array<string>(width).fill(''), 'Xem thêm văn bản kèm theo']);
    } else {
      body.push([...padded, '']);
    }
  });
  return [...top, ...body];
}

// ---------------------------------------------------------------------------------------------
// Text transformations
// ---------------------------------------------------------------------------------------------

/** Every string cell in decomposed Unicode (NFD), as some Mac and PDF exports give it. */
export function decomposed(grid: readonly (readonly unknown[])[]): unknown[][] {
  return grid.map((row) => row.map((c) => (typeof c === 'string' ? c.normalize('NFD') : c)));
}

/** Applies f to the cells of one column from a 1-based row on. */
export function mapColumn(grid: readonly (readonly unknown[])[], col: number, fromRow: number, f: (cell: unknown, rowNo: number) => unknown): unknown[][] {
  return grid.map((row, i) => {
    const out = [...row];
    if (i + 1 >= fromRow && col < out.length) out[col] = f(out[col], i + 1);
    return out;
  });
}

/** Whole-number STT cells ("3", but not "3.1", "03" or "3.") as numbers, as a spreadsheet stores them. */
export function codesAsNumbers(grid: readonly (readonly unknown[])[], codeCol: number, fromRow: number): unknown[][] {
  return mapColumn(grid, codeCol, fromRow, (c) => (typeof c === 'string' && /^[1-9]\d{0,2}$/.test(c) ? Number(c) : c));
}

// ---------------------------------------------------------------------------------------------
// Merged section rows
// ---------------------------------------------------------------------------------------------

/**
 * Each section row as a spreadsheet has it: the numeral and title in the first cell, the rest of
 * the row empty and merged into it (a merge spanning the row).
 */
export function sectionsAsMergedRows(grid: readonly (readonly string[])[], plan: Plan): { grid: string[][]; merges: MergedArea[] } {
  const width = gridWidth(grid);
  const rows = new Set(plan.sections.map((s) => s.row));
  const merges: MergedArea[] = [];
  const out = grid.map((row, i) => {
    if (!rows.has(i + 1)) return [...row];
    merges.push({ top: i + 1, left: 1, bottom: i + 1, right: width });
    const text = row.filter((c) => c.trim() !== '').join(' ');
    return [text, ...new Array<string>(width - 1).fill('')];
  });
  return { grid: out, merges };
}

// ---------------------------------------------------------------------------------------------
// Page breaks
// ---------------------------------------------------------------------------------------------

/** The table without the header rows repeated on each page and without page-number lines. */
export function withoutPageBreaks(grid: readonly (readonly string[])[], plan: Plan): string[][] {
  const drop = warnedRows(plan, 'header-repeated', 'noise');
  return grid.filter((_, i) => !drop.has(i + 1)).map((r) => [...r]);
}

// ---------------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------------

function csvCell(value: unknown, delimiter: string): string {
  const s = value === null || value === undefined ? '' : String(value);
  return s.includes(delimiter) || /["\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV as Excel writes it: CRLF between rows, cells quoted when they hold the delimiter, quotes or line breaks. */
export function toCsv(grid: readonly (readonly unknown[])[], delimiter = ','): string {
  return grid.map((row) => row.map((c) => csvCell(c, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
}

/**
 * Line breaks that do not change what a cell says, as cells copied from Word carry them: a
 * trailing line break on every third filled cell, and "<br>" / "<p>" remnants written out as the
 * line breaks they stand for.
 */
export function withHarmlessLineBreaks(grid: readonly (readonly string[])[]): string[][] {
  let n = 0;
  return grid.map((row) =>
    row.map((c) => {
      if (!c.trim()) return c;
      n++;
      let out = c.replace(/<br\s*\/?>/gi, '\n').replace(/<\/p>\s*<p>/gi, '\n');
      if (n % 3 === 0) out += '\r\n';
      return out;
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// .xlsx
// ---------------------------------------------------------------------------------------------

export interface XlsxOptions {
  sheetName?: string;
  /** Areas to merge with exceljs (1-based, inclusive). */
  merges?: readonly MergedArea[];
  /** A sheet put before the appendix (an instructions sheet), so the reader has to find the appendix. */
  sheetBefore?: { name: string; rows: unknown[][] };
}

/** Writes the grid to an .xlsx workbook with exceljs; empty strings and nulls are left as empty cells. */
export async function toXlsx(grid: readonly (readonly unknown[])[], options: XlsxOptions = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  if (options.sheetBefore) {
    const ws0 = wb.addWorksheet(options.sheetBefore.name);
    options.sheetBefore.rows.forEach((r) => ws0.addRow(r));
  }
  const ws = wb.addWorksheet(options.sheetName ?? 'Phụ lục');
  grid.forEach((row, i) => {
    const xrow = ws.getRow(i + 1);
    row.forEach((value, c) => {
      if (value === null || value === undefined || value === '') return;
      xrow.getCell(c + 1).value = value as ExcelJS.CellValue;
    });
  });
  for (const m of options.merges ?? []) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  const data = await wb.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

/**
 * The merges of a two-row header as the printed table has them: every column whose second header
 * cell is empty spans both rows; a group label over empty cells to its right ("Phân công nhiệm
 * vụ" over the lead and support columns) spans those cells.
 */
export function twoRowHeaderMerges(grid: readonly (readonly string[])[], top: number): MergedArea[] {
  const first = grid[top - 1];
  const second = grid[top];
  const merges: MergedArea[] = [];
  for (let c = 0; c < first.length; c++) {
    if (!first[c].trim()) continue;
    if (!second[c].trim()) merges.push({ top, left: c + 1, bottom: top + 1, right: c + 1 });
  }
  // Group labels: a filled first-row cell over a filled second-row cell, followed by empty first-row cells.
  for (let c = 0; c < first.length; c++) {
    if (!first[c].trim() || !second[c].trim()) continue;
    let end = c;
    while (end + 1 < first.length && !first[end + 1].trim() && second[end + 1].trim()) end++;
    if (end > c) merges.push({ top, left: c + 1, bottom: top, right: end + 1 });
  }
  return merges;
}

/** 1-based first rows of every occurrence of the header's first row, with the next row equal to its second. */
export function headerOccurrences(grid: readonly (readonly string[])[], plan: Plan): number[] {
  const [h0, h1] = plan.headerRows;
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((c, i) => c === b[i]);
  const out: number[] = [];
  for (let i = 0; i + 1 < grid.length; i++) {
    if (same(grid[i], grid[h0 - 1]) && (h1 === undefined || same(grid[i + 1], grid[h1 - 1]))) out.push(i + 1);
  }
  return out;
}

/** Excel's serial number of a calendar date (days since 1899-12-30). */
export function excelSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}
