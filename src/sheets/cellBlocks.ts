/**
 * A save's scattered cell writes as few rectangular blocks as possible: adjacent cells of one row
 * become one block (Trạng thái and Ngày hoàn thành sit side by side), so a save is one
 * setNumberFormats + one setValues per block, and only the changed cells are touched. Pure.
 */
import type { CellValue, CellWrite } from '../workbook/model';
import { DATE_FORMAT, TEXT_FORMAT } from '../workbook/trackerColumns';

export interface CellBlock {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly values: readonly CellValue[];
  /**
   * The number format of each cell, written before the values ('@' keeps typed text text, a date
   * gets dd/mm/yyyy); null for a block of numbers and blanks, whose cells keep their format.
   */
  readonly formats: readonly string[] | null;
}

/** The format a value needs, or null when the cell's own format should stay (numbers, blanks). */
export function formatFor(value: CellValue): string | null {
  if (value.type === 'text') return TEXT_FORMAT;
  if (value.type === 'date') return DATE_FORMAT;
  return null;
}

/**
 * For instance two writes at I5 (text) and J5 (a date) give one block at I5:J5 with the formats ['@', 'dd/mm/yyyy'].
 */
export function cellBlocks(writes: readonly CellWrite[]): CellBlock[] {
  const sorted = [...writes].sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row || a.column - b.column);
  const blocks: { sheet: string; row: number; column: number; values: CellValue[]; formats: (string | null)[] }[] = [];
  for (const w of sorted) {
    const fmt = formatFor(w.value);
    const last = blocks[blocks.length - 1];
    const adjacent = last && last.sheet === w.sheet && last.row === w.row && last.column + last.values.length === w.column;
    // A block either sets every cell's format or none, so a number's own format (0.0%) is never reset.
    if (adjacent && (fmt === null) === (last.formats[0] === null)) {
      last.values.push(w.value);
      last.formats.push(fmt);
    } else {
      blocks.push({ sheet: w.sheet, row: w.row, column: w.column, values: [w.value], formats: [fmt] });
    }
  }
  return blocks.map((b) => ({ ...b, formats: b.formats[0] === null ? null : (b.formats as string[]) }));
}
