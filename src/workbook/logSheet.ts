/**
 * The Nhật ký (log) sheet: append-only, one row per changed field — when, who (where the host
 * tells), which task, which field, old → new. Created empty with the tracker and never replaced
 * by a later import (ifExists: 'keep').
 */
import { headerCells } from './buildTaskSheet';
import { type Cell, type CellValue, type SheetModel } from './model';
import { LOG_SHEET } from './sheetNames';
import type { ColumnDef } from './trackerColumns';

export const LOG_COLUMNS = [
  { key: 'time', vi: 'Thời gian', en: 'Time', width: 17, kind: 'text', origin: 'generated', noteVi: 'dd/mm/yyyy hh:mm, giờ của máy cập nhật.' },
  { key: 'user', vi: 'Người cập nhật', en: 'Updated by', width: 18, kind: 'text', origin: 'generated' },
  { key: 'taskId', vi: 'Mã nhiệm vụ', en: 'Task ID', width: 10, kind: 'text', origin: 'generated' },
  { key: 'field', vi: 'Trường', en: 'Field', width: 16, kind: 'text', origin: 'generated' },
  { key: 'old', vi: 'Giá trị cũ', en: 'Old value', width: 24, kind: 'text', origin: 'generated' },
  { key: 'new', vi: 'Giá trị mới', en: 'New value', width: 24, kind: 'text', origin: 'generated' },
] as const satisfies readonly ColumnDef[];

export const LOG_HEADER_ROW = 1;

export interface LogEntry {
  readonly time: string;
  readonly user: string;
  readonly taskId: string;
  readonly field: string;
  readonly old: string;
  readonly new: string;
}

/** A log row as values; every cell is text so "=…" typed in a note is never run as a formula. */
export function logRowValues(e: LogEntry): CellValue[] {
  return LOG_COLUMNS.map((c) => {
    const text = e[c.key];
    return text === '' ? { type: 'empty' } : { type: 'text', text };
  });
}

export function buildLogSheet(): SheetModel {
  const header: Cell[] = headerCells(LOG_COLUMNS);
  return {
    name: LOG_SHEET,
    columns: LOG_COLUMNS.map((c) => ({ key: c.key, width: c.width, numFmt: '@' })),
    rows: [{ role: 'header', cells: header }],
    frozenRows: LOG_HEADER_ROW,
    autoFilter: `A1:${String.fromCharCode(64 + LOG_COLUMNS.length)}1`,
    validations: [],
    conditionalFormats: [],
    page: { orientation: 'landscape', fitToWidth: true, repeatRows: { first: 1, last: 1 } },
    table: { headerRow: 1, firstDataRow: 2, lastRow: 1, columnKeys: LOG_COLUMNS.map((c) => c.key) },
    ifExists: 'keep',
  };
}

/** The log's header texts, e.g. for a host that creates the sheet lazily. */
export const LOG_HEADERS = LOG_COLUMNS.map((c) => c.vi);
