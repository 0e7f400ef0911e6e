/**
 * `par-tracker rollup` over trackers built from the three seeds, filled in a known pattern: each
 * unit gets the counts of its own `report --json` at the same cut-off, ranks follow the share done
 * on time (ties share a rank), every overdue task is listed under its unit; a file that is not a
 * tracker and a tracker of another plan year are reported, not counted; the roll-up workbook opens
 * in LibreOffice without a formula error (PDF page in test-artifacts/).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { competitionRanks, type RollupData } from '../../src/core/report/rollup';
import type { ReportData } from '../../src/core/report/report';
import { FIXTURES } from '../helpers/fixtures';
import { fillPattern } from './filledTracker';
import { run } from './runCli';
import { convert, CSV_ALL_SHEETS, mustExist, parseCsv, requirePdftoppm, tempDir } from './xlsx/libreoffice';

jest.setTimeout(180_000);

const AS_OF = '2025-01-15';
const seed = (name: string): string => join(FIXTURES, 'seeds', `${name}.txt`);

describe('par-tracker rollup', () => {
  const dir = mkdtempSync(join(tmpdir(), 'par-rollup-'));
  const units = [
    { seed: '000-appendix', file: join(dir, 'huyen-a.xlsx'), args: [] as string[] },
    { seed: '002-two-row-header', file: join(dir, 'huyen-b.xlsx'), args: [] },
    // The 2019 sample taken as this year's plan of a third unit.
    { seed: '003-markdown', file: join(dir, 'huyen-c.xlsx'), args: ['--year', '2024'] },
  ];
  const otherYear = join(dir, 'nam-2019.xlsx');
  const notTracker = join(dir, 'danh-sach.xlsx');
  const out = join(dir, 'tong-hop.xlsx');
  let rollup: RollupData;
  const reports: ReportData[] = [];

  beforeAll(async () => {
    for (const u of units) {
      expect((await run('import', seed(u.seed), '-o', u.file, ...u.args)).code).toBe(0);
      await fillPattern(u.file, AS_OF);
      reports.push(JSON.parse((await run('report', u.file, '--period', 'year', '--as-of', AS_OF, '--json')).stdout));
    }
    expect((await run('import', seed('003-markdown'), '-o', otherYear)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Danh sách').addRow(['Họ tên', 'Chức vụ']);
    await wb.xlsx.writeFile(notTracker);
    const r = await run('rollup', units[0].file, `${units[1].file}=UBND huyện B`, units[2].file, otherYear, notTracker, '--as-of', AS_OF, '--json', '-o', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    rollup = JSON.parse(r.stdout);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives each unit the counts of its own report at the same cut-off, in the order given', () => {
    expect(rollup.asOf).toBe(AS_OF);
    expect(rollup.year).toBe(2024);
    expect(rollup.units.map((u) => u.file)).toEqual(units.map((u) => u.file));
    rollup.units.forEach((u, i) => expect([u.file, u.counts]).toEqual([u.file, reports[i].counts]));
    expect(rollup.units[1].unit).toBe('UBND huyện B');
    const sum = (k: keyof ReportData['counts']): number => reports.reduce((n, r) => n + r.counts[k], 0);
    expect(rollup.total.counts).toEqual({
      total: sum('total'),
      doneOnTime: sum('doneOnTime'),
      doneLate: sum('doneLate'),
      openOnTime: sum('openOnTime'),
      openOverdue: sum('openOverdue'),
      noDeadline: sum('noDeadline'),
    });
  });

  it('ranks by the share done on time, ties sharing a rank', () => {
    const shares = rollup.units.map((u) => u.counts.doneOnTime / u.counts.total);
    expect(rollup.units.map((u) => u.onTimeRate)).toEqual(shares);
    expect(rollup.units.map((u) => u.rank)).toEqual(competitionRanks(shares));
    expect(competitionRanks([0.5, 0.9, 0.5, 0.2])).toEqual([2, 1, 2, 4]);
  });

  it('lists every overdue task under its unit', () => {
    rollup.units.forEach((u, i) => {
      const want = reports[i].tasks.filter((t) => t.state === 'openOverdue').map((t) => t.id);
      expect(u.overdue.map((t) => t.id).sort()).toEqual([...want].sort());
      expect(u.overdue.every((t) => t.daysOverdue > 0)).toBe(true);
    });
  });

  it('reports a file that is not a tracker and a tracker of another plan year, without counting them', () => {
    expect(rollup.skipped.map((s) => s.file)).toEqual([otherYear, notTracker]);
    expect(rollup.skipped[0].reason).toContain('2019');
    expect(rollup.skipped[1].reason).toContain('Nhiệm vụ');
  });

  it('writes a roll-up workbook LibreOffice opens without a formula error (first page in test-artifacts/)', () => {
    const work = tempDir('par-rollup-lo-');
    try {
      const csv = convert([out], CSV_ALL_SHEETS, work);
      const summary = parseCsv(readFileSync(mustExist(join(work, 'tong-hop-Tổng hợp đơn vị.csv'), csv), 'utf8'));
      const overdue = parseCsv(readFileSync(mustExist(join(work, 'tong-hop-Quá hạn các đơn vị.csv'), csv), 'utf8'));
      for (const row of [...summary, ...overdue]) expect(row.filter((c) => /^(#|Err:)/.test(c))).toEqual([]);
      const header = summary.findIndex((r) => r[1] === 'Đơn vị');
      expect(summary.slice(header + 1, header + 4).map((r) => r[1])).toEqual(rollup.units.map((u) => u.unit));
      expect(summary.slice(header + 1, header + 4).map((r) => Number(r[2]))).toEqual(rollup.units.map((u) => u.counts.total));
      expect(overdue.filter((r) => /^\d+$/.test(r[0] ?? '')).length).toBe(rollup.units.reduce((n, u) => n + u.overdue.length, 0));
      const pdf = convert([out], 'pdf', work);
      const file = mustExist(join(work, 'tong-hop.pdf'), pdf);
      const artifacts = resolve(__dirname, '../../test-artifacts');
      mkdirSync(artifacts, { recursive: true });
      spawnSync(requirePdftoppm(), ['-r', '60', '-png', '-f', '1', '-l', '1', file, join(artifacts, 'tong-hop-don-vi-page')]);
      copyFileSync(file, join(artifacts, 'tong-hop-don-vi.pdf'));
      writeFileSync(join(artifacts, 'tong-hop-don-vi.json'), JSON.stringify(rollup.total));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('tells apart two units that would read alike (same plan, no agency) by their file names', async () => {
    const copy = join(dir, 'xa-b.xlsx');
    copyFileSync(units[0].file, copy);
    const r = await run('rollup', units[0].file, copy, '--as-of', AS_OF, '--json');
    const names = (JSON.parse(r.stdout) as RollupData).units.map((u) => u.unit);
    expect(names[0]).not.toBe(names[1]);
    expect(names.map((n) => n.replace(/^.* \((.*)\)$/, '$1'))).toEqual(['huyen-a', 'xa-b']);
  });

  it('refuses a roll-up file that is not .xlsx, in one line', async () => {
    const r = await run('rollup', units[0].file, '-o', join(dir, 'x.pdf'));
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
