/**
 * The built sidebar (dist/sheets/sidebar.html, as the server serves it) in headless Chromium at
 * the Sheets sidebar's 300 px width. A google.script.run shim in the page forwards each call to
 * the built Apps Script project running in a Node vm on the fake spreadsheet, so the real
 * server code runs: import → update → dashboard, then the spreadsheet is checked. Screenshots
 * land in test-artifacts/sheets-sidebar-*.png for a person to look at.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { artifactPath, launchBrowser } from '../helpers/browser';
import { SERVER } from '../../src/sheets/api';
import { columnIndex, TASK_COLUMNS } from '../../src/workbook/trackerColumns';
import { seedWithFormulaText } from './appendixGrids';
import { containsDate, loadProject, type AppsScriptProject } from './appsScriptProject';
import { importText, textSourceSheet } from '../../src/core/appendix/importDocument';
import { docxOfSeed } from '../helpers/docxPlan';
import { seedText } from '../helpers/fixtures';
import type { FakeSheet } from './fakeSpreadsheetApp';
import { seedSheetValues } from '../helpers/fixtures';
import { writeTrackerXlsx } from '../../src/files/writeTrackerXlsx';
import { trackerFromSource } from '../../src/workbook/ops';

jest.setTimeout(120000);

const SOURCE = 'Phụ lục';
const SIZE = { width: 300, height: 800 };
const SIDEBAR_URL = 'https://script.googleusercontent.test/userCodeAppPanel';

interface Opened {
  readonly page: Page;
  readonly project: AppsScriptProject;
  readonly problems: string[];
  readonly calls: string[];
}

let browser: Browser;
const opened: Opened[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
}, 120000);

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  for (const o of opened.splice(0)) {
    await o.page.close();
    expect(o.problems).toEqual([]);
  }
});

/**
 * Stands in for google.script.run in the page: the same chain (withSuccessHandler,
 * withFailureHandler, then any server function), asynchronous handlers, and the same refusal of
 * Date arguments; each call goes to Node through the exposed __gasCall.
 */
function shim(): void {
  type Handler = (v: unknown) => void;
  const hasDate = (v: unknown): boolean =>
    v instanceof Date || (Array.isArray(v) ? v.some(hasDate) : v !== null && typeof v === 'object' ? Object.values(v).some(hasDate) : false);
  const call = (window as unknown as { __gasCall(name: string, args: string): Promise<{ ok: boolean; value?: unknown; message?: string }> }).__gasCall;
  const runner = (ok: Handler | null, fail: Handler | null): unknown =>
    new Proxy(
      {},
      {
        get(_t, name: string) {
          if (name === 'withSuccessHandler') return (f: Handler) => runner(f, fail);
          if (name === 'withFailureHandler') return (f: Handler) => runner(ok, f);
          if (name === 'withUserObject') return () => runner(ok, fail);
          return (...args: unknown[]) => {
            if (hasDate(args)) {
              setTimeout(() => fail?.(new Error(`google.script.run: Date in the arguments of ${name}`)));
              return;
            }
            void call(name, JSON.stringify(args)).then((r) => (r.ok ? ok?.(r.value) : fail?.(new Error(r.message))));
          };
        },
      },
    );
  (window as unknown as { google: unknown }).google = { script: { run: runner(null, null), host: { close() {} } } };
}

/** Opens the sidebar as the menu item `menuFn` serves it, on a fresh fake spreadsheet. */
async function openSidebar(menuFn: string, project = loadProject({ source: { name: SOURCE, values: seedWithFormulaText() } })): Promise<Opened> {
  project.fn(menuFn)();
  const output = project.google.ui.sidebars[project.google.ui.sidebars.length - 1];
  const page = await browser.newPage({ viewport: SIZE });
  const problems: string[] = [];
  const calls: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  // The page is served as HtmlService would serve it; nothing else may go to the network.
  await page.route('**/*', (route) => {
    if (route.request().url() === SIDEBAR_URL) return void route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: output.getContent() });
    problems.push(`network: ${route.request().url()}`);
    void route.abort();
  });
  await page.exposeFunction('__gasCall', (name: string, args: string) => {
    calls.push(name);
    if (name.includes('Date in the arguments')) problems.push(name);
    try {
      const value = project.run(name, ...(JSON.parse(args) as unknown[]));
      if (containsDate(value)) problems.push(`${name} returned a Date`);
      return { ok: true, value: value ?? null };
    } catch (e) {
      return { ok: false, message: (e as Error).message };
    }
  });
  // Init scripts run on a navigation (not on setContent), before the page's own script.
  await page.addInitScript(shim);
  await page.goto(SIDEBAR_URL, { waitUntil: 'load' });
  await page.waitForSelector('[data-testid="par-app"]');
  const o = { page, project, problems, calls };
  opened.push(o);
  return o;
}

const byTestId = (page: Page, id: string): ReturnType<Page['locator']> => page.locator(`[data-testid="${id}"]`);
const idle = (page: Page): Promise<unknown> => page.waitForSelector('[data-testid="par-app"][data-busy="false"]');
const sheetOf = (p: AppsScriptProject, name: string): FakeSheet | undefined => p.google.spreadsheet.sheets.find((s) => s.name === name);

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: artifactPath(`sheets-sidebar-${name}.png`), fullPage: false });
}

describe('the Google Sheets sidebar on the fake spreadsheet', () => {
  it('imports the plan, updates a task and shows the dashboard, writing to the spreadsheet', async () => {
    const { page, project, calls } = await openSidebar('showImport');
    await idle(page);
    expect(await page.locator('[data-testid="tab-import"]').getAttribute('aria-selected')).toBe('true');

    // Nhập kế hoạch: preview, then create.
    await byTestId(page, 'import-preview').click();
    await page.waitForSelector('[data-testid="import-result"]');
    await idle(page);
    expect(await byTestId(page, 'import-sheet').textContent()).toBe(SOURCE);
    const tasks = Number(await byTestId(page, 'import-count-tasks').textContent());
    expect(tasks).toBeGreaterThan(40);
    await shot(page, '1-import-preview');

    await byTestId(page, 'import-create').click();
    await page.waitForSelector('[data-testid="import-done"]');
    await idle(page);
    await shot(page, '2-import-done');
    expect(calls).toEqual(expect.arrayContaining([SERVER.previewImport, SERVER.createTracker]));
    const taskSheet = sheetOf(project, 'Nhiệm vụ');
    expect(taskSheet).toBeDefined();
    expect(sheetOf(project, SOURCE)!.mutations).toBe(0);
    // The as-of date an official would type, so the flags do not depend on the day the test runs.
    const asOf = taskSheet!.mutable(2, 3);
    asOf.formula = '';
    asOf.value = { date: new Date(2025, 0, 15).getTime() };

    // Cập nhật tiến độ: open a task, change its state and evidence, save.
    await byTestId(page, 'import-goto-update').click();
    await page.waitForSelector('[data-testid="task-row"]');
    await idle(page);
    await shot(page, '3-update-list');
    const row = page.locator('[data-testid="task-row"][data-flag="overdue"]').first();
    const id = (await row.getAttribute('data-task-id'))!;
    const sheetRow = Number(await row.getAttribute('data-row'));
    await row.click();
    await page.waitForSelector('[data-testid="task-editor"]');
    await byTestId(page, 'edit-state').selectOption('Hoàn thành');
    await byTestId(page, 'edit-done-date').fill('2025-01-10');
    await byTestId(page, 'edit-evidence').fill('Báo cáo số 15/BC-UBND');
    await byTestId(page, 'edit-save').click();
    await page.waitForSelector('[data-testid="save-status"]:not([hidden])');
    await idle(page);
    await shot(page, '4-update-saved');

    const state = taskSheet!.cell(sheetRow, columnIndex(TASK_COLUMNS, 'state'));
    expect(state.value).toBe('Hoàn thành');
    expect(taskSheet!.cell(sheetRow, columnIndex(TASK_COLUMNS, 'evidence'))).toMatchObject({ value: 'Báo cáo số 15/BC-UBND', format: '@' });
    expect(taskSheet!.cell(sheetRow, columnIndex(TASK_COLUMNS, 'doneDate')).value).toEqual({ date: new Date(2025, 0, 10).getTime() });
    const log = sheetOf(project, 'Nhật ký')!.values();
    expect(log.slice(1).map((r) => [r[2], r[3], r[5]])).toEqual([
      [id, 'Trạng thái', 'Hoàn thành'],
      [id, 'Ngày hoàn thành', '10/01/2025'],
      [id, 'Minh chứng', 'Báo cáo số 15/BC-UBND'],
    ]);

    // Tổng hợp: the counts come from the same sheet.
    await byTestId(page, 'tab-dashboard').click();
    await page.waitForSelector('[data-testid="dashboard-total"]');
    await idle(page);
    const list = project.run<{ tasks: { group: boolean; flag: string }[] }>(SERVER.listTasks);
    const real = list.tasks.filter((t) => !t.group);
    expect(Number((await byTestId(page, 'dashboard-total').textContent())?.replace(/\D/g, ''))).toBe(real.length);
    expect(real.filter((t) => t.flag === 'done-late')).toHaveLength(1);
    await shot(page, '5-dashboard');
    expect(calls).toEqual(expect.arrayContaining([SERVER.listTasks, SERVER.saveTask, SERVER.dashboard]));
  });

  it("shows the server's message and hint when a call fails", async () => {
    const project = loadProject({ source: { name: SOURCE, values: seedWithFormulaText() } });
    // The official runs Nhập kế hoạch while a tracker sheet is open.
    project.google.spreadsheet.addSheet('Nhiệm vụ', [['Mã']]);
    const { page } = await openSidebar('showImport', project);
    await byTestId(page, 'import-preview').click();
    await page.waitForSelector('[data-testid="error-panel"]:not([hidden])');
    await idle(page);
    expect(await byTestId(page, 'error-message').textContent()).toMatch(/là một trang của bảng theo dõi/);
    expect(await byTestId(page, 'error-hint').textContent()).toMatch(/Mở trang có bảng phụ lục/);
    await shot(page, '6-error');
  });

  it('opens Báo cáo on the report tab: builds the Báo cáo sheet and the reminders per office through the server', async () => {
    const project = loadProject({ source: { name: SOURCE, values: seedWithFormulaText() } });
    project.run(SERVER.createTracker, {}, null);
    const { page } = await openSidebar('showReport', project);
    await page.waitForSelector('[data-testid="report-build"]');
    expect(await page.locator('[data-testid="tab-report"]').getAttribute('aria-selected')).toBe('true');
    await byTestId(page, 'report-period').selectOption('year');
    await byTestId(page, 'report-asof').fill('2025-01-15');
    await byTestId(page, 'report-asof').dispatchEvent('change');
    await byTestId(page, 'report-build').click();
    await page.waitForSelector('[data-testid="report-result"]');
    await idle(page);
    expect(Number(await byTestId(page, 'report-total').textContent())).toBe(46);
    // Nothing is done yet and the year is over: every task with a deadline is overdue.
    expect(Number(await byTestId(page, 'report-state-openOverdue').textContent())).toBeGreaterThan(30);
    expect(await page.locator('[data-testid="report-office-row"][data-office="UBND cấp xã"]').count()).toBe(1);
    expect(project.google.spreadsheet.sheets.map((x) => x.name)).toContain('Báo cáo');
    await byTestId(page, 'remind-build').click();
    await page.waitForSelector('[data-testid="remind-list"]');
    await idle(page);
    expect(await page.locator('[data-testid="remind-office"]').count()).toBeGreaterThan(3);
    expect(project.google.spreadsheet.sheets.map((x) => x.name)).toContain('Đôn đốc');
    await shot(page, '7-report');
  });

  it('imports a Word plan chosen in the sidebar: the server writes it as a sheet in one call, the preview reads it; an .xlsx plan is read there too', async () => {
    const { page, project, calls } = await openSidebar('showImport');
    await idle(page);
    const text = seedText('000-appendix');
    const want = importText(text, 'document').plan;
    const columns = [want.columns.dueText, want.columns.lead].filter((c): c is number => c !== undefined);
    await byTestId(page, 'import-file').setInputFiles({
      name: 'Kế hoạch 45.docx',
      mimeType: 'application/octet-stream',
      buffer: await docxOfSeed(text, { mergeDown: columns }),
    });
    await page.waitForSelector('[data-testid="import-result"]');
    await idle(page);
    expect(calls.filter((c) => c === SERVER.addSourceSheet)).toHaveLength(1);
    expect(await byTestId(page, 'import-sheet').textContent()).toBe('Kế hoạch 45');
    expect(Number(await byTestId(page, 'import-count-tasks').textContent())).toBe(want.tasks.filter((t) => !t.group).length);
    expect(sheetOf(project, 'Kế hoạch 45')?.merges.length).toBeGreaterThan(0);
    await shot(page, '8-from-file');

    // An Excel plan is read in the sidebar too (exceljs is in its bundle for the phiếu and the roll-up).
    const xlsx = new ExcelJS.Workbook();
    const ws = xlsx.addWorksheet('Phụ lục');
    for (const row of textSourceSheet(text, 'document').grid) ws.addRow(row);
    await byTestId(page, 'import-file').setInputFiles({
      name: 'ke-hoach.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(await xlsx.xlsx.writeBuffer()),
    });
    await page.waitForSelector('[data-testid="import-result"]');
    await idle(page);
    expect(calls.filter((c) => c === SERVER.addSourceSheet)).toHaveLength(2);
    expect(Number(await byTestId(page, 'import-count-tasks').textContent())).toBe(want.tasks.filter((t) => !t.group).length);

    // A file that is no workbook gets a clear message, and nothing is written.
    await byTestId(page, 'import-file').setInputFiles({ name: 'hong.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK') });
    await page.waitForSelector('[data-testid="error-panel"]:not([hidden])');
    expect(await byTestId(page, 'error-panel').textContent()).toContain('không phải tệp Excel .xlsx hợp lệ');
    expect(calls.filter((c) => c === SERVER.addSourceSheet)).toHaveLength(2);
  });

  it('sends the phiếu cập nhật out as .xlsx files and takes a returned one back; rolls up units into new sheets', async () => {
    const project = loadProject({ source: { name: SOURCE, values: seedWithFormulaText() } });
    project.run(SERVER.createTracker, {}, null);
    const { page, calls } = await openSidebar('showReport', project);
    await page.waitForSelector('[data-testid="office-split"]');
    // Tạo phiếu cho các cơ quan: the server gives the phiếu, the sidebar writes them in one .zip.
    const [download] = await Promise.all([page.waitForEvent('download'), byTestId(page, 'office-split').click()]);
    await idle(page);
    expect(download.suggestedFilename()).toBe('phieu-cap-nhat.zip');
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    const name = 'phieu-cap-nhat-phong-noi-vu.xlsx';
    expect(Object.keys(zip.files)).toContain(name);
    // The office fills its file in Excel (here exceljs).
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await zip.file(name)!.async('arraybuffer'));
    const ws = wb.getWorksheet('Phiếu cập nhật')!;
    const id = String(ws.getCell(5, 1).value);
    ws.getCell(5, 5).value = 'Hoàn thành';
    ws.getCell(5, 8).value = 'Quyết định số 12/QĐ-UBND';
    const returned = Buffer.from(await wb.xlsx.writeBuffer());
    // Nhận phiếu: read in the sidebar, previewed, then applied by the server.
    await byTestId(page, 'office-returned').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: returned });
    await page.waitForSelector('[data-testid="collect-preview"]');
    await idle(page);
    expect(await page.locator(`[data-testid="collect-change"][data-task-id="${id}"]`).count()).toBe(1);
    await byTestId(page, 'office-files').scrollIntoViewIfNeeded();
    await shot(page, '9-office-preview');
    await byTestId(page, 'collect-apply').click();
    await page.waitForSelector('[data-testid="collect-done"]');
    await idle(page);
    await byTestId(page, 'collect-done').scrollIntoViewIfNeeded();
    await shot(page, '10-office-applied');
    const tasks = sheetOf(project, 'Nhiệm vụ')!;
    const row = tasks.values().findIndex((r) => r[0] === id) + 1;
    expect(tasks.cell(row, columnIndex(TASK_COLUMNS, 'state')).value).toBe('Hoàn thành');
    expect(tasks.cell(row, columnIndex(TASK_COLUMNS, 'evidence')).value).toBe('Quyết định số 12/QĐ-UBND');
    const log = sheetOf(project, 'Nhật ký')!.values().slice(1);
    expect(log.map((r) => [r[1], r[2], r[3]])).toEqual([
      ['Phòng Nội vụ', id, 'Trạng thái'],
      ['Phòng Nội vụ', id, 'Minh chứng'],
    ]);

    // Các đơn vị: two unit trackers chosen, rolled up into the open spreadsheet.
    const { model } = trackerFromSource({ sheetName: SOURCE, values: seedSheetValues('000-appendix'), firstRow: 1, firstColumn: 1 }, {}, null, {
      asOf: '2024-10-01',
    });
    const unit = Buffer.from(await writeTrackerXlsx(model));
    await byTestId(page, 'tab-rollup').click();
    await page.waitForSelector('[data-testid="rollup-files"]');
    await byTestId(page, 'rollup-files').setInputFiles([
      { name: 'so-noi-vu.xlsx', mimeType: 'application/octet-stream', buffer: unit },
      { name: 'xa-a.xlsx', mimeType: 'application/octet-stream', buffer: unit },
      { name: 'ghi-chu.txt', mimeType: 'text/plain', buffer: Buffer.from('không phải bảng theo dõi') },
    ]);
    await byTestId(page, 'rollup-asof').fill('2025-01-15');
    await byTestId(page, 'rollup-asof').dispatchEvent('change');
    await byTestId(page, 'rollup-build').click();
    await page.waitForSelector('[data-testid="rollup-result"]');
    await idle(page);
    expect(await page.locator('[data-testid="rollup-unit-row"]').count()).toBe(2);
    expect(await byTestId(page, 'rollup-skipped').count()).toBe(1);
    expect(project.google.spreadsheet.sheets.map((x) => x.name)).toEqual(expect.arrayContaining(['Tổng hợp đơn vị', 'Quá hạn các đơn vị']));
    await shot(page, '11-rollup');
    expect(calls).toEqual(expect.arrayContaining([SERVER.officeFiles, SERVER.collect, SERVER.rollup]));
  });
});
