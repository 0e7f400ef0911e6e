/**
 * The Nhiệm vụ sheet: a small settings block (Ngày đánh giá, Số ngày sắp đến hạn) above the task
 * table, so the official sees, next to the flags, the date they are computed for and can change
 * it; then one row per task in plan order, with section and group rows as bold headers so the
 * table reads like the appendix.
 */
import type { Plan, Task } from '../core/plan/schema';
import { AREA_NAMES } from '../core/areas/areaPhrases';
import { dueFlag, dueFlagFormula, dueFlagRules, reportStateFormula, reportStateRules, TASK_STATES, taskState } from './dueStatus';
import {
  columnLetter,
  dateCell,
  EMPTY,
  formulaCell,
  numberCell,
  textCell,
  type Cell,
  type CellStyle,
  type DefinedName,
  type RowModel,
  type SheetModel,
} from './model';
import { AS_OF_NAME, SOON_DAYS_NAME, TASK_SHEET } from './sheetNames';
import { formatSourceRows } from './sourceRows';
import { columnIndex, DATE_FORMAT, TASK_COLUMNS, TEXT_FORMAT, type ColumnDef, type TaskColumnKey } from './trackerColumns';

export interface TaskSheetOptions {
  /** ISO date the flags are computed for; undefined: the cell holds =TODAY(). */
  readonly asOf?: string;
  readonly soonDays: number;
}

/** Sheet rows of the settings block and the table. */
export const TASK_LAYOUT = {
  titleRow: 1,
  asOfRow: 2,
  soonDaysRow: 3,
  /** Labels in column A (they run over the empty column B), values in column C. */
  valueColumn: 3,
  headerRow: 4,
} as const;

export const HEADER_FILL = { generated: 'DDEBF7', user: 'FFF2CC' } as const;
const INPUT_FILL = 'FFF2CC';
const SECTION_FILL = 'F2F2F2';
const HINT: CellStyle = { italic: true, fontColor: '595959' };

const col = (key: TaskColumnKey): string => columnLetter(columnIndex(TASK_COLUMNS, key));

/** The column's format, so that values typed later keep it too. */
export function columnFormat(c: ColumnDef): string | undefined {
  if (c.kind === 'text' || c.kind === 'list') return TEXT_FORMAT;
  if (c.kind === 'date') return DATE_FORMAT;
  return undefined;
}

/**
 * The style of a data cell in column `c`: text wraps — and so does the report state, whose longest
 * value ("Chưa hoàn thành, quá hạn") is wider than its column —, everything sits at the top of tall rows.
 */
function dataStyle(c: ColumnDef, extra?: CellStyle): CellStyle {
  return {
    numFmt: columnFormat(c),
    wrap: c.kind === 'text' || c.key === 'reportState' ? true : undefined,
    vAlign: 'top',
    hAlign: c.kind === 'date' || c.kind === 'list' || c.kind === 'formula' ? 'center' : undefined,
    border: true,
    ...extra,
  };
}

export function headerCells(columns: readonly ColumnDef[]): Cell[] {
  return columns.map((c) => ({
    value: { type: 'text', text: c.vi },
    style: { bold: true, wrap: true, hAlign: 'center', vAlign: 'middle', numFmt: TEXT_FORMAT, fill: HEADER_FILL[c.origin], border: true },
    note: c.noteVi,
  }));
}

function settingsRows(plan: Plan, opts: TaskSheetOptions): RowModel[] {
  const pad = (cells: Cell[]): Cell[] => [...cells, ...Array<Cell>(TASK_COLUMNS.length - cells.length).fill(EMPTY)];
  const input: CellStyle = { fill: INPUT_FILL, bold: true, hAlign: 'left' };
  const asOf = opts.asOf === undefined ? formulaCell('=TODAY()', { ...input, numFmt: DATE_FORMAT }) : dateCell(opts.asOf, { ...input, numFmt: DATE_FORMAT });
  return [
    { role: 'title', cells: pad([textCell(plan.title || 'Theo dõi thực hiện kế hoạch', { bold: true })]) },
    {
      role: 'setting',
      cells: pad([
        textCell('Ngày đánh giá', { bold: true }),
        EMPTY,
        asOf,
        textCell('Để trống = hôm nay. Nhập một ngày (dd/mm/yyyy) để xem cảnh báo tại ngày đó.', HINT),
      ]),
    },
    {
      role: 'setting',
      cells: pad([
        textCell('Số ngày sắp đến hạn', { bold: true }),
        EMPTY,
        numberCell(opts.soonDays, { ...input, numFmt: '0' }),
        textCell('Nhiệm vụ có hạn trong số ngày này được cảnh báo "Sắp đến hạn".', HINT),
      ]),
    },
  ];
}

/** Each column's data style, made once and shared by every row: a task's, a group's (bold) and a section's. */
const TASK_STYLES = TASK_COLUMNS.map((c) => dataStyle(c));
const GROUP_STYLES = TASK_COLUMNS.map((c) => dataStyle(c, { bold: true }));
const SECTION_STYLES = TASK_COLUMNS.map((c) => dataStyle(c, { bold: true, fill: SECTION_FILL }));

/** A section heading ("IV. CẢI CÁCH TỔ CHỨC BỘ MÁY") across the row; it has no Mã, so merging by Mã skips it. */
function sectionRow(task: Task): RowModel {
  const label = [task.section, task.sectionTitle].filter((s) => s !== '').join('. ');
  return {
    role: 'section',
    cells: TASK_COLUMNS.map((c, i) => (c.key === 'title' ? textCell(label, SECTION_STYLES[i]) : { value: { type: 'empty' }, style: SECTION_STYLES[i] })),
  };
}

/** Stands for the sheet row in a row's formulas, which are made once and filled in per row. */
const ROW = '\u0000';

/** A formula written once for the row placeholder, as a function of the sheet row. */
function perRow(formula: string): (row: number) => string {
  const parts = formula.split(ROW);
  return (row) => parts.join(String(row));
}

/** The task row's formulas; made on first use (the column letters and labels are constants). */
let rowFormulas: { flag: (row: number) => string; reportState: (row: number) => string; overdueNo: (row: number) => string } | undefined;

function formulasOfRow(): NonNullable<typeof rowFormulas> {
  if (rowFormulas === undefined) {
    const refs = { due: `$${col('due')}${ROW}`, state: `$${col('state')}${ROW}`, doneDate: `$${col('doneDate')}${ROW}`, asOf: AS_OF_NAME };
    rowFormulas = {
      flag: perRow(dueFlagFormula({ ...refs, soonDays: SOON_DAYS_NAME })),
      reportState: perRow(reportStateFormula(refs)),
      overdueNo: perRow(overdueNumberFormula(ROW)),
    };
  }
  return rowFormulas;
}

const emptyCell = (style: CellStyle): Cell => ({ value: { type: 'empty' }, style });

function taskCell(key: TaskColumnKey, task: Task, row: number, s: CellStyle): Cell {
  switch (key) {
    case 'id':
      return textCell(task.id, s);
    case 'area':
      return textCell(AREA_NAMES[task.area].vi, s);
    case 'title':
      return textCell(task.title, s);
    case 'lead':
      return textCell(task.lead, s);
    case 'support':
      return textCell(task.support, s);
    case 'output':
      return textCell(task.output, s);
    case 'dueText':
      return textCell(task.dueText, s);
    case 'due':
      return dateCell(task.due, s);
    // A group row is a heading: nothing to pick and nothing to flag.
    case 'state':
      return task.group ? emptyCell(s) : textCell(NOT_STARTED, s);
    case 'flag':
      return task.group ? emptyCell(s) : formulaCell(formulasOfRow().flag(row), s);
    case 'reportState':
      return task.group ? emptyCell(s) : formulaCell(formulasOfRow().reportState(row), s);
    case 'sourceRows':
      return textCell(formatSourceRows(task.rows), s);
    case 'overdueNo':
      return task.group ? emptyCell(s) : formulaCell(formulasOfRow().overdueNo(row), s);
    // The official's to fill.
    case 'doneDate':
    case 'evidence':
    case 'note':
    case 'progressQ1':
    case 'progressH1':
    case 'progressQ3':
    case 'progressYear':
      return emptyCell(s);
  }
}

const NOT_STARTED = taskState('not-started').vi;

function taskRow(task: Task, row: number): RowModel {
  const styles = task.group ? GROUP_STYLES : TASK_STYLES;
  return {
    role: task.group ? 'group' : 'task',
    taskId: task.id,
    cells: TASK_COLUMNS.map((c, i) => taskCell(c.key, task, row, styles[i])),
  };
}

/**
 * The running number of an overdue task (1, 2, …; blank otherwise): the Tổng hợp sheet lists
 * the overdue tasks by looking these numbers up, which needs no array formula on any host.
 */
function overdueNumberFormula(row: number | string): string {
  const flag = col('flag');
  const overdue = `"${dueFlag('overdue').vi}"`;
  return `=IF($${flag}${row}=${overdue},COUNTIF($${flag}$${TASK_LAYOUT.headerRow + 1}:$${flag}${row},${overdue}),"")`;
}

/** Consecutive runs of sheet rows, as A1 ranges in one column: [5,6,7,9] → ['I5:I7', 'I9:I9']. */
function columnRuns(column: string, rows: readonly number[]): string[] {
  const runs: string[] = [];
  let start = -1;
  rows.forEach((r, i) => {
    if (start < 0) start = r;
    if (rows[i + 1] !== r + 1) {
      runs.push(`${column}${start}:${column}${r}`);
      start = -1;
    }
  });
  return runs;
}

export function buildTaskSheet(plan: Plan, opts: TaskSheetOptions): { sheet: SheetModel; names: DefinedName[] } {
  const rows: RowModel[] = [...settingsRows(plan, opts), { role: 'header', cells: headerCells(TASK_COLUMNS) }];
  const taskRows: number[] = [];
  let section: string | undefined;
  for (const task of plan.tasks) {
    if (task.section !== section) {
      section = task.section;
      if (task.section !== '' || task.sectionTitle !== '') rows.push(sectionRow(task));
    }
    const row = rows.length + 1;
    rows.push(taskRow(task, row));
    if (!task.group) taskRows.push(row);
  }

  const { headerRow } = TASK_LAYOUT;
  const lastRow = rows.length;
  const lastCol = columnLetter(TASK_COLUMNS.length);
  const flagCol = col('flag');
  const first = headerRow + 1;
  const stateList = TASK_STATES.map((s) => s.vi);
  const valueRef = (row: number): string => `$${columnLetter(TASK_LAYOUT.valueColumn)}$${row}`;

  const sheet: SheetModel = {
    name: TASK_SHEET,
    columns: TASK_COLUMNS.map((c) => ({ key: c.key, width: c.width, numFmt: columnFormat(c) })),
    rows,
    frozenRows: headerRow,
    autoFilter: `A${headerRow}:${lastCol}${lastRow}`,
    validations: columnRuns(col('state'), taskRows).map((range) => ({
      range,
      values: stateList,
      allowBlank: true,
      errorTitle: 'Trạng thái không hợp lệ',
      error: `Chọn một trong: ${stateList.join(', ')}.`,
    })),
    conditionalFormats:
      lastRow > headerRow
        ? [
            { range: `${flagCol}${first}:${flagCol}${lastRow}`, rules: dueFlagRules(flagCol, first) },
            { range: `${col('reportState')}${first}:${col('reportState')}${lastRow}`, rules: reportStateRules(col('reportState'), first) },
          ]
        : [],
    page: { orientation: 'landscape', fitToWidth: true, repeatRows: { first: headerRow, last: headerRow } },
    table: { headerRow, firstDataRow: first, lastRow, columnKeys: TASK_COLUMNS.map((c) => c.key) },
  };
  const names: DefinedName[] = [
    { name: AS_OF_NAME, sheet: TASK_SHEET, ref: valueRef(TASK_LAYOUT.asOfRow) },
    { name: SOON_DAYS_NAME, sheet: TASK_SHEET, ref: valueRef(TASK_LAYOUT.soonDaysRow) },
  ];
  return { sheet, names };
}
