// Fakes a Sheets cell as the add-on sees it (value, formula, number format, note, validation, look)
// and A1 addresses; counts nothing (the Sheet and Range calls that reach cells count).
import { columnLetter } from '../../../src/workbook/model';
import type { FakeValidation } from './validation';

export type CellInput = string | number | boolean | Date | null;

export interface Style {
  bold?: boolean;
  italic?: boolean;
  fontColor?: string | null;
  background?: string | null;
  hAlign?: string | null;
  vAlign?: string | null;
  wrap?: boolean;
  border?: boolean;
}

export interface FakeCell {
  /** string | number | boolean | { date: ms } | '' */
  value: string | number | boolean | { date: number };
  formula: string;
  format: string;
  note: string;
  validation: FakeValidation | null;
  style: Style;
}

export const GENERAL = 'General';
export const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** Column letters, as the workbook model writes them. */
export const letters = columnLetter;

export function parseA1(a1: string): { row: number; column: number; rows: number; columns: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(a1.trim());
  if (!m) throw new Error(`Exception: Range not found: ${a1}`);
  const col = (s: string): number => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const c1 = col(m[1]);
  const r1 = Number(m[2]);
  const c2 = m[3] ? col(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  return { row: Math.min(r1, r2), column: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, columns: Math.abs(c2 - c1) + 1 };
}

export const emptyCell = (): FakeCell => ({ value: '', formula: '', format: GENERAL, note: '', validation: null, style: {} });
