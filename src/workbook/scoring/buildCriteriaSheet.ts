/**
 * The Bộ tiêu chí (criteria) sheet: the scored criteria of the index, nested lĩnh vực → tiêu chí →
 * tiêu chí thành phần, each leaf with its rule compiled to a native points formula and its actual
 * fetched through an editable link (an indicator ID of the Chỉ tiêu sheet, or a task ID of
 * Nhiệm vụ). Parents add up their children. Everything reads right without the add-in.
 */
import { AREA_NAMES } from '../../core/areas/areaPhrases';
import { criteriaTree, parseRule, RuleError, type Criterion } from '../../core/scoring';
import type { Plan } from '../../core/plan/schema';
import { shortTitle } from '../buildIndicatorSheet';
import { columnFormat, headerCells } from '../buildTaskSheet';
import { dueFlag } from '../dueStatus';
import {
  columnLetter,
  formulaCell,
  numberCell,
  quoteSheetName,
  textCell,
  type Cell,
  type CellStyle,
  type ListValidation,
  type RowModel,
  type SheetModel,
} from '../model';
import { CRITERIA_SHEET, INDICATOR_SHEET, TASK_SHEET } from '../sheetNames';
import { columnIndex, INDICATOR_COLUMNS, TASK_COLUMNS } from '../trackerColumns';
import { CRITERIA_LAYOUT, CRITERIA_SHEET_COLUMNS, YES_NO, type CriteriaSheetColumnKey } from './criteriaColumns';
import { ruleChoices, ruleFormula } from './ruleFormula';

const col = (key: CriteriaSheetColumnKey): string => columnLetter(columnIndex(CRITERIA_SHEET_COLUMNS, key));
const taskCol = (key: (typeof TASK_COLUMNS)[number]['key']): string =>
  `${quoteSheetName(TASK_SHEET)}!$${columnLetter(columnIndex(TASK_COLUMNS, key))}:$${columnLetter(columnIndex(TASK_COLUMNS, key))}`;
const indCol = (key: (typeof INDICATOR_COLUMNS)[number]['key']): string =>
  `${quoteSheetName(INDICATOR_SHEET)}!$${columnLetter(columnIndex(INDICATOR_COLUMNS, key))}:$${columnLetter(columnIndex(INDICATOR_COLUMNS, key))}`;

/**
 * The actual of a leaf, from its link cell: an indicator ID ("VII-5:1") gives the Chỉ tiêu
 * actual, a task ID gives TRUE once the task is done (so a yes/no rule scores "Đạt"). A blank
 * source stays blank (INDEX of an empty cell would read as 0 and score a criterion not yet done).
 */
export function linkedActualFormula(row: number): string {
  const link = `$${col('link')}${row}`;
  const indicator = `INDEX(${indCol('actual')},MATCH(${link},${indCol('ref')},0))`;
  const flag = `INDEX(${taskCol('flag')},MATCH(${link},${taskCol('id')},0))`;
  const done = `OR(${flag}="${dueFlag('done').vi}",${flag}="${dueFlag('done-late').vi}")`;
  return `=IF(${link}="","",IF(ISNUMBER(FIND(":",${link})),IFERROR(IF(${indicator}="","",${indicator}),""),IFERROR(IF(${done},TRUE,""),"")))`;
}

export interface CriteriaSheetOptions {
  /** True for the bundled template: the sheet says so at the top, in bold. */
  readonly template: boolean;
  readonly note?: string;
}

const BASE: CellStyle = { vAlign: 'top', border: true };
const PARENT_FILL = ['D9E1F2', 'EDEDED'];

function relatedTasks(c: Criterion, plan: Plan | null): string {
  if (!c.link) return '';
  const id = c.link.kind === 'indicator' ? c.link.ref.split(':')[0] : c.link.ref;
  const task = plan?.tasks.find((t) => t.id === id);
  return task ? `${id}: ${shortTitle(task.title, 50)}` : id;
}

export function buildCriteriaSheet(criteria: readonly Criterion[], plan: Plan | null, opts: CriteriaSheetOptions): SheetModel {
  const tree = criteriaTree(criteria);
  const ordered = [...tree.byCode.values()];
  const first = CRITERIA_LAYOUT.headerRow + 1;
  const rowOf = new Map(ordered.map((c, i) => [c.code, first + i]));
  const last = first + ordered.length - 1;
  const width = CRITERIA_SHEET_COLUMNS.length;
  const pad = (cells: Cell[]): Cell[] => [...cells, ...Array<Cell>(width - cells.length).fill({ value: { type: 'empty' } })];

  const rows: RowModel[] = [
    {
      role: 'title',
      cells: pad([
        textCell(opts.template ? 'BỘ TIÊU CHÍ (MẪU — thay bằng bộ tiêu chí của tỉnh)' : 'BỘ TIÊU CHÍ', {
          bold: true,
          fontColor: opts.template ? 'C00000' : undefined,
        }),
      ]),
    },
    {
      role: 'setting',
      cells: pad([
        textCell(
          opts.note ?? 'Sửa trực tiếp các cột Mã … Liên kết, Thực tế, Điểm năm trước. Điểm, Điểm mất, Hạng là công thức (Điểm được tạo từ Cách tính điểm).',
          { italic: true, fontColor: '595959' },
        ),
      ]),
    },
    { role: 'header', cells: headerCells(CRITERIA_SHEET_COLUMNS) },
  ];
  const validations: ListValidation[] = [];
  const yesNo = [YES_NO.yes, YES_NO.no];
  for (const c of ordered) {
    const r = rowOf.get(c.code)!;
    const kids = tree.children.get(c.code);
    const depth = c.code.split('.').length;
    const style = (key: CriteriaSheetColumnKey, extra?: CellStyle): CellStyle => {
      const def = CRITERIA_SHEET_COLUMNS.find((d) => d.key === key)!;
      return {
        ...BASE,
        numFmt: key === 'actual' ? 'General' : columnFormat(def),
        wrap: def.kind === 'text' ? true : undefined,
        hAlign: def.kind === 'number' || def.kind === 'formula' || def.kind === 'list' ? 'center' : undefined,
        bold: kids ? true : undefined,
        fill: kids ? PARENT_FILL[Math.min(depth - 1, 1)] : undefined,
        ...extra,
      };
    };
    const childPoints = (kids ?? []).map((k) => `$${col('points')}${rowOf.get(k)}`).join(',');
    const read = c.rule ? parseRule(c.rule) : null;
    // An unreadable rule gives blank points, not #N/A; reading the sheet back reports the rule.
    const rule = read instanceof RuleError ? null : read;
    const cells: Record<CriteriaSheetColumnKey, Cell> = {
      code: textCell(c.code, style('code')),
      area: textCell(AREA_NAMES[c.area].vi, style('area')),
      name: textCell(c.name, style('name', { hAlign: undefined })),
      maxPoints: numberCell(c.maxPoints, style('maxPoints', { numFmt: '0.##' })),
      rule: textCell(c.rule ?? '', style('rule')),
      link: textCell(c.link?.ref ?? '', style('link')),
      actual: kids ? textCell('', style('actual')) : formulaCell(linkedActualFormula(r), style('actual')),
      points: kids
        ? formulaCell(`=IF(COUNT(${childPoints})=0,"",SUM(${childPoints}))`, style('points', { numFmt: '0.##' }))
        : rule
          ? formulaCell(`=${ruleFormula(rule, `$${col('actual')}${r}`, `$${col('maxPoints')}${r}`)}`, style('points', { numFmt: '0.##' }))
          : textCell('', style('points')),
      lastYear: c.lastYearPoints === undefined ? textCell('', style('lastYear')) : numberCell(c.lastYearPoints, style('lastYear', { numFmt: '0.##' })),
      evidence: textCell(c.evidenceRequired ? YES_NO.yes : YES_NO.no, style('evidence')),
      survey: textCell(c.survey ? YES_NO.yes : YES_NO.no, style('survey')),
      lost: kids
        ? textCell('', style('lost'))
        : formulaCell(`=IF(ISNUMBER($${col('points')}${r}),$${col('maxPoints')}${r}-$${col('points')}${r},"")`, style('lost', { numFmt: '0.##' })),
      rank: kids
        ? textCell('', style('rank'))
        : formulaCell(
            `=IF($${col('lost')}${r}="","",COUNTIF($${col('lost')}$${first}:$${col('lost')}$${last},">"&$${col('lost')}${r})+COUNTIF($${col('lost')}$${first}:$${col('lost')}${r},$${col('lost')}${r}))`,
            style('rank'),
          ),
      tasks: textCell(relatedTasks(c, plan), style('tasks')),
    };
    rows.push({ role: kids ? 'group' : 'task', taskId: c.code, cells: CRITERIA_SHEET_COLUMNS.map((d) => cells[d.key]) });
    const choices = !kids && rule ? ruleChoices(rule) : null;
    if (choices) {
      validations.push({
        range: `${col('actual')}${r}`,
        values: choices,
        allowBlank: true,
        errorTitle: 'Giá trị không hợp lệ',
        error: `Chọn một trong: ${choices.join(', ')}.`,
      });
    }
  }
  if (ordered.length > 0) {
    for (const key of ['evidence', 'survey'] as const) {
      validations.push({
        range: `${col(key)}${first}:${col(key)}${last}`,
        values: yesNo,
        allowBlank: true,
        errorTitle: 'Giá trị không hợp lệ',
        error: 'Chọn Có hoặc Không.',
      });
    }
  }
  const lastCol = columnLetter(width);
  return {
    name: CRITERIA_SHEET,
    columns: CRITERIA_SHEET_COLUMNS.map((c) => ({ key: c.key, width: c.width, numFmt: c.key === 'actual' ? undefined : columnFormat(c) })),
    rows,
    frozenRows: CRITERIA_LAYOUT.headerRow,
    autoFilter: `A${CRITERIA_LAYOUT.headerRow}:${lastCol}${Math.max(last, CRITERIA_LAYOUT.headerRow)}`,
    validations,
    conditionalFormats: [],
    page: { orientation: 'landscape', fitToWidth: true, repeatRows: { first: CRITERIA_LAYOUT.headerRow, last: CRITERIA_LAYOUT.headerRow } },
    table: {
      headerRow: CRITERIA_LAYOUT.headerRow,
      firstDataRow: first,
      lastRow: Math.max(last, CRITERIA_LAYOUT.headerRow),
      columnKeys: CRITERIA_SHEET_COLUMNS.map((c) => c.key),
    },
  };
}
