/**
 * `par-tracker import` on the plan shapes of issue 14 as a user runs it: an indicator table and a
 * plan written as prose (seed 001) give tasks with leads and targets in `--json`, and a tracker
 * whose Nhiệm vụ sheet lists them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { run } from './runCli';
import { PlanSchema, type Plan } from '../../src/core/plan/schema';
import { FIXTURES } from '../helpers/fixtures';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'par-shapes-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function planOf(file: string): Promise<Plan> {
  const r = await run('import', file, '--json');
  expect(r.code).toBe(0);
  return PlanSchema.parse(JSON.parse(r.stdout));
}

describe('import --json of an indicator table', () => {
  it('gives each indicator as a task with its office in charge, its target and the end of its phase', async () => {
    const plan = await planOf(join(FIXTURES, 'indicators', 'chi-tieu-theo-giai-doan.txt'));
    expect(plan.tasks).toHaveLength(7);
    expect(plan.tasks.every((t) => t.lead !== '' && t.targets.length === 1 && t.due !== null)).toBe(true);
    expect(plan.tasks.map((t) => t.due)).toEqual([...Array(4).fill('2027-12-31'), ...Array(3).fill('2030-12-31')]);
  });
});

describe('import --json of a plan whose component-index target table runs across a page', () => {
  it.each(['split-page-markdown.txt', 'split-page-tsv.txt'])('%s gives all ten rows with last values, ranks, targets and owners', async (name) => {
    const plan = await planOf(join(FIXTURES, 'area-targets', name));
    const rows = plan.areaTargets ?? [];
    expect(rows.map((r) => r.area)).toEqual([
      'direction',
      'institutions',
      'procedures',
      'organization',
      'civil-service',
      'public-finance',
      'digital-government',
      'impact',
      'satisfaction',
      'total',
    ]);
    expect(rows.every((r) => r.lastIndex !== null && r.lastRank !== null && r.target !== null && r.targetRank !== null && r.owner !== '')).toBe(true);
  });
});

describe('import of seed 001, a plan with no table', () => {
  const seed = join(FIXTURES, 'seeds', '001-no-table.txt');

  it('prints tasks in all nine areas with the targets its bullets state', async () => {
    const plan = await planOf(seed);
    expect(new Set(plan.tasks.map((t) => t.area)).size).toBe(9);
    const targets = plan.tasks.flatMap((t) => t.targets);
    expect(targets.some((t) => t.unit === 'count' && t.value === 3)).toBe(true);
    expect(targets.some((t) => t.direction === 'decrease' && t.value === 0.1 && t.baselineYear === 2021)).toBe(true);
    expect(plan.warnings.map((w) => w.code)).toContain('narrative-plan');
  });

  it('writes a tracker whose Nhiệm vụ sheet lists every task and group read from the prose, in order', async () => {
    const out = join(dir, 'khac-phuc.xlsx');
    const r = await run('import', seed, '-o', out);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.getWorksheet('Nhiệm vụ');
    expect(sheet).toBeDefined();
    const ids: string[] = [];
    sheet!.eachRow((row, n) => {
      if (n > 1) ids.push(String(row.getCell(1).value ?? ''));
    });
    const plan = await planOf(seed);
    expect(ids.slice(ids.indexOf('Mã') + 1).filter((id) => id !== '')).toEqual(plan.tasks.map((t) => t.id));
  });
});
