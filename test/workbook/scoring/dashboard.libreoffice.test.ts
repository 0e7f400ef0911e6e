/**
 * The CLI surface of scoring: a tracker built from seed 000 with a small criteria set linked to
 * its indicators and tasks; the official enters actuals and a state; LibreOffice computes the
 * workbook, and the Tổng hợp sheet shows the points, indices, targets and the points-lost
 * ranking worked out by hand below.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importText } from '../../../src/core/appendix/importDocument';
import { buildTrackerModel } from '../../../src/workbook/buildTracker';
import { buildDashboardSheet } from '../../../src/workbook/scoring/buildDashboardSheet';
import { CRITERIA, TARGETS } from './handCriteria';
import { writeTrackerXlsx } from '../../../src/files/writeTrackerXlsx';
import { convert, CSV_ALL_SHEETS, mustExist, parseCsv, tempDir } from '../../cli/xlsx/libreoffice';
import { seedText } from '../../helpers/fixtures';
import { enter, enterAt, keyIndex, sheetNamed } from '../modelEdits';
import type { Plan } from '../../../src/core/plan/schema';
import type { WorkbookModel } from '../../../src/workbook/model';
import { AREA_NAMES } from '../../../src/core/areas/areaPhrases';

jest.setTimeout(180_000);

/** Types an actual on the Chỉ tiêu row of an indicator ID. */
function enterActual(model: WorkbookModel, ref: string, value: number): WorkbookModel {
  const sheet = sheetNamed(model, 'Chỉ tiêu');
  const refAt = keyIndex(sheet, 'ref');
  const row = sheet.rows.findIndex((r) => r.cells[refAt]?.value.type === 'text' && (r.cells[refAt].value as { text: string }).text === ref) + 1;
  if (row < 1) throw new Error(`no indicator ${ref}`);
  return enterAt(model, 'Chỉ tiêu', row, keyIndex(sheet, 'actual') + 1, { type: 'number', number: value });
}

describe('Tổng hợp with a criteria set (CLI workbook, computed by LibreOffice)', () => {
  const plan: Plan = importText(seedText('000-appendix'), 'document').plan;
  const AS_OF = '2025-01-15';
  let dash: string[][];
  let criteria: string[][];
  let dir = '';
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    const withTargets: Plan = { ...plan, areaTargets: TARGETS.map((t) => ({ ...t, name: '', targetText: '' })) };
    let model = buildTrackerModel(withTargets, { name: 'Phụ lục', grid: [] }, { asOf: AS_OF, criteria: { criteria: CRITERIA, template: false } });
    model = enterActual(model, 'III-3.1:1', 0.85); // 1 point of 2
    model = enterActual(model, 'VII-4:1', 0.6); // 0.6 × 2 = 1.2 of 2
    model = enterActual(model, 'VII-1.1:2', 0.45); // below 50%: 0 of 2
    model = enter(model, 'Nhiệm vụ', 'III-1.1.2', { state: { type: 'text', text: 'Hoàn thành' } }); // done → Đạt: 1 of 1
    // The official retypes the digital target's operator without the ≥ key.
    const dashSheet = sheetNamed(model, 'Tổng hợp');
    const digitalRow = dashSheet.rows.findIndex((r) => r.cells[0]?.value.type === 'text' && (r.cells[0].value as { text: string }).text === AREA_NAMES['digital-government'].vi) + 1;
    model = enterAt(model, 'Tổng hợp', digitalRow, 6, { type: 'text', text: '>=' });
    dir = tempDir('dashboard-');
    const file = join(dir, 'tracker.xlsx');
    writeFileSync(file, await writeTrackerXlsx(model));
    const conversion = convert([file], CSV_ALL_SHEETS, dir);
    dash = parseCsv(readFileSync(mustExist(join(dir, 'tracker-Tổng hợp.csv'), conversion), 'utf8'));
    criteria = parseCsv(readFileSync(mustExist(join(dir, 'tracker-Bộ tiêu chí.csv'), conversion), 'utf8'));
  });

  const rowOf = (label: string, from = 0): string[] => {
    const r = dash.slice(from).find((row) => row[0] === label);
    if (!r) throw new Error(`no row ${label}`);
    return r;
  };

  it('scores each criterion from its linked indicator or task', () => {
    const points = Object.fromEntries(criteria.filter((r) => /^\d/.test(r[0] ?? '')).map((r) => [r[0], r[7]]));
    expect(points).toEqual({ '3': '2', '3.1': '1', '3.2': '1', '7': '1.2', '7.1': '1.2', '7.2': '0' });
  });

  it('shows per area the max, points, component index, target, met and gap', () => {
    const procedures = rowOf('Cải cách thủ tục hành chính');
    // max 3, points 1 + 1 = 2, index 2/3 = 66.67%, target > 85%: not met, gap 66.67 − 85 = −18.33 points.
    expect(procedures.slice(0, 13)).toEqual(['Cải cách thủ tục hành chính', '3', '2', '2/2', '66.67%', '>', '85.00%', 'Chưa đạt', '-18.33%', '81.25%', '6', '4', 'Phòng Nội vụ']);
    const digitalLabel = AREA_NAMES['digital-government'].vi;
    const digital = rowOf(digitalLabel).slice(0, 9);
    // max 4, points 1.2 + 0 = 1.2, index 30%, target ">=" 30% (typed): met, gap 0.
    expect(digital).toEqual([digitalLabel, '4', '1.2', '2/2', '30.00%', '>=', '30.00%', 'Đạt', '0.00%']);
    // Total: max 7, points 3.2, index 45.71%.
    expect(rowOf('Tổng').slice(0, 5)).toEqual(['Tổng', '7', '3.2', '', '45.71%']);
  });

  it('ranks the criteria by points lost, most first, with the tasks that serve them', () => {
    const start = dash.findIndex((r) => r[0].startsWith('2. Các tiêu chí mất nhiều điểm nhất')) + 2;
    const ranking = dash.slice(start, start + 4).map((r) => [r[0].split(' ')[0], r[3], r[4], r[6].split(':')[0]]);
    // lost: 7.2 → 2, 3.1 → 1, 7.1 → 0.8, 3.2 → 0
    expect(ranking).toEqual([
      ['7.2', '2', '1', 'VII-1.1'],
      ['3.1', '1', '2', 'III-3.1'],
      ['7.1', '0.8', '3', 'VII-4'],
      ['3.2', '0', '4', 'III-1.1.2'],
    ]);
  });

  it('counts tasks by deadline state per area and lists the overdue tasks', () => {
    const tasks = plan.tasks.filter((t) => !t.group);
    const procedures = tasks.filter((t) => t.area === 'procedures');
    const overdue = procedures.filter((t) => t.due !== null && t.due < AS_OF && t.id !== 'III-1.1.2').length;
    const header = dash.findIndex((r) => r[0] === 'Lĩnh vực' && r[1] === 'Quá hạn');
    const row = rowOf('Cải cách thủ tục hành chính', header);
    expect(Number(row[1])).toBe(overdue);
    expect(Number(row[4])).toBe(1); // Hoàn thành: III-1.1.2
    expect(Number(row[7])).toBe(procedures.length);
    const listStart = dash.findIndex((r) => /Nhiệm vụ quá hạn/.test(r[0])) + 2;
    const listed = dash.slice(listStart).filter((r) => r[0] !== '').map((r) => r[0].split(' ')[0]);
    const allOverdue = tasks.filter((t) => t.due !== null && t.due < AS_OF && t.id !== 'III-1.1.2').map((t) => t.id);
    expect(listed).toEqual(allOverdue.slice(0, 100));
  });

  it('leaves the area block out when there is neither a criteria set nor a target table', () => {
    const { sheet, layout } = buildDashboardSheet(plan, { hasCriteria: false, rankingSize: 0, targets: [] });
    expect(layout.areaRows).toBeUndefined();
    expect(layout.rankingRows).toBeUndefined();
    expect(sheet.rows.some((r) => r.cells[0]?.value.type === 'text' && /Nhiệm vụ theo cơ quan chủ trì/.test((r.cells[0].value as { text: string }).text))).toBe(true);
  });
});
