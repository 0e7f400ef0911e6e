/**
 * The scoring hand calculation through the Excel add-in (issue 5, "in all three surfaces"): seed
 * 000 imported through ExcelHost with the criteria template, the template then replaced by the
 * province's set (the hand-worked one of test/workbook/scoring/handCriteria.ts), this year's
 * targets typed into Tổng hợp, the actuals entered and one task marked done through the pane's
 * save, and the pane's dashboard read back — in one sync — with the numbers worked out by hand:
 *
 *   3.1 on-time dossiers 85%  → band 70–90%: 1 of 2      3.2 task III-1.1.2 done → Đạt: 1 of 1
 *   7.1 online 60% × 2        → 1.2 of 2                 7.2 e-documents 45% → below 50%: 0 of 2
 *   procedures 2/3 = 66.67% (target > 85%: not met; last year 81.25%)
 *   digital government 1.2/4 = 30% (target ≥ 30%: met)
 *   total 3.2/7 = 45.71%; points lost: 7.2 (2), 3.1 (1), 7.1 (0.8), 3.2 (0).
 */
import { AREA_NAMES } from '../../src/core/areas/areaPhrases';
import { criteriaToGrid } from '../../src/core/scoring';
import { ExcelHost, type ExcelRun } from '../../src/excel';
import { OP_SYMBOLS } from '../../src/workbook/targetCheck';
import { CRITERIA_SHEET, DASHBOARD_SHEET, INDICATOR_SHEET } from '../../src/workbook/sheetNames';
import type { DashboardView } from '../../src/workbook/host';
import { seedSheetValues } from '../helpers/fixtures';
import { ACTUALS, CRITERIA, DONE_TASK, TARGETS } from '../workbook/scoring/handCriteria';
import { fakeExcelWith, type FakeExcel } from './fakeExcel';
import type { FakeSheet } from './fakeWorkbook';

const NOW = new Date(2025, 0, 15, 8, 30);
const SOURCE = 'Phụ lục';

const sheet = (fake: FakeExcel, name: string): FakeSheet => {
  const s = fake.state.sheetByName(name);
  if (!s) throw new Error(`no sheet "${name}"`);
  return s;
};

/** What the official does in the workbook between the import and the dashboard. */
async function scoredWorkbook(): Promise<{ fake: FakeExcel; host: ExcelHost; view: DashboardView; dashboardSyncs: number }> {
  const fake = fakeExcelWith({ [SOURCE]: seedSheetValues('000-appendix') });
  const host = new ExcelHost({ run: fake.run as unknown as ExcelRun, supports: (v) => fake.supports(v), platform: 'desktop', now: () => NOW });
  await host.createTracker({ criteria: 'template' });

  // 1. The province's own criteria set replaces the template: the sheet cleared, the set pasted
  //    from A1 (the reader finds the header by its words).
  const criteria = sheet(fake, CRITERIA_SHEET);
  criteria.cells.clear();
  criteria.changed();
  criteriaToGrid(CRITERIA).forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== '' && v !== null && v !== undefined) fake.state.writeValue(criteria, r + 1, c + 1, v);
    }),
  );

  // 2. This year's targets and last year's index typed into the yellow cells of Tổng hợp.
  const dash = sheet(fake, DASHBOARD_SHEET);
  const grid = dash.grid();
  const header = grid.findIndex((r) => r[0] === 'Lĩnh vực' && r.includes('So sánh'));
  expect(header).toBeGreaterThanOrEqual(0);
  const col = (label: string): number => grid[header].indexOf(label) + 1;
  for (const t of TARGETS) {
    const row = grid.findIndex((r, i) => i > header && r[0] === AREA_NAMES[t.area as keyof typeof AREA_NAMES].vi) + 1;
    expect([t.area, row > header + 1]).toEqual([t.area, true]);
    fake.state.writeValue(dash, row, col('So sánh'), OP_SYMBOLS[t.target!.op]);
    fake.state.writeValue(dash, row, col('Mục tiêu'), t.target!.value);
    fake.state.writeValue(dash, row, col('Chỉ số năm trước'), t.lastIndex);
  }

  // 3. The actuals entered in the pane, each on the indicator row its ID names (Mã chỉ tiêu).
  const indicators = sheet(fake, INDICATOR_SHEET).grid();
  const refAt = indicators[0].indexOf('Mã chỉ tiêu');
  expect(refAt).toBeGreaterThanOrEqual(0);
  for (const [ref, value] of ACTUALS) {
    const row = indicators.findIndex((r) => r[refAt] === ref) + 1;
    const task = (await host.listTasks()).tasks.find((t) => t.indicators.some((i) => i.row === row));
    expect([ref, task?.id]).toEqual([ref, ref.split(':')[0]]);
    const saved = await host.saveTask({ id: task!.id, changes: { actuals: [{ row, value }] }, seen: task! });
    expect(saved.task.indicators.find((i) => i.row === row)!.actual).toBe(value);
  }

  // 4. The task a criterion links to marked done.
  const done = (await host.listTasks()).tasks.find((t) => t.id === DONE_TASK)!;
  await host.saveTask({ id: done.id, changes: { state: 'Hoàn thành' }, seen: done });

  let view: DashboardView | undefined;
  const dashboardSyncs = await fake.countSyncs(async () => {
    view = await host.dashboard();
  });
  return { fake, host, view: view!, dashboardSyncs };
}

describe('the hand-worked scoring through the Excel add-in', () => {
  let result: Awaited<ReturnType<typeof scoredWorkbook>>;
  beforeAll(async () => {
    result = await scoredWorkbook();
  });

  it('reads the dashboard in one sync, scoring the province’s set without a problem', () => {
    expect(result.dashboardSyncs).toBe(1);
    expect(result.view.scoring).toBeDefined();
    expect(result.view.scoring!.problems).toEqual([]);
    expect(result.fake.state.coercions).toEqual([]);
  });

  it('gives each area its points, component index, target, met and gap', () => {
    const areas = Object.fromEntries(result.view.scoring!.areas.map((a) => [a.key, a]));
    expect(areas.procedures).toMatchObject({ max: 3, points: 2, scored: 2, criteria: 2, target: { op: '>', value: 0.85 }, met: false, lastIndex: 0.8125 });
    expect(areas.procedures.index).toBeCloseTo(2 / 3, 9);
    expect(areas.procedures.gap).toBeCloseTo(2 / 3 - 0.85, 9);
    expect(areas['digital-government']).toMatchObject({ max: 4, points: 1.2, index: 0.3, scored: 2, criteria: 2, target: { op: '≥', value: 0.3 }, met: true, gap: 0, lastIndex: 0.25 });
    expect(areas.total).toMatchObject({ max: 7, points: 3.2, scored: 4, criteria: 4 });
    expect(areas.total.index).toBeCloseTo(3.2 / 7, 9);
  });

  it('ranks the criteria by points lost, with the task each one serves', () => {
    const lost = result.view.scoring!.lost;
    expect(lost.map((l) => l.code)).toEqual(['7.2', '3.1', '7.1', '3.2']);
    expect(lost.map((l) => l.lost)).toEqual([2, 1, 0.8, 0]);
    expect(lost.map((l) => [l.max, l.points])).toEqual([[2, 0], [2, 1], [2, 1.2], [1, 1]]);
    expect(lost.map((l) => l.taskId)).toEqual(['VII-1.1', 'III-3.1', 'VII-4', 'III-1.1.2']);
  });

  it('has the saves in the sheets: the actuals on Chỉ tiêu, the task done on Nhiệm vụ', async () => {
    const tasks = (await result.host.listTasks()).tasks;
    expect(tasks.find((t) => t.id === DONE_TASK)).toMatchObject({ state: 'Hoàn thành', flag: 'done' });
    const actuals = tasks.flatMap((t) => t.indicators.filter((i) => i.actual !== null).map((i) => [t.id, i.actual]));
    expect(actuals.sort()).toEqual([['III-3.1', 0.85], ['VII-1.1', 0.45], ['VII-4', 0.6]]);
  });
});
