/**
 * The copy of the source table: every cell as it was. Only presentation is ours (widths, wrap,
 * text format), so the official can check a task against the row it came from (Nguồn column).
 */
import { dateToIso } from '../core/dates';
import { MAX_CELL_CHARS } from '../core/appendix/importAppendix';
import { cellToText } from '../core/text/cellText';
import { dateCell, EMPTY, numberCell, textCell, type Cell, type CellArea, type RowModel, type SheetModel } from './model';
import { sourceSheetName } from './sheetNames';
import { DATE_FORMAT, TEXT_FORMAT } from './trackerColumns';

const MIN_WIDTH = 6;
const MAX_WIDTH = 45;

/** The source cells' styles, shared by every cell that has them. */
const TEXT_STYLE = { numFmt: TEXT_FORMAT, wrap: true, vAlign: 'top' } as const;
const NUMBER_AS_TEXT_STYLE = { numFmt: TEXT_FORMAT } as const;
const DATE_STYLE = { numFmt: DATE_FORMAT } as const;

/** The length of the longest line of a text (the whole text when it has no line break). */
function longestLine(text: string): number {
  let longest = 0;
  let start = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
    longest = Math.max(longest, nl - start);
    start = nl + 1;
  }
  return Math.max(longest, text.length - start);
}

/**
 * One grid value as a cell: numbers stay numbers, dates (Apps Script's getValues gives Date
 * objects) stay dates, everything else is its text — never a formula, whatever it starts with.
 */
export function sourceCell(value: unknown): Cell {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (typeof value === 'number') return Number.isFinite(value) ? numberCell(value) : textCell(String(value), NUMBER_AS_TEXT_STYLE);
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    // exceljs reads a date as UTC midnight; Apps Script gives local midnight (core's dateToIso).
    const utcMidnight = value.getTime() % 86_400_000 === 0;
    const iso = utcMidnight ? value.toISOString().slice(0, 10) : dateToIso(value);
    if (iso !== null) return dateCell(iso, DATE_STYLE);
  }
  // Any other object (a rich-text or formula value a host passed through) is shown as its text.
  const text = typeof value === 'object' ? cellToText(value) : String(value);
  // Excel holds 32,767 characters per cell (the import warns about such a cell).
  return textCell(text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS - 1)}…` : text, TEXT_STYLE);
}

export function buildSourceSheet(
  source: { name: string; grid: readonly (readonly unknown[])[]; merges?: readonly CellArea[] },
  opts: { exactName?: boolean } = {},
): SheetModel {
  const width = source.grid.reduce((max, row) => Math.max(max, row.length), 0);
  const longest = Array<number>(width).fill(0);
  const rows: RowModel[] = source.grid.map((row) => {
    row.forEach((v, i) => {
      // Width follows the longest line a column holds (wrapped text needs no more than that).
      longest[i] = Math.max(longest[i], longestLine(String(v ?? '')));
    });
    return { role: 'source', cells: row.map(sourceCell) };
  });
  return {
    name: opts.exactName ? source.name : sourceSheetName(source.name),
    columns: longest.map((len, i) => ({ key: `c${i + 1}`, width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, len + 2)) })),
    rows,
    frozenRows: 0,
    validations: [],
    conditionalFormats: [],
    page: { orientation: 'landscape', fitToWidth: true },
    ...(source.merges && source.merges.length > 0 ? { merges: source.merges } : {}),
  };
}
