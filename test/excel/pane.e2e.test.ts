/**
 * The REAL built task pane (dist/excel/taskpane.html + taskpane.js + functions.js) in headless
 * Chromium, with Office's script replaced by the fake Excel (fakeExcel.ts, bundled for the
 * browser) over a workbook whose active sheet holds seed 000. The test imports the plan, checks
 * the tracker sheets in the fake workbook, updates a task, checks its row and the Nhật ký, and
 * opens the dashboard; a screenshot of each tab (360×800) goes to test-artifacts/.
 *
 * No network: the page's own origin is served from dist/excel, Office's script URL gets the fake,
 * and any other request is aborted and fails the test.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import webpack from 'webpack';
import { INDICATOR_SHEET, LOG_SHEET, TASK_SHEET } from '../../src/workbook/sheetNames';
import { artifactPath, launchBrowser } from '../helpers/browser';
import { seedSheetValues } from '../helpers/fixtures';
import type { FakeExcel } from './fakeExcel';

jest.setTimeout(120000);

const ROOT = resolve(__dirname, '..', '..');
const DIST = join(ROOT, 'dist', 'excel');
const ORIGIN = 'https://localhost:3000';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const SOURCE = 'Phụ lục';
/** Mid-plan: "Trong năm 2024" tasks are on track, earlier quarters overdue. */
const NOW = new Date('2024-10-01T09:30:00+07:00');

const byTestId = (id: string): string => `[data-testid="${id}"]`;

/** Newest modification time under a folder. */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true }).reduce((t, e) => {
    const p = join(dir, e.name);
    return Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);
}

function compile(config: webpack.Configuration): Promise<void> {
  return new Promise((done, fail) => {
    const compiler = webpack({ ...config, infrastructureLogging: { level: 'error' } });
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) return fail(error);
      if (stats?.hasErrors()) return fail(new Error(stats.toString({ all: false, errors: true })));
      done();
    });
  });
}

/** Builds the pane (and the functions it loads) when dist/excel is missing or older than the sources. */
async function ensureBuilt(): Promise<void> {
  const sources = Math.max(...['ui', 'excel', 'taskpane', 'workbook', 'core'].map((d) => newest(join(ROOT, 'src', d))));
  const built = (f: string): number => (existsSync(join(DIST, f)) ? statSync(join(DIST, f)).mtimeMs : 0);
   
  if (Math.min(built('taskpane.js'), built('taskpane.html')) < sources) await compile(require('../../build/webpack.taskpane.js'));
   
  if (built('functions.js') === 0) await compile(require('../../build/webpack.functions.js'));
}

/** The fake Office script: the fake Excel bundled for the browser, after the workbook's sheets. */
async function officeScript(sheets: Record<string, unknown[][]>): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'par-office-'));
  try {
    await compile({
      mode: 'production',
      target: ['web', 'es2020'],
      entry: join(__dirname, 'officeStub.ts'),
      output: { path: out, filename: 'office.js' },
      module: { rules: [{ test: /\.ts$/, loader: 'ts-loader', options: { transpileOnly: true, configFile: join(ROOT, 'tsconfig.json'), compilerOptions: { module: 'es2020', sourceMap: false } } }] },
      resolve: { extensions: ['.ts', '.js'], fallback: {} },
      optimization: { minimize: false },
      performance: { hints: false },
      devtool: false,
    });
    return `window.__PAR_SHEETS__ = ${JSON.stringify(sheets)};\n${readFileSync(join(out, 'office.js'), 'utf8')}`;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.png': 'image/png' };

interface Opened {
  page: Page;
  blocked: string[];
  errors: string[];
}

async function openPane(browser: Browser, script: string): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: 360, height: 800 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  // "Today" in the pane and in the log: fixed, with timers still running.
  await page.clock.setFixedTime(NOW);
  const blocked: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  // Injected by the browser, so the page's CSP (no inline script) does not stop it.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.href === OFFICE_JS) return route.fulfill({ status: 200, contentType: TYPES['.js'], body: script });
    if (url.origin === ORIGIN) {
      const file = join(DIST, decodeURIComponent(url.pathname));
      if (file.startsWith(DIST) && existsSync(file) && statSync(file).isFile()) {
        return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
      }
      return route.fulfill({ status: 404, body: '' });
    }
    blocked.push(url.href);
    return route.abort();
  });
  await page.goto(`${ORIGIN}/taskpane.html`);
  await page.waitForSelector(`${byTestId('par-app')}[data-busy="false"]`);
  return { page, blocked, errors };
}

const idle = (page: Page): Promise<unknown> => page.waitForSelector(`${byTestId('par-app')}[data-busy="false"]`);
const text = async (page: Page, id: string): Promise<string> => ((await page.textContent(byTestId(id))) ?? '').trim();

/** A sheet of the fake workbook, read back from the page: values and formulas by row. */
async function sheetIn(page: Page, name: string): Promise<{ values: unknown[][]; formulas: (string | null)[][] } | null> {
  return page.evaluate((n) => {
    const fake = (window as unknown as { parFake: FakeExcel }).parFake;
    const s = fake.state.sheetByName(n);
    if (!s) return null;
    const values = s.grid();
    return { values, formulas: values.map((row, r) => row.map((_, c) => s.formulaAt(r + 1, c + 1))) };
  }, name);
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: artifactPath(name), fullPage: false });
}

let browser: Browser;
let script: string;

beforeAll(async () => {
  await ensureBuilt();
  script = await officeScript({ [SOURCE]: seedSheetValues('000-appendix') });
  browser = await launchBrowser();
}, 300000);

afterAll(async () => {
  await browser?.close();
});

describe('the Excel task pane, built, on the fake Excel', () => {
  let opened: Opened;

  beforeAll(async () => {
    opened = await openPane(browser, script);
  });

  afterAll(async () => {
    // zod (in the core) probes once whether eval is allowed; the probe is caught, and reported.
    const csp = ((await opened.page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])) as string[]).filter((v) => !v.startsWith('script-src eval'));
    await opened.page.close();
    expect(opened.blocked).toEqual([]);
    expect(opened.errors).toEqual([]);
    expect(csp).toEqual([]);
  });

  it('opens in Vietnamese on the Excel host, with the custom functions registered from the same page', async () => {
    const { page } = opened;
    expect(await page.getAttribute(byTestId('par-app'), 'lang')).toBe('vi');
    expect(await page.getAttribute(byTestId('par-app'), 'data-host')).toBe('excel');
    const registered = await page.evaluate(() => (window as unknown as { CustomFunctions: { registered: string[] } }).CustomFunctions.registered);
    expect(registered).toEqual(expect.arrayContaining(['DUE', 'STATUS', 'TARGET', 'CHECK', 'RATE', 'SCORE', 'INDEX', 'AREA']));
  });

  it('imports seed 000 from the active sheet: preview counts, then the tracker sheets', async () => {
    const { page } = opened;
    await page.click(byTestId('import-preview'));
    await page.waitForSelector(byTestId('import-result'));
    await idle(page);
    expect(await text(page, 'import-sheet')).toBe(SOURCE);
    expect(await text(page, 'import-count-tasks')).toBe('46');
    expect(await text(page, 'import-count-targets')).toBe('35');
    await screenshot(page, 'excel-pane-import.png');

    await page.click(byTestId('import-create'));
    await page.waitForSelector(byTestId('import-done'));
    await idle(page);
    expect(await text(page, 'import-done-tasks')).toContain('46');
    await screenshot(page, 'excel-pane-import-done.png');

    const names = await page.evaluate(() => (window as unknown as { parFake: FakeExcel }).parFake.state.sheets.map((s) => s.name));
    expect(names).toEqual(expect.arrayContaining([SOURCE, TASK_SHEET, INDICATOR_SHEET, LOG_SHEET, `Nguồn - ${SOURCE}`]));
    const tables = await page.evaluate(() => (window as unknown as { parFake: FakeExcel }).parFake.state.tables.map((t) => t.name));
    expect(tables.sort()).toEqual(['ParChiTieu', 'ParNhatKy', 'ParNhiemVu']);
    const tasks = (await sheetIn(page, TASK_SHEET))!;
    expect(tasks.values[3].slice(0, 3)).toEqual(['Mã', 'Lĩnh vực', 'Nhiệm vụ']);
    const row = tasks.values.findIndex((r) => r[0] === 'I-1');
    expect(tasks.values[row][8]).toBe('Chưa thực hiện');
    expect(tasks.formulas[row][12]).toMatch(/^=IF\(OR\(\$I6="Hoàn thành"/);
    const coercions = await page.evaluate(() => (window as unknown as { parFake: FakeExcel }).parFake.state.coercions.length);
    expect(coercions).toBe(0);
    const sourceWrites = await page.evaluate((s) => (window as unknown as { parFake: FakeExcel }).parFake.writes.filter((w) => w.sheet === s).length, SOURCE);
    expect(sourceWrites).toBe(0);
  });

  it('updates a task: state and note written to its row, one Nhật ký row per field', async () => {
    const { page } = opened;
    await page.click(byTestId('tab-update'));
    await page.waitForSelector(byTestId('task-row'));
    await idle(page);
    await screenshot(page, 'excel-pane-update-list.png');
    await page.click(`${byTestId('task-row')}[data-task-id="I-1"]`);
    await page.waitForSelector(`${byTestId('task-editor')}[data-task-id="I-1"]`);
    await page.selectOption(byTestId('edit-state'), 'Đang thực hiện');
    await page.fill(byTestId('edit-note'), 'Đã họp triển khai ngày 05/10');
    await page.click(byTestId('edit-save'));
    await page.waitForSelector(`${byTestId('save-status')}:not([hidden])`);
    await idle(page);
    expect(await text(page, 'save-status')).toContain('Đã lưu');
    await screenshot(page, 'excel-pane-update.png');

    const tasks = (await sheetIn(page, TASK_SHEET))!;
    const row = tasks.values.findIndex((r) => r[0] === 'I-1');
    expect(tasks.values[row][8]).toBe('Đang thực hiện');
    expect(tasks.values[row][11]).toBe('Đã họp triển khai ngày 05/10');
    const log = (await sheetIn(page, LOG_SHEET))!;
    expect(log.values.slice(1).map((r) => r.slice(2))).toEqual([
      ['I-1', 'Trạng thái', 'Chưa thực hiện', 'Đang thực hiện'],
      ['I-1', 'Ghi chú', '', 'Đã họp triển khai ngày 05/10'],
    ]);
    expect(log.values[1][0]).toBe('01/10/2024 09:30');
  });

  it('shows the dashboard counted from the sheet', async () => {
    const { page } = opened;
    await page.click(byTestId('tab-dashboard'));
    await page.waitForSelector(byTestId('dashboard-total'));
    await idle(page);
    expect(await text(page, 'dashboard-total')).toBe('46');
    await screenshot(page, 'excel-pane-dashboard.png');
  });

  it('goes to a task’s row in the sheet from the pane', async () => {
    const { page } = opened;
    await page.click(byTestId('tab-update'));
    // The editor of the task saved before may still be open in place of the list.
    if (await page.isVisible(byTestId('editor-back'))) await page.click(byTestId('editor-back'));
    await page.waitForSelector(byTestId('task-row'));
    await page.click(`${byTestId('task-row')}[data-task-id="I-3"]`);
    await page.waitForSelector(`${byTestId('task-editor')}[data-task-id="I-3"]`);
    await page.click(byTestId('edit-goto'));
    await idle(page);
    const at = await page.evaluate(() => {
      const { state } = (window as unknown as { parFake: FakeExcel }).parFake;
      return { sheet: state.activeSheet.name, row: state.selection?.rect.top };
    });
    const row = Number(await page.getAttribute(byTestId('task-editor'), 'data-row'));
    expect(at).toEqual({ sheet: TASK_SHEET, row });
  });
});
