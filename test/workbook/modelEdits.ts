/**
 * Test helpers standing in for the official: the model is plain data, so "typing" a status or an
 * actual is replacing a cell, found by task ID and column key.
 */
import type { Cell, RowModel, SheetModel, WorkbookModel } from '../../src/workbook/model';

export function sheetNamed(model: WorkbookModel, name: string): SheetModel {
  const sheet = model.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Index (0-based) of a column key in a sheet's table. */
export function keyIndex(sheet: SheetModel, key: string): number {
  const i = sheet.table?.columnKeys.indexOf(key) ?? -1;
  if (i < 0) throw new Error(`no column ${key} in ${sheet.name}`);
  return i;
}

/** The row of a task (1-based sheet row) and its model. */
export function taskRow(sheet: SheetModel, taskId: string): { row: number; model: RowModel } {
  const i = sheet.rows.findIndex((r) => r.taskId === taskId);
  if (i < 0) throw new Error(`no row for ${taskId} in ${sheet.name}`);
  return { row: i + 1, model: sheet.rows[i] };
}

function replaceRow(model: WorkbookModel, sheetName: string, index: number, cells: (old: readonly Cell[]) => Cell[]): WorkbookModel {
  return {
    ...model,
    sheets: model.sheets.map((s) =>
      s.name !== sheetName ? s : { ...s, rows: s.rows.map((r, i) => (i === index ? { ...r, cells: cells(r.cells) } : r)) },
    ),
  };
}

/** Sets cells of a task's row by column key, keeping each cell's style unless a new one is given. */
export function enter(model: WorkbookModel, sheetName: string, taskId: string, values: Record<string, Cell['value']>): WorkbookModel {
  const sheet = sheetNamed(model, sheetName);
  const { row } = taskRow(sheet, taskId);
  return replaceRow(model, sheetName, row - 1, (cells) => {
    const next = [...cells];
    for (const [key, value] of Object.entries(values)) {
      const i = keyIndex(sheet, key);
      next[i] = { ...next[i], value };
    }
    return next;
  });
}

/** Sets one cell by 1-based sheet row and column. */
export function enterAt(model: WorkbookModel, sheetName: string, row: number, column: number, value: Cell['value']): WorkbookModel {
  return replaceRow(model, sheetName, row - 1, (cells) => {
    const next = [...cells];
    next[column - 1] = { ...next[column - 1], value };
    return next;
  });
}
