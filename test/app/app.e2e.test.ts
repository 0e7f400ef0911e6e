/**
 * The browser app (dist/app) in headless Chromium, served from 127.0.0.1 as `npm run app` serves
 * it: an official chooses the plan as a Word file, previews it, adds the template criteria and
 * downloads the tracker — the download opened with exceljs holds the plan's tasks. Then the
 * revised plan is imported into that tracker with an entry typed in it (kept), a .pdf gets the
 * "save as .docx" message, the page works offline once loaded and opened from the file system,
 * and no request leaves for another origin. Screenshots at 1280 and 390 px in test-artifacts/.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { Document, Packer, Paragraph } from 'docx';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import webpack from 'webpack';
import { importText } from '../../src/core/appendix/importDocument';
import { buildTrackerModel } from '../../src/workbook/buildTracker';
import { writeTrackerXlsx } from '../../src/files/writeTrackerXlsx';
import { artifactPath, launchBrowser } from '../helpers/browser';
import { docxOfSeed } from '../helpers/docxPlan';
import { FIXTURES, seedText } from '../helpers/fixtures';

jest.setTimeout(240_000);

const ROOT = resolve(__dirname, '..', '..');
const DIST = join(ROOT, 'dist', 'app');
const byTestId = (id: string): string => `[data-testid="${id}"]`;
const PLAN = importText(seedText('000-appendix'), 'document').plan;
const TASK_IDS = PLAN.tasks.filter((t) => !t.group).map((t) => t.id);

function newest(dir: string): number {
  return readdirSync(dir).reduce((m, f) => {
    const p = join(dir, f);
    const s = statSync(p);
    return Math.max(m, s.isDirectory() ? newest(p) : s.mtimeMs);
  }, 0);
}

/** Builds dist/app when it is missing or older than the sources (npm test's build:web made it already). */
async function ensureBuilt(): Promise<void> {
  const sources = Math.max(...['app', 'ui', 'files', 'documents', 'workbook', 'core'].map((d) => newest(join(ROOT, 'src', d))));
  const built = existsSync(join(DIST, 'app.js')) ? statSync(join(DIST, 'app.js')).mtimeMs : 0;
  if (built >= sources) return;
  await new Promise<void>((done, fail) => {
    const compiler = webpack({ ...require('../../build/webpack.app.js'), infrastructureLogging: { level: 'error' } });
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) return fail(error);
      if (stats?.hasErrors()) return fail(new Error(stats.toString({ all: false, errors: true })));
      done();
    });
  });
}

const { serveApp } = require('../../scripts/serve-app.js') as { serveApp(dir: string, port?: number): Promise<{ server: Server; url: string }> };

let browser: Browser;
let server: Server;
let base: string;

beforeAll(async () => {
  await ensureBuilt();
  ({ server, url: base } = await serveApp(DIST));
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

interface Opened {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

const opened: Opened[] = [];

/** A Vietnamese browser on the app; page errors, console errors, CSP violations and foreign requests are problems. */
async function openApp(width: number, url = base): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'vi-VN', acceptDownloads: true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith('file:') && !r.url().startsWith('blob:')) problems.push(`request: ${r.url()}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  await page.waitForSelector(`${byTestId('par-app')}[data-busy="false"]`);
  const o = { context, page, problems };
  opened.push(o);
  return o;
}

afterEach(async () => {
  for (const o of opened.splice(0)) {
    await o.context.close();
    expect(o.problems).toEqual([]);
  }
});

const idle = (page: Page): Promise<unknown> => page.waitForSelector(`${byTestId('par-app')}[data-busy="false"]`);
const text = async (page: Page, id: string): Promise<string> => ((await page.textContent(byTestId(id))) ?? '').trim();

async function choosePlan(page: Page, name: string, buffer: Buffer, mimeType = 'application/octet-stream'): Promise<void> {
  await page.setInputFiles(byTestId('app-file'), { name, mimeType, buffer });
  await idle(page);
}

async function downloaded(page: Page): Promise<{ download: Download; workbook: ExcelJS.Workbook; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(byTestId('app-download'))]);
  const bytes = readFileSync((await download.path())!);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return { download, workbook, bytes };
}

/** Task IDs and titles of the Nhiệm vụ sheet, by its header row. */
function tasksOf(workbook: ExcelJS.Workbook): { id: string; title: string; state: string; row: number }[] {
  const ws = workbook.getWorksheet('Nhiệm vụ')!;
  const col: Record<string, number> = {};
  ws.getRow(4).eachCell((c, n) => (col[String(c.value)] = n));
  const out: { id: string; title: string; state: string; row: number }[] = [];
  for (let r = 5; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const state = row.getCell(col['Trạng thái']).value;
    const id = String(row.getCell(col['Mã']).value ?? '');
    if (id && state !== null && state !== undefined) out.push({ id, title: String(row.getCell(col['Nhiệm vụ']).value ?? ''), state: String(state), row: r });
  }
  return out;
}

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('the browser app', () => {
  it('turns a Word plan into a tracker to download: preview, template criteria, the tasks in the .xlsx', async () => {
    const { page } = await openApp(1280);
    expect(await page.title()).toContain('PAR Tracker');
    await page.screenshot({ path: artifactPath('app-1280-start.png') });
    const columns = [PLAN.columns.dueText, PLAN.columns.lead].filter((c): c is number => c !== undefined);
    await choosePlan(page, 'Kế hoạch CCHC 2024.docx', await docxOfSeed(seedText('000-appendix'), { mergeDown: columns, splitAt: 0.5 }), DOCX_MIME);
    await page.waitForSelector(byTestId('import-result'));
    expect(await text(page, 'import-file-read')).toContain('Kế hoạch CCHC 2024.docx');
    expect(await text(page, 'import-count-tasks')).toBe(String(TASK_IDS.length));
    expect(await page.inputValue(byTestId('import-year'))).toBe('2024');
    await page.check(byTestId('import-criteria'));
    await page.click(byTestId('import-create'));
    await page.waitForSelector(byTestId('import-done'));
    expect(await text(page, 'import-done-tasks')).toBe(String(TASK_IDS.length));
    await page.screenshot({ path: artifactPath('app-1280-created.png'), fullPage: true });

    const { download, workbook } = await downloaded(page);
    expect(download.suggestedFilename()).toBe('Bảng theo dõi - Kế hoạch CCHC 2024.xlsx');
    expect(workbook.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(['Nhiệm vụ', 'Chỉ tiêu', 'Tổng hợp', 'Nhật ký', 'Cài đặt', 'Bộ tiêu chí', 'Nguồn - Kế hoạch CCHC 2024']),
    );
    expect(tasksOf(workbook).map((t) => t.id)).toEqual(TASK_IDS);

    // The dashboard and the report read the tracker just built.
    await page.click(byTestId('tab-report'));
    await page.selectOption(byTestId('report-period'), 'year');
    await page.click(byTestId('report-build'));
    await page.waitForSelector(byTestId('report-result'));
    expect(await text(page, 'report-total')).toBe(String(TASK_IDS.length));
  });

  it('fits a phone: the preview at 390 px wide', async () => {
    const { page } = await openApp(390);
    await choosePlan(page, 'ke-hoach.txt', Buffer.from(seedText('000-appendix'), 'utf8'), 'text/plain');
    await page.waitForSelector(byTestId('import-result'));
    expect(await text(page, 'import-count-tasks')).toBe(String(TASK_IDS.length));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: artifactPath('app-390-preview.png'), fullPage: true });
  });

  it('reads a plan written as prose (Word, no table) into tasks, says so in the preview, and makes its tracker', async () => {
    const { page } = await openApp(1280);
    const prose = seedText('001-no-table')
      .split('\n')
      .map((l) =>
        l
          .replace(/^#+\s*/, '')
          .replace(/\*\*|\*/g, '')
          .trim(),
      )
      .filter((l) => l !== '');
    const doc = new Document({ sections: [{ children: prose.map((p) => new Paragraph(p)) }] });
    await choosePlan(page, 'Kế hoạch khắc phục.docx', await Packer.toBuffer(doc), DOCX_MIME);
    await page.waitForSelector(byTestId('import-result'));
    const plan = importText(seedText('001-no-table'), 'document').plan;
    const tasks = plan.tasks.filter((t) => !t.group);
    expect(await text(page, 'import-count-tasks')).toBe(String(tasks.length));
    expect(await text(page, 'import-warnings')).toContain('được đọc từ lời văn');
    expect(await page.inputValue(byTestId('import-year'))).toBe('2024');
    await page.screenshot({ path: artifactPath('app-1280-prose.png'), fullPage: true });
    await page.click(byTestId('import-create'));
    await page.waitForSelector(byTestId('import-done'));
    const { workbook } = await downloaded(page);
    expect(tasksOf(workbook).map((t) => t.id)).toEqual(tasks.map((t) => t.id));
  });

  it('re-imports the revised plan into the tracker an official filled in, keeping the entries', async () => {
    // The tracker as the first import makes it, with a state typed in Excel.
    let trackerBytes: Buffer;
    {
      const { page } = await openApp(1280);
      await choosePlan(page, 'ke-hoach.txt', Buffer.from(seedText('000-appendix'), 'utf8'), 'text/plain');
      await page.click(byTestId('import-create'));
      await page.waitForSelector(byTestId('import-done'));
      const { workbook } = await downloaded(page);
      const task = tasksOf(workbook).find((t) => t.id === 'V-3')!;
      const ws = workbook.getWorksheet('Nhiệm vụ')!;
      const col: Record<string, number> = {};
      ws.getRow(4).eachCell((c, n) => (col[String(c.value)] = n));
      ws.getRow(task.row).getCell(col['Trạng thái']).value = 'Hoàn thành';
      ws.getRow(task.row).getCell(col['Ghi chú']).value = 'Đã xong, có báo cáo';
      trackerBytes = Buffer.from(await workbook.xlsx.writeBuffer());
    }
    const { page } = await openApp(1280);
    await page.setInputFiles(byTestId('app-tracker'), { name: 'theo-doi.xlsx', mimeType: 'application/octet-stream', buffer: trackerBytes });
    await idle(page);
    expect(await text(page, 'app-tracker-read')).toContain(`${TASK_IDS.length} nhiệm vụ`);
    await choosePlan(page, 'ke-hoach-sua-doi.txt', readFileSync(join(FIXTURES, 'revised', '000-appendix-revised.txt')), 'text/plain');
    await page.waitForSelector(byTestId('import-result'));
    // The review of what the revised plan changes comes before anything is built.
    expect(await page.locator(byTestId('merge-review')).count()).toBe(1);
    await page.screenshot({ path: artifactPath('app-1280-reimport.png'), fullPage: true });
    await page.click(byTestId('import-create'));
    await page.waitForSelector(byTestId('import-done'));
    expect(Number(await text(page, 'import-done-logged'))).toBeGreaterThan(0);
    const { download, workbook } = await downloaded(page);
    expect(download.suggestedFilename()).toBe('theo-doi.xlsx');
    const reworded = tasksOf(workbook).find((t) => t.id === 'V-3')!;
    expect(reworded.state).toBe('Hoàn thành');
    const ws = workbook.getWorksheet('Nhật ký')!;
    expect(ws.rowCount).toBeGreaterThan(1);
  });

  it('tells the official to save a .pdf as .docx, and goes on with the next file', async () => {
    const { page } = await openApp(1280);
    await choosePlan(page, 'ke-hoach.pdf', Buffer.from('%PDF-1.4\n'), 'application/pdf');
    await page.waitForSelector(`${byTestId('error-panel')}:not([hidden])`);
    expect(await text(page, 'error-panel')).toContain('Lưu thành (Save As)');
    expect(await page.locator(byTestId('import-result')).count()).toBe(0);
    await choosePlan(page, 'ke-hoach.txt', Buffer.from(seedText('000-appendix'), 'utf8'), 'text/plain');
    await page.waitForSelector(byTestId('import-result'));
  });

  it('works offline once loaded, and opened from the file system', async () => {
    const { context, page } = await openApp(1280);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector(`${byTestId('par-app')}[data-busy="false"]`);
    await context.setOffline(false);

    const local = await openApp(1280, `file://${join(DIST, 'index.html')}`);
    await choosePlan(local.page, 'ke-hoach.txt', Buffer.from(seedText('000-appendix'), 'utf8'), 'text/plain');
    await local.page.waitForSelector(byTestId('import-result'));
  });

  it('switches to English', async () => {
    const { page } = await openApp(1280);
    await page.selectOption(byTestId('lang-select'), 'en');
    expect(await page.textContent(byTestId('panel-import'))).toContain('Plan file');
  });

  it('rolls up the trackers of several units chosen together, and offers the roll-up to download', async () => {
    const units = await Promise.all(
      (['000-appendix', '002-two-row-header'] as const).map(async (name, i) => ({
        name: `don-vi-${i + 1}.xlsx`,
        mimeType: 'application/octet-stream',
        buffer: Buffer.from(await writeTrackerXlsx(buildTrackerModel(importText(seedText(name), 'document').plan, { name, grid: [] }, { asOf: '2024-10-01' }))),
      })),
    );
    const notTracker = { name: 'ghi-chu.txt.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('không phải tệp Excel') };
    const { page } = await openApp(1280);
    await page.click(byTestId('tab-rollup'));
    await page.setInputFiles(byTestId('rollup-files'), [...units, notTracker]);
    await page.fill(byTestId('rollup-asof'), '2025-01-15');
    await page.dispatchEvent(byTestId('rollup-asof'), 'change');
    await page.click(byTestId('rollup-build'));
    await page.waitForSelector(byTestId('rollup-result'));
    expect(await page.locator(byTestId('rollup-unit-row')).count()).toBe(2);
    expect(await text(page, 'rollup-skipped')).toContain('ghi-chu.txt.xlsx');
    await page.screenshot({ path: artifactPath('app-1280-rollup.png'), fullPage: true });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(byTestId('rollup-download'))]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Tổng hợp đơn vị', 'Quá hạn các đơn vị']);
    const sheet = workbook.getWorksheet('Tổng hợp đơn vị')!;
    const totals: number[] = [];
    sheet.eachRow((row) => {
      if (typeof row.getCell(1).value === 'number') totals.push(Number(row.getCell(3).value));
    });
    expect(totals).toEqual([46, 40]);
  });

  it('sends the offices their update files in one .zip and reads a returned one back into the tracker, with its log rows', async () => {
    const { page } = await openApp(1280);
    await choosePlan(page, 'ke-hoach.txt', Buffer.from(seedText('000-appendix'), 'utf8'), 'text/plain');
    await page.click(byTestId('import-create'));
    await page.waitForSelector(byTestId('import-done'));
    await page.click(byTestId('tab-report'));
    const [zipped] = await Promise.all([page.waitForEvent('download'), page.click(byTestId('office-split'))]);
    expect(zipped.suggestedFilename()).toBe('phieu-cap-nhat.zip');
    const zip = await JSZip.loadAsync(readFileSync((await zipped.path())!));
    const names = Object.keys(zip.files);
    expect(names).toContain('phieu-cap-nhat-phong-noi-vu.xlsx');
    // Phòng Nội vụ fills in its first task and sends the file back.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await zip.file('phieu-cap-nhat-phong-noi-vu.xlsx')!.async('uint8array')) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Phiếu cập nhật')!;
    const col: Record<string, number> = {};
    ws.getRow(4).eachCell((c, n) => (col[String(c.value)] = n));
    const id = String(ws.getRow(5).getCell(col['Mã']).value);
    ws.getRow(5).getCell(col['Trạng thái']).value = 'Hoàn thành';
    ws.getRow(5).getCell(col['Ghi chú']).value = 'Đã báo cáo UBND huyện';
    const returned = Buffer.from(await wb.xlsx.writeBuffer());
    await page.setInputFiles(byTestId('office-returned'), { name: 'phieu-noi-vu-da-dien.xlsx', mimeType: 'application/octet-stream', buffer: returned });
    await page.waitForSelector(byTestId('collect-preview'));
    expect(await page.locator(byTestId('collect-change')).evaluateAll((els) => els.map((e) => e.getAttribute('data-task-id')))).toEqual([id]);
    await page.click(byTestId('collect-apply'));
    await page.waitForSelector(byTestId('collect-done'));
    await page.screenshot({ path: artifactPath('app-1280-office-files.png'), fullPage: true });
    const [saved] = await Promise.all([page.waitForEvent('download'), page.click(byTestId('collect-download'))]);
    const tracker = new ExcelJS.Workbook();
    await tracker.xlsx.load(readFileSync((await saved.path())!) as unknown as ArrayBuffer);
    expect(tasksOf(tracker).find((t) => t.id === id)?.state).toBe('Hoàn thành');
    const log = tracker.getWorksheet('Nhật ký')!.getSheetValues().filter(Boolean) as unknown[][];
    expect(log.filter((r) => r[2] === 'Phòng Nội vụ' && r[3] === id)).toHaveLength(2);
  });
});
