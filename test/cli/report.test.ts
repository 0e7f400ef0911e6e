/**
 * `par-tracker report` and `remind` on a tracker built from the 000 seed, with states and
 * completion dates filled in a known pattern (as an official would, with exceljs): the counts
 * match a hand calculation, every lead office of a task counts it, the reminders list exactly the
 * overdue tasks, and the Word documents hold the national heading, the title and every task.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readDocx } from '../../src/core/grid/docx';
import { splitOffices } from '../../src/core/offices/offices';
import type { ReportData } from '../../src/core/report/report';
import type { Reminders } from '../../src/core/report/reminders';
import { FIXTURES } from '../helpers/fixtures';
import { run } from './runCli';
import { convert, CSV_ALL_SHEETS, mustExist, parseCsv, requirePdftoppm, tempDir } from './xlsx/libreoffice';
import { spawnSync } from 'node:child_process';
import { fillPattern as fillAt, type Filled } from './filledTracker';

const SEED = join(FIXTURES, 'seeds', '000-appendix.txt');
/** 15/01/2025: after the plan year's 31/12 deadlines, as a year report closed in January is. */
const AS_OF = '2025-01-15';

/** All the text of a .docx, paragraphs and table cells, read back with the importer's own reader. */
async function docxText(file: string): Promise<string> {
  const blocks = await readDocx(readFileSync(file));
  return blocks
    .map((b) => (b.kind === 'paragraph' ? b.text : b.grid.map((r) => r.join(' ')).join(' ')))
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** The report state by hand, from the rules as the reports word them. */
function byHand(t: Filled): string {
  const done = t.doneDate !== null ? t.doneDate <= AS_OF : t.state === 'Hoàn thành';
  if (done) return t.due && t.doneDate && t.doneDate > t.due ? 'doneLate' : 'doneOnTime';
  if (!t.due) return 'noDeadline';
  return t.due < AS_OF ? 'openOverdue' : 'openOnTime';
}

describe('par-tracker report / remind', () => {
  const dir = mkdtempSync(join(tmpdir(), 'par-report-'));
  const tracker = join(dir, 'tracker.xlsx');
  let filled: Filled[];
  let report: ReportData;
  let reminders: Reminders;

  beforeAll(async () => {
    expect((await run('import', SEED, '-o', tracker)).code).toBe(0);
    filled = await fillAt(tracker, AS_OF);
    const r = await run('report', tracker, '--period', 'year', '--as-of', AS_OF, '--json');
    expect(r.stderr).toBe('');
    report = JSON.parse(r.stdout);
    reminders = JSON.parse((await run('remind', tracker, '--as-of', AS_OF, '--json')).stdout);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('counts the five states as a hand calculation does', () => {
    const want = { total: filled.length, doneOnTime: 0, doneLate: 0, openOnTime: 0, openOverdue: 0, noDeadline: 0 } as Record<string, number>;
    for (const t of filled) want[byHand(t)]++;
    expect(report.counts).toEqual(want);
    expect(report.counts.total).toBe(46);
    expect(want.doneLate).toBeGreaterThan(0);
    expect(want.openOverdue).toBeGreaterThan(0);
    expect(report.tasks.map((t) => [t.id, t.state])).toEqual(filled.map((t) => [t.id, byHand(t)]));
  });

  it('gives the period from the workbook settings and its own cut-off unless --as-of says otherwise', async () => {
    expect(report.period).toEqual({ key: 'year', name: 'Năm', from: '2023-12-15', to: '2024-12-14', due: '2024-12-20' });
    expect(report.asOf).toBe(AS_OF);
    const h1: ReportData = JSON.parse((await run('report', tracker, '--period', 'h1', '--json')).stdout);
    expect(h1.asOf).toBe('2024-06-14');
    // A task done in July was not done at the half-year cut-off.
    expect(h1.counts.doneOnTime + h1.counts.doneLate).toBeLessThan(report.counts.doneOnTime + report.counts.doneLate);
  });

  it('counts a task for each lead office it names and a task with no lead under "Chưa xác định"', () => {
    const joint = report.tasks.find((t) => t.lead === 'Văn phòng HĐND và UBND huyện; UBND cấp xã')!;
    expect(joint.offices).toEqual(['Văn phòng HĐND và UBND huyện', 'UBND cấp xã']);
    const sumOver = (office: string): number => report.tasks.filter((t) => t.offices.includes(office)).length;
    for (const o of report.byOffice) expect([o.office, o.total]).toEqual([o.office, sumOver(o.office)]);
    const unassigned = report.byOffice.find((o) => o.office === 'Chưa xác định');
    expect(unassigned?.total).toBe(filled.filter((t) => t.lead.trim() === '').length);
    expect(report.byOffice.reduce((n, o) => n + o.total, 0)).toBeGreaterThan(report.counts.total);
    expect(report.byArea.reduce((n, a) => n + a.total, 0)).toBe(report.counts.total);
  });

  it('carries the period progress the official typed into the report', () => {
    const open = report.tasks.find((t) => filled.find((f) => f.id === t.id)?.state === 'Đang thực hiện')!;
    expect(open.progress).toBe(`Đã triển khai ${open.id}`);
  });

  it('lists exactly the overdue tasks in the reminders, each under every lead office it names', () => {
    const want = new Set(report.tasks.filter((t) => t.state === 'openOverdue').flatMap((t) => t.offices.map((o) => `${o}|${t.id}`)));
    const got = new Set(reminders.offices.flatMap((o) => o.tasks.map((t) => `${o.office}|${t.id}`)));
    expect(got).toEqual(want);
    for (const o of reminders.offices) for (const t of o.tasks) expect(t.daysOverdue).toBeGreaterThan(0);
    const splitCount = report.tasks.filter((t) => t.state === 'openOverdue' && splitOffices(t.lead).length > 1).length;
    expect(splitCount).toBeGreaterThan(0);
  });

  it('refuses a period it does not know and a report file that is not .docx, in one line', async () => {
    const bad = await run('report', tracker, '--period', 'q2');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^Lỗi: kỳ báo cáo không hợp lệ "q2"/);
    const out = await run('report', tracker, '--period', 'q1', '-o', join(dir, 'bc.pdf'));
    expect(out.stderr).toMatch(/cần đuôi \.docx/);
  });

  it('gives each office the same task count on Tổng hợp (computed by LibreOffice) as in the report', () => {
    const work = tempDir('par-dash-');
    try {
      const conversion = convert([tracker], CSV_ALL_SHEETS, work);
      const dash = parseCsv(readFileSync(mustExist(join(work, 'tracker-Tổng hợp.csv'), conversion), 'utf8'));
      const header = dash.findIndex((r) => r[0] === 'Cơ quan chủ trì');
      expect(header).toBeGreaterThan(0);
      const totalAt = dash[header].indexOf('Tổng');
      const rows = dash.slice(
        header + 1,
        dash.findIndex((r, i) => i > header && r[0] === 'Tổng'),
      );
      const onSheet = Object.fromEntries(rows.map((r) => [r[0], Number(r[totalAt])]));
      const inReport = Object.fromEntries(report.byOffice.map((o) => [o.office, o.total]));
      expect(onSheet).toEqual(inReport);
      // The Tổng row counts each task once, as the report's total does.
      expect(Number(dash.find((r, i) => i > header && r[0] === 'Tổng')?.[totalAt])).toBe(report.counts.total);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  describe('the Word documents', () => {
    const reportDocx = join(dir, 'bao-cao.docx');
    const remindDocx = join(dir, 'don-doc.docx');
    beforeAll(async () => {
      expect((await run('report', tracker, '--period', 'year', '--as-of', AS_OF, '-o', reportDocx)).code).toBe(0);
      expect((await run('remind', tracker, '--as-of', AS_OF, '-o', remindDocx)).code).toBe(0);
    });

    it('holds the national heading, the title and every task in the report', async () => {
      const text = await docxText(reportDocx);
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(text).toContain('BÁO CÁO');
      expect(text).toContain('Kết quả thực hiện kế hoạch cải cách hành chính năm 2024');
      expect(text).toContain(`Tổng số nhiệm vụ theo Kế hoạch: ${report.counts.total} nhiệm vụ`);
      for (const t of report.tasks) expect(text).toContain(t.title.replace(/\s+/g, ' '));
      expect(text).toContain('Nơi nhận:');
    });

    it('writes one reminder letter naming every office with an overdue task', async () => {
      const text = await docxText(remindDocx);
      expect(text).toContain('Kính gửi');
      expect(text).toContain('V/v đôn đốc');
      for (const o of reminders.offices.filter((x) => x.office !== 'Chưa xác định')) expect(text).toContain(o.office);
    });

    it('opens in LibreOffice Writer: the report renders to pages (first page and the appendix in test-artifacts/)', () => {
      const work = tempDir('par-docx-');
      try {
        const conversion = convert([reportDocx, remindDocx], 'pdf', work);
        const pdf = mustExist(join(work, 'bao-cao.pdf'), conversion);
        mustExist(join(work, 'don-doc.pdf'), conversion);
        const pdftoppm = requirePdftoppm();
        const pages = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout.match(/Pages:\s+(\d+)/);
        expect(Number(pages?.[1] ?? 0)).toBeGreaterThanOrEqual(3);
        const artifacts = resolve(__dirname, '../../test-artifacts');
        mkdirSync(artifacts, { recursive: true });
        spawnSync(pdftoppm, ['-r', '60', '-png', '-f', '1', '-l', '1', pdf, join(artifacts, 'bao-cao-page')]);
        spawnSync(pdftoppm, ['-r', '60', '-png', '-f', '1', '-l', '1', join(work, 'don-doc.pdf'), join(artifacts, 'don-doc-page')]);
        copyFileSync(pdf, join(artifacts, 'bao-cao.pdf'));
        writeFileSync(join(artifacts, 'bao-cao.json'), JSON.stringify(report.counts));
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    });
  });
});
