/**
 * The pane's dashboard scoring (what the Excel task pane and the Sheets sidebar show) on a
 * tracker built from seed 000 with the hand-worked criteria set: the sheets as a host returns
 * them (formulas not computed), actuals typed on Chỉ tiêu, one task marked done. The numbers are
 * those worked out in test/workbook/scoring/handCriteria.ts — the same LibreOffice computes
 * from the native formulas.
 */
import { importText } from '../../../src/core/appendix/importDocument';
import type { Plan } from '../../../src/core/plan/schema';
import { buildTrackerModel } from '../../../src/workbook/buildTracker';
import { dashboardFrom, excelDate, sheetValues, taskListFrom, trackerFromSource, type HostCell, type TrackerValues } from '../../../src/workbook/ops';
import { seedSheetValues, seedText } from '../../helpers/fixtures';
import { ACTUALS, CRITERIA, DONE_TASK, TARGETS } from '../scoring/handCriteria';
import { criteriaToGrid } from '../../../src/core/scoring';

const AS_OF = '2025-01-15';

function valuesOf(sheets: Record<string, HostCell[][]>): TrackerValues {
  return { tasks: sheets['Nhiệm vụ'], indicators: sheets['Chỉ tiêu'], criteria: sheets['Bộ tiêu chí'] ?? null, dashboard: sheets['Tổng hợp'] ?? null };
}

describe('dashboard scoring in the pane', () => {
  const plan: Plan = { ...importText(seedText('000-appendix'), 'document').plan, areaTargets: TARGETS.map((t) => ({ ...t, name: '', targetText: '' })) };
  const model = buildTrackerModel(plan, { name: 'Phụ lục', grid: [] }, { asOf: AS_OF, criteria: { criteria: CRITERIA, template: false } });
  const sheets = Object.fromEntries(model.sheets.map((s) => [s.name, sheetValues(s, excelDate)]));
  // The official types the actuals and marks one task done.
  const ind = sheets['Chỉ tiêu'];
  const refAt = ind[0].indexOf('Mã chỉ tiêu');
  const actualAt = ind[0].indexOf('Thực tế');
  for (const [ref, value] of ACTUALS) ind.find((r) => r[refAt] === ref)![actualAt] = value;
  const tasks = sheets['Nhiệm vụ'];
  tasks.find((r) => r[0] === DONE_TASK)![tasks[3].indexOf('Trạng thái')] = 'Hoàn thành';

  const view = dashboardFrom(taskListFrom(valuesOf(sheets), AS_OF), valuesOf(sheets));

  it('gives each area its points, component index, target, met and gap', () => {
    const areas = Object.fromEntries(view.scoring!.areas.map((a) => [a.key, a]));
    expect(areas.procedures).toMatchObject({ max: 3, points: 2, scored: 2, criteria: 2, target: { op: '>', value: 0.85 }, met: false, lastIndex: 0.8125 });
    expect(areas.procedures.index).toBeCloseTo(2 / 3, 6);
    expect(areas.procedures.gap).toBeCloseTo(2 / 3 - 0.85, 6);
    expect(areas['digital-government']).toMatchObject({ max: 4, points: 1.2, index: 0.3, target: { op: '≥', value: 0.3 }, met: true });
    expect(areas.total.max).toBe(7);
    expect(areas.total.points).toBe(3.2);
    expect(areas.total.index).toBeCloseTo(3.2 / 7, 6);
  });

  it('ranks the criteria by points lost with the task each one serves', () => {
    expect(view.scoring!.lost.map((l) => [l.code, l.lost, l.taskId])).toEqual([
      ['7.2', 2, 'VII-1.1'],
      ['3.1', 1, 'III-3.1'],
      ['7.1', 0.8, 'VII-4'],
      ['3.2', 0, 'III-1.1.2'],
    ]);
  });

  it('prefers an actual typed in the Bộ tiêu chí sheet over the linked one', () => {
    const crit = sheets['Bộ tiêu chí'].map((r) => [...r]);
    const header = crit.findIndex((r) => r[0] === 'Mã');
    const actualAt = crit[header].indexOf('Thực tế');
    crit.find((r) => r[0] === '7.2')![actualAt] = 0.85; // ≥ 80%: 2 of 2
    const v = dashboardFrom(taskListFrom(valuesOf(sheets), AS_OF), { ...valuesOf(sheets), criteria: crit });
    expect(v.scoring!.areas.find((a) => a.key === 'digital-government')!.points).toBe(3.2);
  });

  it('reads an operator typed as ">=" like "≥"', () => {
    const dash = sheets['Tổng hợp'].map((r) => [...r]);
    const header = dash.findIndex((r) => r[0] === 'Lĩnh vực' && r.includes('So sánh'));
    dash.find((r) => r[0] === 'Chính quyền điện tử, chính quyền số')![dash[header].indexOf('So sánh')] = '>=';
    const v = dashboardFrom(taskListFrom(valuesOf(sheets), AS_OF), { ...valuesOf(sheets), dashboard: dash });
    expect(v.scoring!.areas.find((a) => a.key === 'digital-government')).toMatchObject({ met: true, target: { op: '>=', value: 0.3 } });
  });

  it('has no scoring without a criteria sheet', () => {
    expect(dashboardFrom(taskListFrom(valuesOf(sheets), AS_OF), { ...valuesOf(sheets), criteria: null }).scoring).toBeUndefined();
  });
});

describe('criteria from the import tab', () => {
  const source = { sheetName: 'Phụ lục', values: seedSheetValues('000-appendix'), firstRow: 1, firstColumn: 1 };

  it('adds the template criteria sheet on request, with links suggested from the plan', () => {
    const { model } = trackerFromSource(source, { criteria: 'template' }, null, { asOf: AS_OF });
    const sheet = model.sheets.find((s) => s.name === 'Bộ tiêu chí');
    expect(sheet).toBeDefined();
    const linkAt = sheet!.table!.columnKeys.indexOf('link');
    const links = sheet!.rows.map((r) => r.cells[linkAt]?.value).filter((v) => v?.type === 'text');
    expect(links.length).toBeGreaterThan(5);
    expect(trackerFromSource(source, {}, null).model.sheets.some((s) => s.name === 'Bộ tiêu chí')).toBe(false);
  });

  it("keeps the workbook's own criteria sheet on re-import", () => {
    const first = trackerFromSource(source, { criteria: 'template' }, null, { asOf: AS_OF });
    const sheets = Object.fromEntries(first.model.sheets.map((s) => [s.name, sheetValues(s, excelDate)]));
    const again = trackerFromSource(source, {}, valuesOf(sheets), { asOf: AS_OF });
    const crit = again.model.sheets.find((s) => s.name === 'Bộ tiêu chí');
    expect(crit?.ifExists).toBe('keep');
    expect(again.model.sheets.find((s) => s.name === 'Tổng hợp')!.rows.some((r) => r.cells[0]?.value.type === 'text' && /mất nhiều điểm/.test((r.cells[0].value as { text: string }).text))).toBe(true);
  });
});

describe('re-import keeps what the official entered for scoring', () => {
  const source = { sheetName: 'Phụ lục', values: seedSheetValues('000-appendix'), firstRow: 1, firstColumn: 1 };
  const sheetsOf = (model: { sheets: readonly { name: string }[] }): Record<string, HostCell[][]> =>
    Object.fromEntries((model.sheets as Parameters<typeof sheetValues>[0][]).map((s) => [s.name, sheetValues(s, excelDate)]));

  it('keeps the actuals of two same-worded indicators of one task apart', () => {
    const first = sheetsOf(trackerFromSource(source, {}, null, { asOf: AS_OF }).model);
    const ind = first['Chỉ tiêu'];
    const refAt = ind[0].indexOf('Mã chỉ tiêu');
    const metricAt = ind[0].indexOf('Chỉ tiêu');
    const actualAt = ind[0].indexOf('Thực tế');
    const row2 = ind.find((r) => r[refAt] === 'VII-1.1:2')!;
    const row4 = ind.find((r) => r[refAt] === 'VII-1.1:4')!;
    expect(row2[metricAt]).toBe(row4[metricAt]); // the seed words both the same way
    row2[actualAt] = 0.45;
    row4[actualAt] = 0.72;
    const again = sheetsOf(trackerFromSource(source, {}, valuesOf(first), { asOf: AS_OF }).model)['Chỉ tiêu'];
    expect(again.find((r) => r[refAt] === 'VII-1.1:2')![actualAt]).toBe(0.45);
    expect(again.find((r) => r[refAt] === 'VII-1.1:4')![actualAt]).toBe(0.72);
  });

  it('keeps the targets typed on Tổng hợp', () => {
    const first = sheetsOf(trackerFromSource(source, { criteria: 'template' }, null, { asOf: AS_OF }).model);
    const dash = first['Tổng hợp'];
    const header = dash.findIndex((r) => r[0] === 'Lĩnh vực' && r.includes('So sánh'));
    const row = dash.find((r) => r[0] === 'Cải cách thủ tục hành chính')!;
    row[dash[header].indexOf('So sánh')] = '>';
    row[dash[header].indexOf('Mục tiêu')] = 0.85;
    row[dash[header].indexOf('Hạng năm trước')] = 6;
    const again = sheetsOf(trackerFromSource(source, {}, valuesOf(first), { asOf: AS_OF }).model)['Tổng hợp'];
    const kept = again.find((r) => r[0] === 'Cải cách thủ tục hành chính')!;
    expect([kept[dash[header].indexOf('So sánh')], kept[dash[header].indexOf('Mục tiêu')], kept[dash[header].indexOf('Hạng năm trước')]]).toEqual(['>', 0.85, 6]);
  });

  it("rewrites a criteria set pasted in another layout into the tracker's, keeping its actuals, so the dashboard scores it", () => {
    const first = sheetsOf(trackerFromSource(source, { criteria: 'template' }, null, { asOf: AS_OF }).model);
    // The province pastes its own set (code, area, name, max, rule, link …) over the template.
    const pasted = criteriaToGrid(CRITERIA) as HostCell[][];
    const actualAt = pasted[0].length;
    pasted[0] = [...pasted[0], 'Thực tế'];
    pasted.forEach((r, i) => i > 0 && (r[actualAt] = r[0] === '7.2' ? 0.85 : ''));
    first['Bộ tiêu chí'] = pasted;
    const rebuilt = trackerFromSource(source, {}, valuesOf(first), { asOf: AS_OF }).model;
    const crit = rebuilt.sheets.find((s) => s.name === 'Bộ tiêu chí')!;
    expect(crit.ifExists).not.toBe('keep');
    const values = sheetsOf(rebuilt);
    const header = values['Bộ tiêu chí'].findIndex((r) => r[0] === 'Mã');
    expect(values['Bộ tiêu chí'][header].slice(0, 8)).toEqual(['Mã', 'Lĩnh vực', 'Tên tiêu chí', 'Điểm tối đa', 'Cách tính điểm', 'Liên kết', 'Thực tế', 'Điểm']);
    expect(values['Bộ tiêu chí'].find((r) => r[0] === '7.2')![6]).toBe(0.85);
    const view = dashboardFrom(taskListFrom(valuesOf(values), AS_OF), valuesOf(values));
    // 7.2 typed 85% → ≥ 80%: 2 of 2; the others not entered yet.
    expect(view.scoring!.areas.find((a) => a.key === 'digital-government')).toMatchObject({ points: 2, scored: 1 });
  });
});
