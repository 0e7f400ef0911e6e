/// <reference types="office-js" />
/**
 * The write half of saving a task: the changed cells, then the Nhật ký rows appended — all
 * queued for one `context.sync()`.
 *
 * Nhật ký is normally the Excel Table the import made. A new Table always has one (blank) data
 * row, so the first entries go into that row; later ones through `table.rows.add`, which grows
 * the Table whatever Excel's auto-expansion settings. A log without a Table (a workbook made by
 * the CLI, or one whose Table was removed) gets its rows written under the last used row. If the
 * sheet was deleted, it is created again as the import makes it.
 */
import { buildLogSheet, LOG_COLUMNS, LOG_HEADER_ROW } from '../workbook/logSheet';
import { excelDate, hostValue } from '../workbook/ops';
import type { CellValue, CellWrite } from '../workbook/model';
import { LOG_SHEET } from '../workbook/sheetNames';
import { DATE_FORMAT } from '../workbook/trackerColumns';
import { applyOp } from './renderWorkbook';
import { renderPlan, TABLE_NAMES } from './renderPlan';

/** Excel's dates are serial numbers (excelDate never gives a Date object). */
const asHost = (v: CellValue): string | number | boolean => hostValue(v, excelDate) as string | number | boolean;

/** Queues each changed cell: text cells get '@' first, so an evidence "=…" or "- …" stays text. */
export function queueCellWrites(ctx: Excel.RequestContext, writes: readonly CellWrite[]): void {
  const sheets = new Map<string, Excel.Worksheet>();
  for (const w of writes) {
    let ws = sheets.get(w.sheet);
    if (!ws) sheets.set(w.sheet, (ws = ctx.workbook.worksheets.getItem(w.sheet)));
    const cell = ws.getCell(w.row - 1, w.column - 1);
    if (w.value.type === 'formula') {
      cell.formulas = [[w.value.formula]];
      continue;
    }
    if (w.value.type === 'text') cell.numberFormat = [['@']];
    // A date into a cell that held text (e.g. "Quý I" kept by a re-import, so formatted '@')
    // would stay the serial as text: the date format goes first.
    if (w.value.type === 'date') cell.numberFormat = [[DATE_FORMAT]];
    cell.values = [[asHost(w.value)]];
  }
}

export interface LogPlace {
  readonly exists: boolean;
  /** Last row with a value (the header row when the log is empty). */
  readonly lastRow: number;
  /** The Table holding the log, if any. */
  readonly table: string | null;
}

/** Queues the log rows after the last one. */
export function queueLogAppend(ctx: Excel.RequestContext, place: LogPlace, rows: readonly CellValue[][]): void {
  if (rows.length === 0) return;
  const values = rows.map((r) => LOG_COLUMNS.map((_, i) => (r[i] ? asHost(r[i]) : '')));
  let { lastRow, table } = place;
  let ws: Excel.Worksheet;
  if (!place.exists) {
    ws = ctx.workbook.worksheets.add(LOG_SHEET);
    const sheet = buildLogSheet();
    const names = new Map([[TABLE_NAMES[LOG_SHEET], TABLE_NAMES[LOG_SHEET]]]);
    for (const op of renderPlan(sheet, { notes: false })) if (op.kind !== 'page' && op.kind !== 'note') applyOp(ws, op, names);
    lastRow = LOG_HEADER_ROW;
    table = TABLE_NAMES[LOG_SHEET];
  } else ws = ctx.workbook.worksheets.getItem(LOG_SHEET);

  const width = LOG_COLUMNS.length;
  const write = (from: number, block: (string | number | boolean)[][]): void => {
    const range = ws.getRangeByIndexes(from - 1, 0, block.length, width);
    range.numberFormat = block.map((r) => r.map(() => '@'));
    range.values = block;
  };
  if (table === null) {
    write(lastRow + 1, values);
    return;
  }
  // Only an empty log has its blank first Table row below the header; fill it, then add rows.
  const intoBlank = lastRow <= LOG_HEADER_ROW ? 1 : 0;
  if (intoBlank) write(LOG_HEADER_ROW + 1, values.slice(0, 1));
  if (values.length > intoBlank) ctx.workbook.tables.getItem(table).rows.add(undefined, values.slice(intoBlank));
}
