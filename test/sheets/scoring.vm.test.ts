/**
 * Issue 5 "done when" on the Google Sheets surface: the REAL built Apps Script project
 * (dist/sheets/*.js in one vm context, the in-memory SpreadsheetApp) driven through the top-level
 * server functions exactly as the sidebar calls them.
 *
 * 1. Seed 000 in the active sheet, the tracker created with the template criteria: the Tổng hợp
 *    sheet carries one column chart (EmbeddedChartBuilder) of index vs target per area, and a
 *    re-import leaves exactly one.
 * 2. The province replaces the template: the Bộ tiêu chí sheet cleared and the hand-worked set of
 *    test/workbook/scoring/handCriteria.ts typed from A1; the targets typed into Tổng hợp; the
 *    actuals saved through parSaveTask on the Chỉ tiêu rows; one task marked done.
 * 3. parDashboard gives the numbers worked out by hand (handCriteria.ts, header comment):
 *      3.1 on-time dossiers 85%   → band "Từ 70% đến 90%": 1 of 2
 *      3.2 task III-1.1.2 done    → "Đạt": 1 of 1
 *      procedures 2 / 3 = 66.67%, target > 85% → not met (last year 81.25%)
 *      7.1 online 60% × 2         → 1.2 of 2
 *      7.2 e-documents 45%        → "Dưới 50%": 0 of 2
 *      digital government 1.2 / 4 = 30%, target ≥ 30% → met
 *      total 3.2 / 7; points lost 7.2 (2), 3.1 (1), 7.1 (0.8), 3.2 (0).
 */
import { SERVER, type CreateResult } from '../../src/sheets/api';
import { AREA_KEYS } from '../../src/core/areas/areaKeys';
import { AREA_NAMES } from '../../src/core/areas/areaPhrases';
import { criteriaToGrid } from '../../src/core/scoring';
import type { DashboardView, ImportRequest, SaveDone, TaskList } from '../../src/workbook/host';
import { columnLetter } from '../../src/workbook/model';
import { trackerFromSource } from '../../src/workbook/ops';
import { OP_SYMBOLS } from '../../src/workbook/targetCheck';
import { seedSheetValues } from '../helpers/fixtures';
import { ACTUALS, CRITERIA, DONE_TASK, TARGETS } from '../workbook/scoring/handCriteria';
import { ensureBuilt, loadProject, type AppsScriptProject } from './appsScriptProject';
import type { CellInput, FakeSheet } from './fakeSpreadsheetApp';

jest.setTimeout(120_000);

beforeAll(() => ensureBuilt());

const SOURCE = 'Phụ lục';
const REQUEST: ImportRequest = { criteria: 'template' };
/** The eight component indices the chart shows (SIPAS and the total are rows of their own). */
const INDEX_AREAS = AREA_KEYS.filter((k) => k !== 'satisfaction' && k !== 'other');
/** getValues of parDashboard: Nhiệm vụ, Chỉ tiêu, Bộ tiêu chí, Tổng hợp (as in appsScript.vm.test.ts). */
const DASHBOARD_GET_VALUES = 4;

/** Every step of an import, as the sidebar runs them. */
function createAll(p: AppsScriptProject, request: ImportRequest): CreateResult[] {
  const results = [p.run<CreateResult>(SERVER.createTracker, request, null)];
  while (results[results.length - 1].next) results.push(p.run<CreateResult>(SERVER.createTracker, request, results[results.length - 1].next));
  return results;
}

const sheetOf = (p: AppsScriptProject, name: string): FakeSheet => {
  const s = p.google.spreadsheet.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};

/** 1-based row whose column-A text is `label` (after `from`), as an official finds it. */
function rowLabelled(s: FakeSheet, label: string, from = 1): number {
  for (let r = from; r <= s.lastRow(); r++) if (String(s.cell(r, 1).value).trim() === label) return r;
  throw new Error(`no row "${label}" on ${s.name}`);
}

/** 1-based column of a header cell in `row`. */
function columnHeaded(s: FakeSheet, row: number, header: string): number {
  for (let c = 1; c <= s.lastColumn(); c++) if (String(s.cell(row, c).value).trim() === header) return c;
  throw new Error(`no column "${header}" in row ${row} of ${s.name}`);
}

/** The Tổng hợp header row of the component-index block: "Lĩnh vực" in A with "So sánh" beside it. */
function areaHeaderRow(s: FakeSheet): number {
  for (let r = 1; r <= s.lastRow(); r++) {
    if (String(s.cell(r, 1).value) !== 'Lĩnh vực') continue;
    for (let c = 2; c <= s.lastColumn(); c++) if (s.cell(r, c).value === 'So sánh') return r;
  }
  throw new Error('no component-index header on Tổng hợp');
}

/** What an official types, parsed as Sheets parses typing (a percent into a number). */
const typeInto = (s: FakeSheet, row: number, column: number, text: CellInput): void => s.store(row, column, text);

const pct = (fraction: number): string => `${+(fraction * 100).toFixed(4)}%`;

describe('scoring on the Google Sheets surface, confirmed by hand', () => {
  let p: AppsScriptProject;

  beforeAll(() => {
    p = loadProject({ source: { name: SOURCE, values: seedSheetValues('000-appendix') } });
  });

  it('1. creates the tracker with the template criteria and one index-vs-target column chart on Tổng hợp', () => {
    const preview = p.run<{ counts: { tasks: number } }>(SERVER.previewImport, REQUEST);
    expect(preview.counts.tasks).toBeGreaterThan(40);
    const results = createAll(p, REQUEST);
    expect(results[0].done.sheets).toEqual(expect.arrayContaining(['Bộ tiêu chí', 'Tổng hợp']));

    const dash = sheetOf(p, 'Tổng hợp');
    const header = areaHeaderRow(dash);
    const first = header + 1;
    const last = rowLabelled(dash, AREA_NAMES[INDEX_AREAS[INDEX_AREAS.length - 1]].vi, first);
    // The categories are the eight area labels, in order; the series the index and target columns.
    expect(Array.from({ length: last - first + 1 }, (_, i) => dash.cell(first + i, 1).value)).toEqual(INDEX_AREAS.map((k) => AREA_NAMES[k].vi));
    const index = columnHeaded(dash, header, 'Chỉ số thành phần');
    const target = columnHeaded(dash, header, 'Mục tiêu');

    expect(dash.charts).toHaveLength(1);
    const [chart] = dash.charts;
    expect(chart).toMatchObject({ type: 'COLUMN', merge: 'MERGE_COLUMNS', headers: 0, sheet: 'Tổng hợp' });
    expect(chart.ranges).toEqual([`A${first}:A${last}`, `${columnLetter(index)}${first}:${columnLetter(index)}${last}`, `${columnLetter(target)}${first}:${columnLetter(target)}${last}`]);
    expect(chart.options).toMatchObject({
      title: 'Chỉ số thành phần và mục tiêu',
      series: { 0: { labelInLegend: 'Chỉ số thành phần' }, 1: { labelInLegend: 'Mục tiêu' } },
      vAxis: { format: '0%' },
    });
    // Beside the table, clear of its 13 columns.
    expect(chart.position).toEqual({ row: header, column: 15 });

    // It is the model's chart (src/workbook/model.ts SheetModel.charts), rendered as the model says.
    const source = { sheetName: SOURCE, values: sheetOf(p, SOURCE).values(), firstRow: 1, firstColumn: 1 };
    const [model] = trackerFromSource(source, REQUEST, null).model.sheets.find((s) => s.name === 'Tổng hợp')!.charts!;
    expect(chart.ranges).toEqual([model.categories, ...model.series.map((s) => s.values)]);
    expect(chart.options.title).toBe(model.title);

    // A re-import clears the generated sheet in place (its chart too) and draws the chart again.
    p.google.spreadsheet.setActiveSheet(sheetOf(p, SOURCE));
    createAll(p, REQUEST);
    expect(sheetOf(p, 'Tổng hợp').charts).toHaveLength(1);
    expect(sheetOf(p, 'Tổng hợp').charts[0].ranges).toEqual(chart.ranges);
    expect(p.google.spreadsheet.sheets.filter((s) => s.name === 'Tổng hợp')).toHaveLength(1);
  });

  it('2. takes the province\'s criteria, the typed targets and the saved actuals', () => {
    // The province replaces the template: the sheet cleared, its own set typed from A1.
    const criteria = sheetOf(p, 'Bộ tiêu chí');
    criteria.clear();
    expect(criteria.lastRow()).toBe(0);
    criteriaToGrid(CRITERIA).forEach((row, r) => row.forEach((v, c) => typeInto(criteria, r + 1, c + 1, v as CellInput)));
    // Typed into General cells, codes like "3.1" became numbers, as in Sheets; they still read as codes.
    expect(criteria.cell(3, 1).value).toBe(3.1);
    p.google.counters.reset();

    // The targets, typed into the yellow cells of Tổng hợp.
    const dash = sheetOf(p, 'Tổng hợp');
    const header = areaHeaderRow(dash);
    const [opAt, valueAt, lastAt] = ['So sánh', 'Mục tiêu', 'Chỉ số năm trước'].map((h) => columnHeaded(dash, header, h));
    for (const t of TARGETS) {
      const r = rowLabelled(dash, AREA_NAMES[t.area as keyof typeof AREA_NAMES].vi, header + 1);
      typeInto(dash, r, opAt, OP_SYMBOLS[t.target!.op]);
      typeInto(dash, r, valueAt, pct(t.target!.value));
      typeInto(dash, r, lastAt, pct(t.lastIndex!));
      expect([dash.cell(r, opAt).value, dash.cell(r, valueAt).value, dash.cell(r, lastAt).value]).toEqual([OP_SYMBOLS[t.target!.op], t.target!.value, t.lastIndex]);
    }

    // The actuals, saved from the update tab on each indicator's Chỉ tiêu row.
    const indicators = sheetOf(p, 'Chỉ tiêu');
    const refAt = columnHeaded(indicators, 1, 'Mã chỉ tiêu');
    const actualAt = columnHeaded(indicators, 1, 'Thực tế');
    for (const [ref, value] of ACTUALS) {
      const row = Array.from({ length: indicators.lastRow() }, (_, i) => i + 1).find((r) => indicators.cell(r, refAt).value === ref);
      expect([ref, row]).toEqual([ref, expect.any(Number)]);
      const seen = p.run<TaskList>(SERVER.listTasks).tasks.find((t) => t.indicators.some((i) => i.row === row))!;
      expect(seen.id).toBe(ref.split(':')[0]);
      const done = p.run<SaveDone>(SERVER.saveTask, { id: seen.id, changes: { actuals: [{ row, value }] }, seen });
      expect(done).toMatchObject({ written: 1, logged: 1 });
      expect(indicators.cell(row!, actualAt).value).toBe(value);
    }

    // The task a yes/no criterion reads, marked done.
    const seen = p.run<TaskList>(SERVER.listTasks).tasks.find((t) => t.id === DONE_TASK)!;
    const done = p.run<SaveDone>(SERVER.saveTask, { id: DONE_TASK, changes: { state: 'Hoàn thành', doneDate: '2025-01-10' }, seen });
    expect(done.task.state).toBe('Hoàn thành');
    expect(['done', 'done-late']).toContain(done.task.flag);
    expect(p.google.counters.unlockedWrites).toEqual([]);
  });

  it('3. parDashboard shows the indices, targets and points-lost ranking of the hand calculation, in constant reads', () => {
    p.google.counters.reset();
    const view = p.run<DashboardView>(SERVER.dashboard);
    expect(p.google.counters.count('Range.getValues')).toBe(DASHBOARD_GET_VALUES);

    const scoring = view.scoring!;
    expect(scoring).toBeDefined();
    expect(scoring.problems).toEqual([]);
    const areas = Object.fromEntries(scoring.areas.map((a) => [a.key, a]));

    // 3.1: 85% in "Từ 70% đến 90%" → 1 of 2; 3.2: the task done → "Đạt" 1 of 1.
    expect(areas.procedures).toMatchObject({ max: 3, points: 2, scored: 2, criteria: 2, target: { op: '>', value: 0.85 }, met: false, lastIndex: 0.8125 });
    expect(areas.procedures.index).toBeCloseTo(2 / 3, 9);
    expect(areas.procedures.gap).toBeCloseTo(2 / 3 - 0.85, 9);
    // 7.1: 60% × 2 = 1.2; 7.2: 45% "Dưới 50%" → 0; 1.2 / 4 = 30% ≥ 30%.
    expect(areas['digital-government']).toMatchObject({ max: 4, scored: 2, target: { op: OP_SYMBOLS['>='], value: 0.3 }, met: true, lastIndex: 0.25 });
    expect(areas['digital-government'].points).toBeCloseTo(1.2, 9);
    expect(areas['digital-government'].index).toBeCloseTo(0.3, 9);
    // 2 + 1.2 of 3 + 4.
    expect(areas.total.max).toBe(7);
    expect(areas.total.points).toBeCloseTo(3.2, 9);
    expect(areas.total.index).toBeCloseTo(3.2 / 7, 9);
    // Only the areas the province's set scores, and the total.
    expect(scoring.areas.map((a) => a.key)).toEqual(['procedures', 'digital-government', 'total']);

    // max − points: 7.2 2 − 0, 3.1 2 − 1, 7.1 2 − 1.2, 3.2 1 − 1.
    expect(scoring.lost.map((l) => l.code)).toEqual(['7.2', '3.1', '7.1', '3.2']);
    expect(scoring.lost.map((l) => l.lost).map((n) => +n.toFixed(9))).toEqual([2, 1, 0.8, 0]);
    expect(scoring.lost.map((l) => l.taskId)).toEqual(['VII-1.1', 'III-3.1', 'VII-4', 'III-1.1.2']);
    expect(scoring.lost.map((l) => [l.max, +l.points.toFixed(9)])).toEqual([[2, 0], [2, 1], [2, 1.2], [1, 1]]);
  });

  it('4. a re-import keeps the province\'s criteria, the typed targets and the actuals: the same numbers', () => {
    p.google.spreadsheet.setActiveSheet(sheetOf(p, SOURCE));
    createAll(p, {});
    const view = p.run<DashboardView>(SERVER.dashboard);
    const areas = Object.fromEntries(view.scoring!.areas.map((a) => [a.key, a]));
    expect(areas.procedures).toMatchObject({ max: 3, points: 2, target: { op: '>', value: 0.85 }, met: false, lastIndex: 0.8125 });
    expect(areas['digital-government']).toMatchObject({ max: 4, met: true });
    expect(areas['digital-government'].points).toBeCloseTo(1.2, 9);
    expect(view.scoring!.lost.map((l) => l.code)).toEqual(['7.2', '3.1', '7.1', '3.2']);
    // The pasted set now sits in the tracker's layout, so the sheet's own formulas find its columns.
    const criteria = sheetOf(p, 'Bộ tiêu chí');
    const header = rowLabelled(criteria, 'Mã');
    expect(columnHeaded(criteria, header, 'Điểm')).toBe(8);
  });
});
