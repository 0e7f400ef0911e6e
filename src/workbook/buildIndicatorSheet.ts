/**
 * The Chỉ tiêu sheet: one row per numeric target found in the plan, in plan order, with the
 * official's actual (or numerator/denominator) next to it and a native Đạt? formula.
 */
import type { Plan, Target, Task } from '../core/plan/schema';
import { indicatorRef } from '../core/scoring/links';
import { headerCells, columnFormat } from './buildTaskSheet';
import { columnLetter, numberCell, textCell, formulaCell, type Cell, type CellStyle, type RowModel, type SheetModel } from './model';
import { INDICATOR_SHEET } from './sheetNames';
import { DIRECTION_WORDS, MET_VALUES, metFormula, OP_SYMBOLS, percentFormat, UNIT_WORDS } from './targetCheck';
import { columnIndex, INDICATOR_COLUMNS, type ColumnDef, type IndicatorColumnKey } from './trackerColumns';

const HEADER_ROW = 1;
const SHORT_TITLE = 60;

const col = (key: IndicatorColumnKey): string => columnLetter(columnIndex(INDICATOR_COLUMNS, key));

/**
 * A task title cut at a word boundary for a narrow column.
 * @example shortTitle('Tổ chức thực hiện các nhiệm vụ', 20) → 'Tổ chức thực hiện…'
 */
export function shortTitle(title: string, max: number = SHORT_TITLE): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** How the target's value and the actual typed against it are shown: 0.9 as 90% for '%'. */
function valueFormat(target: Target): { value: string; actual: string } {
  if (target.unit === '%') return { value: percentFormat(target.value), actual: '0.0%' };
  return { value: 'General', actual: 'General' };
}

function indicatorRow(task: Task, target: Target, row: number, ordinal: number): RowModel {
  const fmt = valueFormat(target);
  const ref = (key: IndicatorColumnKey): string => `$${col(key)}${row}`;
  const met = metFormula({
    op: ref('op'),
    value: ref('value'),
    baselineYear: ref('baselineYear'),
    direction: ref('direction'),
    actual: ref('actual'),
    numerator: ref('numerator'),
    denominator: ref('denominator'),
  });
  const empty = (s: CellStyle): Cell => ({ value: { type: 'empty' }, style: s });
  const values: Record<IndicatorColumnKey, (s: CellStyle) => Cell> = {
    taskId: (s) => textCell(task.id, s),
    taskTitle: (s) => textCell(shortTitle(task.title), s),
    metric: (s) => textCell(target.metric, s),
    op: (s) => textCell(OP_SYMBOLS[target.op], s),
    value: (s) => numberCell(target.value, { ...s, numFmt: fmt.value }),
    unit: (s) => textCell(UNIT_WORDS[target.unit], s),
    baselineYear: (s) => (target.baselineYear === undefined ? empty(s) : numberCell(target.baselineYear, { ...s, numFmt: '0' })),
    direction: (s) => textCell(target.direction === undefined ? '' : DIRECTION_WORDS[target.direction], s),
    text: (s) => textCell(target.text, s),
    actual: (s) => empty({ ...s, numFmt: fmt.actual }),
    numerator: (s) => empty(s),
    denominator: (s) => empty(s),
    met: (s) => formulaCell(met, s),
    ref: (s) => textCell(indicatorRef(task.id, ordinal), s),
  };
  const centred: readonly IndicatorColumnKey[] = ['op', 'unit', 'baselineYear', 'direction', 'met', 'ref'];
  const style = (c: ColumnDef<IndicatorColumnKey>): CellStyle => ({
    numFmt: columnFormat(c),
    wrap: c.kind === 'text' || c.kind === 'formula' ? true : undefined,
    vAlign: 'top',
    hAlign: centred.includes(c.key) ? 'center' : undefined,
    border: true,
  });
  return { role: 'indicator', taskId: task.id, cells: INDICATOR_COLUMNS.map((c) => values[c.key](style(c))) };
}

export function buildIndicatorSheet(plan: Plan): SheetModel {
  const rows: RowModel[] = [{ role: 'header', cells: headerCells(INDICATOR_COLUMNS) }];
  for (const task of plan.tasks) {
    task.targets.forEach((target, i) => rows.push(indicatorRow(task, target, rows.length + 1, i + 1)));
  }
  const lastRow = rows.length;
  const first = HEADER_ROW + 1;
  const metCol = col('met');
  const q = (s: string): string => `"${s}"`;
  return {
    name: INDICATOR_SHEET,
    columns: INDICATOR_COLUMNS.map((c) => ({ key: c.key, width: c.width, numFmt: columnFormat(c) })),
    rows,
    frozenRows: HEADER_ROW,
    autoFilter: `A${HEADER_ROW}:${columnLetter(INDICATOR_COLUMNS.length)}${lastRow}`,
    validations: [],
    conditionalFormats:
      lastRow > HEADER_ROW
        ? [
            {
              range: `${metCol}${first}:${metCol}${lastRow}`,
              rules: [MET_VALUES.met, MET_VALUES.notMet].map((m) => ({
                formula: `=$${metCol}${first}=${q(m.vi)}`,
                fill: m.fill,
                fontColor: m.fontColor,
              })),
            },
          ]
        : [],
    page: { orientation: 'landscape', fitToWidth: true, repeatRows: { first: HEADER_ROW, last: HEADER_ROW } },
    table: { headerRow: HEADER_ROW, firstDataRow: first, lastRow, columnKeys: INDICATOR_COLUMNS.map((c) => c.key) },
  };
}
