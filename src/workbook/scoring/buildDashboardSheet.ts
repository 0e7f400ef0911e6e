/**
 * The Tổng hợp (dashboard) sheet, all native formulas so it reads right without the add-in:
 *  1. per area: max points, self-assessed points, component index, this year's target, met or
 *     not and the gap, last year's index and rank, the office in charge (when the workbook has a
 *     criteria set or the plan has the component-index target table);
 *  2. the criteria that lose the most points, with the tasks that serve them;
 *  3. tasks by deadline state per area and per lead office;
 *  4. the overdue tasks (looked up by the running number the Nhiệm vụ sheet keeps).
 */
import { AREA_KEYS } from '../../core/areas/areaKeys';
import { AREA_NAMES } from '../../core/areas/areaPhrases';
import type { AreaTarget, Plan } from '../../core/plan/schema';
import { DUE_STATES } from '../../core/status/dueState';
import { DATE_FORMAT } from '../trackerColumns';
import { dueFlag, formulaString } from '../dueStatus';
import { officeResolver, UNASSIGNED_OFFICE } from '../../core/offices/offices';
import { TASK_LAYOUT } from '../buildTaskSheet';
import { columnLetter, formulaCell, numberCell, quoteSheetName, textCell, type Cell, type CellStyle, type ChartModel, type ConditionalFormat, type ListValidation, type RowModel, type SheetModel } from '../model';
import { AS_OF_NAME, CRITERIA_SHEET, DASHBOARD_SHEET, TASK_SHEET } from '../sheetNames';
import { columnIndex, TASK_COLUMNS } from '../trackerColumns';
import { OP_SYMBOLS } from '../targetCheck';
import { CRITERIA_SHEET_COLUMNS } from './criteriaColumns';

/** One row of the plan's component-index target table, as the dashboard needs it. */
export type AreaTargetRow = Omit<AreaTarget, 'name' | 'targetText'>;

export interface DashboardOptions {
  /** The workbook has a Bộ tiêu chí sheet: points and indices come from it. */
  readonly hasCriteria: boolean;
  /** How many criteria the points-lost ranking shows (at most the number of leaves). */
  readonly rankingSize: number;
  readonly targets: readonly AreaTargetRow[];
}

const WIDTH = 13;
const HEAD: CellStyle = { bold: true, wrap: true, hAlign: 'center', vAlign: 'middle', fill: 'DDEBF7', border: true };
const CELL: CellStyle = { border: true, vAlign: 'top' };
const NUM: CellStyle = { ...CELL, hAlign: 'center', numFmt: '0.##' };
const PCT: CellStyle = { ...CELL, hAlign: 'center', numFmt: '0.00%' };
const INPUT_FILL = 'FFF2CC';
const TITLE: CellStyle = { bold: true };
const BLOCK: CellStyle = { bold: true, fontColor: '1F4E79' };
const OVERDUE_LIST_MAX = 100;
/** The eight areas of the index; SIPAS is its own row, and "other" is no component index. */
const INDEX_AREAS = AREA_KEYS.filter((k) => k !== 'satisfaction' && k !== 'other');
/** The label of the total rows, which re-import and the pane read back too. */
export const TOTAL_LABEL = 'Tổng';

/** The header of the component-index block, by what each column holds; read back by ops/dashboardTargets. */
export const AREA_BLOCK_HEADERS = {
  area: 'Lĩnh vực',
  max: 'Điểm tối đa',
  points: 'Điểm tự đánh giá',
  scored: 'Số tiêu chí đã chấm',
  index: 'Chỉ số thành phần',
  op: 'So sánh',
  target: 'Mục tiêu',
  met: 'Đạt mục tiêu?',
  gap: 'Chênh lệch',
  lastIndex: 'Chỉ số năm trước',
  lastRank: 'Hạng năm trước',
  targetRank: 'Hạng mục tiêu',
  owner: 'Cơ quan chủ trì',
} as const;

const crit = (key: (typeof CRITERIA_SHEET_COLUMNS)[number]['key']): string => {
  const l = columnLetter(columnIndex(CRITERIA_SHEET_COLUMNS, key));
  return `${quoteSheetName(CRITERIA_SHEET)}!$${l}:$${l}`;
};
const task = (key: (typeof TASK_COLUMNS)[number]['key']): string => {
  const l = columnLetter(columnIndex(TASK_COLUMNS, key));
  return `${quoteSheetName(TASK_SHEET)}!$${l}:$${l}`;
};
const empty = (style?: CellStyle): Cell => ({ value: { type: 'empty' }, style });
const pad = (cells: Cell[]): Cell[] => [...cells, ...Array<Cell>(Math.max(0, WIDTH - cells.length)).fill(empty())];

/** Where the dashboard's blocks landed, for tests and for hosts that chart them. */
export interface DashboardLayout {
  readonly areaRows?: { readonly first: number; readonly last: number; readonly satisfaction: number; readonly total: number };
  readonly rankingRows?: { readonly first: number; readonly last: number };
  readonly stateAreaRows: { readonly header: number; readonly first: number; readonly last: number };
  readonly stateLeadRows: { readonly header: number; readonly first: number; readonly last: number };
  readonly overdueRows: { readonly first: number; readonly last: number };
}

export function buildDashboardSheet(plan: Plan, opts: DashboardOptions): { sheet: SheetModel; layout: DashboardLayout } {
  const rows: RowModel[] = [];
  const push = (cells: Cell[], role: RowModel['role'] = 'task'): number => {
    rows.push({ role, cells: pad(cells) });
    return rows.length;
  };
  const blank = (): number => push([], 'setting');
  const conditionalFormats: ConditionalFormat[] = [];
  const validations: ListValidation[] = [];
  const charts: ChartModel[] = [];

  push([textCell('TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH', TITLE)], 'title');
  push([textCell('Ngày đánh giá', { bold: true }), formulaCell(`=${AS_OF_NAME}`, { numFmt: DATE_FORMAT, hAlign: 'left', bold: true })], 'setting');
  let areaRows: DashboardLayout['areaRows'];
  let rankingRows: DashboardLayout['rankingRows'];

  // 1. Component indices against targets.
  if (opts.hasCriteria || opts.targets.length > 0) {
    blank();
    push([textCell('1. Chỉ số thành phần so với mục tiêu', BLOCK)], 'section');
    const headers = Object.values(AREA_BLOCK_HEADERS);
    push(headers.map((h) => textCell(h, HEAD)), 'header');
    const targetOf = (k: AreaTargetRow['area']): AreaTargetRow | undefined => opts.targets.find((t) => t.area === k);
    const first = rows.length + 1;
    const line = (label: string, key: AreaTargetRow['area']): number => {
      const r = rows.length + 1;
      const t = targetOf(key);
      const criteria = opts.hasCriteria && key !== 'satisfaction';
      const sum = (col: (typeof CRITERIA_SHEET_COLUMNS)[number]['key']): string => `=SUMIFS(${crit(col)},${crit('area')},$A${r},${crit('rule')},"<>")`;
      const scored = `COUNTIFS(${crit('area')},$A${r},${crit('rule')},"<>",${crit('points')},">=0")`;
      const own = key === 'total'
        ? [formulaCell(`=SUM(B${first}:B${r - 2})`, NUM), formulaCell(`=SUM(C${first}:C${r - 2})`, NUM), empty(CELL)]
        : criteria
          ? [formulaCell(sum('maxPoints'), NUM), formulaCell(sum('points'), NUM), formulaCell(`=${scored}&"/"&COUNTIFS(${crit('area')},$A${r},${crit('rule')},"<>")`, { ...CELL, hAlign: 'center' })]
          : [empty(CELL), empty(CELL), empty(CELL)];
      // No criterion scored yet: blank, not a misleading 0%.
      const index =
        key === 'satisfaction' || !opts.hasCriteria
          ? empty({ ...PCT, fill: INPUT_FILL })
          : key === 'total'
            ? formulaCell(`=IF(COUNT(E${first}:E${r - 2})=0,"",IF(N(B${r})>0,C${r}/B${r},""))`, PCT)
            : formulaCell(`=IF(${scored}=0,"",IF(N(B${r})>0,C${r}/B${r},""))`, PCT);
      // "≥" and ">=" both, as an official without the symbol on the keyboard types it.
      const is = (...forms: string[]): string => `OR(${forms.map((f) => `F${r}="${f}"`).join(',')})`;
      const cmp = (a: string): string =>
        `IF(${is(OP_SYMBOLS['>'])},${a}>G${r},IF(${is(OP_SYMBOLS['>='], '>=')},${a}>=G${r},IF(${is(OP_SYMBOLS['<'])},${a}<G${r},IF(${is(OP_SYMBOLS['<='], '<=')},${a}<=G${r},${a}=G${r}))))`;
      push([
        textCell(label, { ...CELL, bold: key === 'total' }),
        ...own,
        index,
        t?.target ? textCell(OP_SYMBOLS[t.target.op], { ...CELL, hAlign: 'center', numFmt: '@' }) : empty({ ...CELL, fill: INPUT_FILL, numFmt: '@' }),
        t?.target ? numberCell(t.target.value, PCT) : empty({ ...PCT, fill: INPUT_FILL }),
        formulaCell(`=IF(OR(E${r}="",G${r}=""),"",IF(${cmp(`E${r}`)},"Đạt","Chưa đạt"))`, { ...CELL, hAlign: 'center' }),
        formulaCell(`=IF(OR(E${r}="",G${r}=""),"",E${r}-G${r})`, PCT),
        t?.lastIndex != null ? numberCell(t.lastIndex, PCT) : empty(PCT),
        t?.lastRank != null ? numberCell(t.lastRank, NUM) : empty(NUM),
        t?.targetRank != null ? numberCell(t.targetRank, NUM) : empty(NUM),
        textCell(t?.owner ?? '', { ...CELL, wrap: true }),
      ]);
      return r;
    };
    for (const k of INDEX_AREAS) line(AREA_NAMES[k].vi, k);
    const last = rows.length;
    const satisfaction = line(AREA_NAMES.satisfaction.vi, 'satisfaction');
    const total = line(TOTAL_LABEL, 'total');
    areaRows = { first, last, satisfaction, total };
    const ops = [OP_SYMBOLS['>'], OP_SYMBOLS['>='], OP_SYMBOLS['<'], OP_SYMBOLS['<='], OP_SYMBOLS['='], '>=', '<='];
    validations.push({ range: `F${first}:F${total}`, values: ops, allowBlank: true, errorTitle: 'Phép so sánh không hợp lệ', error: `Chọn một trong: ${ops.join(' ')}.` });
    conditionalFormats.push({
      range: `H${first}:H${total}`,
      rules: [
        { formula: `=$H${first}="Đạt"`, fill: 'C6EFCE', fontColor: '006100' },
        { formula: `=$H${first}="Chưa đạt"`, fill: 'FFC7CE', fontColor: '9C0006' },
      ],
    });
    charts.push({ title: 'Chỉ số thành phần và mục tiêu', categories: `A${first}:A${last}`, series: [{ name: 'Chỉ số thành phần', values: `E${first}:E${last}` }, { name: 'Mục tiêu', values: `G${first}:G${last}` }], anchor: `O${first - 1}`, widthColumns: 8, heightRows: 16, numFmt: '0%' });
  }

  // 2. Points lost.
  if (opts.hasCriteria && opts.rankingSize > 0) {
    blank();
    push([textCell('2. Các tiêu chí mất nhiều điểm nhất (khắc phục trước)', BLOCK)], 'section');
    push(['Tiêu chí', 'Điểm tối đa', 'Điểm', 'Điểm mất', 'Hạng', 'Lĩnh vực', 'Nhiệm vụ liên quan'].map((h) => textCell(h, HEAD)), 'header');
    const first = rows.length + 1;
    for (let k = 1; k <= opts.rankingSize; k++) {
      const at = (col: (typeof CRITERIA_SHEET_COLUMNS)[number]['key']): string => `INDEX(${crit(col)},MATCH(${k},${crit('rank')},0))`;
      push([
        formulaCell(`=IFERROR(${at('code')}&" "&${at('name')},"")`, { ...CELL, wrap: true }),
        formulaCell(`=IFERROR(${at('maxPoints')},"")`, NUM),
        formulaCell(`=IFERROR(${at('points')},"")`, NUM),
        formulaCell(`=IFERROR(${at('lost')},"")`, NUM),
        formulaCell(`=IF(A${rows.length + 1}="","",${k})`, NUM),
        formulaCell(`=IFERROR(${at('area')},"")`, CELL),
        formulaCell(`=IFERROR(${at('tasks')}&"","")`, CELL),
      ]);
    }
    rankingRows = { first, last: rows.length };
  }

  // 3. Tasks by state per area, then per lead office, with the share done (on time or late).
  const stateHeaders = DUE_STATES.map((s) => dueFlag(s).vi);
  const totalCol = columnLetter(stateHeaders.length + 2);
  const doneCols = [columnLetter(DUE_STATES.indexOf('done') + 2), columnLetter(DUE_STATES.indexOf('done-late') + 2)];
  const rate = (r: number): Cell => formulaCell(`=IF(N(${totalCol}${r})=0,"",(${doneCols[0]}${r}+${doneCols[1]}${r})/${totalCol}${r})`, { ...PCT, numFmt: '0%' });
  const stateTable = (
    title: string,
    label: string,
    keys: readonly string[],
    count: (key: string, r: number, stateCell: string) => string,
    totalRow: (stateCell: string) => string,
  ): { header: number; first: number; last: number } => {
    blank();
    push([textCell(title, BLOCK)], 'section');
    const header = push([label, ...stateHeaders, TOTAL_LABEL, 'Tỷ lệ hoàn thành'].map((h) => textCell(h, HEAD)), 'header');
    const first = rows.length + 1;
    for (const key of keys) {
      const r = rows.length + 1;
      push([
        textCell(key, { ...CELL, wrap: true }),
        ...stateHeaders.map((_, i) => formulaCell(count(key, r, `${columnLetter(i + 2)}$${header}`), NUM)),
        formulaCell(`=SUM(B${r}:${columnLetter(stateHeaders.length + 1)}${r})`, { ...NUM, bold: true }),
        rate(r),
      ]);
    }
    const last = rows.length;
    const r = rows.length + 1;
    push([
      textCell(TOTAL_LABEL, { ...CELL, bold: true }),
      ...stateHeaders.map((_, i) => formulaCell(totalRow(`${columnLetter(i + 2)}$${header}`) || `=SUM(${columnLetter(i + 2)}${first}:${columnLetter(i + 2)}${Math.max(last, first)})`, { ...NUM, bold: true })),
      formulaCell(`=SUM(B${r}:${columnLetter(stateHeaders.length + 1)}${r})`, { ...NUM, bold: true }),
      rate(r),
    ]);
    return { header, first, last };
  };
  const tasks = plan.tasks.filter((t) => !t.group);
  const areas = AREA_KEYS.filter((k) => tasks.some((t) => t.area === k)).map((k) => AREA_NAMES[k].vi);
  const stateAreaRows = stateTable(
    `${areaRows ? 3 : 1}. Nhiệm vụ theo trạng thái và lĩnh vực`,
    'Lĩnh vực',
    areas,
    (_key, r, state) => `=COUNTIFS(${task('area')},$A${r},${task('flag')},${state})`,
    () => '',
  );
  const offices = officeCounting(tasks, plan.tasks.length + plan.sections.length + TASK_LAYOUT.headerRow + ROW_MARGIN);
  const stateLeadRows = stateTable(
    `${areaRows ? 4 : 2}. Nhiệm vụ theo cơ quan chủ trì (nhiệm vụ có nhiều cơ quan chủ trì được tính cho từng cơ quan; dòng Tổng tính mỗi nhiệm vụ một lần)`,
    'Cơ quan chủ trì',
    offices.names,
    (key, _r, state) => `=SUMPRODUCT(${offices.condition(key)}*(${offices.flags}=${state}))`,
    (state) => `=COUNTIF(${task('flag')},${state})`,
  );

  // 4. Overdue tasks.
  blank();
  const size = Math.min(tasks.length, OVERDUE_LIST_MAX);
  push([textCell(`${areaRows ? 5 : 3}. Nhiệm vụ quá hạn${tasks.length > size ? ` (${size} nhiệm vụ đầu; lọc cột Cảnh báo ở trang ${TASK_SHEET} để xem hết)` : ''}`, BLOCK)], 'section');
  push(['Nhiệm vụ', 'Hạn', 'Cơ quan chủ trì'].map((h) => textCell(h, HEAD)), 'header');
  const overdueFirst = rows.length + 1;
  for (let k = 1; k <= size; k++) {
    const at = (col: (typeof TASK_COLUMNS)[number]['key']): string => `INDEX(${task(col)},MATCH(${k},${task('overdueNo')},0))`;
    push([
      formulaCell(`=IFERROR(${at('id')}&" "&${at('title')},"")`, { ...CELL, wrap: true }),
      formulaCell(`=IFERROR(${at('due')},"")`, { ...CELL, numFmt: DATE_FORMAT, hAlign: 'center' }),
      formulaCell(`=IFERROR(${at('lead')}&"","")`, CELL),
    ]);
  }

  const widths = [34, 11, 9, 9, 10, 8, 9, 9, 9, 9, 8, 8, 18];
  return {
    sheet: {
      name: DASHBOARD_SHEET,
      columns: widths.map((width, i) => ({ key: `c${i + 1}`, width })),
      rows,
      frozenRows: 0,
      validations,
      conditionalFormats,
      page: { orientation: 'landscape', fitToWidth: true },
      charts,
    },
    layout: { areaRows, rankingRows, stateAreaRows, stateLeadRows, overdueRows: { first: overdueFirst, last: rows.length } },
  };
}

/** Rows below the plan's tasks that the office counts still cover, for tasks the official adds. */
const ROW_MARGIN = 500;

/** Escapes SEARCH's wildcards (~ * ?) in literal text. */
const searchText = (text: string): string => text.replace(/[~*?]/g, (c) => `~${c}`);

/**
 * The per-office counts as native formulas: an office counts a task whose lead cell is one of the
 * cells that named it at import (as core split them, so joint leads and spellings agree with the
 * report), or whose lead names it as a piece between ";" or "," (so a lead the official edits
 * later to name it is counted too); a task with a blank lead counts under UNASSIGNED_OFFICE.
 */
function officeCounting(tasks: readonly Plan['tasks'][number][], lastRow: number): { names: string[]; condition: (office: string) => string; flags: string } {
  const range = (key: (typeof TASK_COLUMNS)[number]['key']): string => {
    const l = columnLetter(columnIndex(TASK_COLUMNS, key));
    return `${quoteSheetName(TASK_SHEET)}!$${l}$${TASK_LAYOUT.headerRow + 1}:$${l}$${lastRow}`;
  };
  const lead = range('lead');
  const resolver = officeResolver(tasks.map((t) => t.lead));
  const cells = new Map<string, Set<string>>();
  for (const t of tasks) {
    for (const office of resolver.officesOf(t.lead)) {
      const set = cells.get(office) ?? new Set<string>();
      if (t.lead.trim() !== '') set.add(t.lead);
      cells.set(office, set);
    }
  }
  const names = [...cells.keys()].sort((a, b) => Number(a === UNASSIGNED_OFFICE) - Number(b === UNASSIGNED_OFFICE) || a.localeCompare(b, 'vi'));
  const pieces = `";"&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(TRIM(${lead}),CHAR(10),";"),", ",";"),"; ",";")&";"`;
  const condition = (office: string): string => {
    if (office === UNASSIGNED_OFFICE) return `(LEN(TRIM(${lead}))=0)`;
    const byPiece = `ISNUMBER(SEARCH(${formulaString(`;${searchText(office)};`)},${pieces}))`;
    const exact = [...(cells.get(office) ?? [])].filter((c) => c.length < 250).map((c) => `(${lead}=${formulaString(c)})`);
    // Excel's formula limit is 8,192 characters: past a few thousand, the piece search alone.
    const terms = exact.join('+').length < 4000 ? [...exact, byPiece] : [byPiece];
    return `((${terms.join('+')})>0)`;
  };
  return { names, condition, flags: range('flag') };
}
