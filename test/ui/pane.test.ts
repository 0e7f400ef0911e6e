/**
 * The task pane / sidebar UI (src/ui) in headless Chromium, on a fake host that runs the real
 * workbook operations over seed 000 pasted into a sheet. The page has a strict CSP and no
 * network; every test also fails on a page error, a console error or a CSP violation.
 * Screenshots of each tab at 360×800 land in test-artifacts/ for a person to look at.
 */
import type { Browser, Page } from 'playwright-core';
import { artifactPath, launchBrowser } from '../helpers/browser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importText } from '../../src/core/appendix/importDocument';
import { FIXTURES, seedSheetValues, seedText } from '../helpers/fixtures';
import { docxOfSeed } from '../helpers/docxPlan';
import { previewImport, taskListFrom, trackerFromSource, sheetValues, excelDate } from '../../src/workbook/ops';
import { TASK_SHEET } from '../../src/workbook/sheetNames';
import { bundleHarness } from './harness/build';
import type { StartOptions } from './harness/harness';
import { calls, cspViolations, idle, openPane, type PaneProblems } from './harness/page';

jest.setTimeout(60000);

const GRID = seedSheetValues('000-appendix');
/** The revised plan (IV-4 dropped so IV-5 is renumbered, V-3 reworded, V-4 re-dated, V-6 added), as pasted into the sheet. */
const REVISED = importText(readFileSync(join(FIXTURES, 'revised', '000-appendix-revised.txt'), 'utf8'), 'document').grid.map((r) => r.map((c) => String(c ?? '')));
const SHEET = 'Phụ lục';
/** Deadlines "Trong năm 2024" are due soon on this day, earlier quarters overdue. */
const AS_OF = '2024-12-20';
const SOURCE = { sheetName: SHEET, values: GRID, firstRow: 1, firstColumn: 1 };
const PREVIEW = previewImport(SOURCE, {}, false);
const LIST = (() => {
  const { model } = trackerFromSource(SOURCE, {}, null, { asOf: AS_OF });
  const sheets = Object.fromEntries(model.sheets.map((s) => [s.name, sheetValues(s, excelDate)]));
  return taskListFrom({ tasks: sheets[TASK_SHEET], indicators: sheets['Chỉ tiêu'] }, AS_OF);
})();
const TASKS = LIST.tasks.filter((t) => !t.group);

let browser: Browser;
let bundle: string;
let opened: { page: Page; problems: PaneProblems }[] = [];

beforeAll(async () => {
  bundle = await bundleHarness();
  browser = await launchBrowser();
}, 180000);

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  const all = opened;
  opened = [];
  for (const { page, problems } of all) {
    // zod runs without its JIT (src/core/zodConfig.ts), so not even an eval probe is reported.
    const violations = await cspViolations(page);
    await page.close();
    expect(problems.errors).toEqual([]);
    expect(violations).toEqual([]);
  }
});

async function pane(options: Partial<StartOptions> = {}, size?: { width: number; height: number }): Promise<Page> {
  const handle = await openPane(browser, bundle, { grid: GRID, sheetName: SHEET, asOf: AS_OF, ...options }, size);
  opened.push(handle);
  return handle.page;
}

const byTestId = (id: string): string => `[data-testid="${id}"]`;
const text = async (page: Page, id: string): Promise<string> => ((await page.textContent(byTestId(id))) ?? '').trim();

async function preview(page: Page): Promise<void> {
  await page.click(byTestId('import-preview'));
  await page.waitForSelector(byTestId('import-result'));
  await idle(page);
}

async function openTask(page: Page, id: string): Promise<void> {
  await page.click(`${byTestId('task-row')}[data-task-id="${id}"]`);
  await page.waitForSelector(`${byTestId('task-editor')}[data-task-id="${id}"]`);
}

async function harness<T>(page: Page, fn: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(([f, a]) => (window as unknown as Record<string, Record<string, (...x: unknown[]) => T>>).parHarness[f as string](...(a as unknown[])), [fn, args] as const);
}

describe('Nhập kế hoạch (import)', () => {
  it('previews seed 000: source, plan year, columns, counts and warnings that go to their row', async () => {
    const page = await pane();
    expect(await page.getAttribute(byTestId('tab-import'), 'aria-selected')).toBe('true');
    await preview(page);
    expect(await text(page, 'import-sheet')).toBe(SHEET);
    expect(await text(page, 'import-address')).toBe(PREVIEW.address);
    expect(await text(page, 'import-title')).toBe(PREVIEW.title);
    expect(await page.inputValue(byTestId('import-year'))).toBe('2024');
    for (const k of ['tasks', 'groups', 'sections', 'targets', 'warnings'] as const) {
      expect(await text(page, `import-count-${k}`)).toBe(String(PREVIEW.counts[k]));
    }
    expect(PREVIEW.counts.tasks).toBe(46);
    const lead = PREVIEW.columns.find((c) => c.field === 'lead')!.column!;
    expect(await page.inputValue(byTestId('import-column-lead'))).toBe(String(lead));
    const leadOption = await page.textContent(`${byTestId('import-column-lead')} option[value="${lead}"]`);
    expect(leadOption).toBe('D — Cơ quan chủ trì');
    expect(await page.textContent(`${byTestId('import-column-lead')} option[value=""]`)).toBe('(không dùng)');
    expect(await page.locator(byTestId('import-warning')).count()).toBe(PREVIEW.warnings.length);

    const first = PREVIEW.warnings.find((w) => w.row !== null)!;
    await page.click(`${byTestId('import-warning')}[data-row="${first.row}"]`);
    await idle(page);
    expect((await calls(page, 'goTo')).map((c) => c.args)).toEqual([{ sheet: SHEET, row: first.row }]);
    await page.screenshot({ path: artifactPath('pane-import-preview.png'), fullPage: true });
  });

  it('sends the corrected columns and year with the next preview and with the create request', async () => {
    const page = await pane();
    await preview(page);
    await page.selectOption(byTestId('import-column-support'), '');
    await idle(page);
    let last = (await calls(page, 'previewImport')).pop()!.args as { columns: Record<string, number | null> };
    expect(last.columns.support).toBeNull();
    expect(last.columns.lead).toBe(4);
    expect(await page.inputValue(byTestId('import-column-support'))).toBe('');

    await page.fill(byTestId('import-year'), '2025');
    await page.press(byTestId('import-year'), 'Enter');
    await idle(page);
    last = (await calls(page, 'previewImport')).pop()!.args as never;
    expect(last).toMatchObject({ scope: 'sheet', year: 2025, columns: { support: null } });
    expect(await page.inputValue(byTestId('import-year'))).toBe('2025');

    await page.fill(byTestId('import-year'), '24');
    await page.press(byTestId('import-year'), 'Enter');
    await page.waitForSelector(byTestId('import-year-invalid'));
    expect(await page.isDisabled(byTestId('import-create'))).toBe(true);
    await page.fill(byTestId('import-year'), '2025');
    await page.press(byTestId('import-year'), 'Enter');
    await idle(page);

    await page.check(byTestId('import-scope-selection'));
    await page.click(byTestId('import-create'));
    await page.waitForSelector(byTestId('import-done'));
    const create = (await calls(page, 'createTracker')).map((c) => c.args);
    expect(create).toEqual([{ scope: 'selection', year: 2025, columns: { code: 1, title: 2, lead: 4, support: null, output: 6, dueText: 3, unit: null } }]);
  });

  it('creates the tracker once however often it is clicked, with a progress bar, then sums up', async () => {
    const page = await pane({ delayMs: 120 });
    await preview(page);
    expect(await page.isVisible(byTestId('import-tracker-exists'))).toBe(false);
    await page.dblclick(byTestId('import-create'));
    await page.waitForSelector(`${byTestId('progress')}:not([hidden])`);
    expect(await page.isDisabled(byTestId('import-create'))).toBe(true);
    expect(await page.isDisabled(byTestId('import-preview'))).toBe(true);
    await page.waitForSelector(`${byTestId('progress')}[data-value]:not([data-value=""])`);
    expect(await text(page, 'progress-label')).toMatch(/Đang ghi trang ".+" · \d+\/\d+/);
    await page.waitForSelector(byTestId('import-done'));
    await idle(page);
    expect(await page.isHidden(byTestId('progress'))).toBe(true);
    expect(await calls(page, 'createTracker')).toHaveLength(1);
    expect(await text(page, 'import-done-tasks')).toBe('46');
    expect(await text(page, 'import-done-indicators')).toBe(String(PREVIEW.counts.targets));
    expect(await text(page, 'import-done-kept')).toBe('0');
    expect(await text(page, 'import-done-sheets')).toContain('Nhiệm vụ');
    await page.screenshot({ path: artifactPath('pane-import-done.png'), fullPage: true });

    // A second preview knows the tracker exists and says what re-creating keeps.
    await preview(page);
    expect(await text(page, 'import-tracker-exists')).toBe('Bảng theo dõi đã có: tạo lại sẽ giữ Trạng thái, Ngày hoàn thành, Minh chứng, Ghi chú, Thực tế đã nhập.');
    await page.click(byTestId('tab-update'));
    await page.waitForSelector(byTestId('task-row'));
  });

  it('reviews a re-import of the revised plan before writing: a wrong match refused, then confirmed, with the log rows', async () => {
    const page = await pane({ withTracker: true }, { width: 360, height: 1200 });
    await page.evaluate((grid) => (window as unknown as { parHarness: { setSource(g: unknown[][]): void } }).parHarness.setSource(grid), REVISED);
    await preview(page);
    await page.waitForSelector(byTestId('merge-review'));
    expect(await text(page, 'merge-count-rematched')).toBe('1');
    expect(await text(page, 'merge-count-added')).toBe('1');
    expect(await text(page, 'merge-count-dropped')).toBe('1');
    expect(await text(page, 'merge-count-changed')).toBe('2');
    expect(await text(page, 'import-create')).toBe('Xác nhận và cập nhật bảng theo dõi');
    const rematched = `${byTestId('merge-change')}[data-kind="rematched"]`;
    expect(await page.textContent(rematched)).toContain('IV-5 → IV-4');
    expect(await page.textContent(`${rematched} ${byTestId('merge-evidence')}`)).toMatch(/cùng mục IV; tên nhiệm vụ giống \d+%/);
    await page.screenshot({ path: artifactPath('pane-reimport-review.png'), fullPage: true });
    // Nothing was written by the preview.
    expect(await calls(page, 'createTracker')).toHaveLength(0);

    // Refusing the match previews again: IV-5 is kept as dropped, IV-4 comes in new.
    await page.click(`${rematched} ${byTestId('merge-accept')}`);
    await idle(page);
    expect((await calls(page, 'previewImport')).pop()!.args).toMatchObject({ refuse: ['IV-5'] });
    expect(await text(page, 'merge-count-rematched')).toBe('0');
    expect(await text(page, 'merge-count-dropped')).toBe('2');
    // Taken back, and confirmed.
    await page.click(`${byTestId('merge-refused')} ${byTestId('merge-accept')}`);
    await idle(page);
    expect(await text(page, 'merge-count-rematched')).toBe('1');
    await page.click(byTestId('import-create'));
    await page.waitForSelector(byTestId('import-done'));
    expect(await text(page, 'import-done-logged')).toBe('6');
    const log = (await page.evaluate(() => (window as unknown as { parHarness: { sheet(n: string): unknown[][] | null } }).parHarness.sheet('Nhật ký'))) as string[][];
    expect(log.slice(1).map((r) => `${r[2]}|${r[3]}`)).toEqual(['IV-4|Mã', 'V-3|Nhiệm vụ', 'V-4|Tiến độ', 'V-4|Hạn', 'V-6|Nhiệm vụ', 'IV-4 (cũ)|Cảnh báo']);

    // The kept task is in the update list, marked as no longer in the plan, and out of the dashboard's total.
    await page.click(byTestId('tab-update'));
    const kept = `${byTestId('task-row')}[data-task-id="IV-4 (cũ)"]`;
    await page.waitForSelector(kept);
    expect(await page.textContent(`${kept} ${byTestId('task-flag')}`)).toBe('Không còn trong kế hoạch');
    await page.screenshot({ path: artifactPath('pane-reimport-update.png') });
    await page.click(byTestId('tab-dashboard'));
    await page.waitForSelector(byTestId('dashboard-totals'));
    // The revised plan has as many tasks as the first (one dropped, one added): the kept one is not counted.
    expect(await text(page, 'dashboard-total')).toBe(String(TASKS.length));
  });

  // 320 px is the narrowest Excel task pane; Google Sheets sidebars are 300 px wide.
  it.each([300, 320])('reads right at %i px on every tab, with nothing wider than the pane', async (width) => {
    const page = await pane({ withTracker: true }, { width, height: 800 });
    const overflow = (): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await preview(page);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: artifactPath(`pane-${width}-import.png`), fullPage: true });
    await page.click(byTestId('tab-update'));
    await page.waitForSelector(byTestId('task-row'));
    expect(await overflow()).toBeLessThanOrEqual(0);
    await openTask(page, TASKS.find((t) => t.indicators.length > 1)!.id);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: artifactPath(`pane-${width}-editor.png`), fullPage: true });
    await page.click(byTestId('tab-dashboard'));
    await page.waitForSelector(byTestId('dashboard-totals'));
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: artifactPath(`pane-${width}-dashboard.png`) });
  });
});

describe('Cập nhật (update)', () => {
  it('lists the tasks and narrows them by lead office, state, deadline and accent-free search', async () => {
    const page = await pane({ withTracker: true, initialTab: 'update' });
    await page.waitForSelector(byTestId('task-row'));
    expect(await page.locator(byTestId('task-row')).count()).toBe(TASKS.length);
    expect(await text(page, 'task-count')).toBe(`${TASKS.length}/${TASKS.length} nhiệm vụ`);
    const first = TASKS[0];
    const row = `${byTestId('task-row')}[data-task-id="${first.id}"]`;
    expect(await page.textContent(`${row} ${byTestId('task-due')}`)).toBe('31/12/2024');
    expect(await page.textContent(`${row} ${byTestId('task-flag')}`)).toBe('Sắp đến hạn');
    await page.screenshot({ path: artifactPath('pane-update-list.png') });

    await page.selectOption(byTestId('filter-lead'), 'Phòng Nội vụ');
    const leads = await page.locator(`${byTestId('task-row')} ${byTestId('task-lead')}`).allTextContents();
    expect(leads.length).toBe(TASKS.filter((t) => t.lead === 'Phòng Nội vụ').length);
    expect(leads.length).toBeGreaterThan(0);
    expect(new Set(leads)).toEqual(new Set(['Phòng Nội vụ']));

    await page.selectOption(byTestId('filter-flag'), 'no-deadline');
    const flags = await page.locator(`${byTestId('task-row')} ${byTestId('task-flag')}`).allTextContents();
    expect(flags).toEqual(TASKS.filter((t) => t.lead === 'Phòng Nội vụ' && t.flag === 'no-deadline').map(() => 'Không thời hạn'));

    await page.click(byTestId('filter-clear'));
    await page.fill(byTestId('filter-search'), 'tuyen truyen');
    const titles = await page.locator(`${byTestId('task-row')} ${byTestId('task-title')}`).allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((t) => /tuyên truyền/i.test(t))).toBe(true);

    await page.fill(byTestId('filter-search'), '');
    await page.selectOption(byTestId('filter-state'), 'Hoàn thành');
    await page.waitForSelector(byTestId('task-empty'));
    expect(await text(page, 'task-empty')).toBe('Không có nhiệm vụ nào khớp bộ lọc.');
  });

  it('saves only the edited field with the task as loaded, confirms, and refreshes the list', async () => {
    const page = await pane({ withTracker: true, initialTab: 'update' });
    await page.waitForSelector(byTestId('task-row'));
    const task = TASKS.find((t) => t.indicators.length === 0)!;
    await openTask(page, task.id);
    expect(await text(page, 'editor-title')).toBe(task.title);
    expect(await page.inputValue(byTestId('edit-state'))).toBe('Chưa thực hiện');
    await page.selectOption(byTestId('edit-state'), 'Đang thực hiện');
    expect(await text(page, 'editor-dirty')).toBe('Có thay đổi chưa lưu');
    await page.screenshot({ path: artifactPath('pane-update-editor.png'), fullPage: true });
    await page.click(byTestId('edit-save'));
    await page.waitForSelector(`${byTestId('save-status')}:not([hidden])`);
    expect(await text(page, 'save-status')).toBe('Đã lưu (1 ô, 1 dòng nhật ký)');
    const saves = (await calls(page, 'saveTask')).map((c) => c.args as { id: string; changes: unknown; seen: { id: string; state: string } });
    expect(saves).toHaveLength(1);
    expect(saves[0].id).toBe(task.id);
    expect(saves[0].changes).toEqual({ state: 'Đang thực hiện' });
    expect(saves[0].seen).toMatchObject({ id: task.id, state: 'Chưa thực hiện', row: task.row });
    expect((await calls(page, 'listTasks')).length).toBe(2);
    expect(await page.inputValue(byTestId('edit-state'))).toBe('Đang thực hiện');
    expect(await text(page, 'editor-dirty')).toBe('');
    const log = await harness<unknown[][]>(page, 'sheet', 'Nhật ký');
    expect(log[log.length - 1]).toEqual(expect.arrayContaining([task.id, 'Trạng thái', 'Chưa thực hiện', 'Đang thực hiện']));

    // Saving again with nothing changed does not call the host.
    await page.click(byTestId('edit-save'));
    expect(await text(page, 'save-status')).toBe('Chưa có thay đổi nào.');
    expect(await calls(page, 'saveTask')).toHaveLength(1);
  });

  it('reads a percent actual typed as 95 as 0.95, refuses a non-number in the pane, sends a completion date as ISO', async () => {
    const page = await pane({ withTracker: true, initialTab: 'update' });
    await page.waitForSelector(byTestId('task-row'));
    const task = TASKS.find((t) => t.indicators.length === 1 && t.indicators[0].unit === '%')!;
    const ind = task.indicators[0];
    await openTask(page, task.id);
    const box = `${byTestId('indicator')}[data-row="${ind.row}"]`;
    expect(await page.textContent(`${box} ${byTestId('indicator-target')}`)).toBe(`Mục tiêu ${ind.target}`);
    await page.fill(`${box} ${byTestId('edit-actual')}`, 'chín lăm');
    await page.click(byTestId('edit-save'));
    await page.waitForSelector(byTestId('edit-actual-invalid'));
    expect(await calls(page, 'saveTask')).toHaveLength(0);

    await page.fill(`${box} ${byTestId('edit-actual')}`, '95');
    await page.fill(byTestId('edit-done-date'), '2024-12-18');
    expect(await text(page, 'edit-done-date-text')).toBe('18/12/2024');
    await page.click(byTestId('edit-save'));
    await page.waitForSelector(`${byTestId('save-status')}:not([hidden])`);
    const [save] = (await calls(page, 'saveTask')).map((c) => c.args as { changes: unknown });
    expect(save.changes).toEqual({ doneDate: '2024-12-18', actuals: [{ row: ind.row, value: 0.95 }] });
    expect(await text(page, 'save-status')).toBe('Đã lưu (2 ô, 2 dòng nhật ký)');
    expect(await page.inputValue(`${box} ${byTestId('edit-actual')}`)).toBe('95');
    expect(await text(page, 'editor-flag')).toBe('Hoàn thành');
  });

  it('Escape cancels the edits and returns to the list without saving', async () => {
    const page = await pane({ withTracker: true, initialTab: 'update' });
    await page.waitForSelector(byTestId('task-row'));
    const task = TASKS[1];
    await openTask(page, task.id);
    await page.fill(byTestId('edit-evidence'), 'Công văn 123/UBND');
    await page.press(byTestId('edit-evidence'), 'Escape');
    await page.waitForSelector(byTestId('task-list'));
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.taskId)).toBe(task.id);
    await openTask(page, task.id);
    expect(await page.inputValue(byTestId('edit-evidence'))).toBe('');
    expect(await calls(page, 'saveTask')).toHaveLength(0);
  });

  it('goes to the task row and follows the selection in the sheet', async () => {
    const page = await pane({ withTracker: true, initialTab: 'update', watchSelection: true });
    await page.waitForSelector(byTestId('task-row'));
    const [a, b] = [TASKS[2], TASKS[5]];
    await openTask(page, a.id);
    await idle(page);
    expect((await calls(page, 'goTo')).map((c) => c.args)).toEqual([{ sheet: TASK_SHEET, row: a.row }]);
    await page.click(byTestId('edit-goto'));
    await idle(page);
    expect((await calls(page, 'goTo')).length).toBe(2);

    await harness(page, 'select', { sheet: TASK_SHEET, row: b.row });
    await page.waitForSelector(`${byTestId('task-editor')}[data-task-id="${b.id}"]`);
    // With unsaved edits the pane does not jump away: it says so.
    await page.fill(byTestId('edit-note'), 'Đang chờ số liệu');
    await harness(page, 'select', { sheet: TASK_SHEET, row: a.row });
    await page.waitForSelector(byTestId('editor-notice'));
    expect(await text(page, 'editor-notice')).toBe(`Hãy lưu hoặc hủy thay đổi của nhiệm vụ ${b.id} trước.`);
    expect(await page.getAttribute(byTestId('task-editor'), 'data-task-id')).toBe(b.id);
    // Another sheet's selection is ignored.
    await harness(page, 'select', { sheet: SHEET, row: 10 });
    expect(await page.getAttribute(byTestId('task-editor'), 'data-task-id')).toBe(b.id);
  });
});

describe('Tổng hợp (dashboard)', () => {
  it('shows totals, area and lead tables and the overdue list, and counts again after a save', async () => {
    const page = await pane({ withTracker: true, initialTab: 'dashboard', asOf: '2025-01-10' });
    await page.waitForSelector(byTestId('dashboard-totals'));
    expect(await text(page, 'dashboard-asof')).toBe('Tính đến ngày 10/01/2025');
    expect(await text(page, 'dashboard-total')).toBe('46');
    const overdue = Number(await text(page, 'dashboard-state-overdue'));
    expect(overdue).toBeGreaterThan(0);
    expect(await page.locator(byTestId('overdue-row')).count()).toBe(overdue);
    expect(await page.locator(byTestId('area-row')).count()).toBeGreaterThanOrEqual(7);
    expect(await page.textContent(`${byTestId('area-row')}[data-key="direction"] th`)).toBe('Công tác chỉ đạo, điều hành CCHC');
    expect(await page.locator(byTestId('lead-row')).count()).toBeGreaterThan(3);
    await page.screenshot({ path: artifactPath('pane-dashboard.png') });
    await page.locator(byTestId('overdue-row')).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifactPath('pane-dashboard-overdue.png') });

    const firstOverdue = await page.getAttribute(`${byTestId('overdue-row')} >> nth=0`, 'data-task-id');
    const row = Number(await page.getAttribute(`${byTestId('overdue-goto')} >> nth=0`, 'data-row'));
    await page.click(`${byTestId('overdue-goto')} >> nth=0`);
    await idle(page);
    expect((await calls(page, 'goTo')).map((c) => c.args)).toEqual([{ sheet: TASK_SHEET, row }]);

    await page.click(byTestId('tab-update'));
    await page.waitForSelector(byTestId('task-row'));
    await openTask(page, firstOverdue!);
    await page.selectOption(byTestId('edit-state'), 'Hoàn thành');
    await page.click(byTestId('edit-save'));
    await page.waitForSelector(`${byTestId('save-status')}:not([hidden])`);
    await page.click(byTestId('tab-dashboard'));
    await page.waitForFunction((n) => document.querySelector('[data-testid="dashboard-state-overdue"]')?.textContent === String(n), overdue - 1);
    expect(await calls(page, 'dashboard')).toHaveLength(2);
    await page.click(byTestId('dashboard-refresh'));
    await idle(page);
    expect(await calls(page, 'dashboard')).toHaveLength(3);
  });
});

describe('Nhập từ tệp (issue 10)', () => {
  it('reads a Word plan chosen in the pane, writes it as a sheet in one host call, and previews that sheet', async () => {
    const page = await pane();
    const plan = seedText('000-appendix');
    const want = importText(plan, 'document').plan;
    const columns = [want.columns.dueText, want.columns.lead].filter((c): c is number => c !== undefined);
    const bytes = await docxOfSeed(plan, { mergeDown: columns, splitAt: 0.5 });
    await page.setInputFiles(byTestId('import-file'), { name: 'Kế hoạch 45.docx', mimeType: 'application/octet-stream', buffer: bytes });
    await page.waitForSelector(byTestId('import-result'));
    await idle(page);
    const written = await calls(page, 'addSourceSheet');
    expect(written).toHaveLength(1);
    expect(written[0].args).toMatchObject({ sheetName: 'Kế hoạch 45' });
    expect((written[0].args as { merges: number }).merges).toBeGreaterThan(0);
    expect((await calls(page, 'previewImport')).map((c) => c.args)).toEqual([{ scope: 'sheet' }]);
    expect(await text(page, 'import-file-read')).toContain('Kế hoạch 45.docx');
    expect(await text(page, 'import-count-tasks')).toBe(String(want.tasks.filter((t) => !t.group).length));
    await page.screenshot({ path: artifactPath('pane-import-file.png') });
  });

  it('tells the official to save an old .doc as .docx, writing nothing', async () => {
    const page = await pane();
    await page.setInputFiles(byTestId('import-file'), { name: 'ke-hoach.doc', mimeType: 'application/msword', buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0]) });
    await page.waitForSelector(`${byTestId('error-panel')}:not([hidden])`);
    expect(await text(page, 'error-panel')).toContain('.docx');
    expect(await calls(page, 'addSourceSheet')).toHaveLength(0);
  });
});

describe('Báo cáo (issue 11)', () => {
  it('builds the period report with counts per state and office, then the reminders, and offers both as Word files', async () => {
    const page = await pane({ withTracker: true, initialTab: 'report', asOf: '2025-01-10' }, { width: 360, height: 800 });
    await page.waitForSelector(byTestId('report-period'));
    await page.selectOption(byTestId('report-period'), 'year');
    // Counted after the plan year's 31/12 deadlines, as a year report closed in January is.
    await page.fill(byTestId('report-asof'), '2025-01-10');
    await page.dispatchEvent(byTestId('report-asof'), 'change');
    await page.click(byTestId('report-build'));
    await page.waitForSelector(byTestId('report-result'));
    expect(await calls(page, 'buildReport')).toEqual([expect.objectContaining({ args: { period: 'year', asOf: '2025-01-10' } })]);
    expect(await text(page, 'report-summary')).toContain('Báo cáo năm 2024, số liệu đến ngày 10/01/2025');
    expect(await text(page, 'report-total')).toBe('46');
    const states = ['doneOnTime', 'doneLate', 'openOnTime', 'openOverdue', 'noDeadline'];
    const counts = await Promise.all(states.map(async (s) => Number(await text(page, `report-state-${s}`))));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(46);
    // Nothing done yet in a fresh tracker: every dated task of 2024 is overdue in January 2025.
    expect(counts[0] + counts[1]).toBe(0);
    expect(counts[3]).toBeGreaterThan(0);
    const offices = await page.locator(byTestId('report-office-row')).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-office')));
    expect(offices).toContain('Phòng Nội vụ');
    expect(new Set(offices).size).toBe(offices.length);
    await page.screenshot({ path: artifactPath('pane-report.png'), fullPage: true });

    const [report] = await Promise.all([page.waitForEvent('download'), page.click(byTestId('report-docx'))]);
    expect(report.suggestedFilename()).toBe('bao-cao-year-2024.docx');

    await page.click(byTestId('remind-build'));
    await page.waitForSelector(byTestId('remind-list'));
    const overdueTasks = await page.locator(`${byTestId('remind-office')} ${byTestId('remind-task')}`).count();
    expect(overdueTasks).toBeGreaterThanOrEqual(counts[3]);
    const [letter] = await Promise.all([page.waitForEvent('download'), page.click(byTestId('remind-docx'))]);
    expect(letter.suggestedFilename()).toBe('cong-van-don-doc-2025-01-10.docx');
    await page.locator(byTestId('remind-list')).scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifactPath('pane-remind.png') });
  });

  it('explains a workbook without a tracker instead of an empty report, and keeps the pane usable', async () => {
    const page = await pane({ withTracker: false, initialTab: 'report' });
    await page.click(byTestId('report-build'));
    await page.waitForSelector(byTestId('error-panel'));
    expect(await page.locator(byTestId('report-result')).count()).toBe(0);
    await page.click(byTestId('tab-import'));
    await page.waitForSelector(byTestId('import-preview'));
  });
});

describe('scoring (issue 5)', () => {
  it('adds the template criteria on request; the dashboard then shows indices and the criteria losing points', async () => {
    const page = await pane({ asOf: '2025-01-10' });
    await preview(page);
    await page.check(byTestId('import-criteria'));
    await page.click(byTestId('import-create'));
    await page.waitForSelector(byTestId('import-done'));
    expect((await calls(page, 'createTracker'))[0].args).toMatchObject({ criteria: 'template' });
    const criteria = await harness<unknown[][]>(page, 'sheet', 'Bộ tiêu chí');
    const header = criteria.findIndex((r) => r[0] === 'Mã');
    const actualAt = (criteria[header] as string[]).indexOf('Thực tế') + 1;
    const row = criteria.findIndex((r) => r[0] === '1.2.1') + 1;
    expect(String(criteria[row - 1][4])).toMatch(/Đạt: 0,5; Không đạt: 0/);
    // The official records that the reports were not on time: 0 of 0,5 points.
    await harness(page, 'setCell', 'Bộ tiêu chí', row, actualAt, 'Không đạt');
    await page.click(byTestId('tab-dashboard'));
    await page.waitForSelector(byTestId('dashboard-scoring'));
    expect(await page.textContent(`${byTestId('scoring-area-row')}[data-key="direction"] ${byTestId('scoring-index')}`)).toBe('0%');
    expect(await page.textContent(`${byTestId('scoring-area-row')}[data-key="procedures"] ${byTestId('scoring-index')}`)).toBe('–');
    expect(await page.getAttribute(`${byTestId('lost-row')} >> nth=0`, 'data-code')).toBe('1.2.1');
    expect(await page.getAttribute(`${byTestId('lost-row')} >> nth=0`, 'data-lost')).toBe('0.5');
    await page.locator(byTestId('dashboard-scoring')).screenshot({ path: artifactPath('pane-dashboard-scoring.png') });
  });
});

describe('errors', () => {
  it('shows a HostError with its hint, keeps the pane, and "Thử lại" recovers', async () => {
    const page = await pane({ withTracker: true, initialTab: 'update' });
    await page.waitForSelector(byTestId('task-row'));
    await openTask(page, TASKS[0].id);
    await page.fill(byTestId('edit-note'), 'Đã xong phần việc của quý');
    await harness(page, 'failNext', 'saveTask', { kind: 'host', message: 'Ô "Ghi chú" của nhiệm vụ I-1 đã được sửa trong bảng tính.', hint: 'Bấm "Tải lại" để xem giá trị mới rồi sửa lại.' });
    await page.click(byTestId('edit-save'));
    await page.waitForSelector(`${byTestId('error-panel')}:not([hidden])`);
    expect(await text(page, 'error-message')).toBe('Ô "Ghi chú" của nhiệm vụ I-1 đã được sửa trong bảng tính.');
    expect(await text(page, 'error-hint')).toBe('Bấm "Tải lại" để xem giá trị mới rồi sửa lại.');
    expect(await page.isVisible(byTestId('task-editor'))).toBe(true);
    expect(await page.inputValue(byTestId('edit-note'))).toBe('Đã xong phần việc của quý');
    expect(await page.isEnabled(byTestId('edit-save'))).toBe(true);
    await page.screenshot({ path: artifactPath('pane-error.png') });
    await page.click(byTestId('error-retry'));
    await page.waitForSelector(`${byTestId('save-status')}:not([hidden])`);
    expect(await page.isHidden(byTestId('error-panel'))).toBe(true);
    expect(await calls(page, 'saveTask')).toHaveLength(2);
  });

  it('shows a plain rejection (a string from google.script.run) with a general hint', async () => {
    const page = await pane({ withTracker: true, initialTab: 'import' });
    await harness(page, 'failNext', 'dashboard', { kind: 'string', message: 'Exception: Service Spreadsheets timed out' });
    await page.click(byTestId('tab-dashboard'));
    await page.waitForSelector(`${byTestId('error-panel')}:not([hidden])`);
    expect(await text(page, 'error-message')).toBe('Service Spreadsheets timed out');
    expect(await text(page, 'error-hint')).toMatch(/Thử lại/);
    expect(await page.isVisible(byTestId('dashboard-load'))).toBe(true);
    await page.click(byTestId('error-dismiss'));
    expect(await page.isHidden(byTestId('error-panel'))).toBe(true);
  });

  it('explains a workbook without a tracker instead of showing an empty list', async () => {
    const page = await pane({ initialTab: 'update' });
    await page.waitForSelector(`${byTestId('error-panel')}:not([hidden])`);
    expect(await text(page, 'error-message')).toMatch(/Không đọc được trang "Nhiệm vụ"/);
    expect(await text(page, 'error-hint')).toMatch(/Nhập kế hoạch/);
    expect(await page.isVisible(byTestId('update-not-loaded'))).toBe(true);
  });
});

describe('language, keyboard and untrusted text', () => {
  it('switches every label to English and back', async () => {
    const page = await pane({ withTracker: true, initialTab: 'update' });
    await page.waitForSelector(byTestId('task-row'));
    expect(await text(page, 'tab-import')).toBe('Nhập kế hoạch');
    await page.selectOption(byTestId('lang-select'), 'en');
    expect(await page.getAttribute(byTestId('par-app'), 'lang')).toBe('en');
    expect(await text(page, 'tab-import')).toBe('Import plan');
    expect(await text(page, 'tab-update')).toBe('Update');
    expect(await text(page, 'tab-dashboard')).toBe('Dashboard');
    expect(await text(page, 'update-reload')).toBe('Reload');
    expect(await text(page, 'task-count')).toBe(`${TASKS.length} of ${TASKS.length} tasks`);
    expect(await page.textContent(`${byTestId('task-row')} >> nth=0 >> ${byTestId('task-flag')}`)).toBe('Due soon');
    expect(await page.textContent(`${byTestId('filter-area')} option[value="direction"]`)).toBe('Direction and management of PAR');
    await openTask(page, TASKS[0].id);
    expect(await page.textContent(`${byTestId('edit-state')} option[value="Đang thực hiện"]`)).toBe('In progress');
    await page.screenshot({ path: artifactPath('pane-update-editor-en.png'), fullPage: true });
    await page.click(byTestId('tab-import'));
    expect(await text(page, 'import-preview')).toBe('Preview');
    await page.selectOption(byTestId('lang-select'), 'vi');
    expect(await text(page, 'import-preview')).toBe('Xem trước');
  });

  it('is usable from the keyboard: arrows between tabs, arrows and Enter in the list, Escape back', async () => {
    const page = await pane({ withTracker: true });
    await page.focus(byTestId('tab-import'));
    await page.keyboard.press('ArrowRight');
    expect(await page.getAttribute(byTestId('tab-update'), 'aria-selected')).toBe('true');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.testid)).toBe('tab-update');
    await page.keyboard.press('End');
    expect(await page.getAttribute(byTestId('tab-report'), 'aria-selected')).toBe('true');
    await page.keyboard.press('ArrowRight');
    expect(await page.getAttribute(byTestId('tab-import'), 'aria-selected')).toBe('true');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.waitForSelector(byTestId('task-row'));

    await page.focus(`${byTestId('task-row')} >> nth=0`);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.taskId)).toBe(TASKS[2].id);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`${byTestId('task-editor')}[data-task-id="${TASKS[2].id}"]`);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.testid)).toBe('edit-state');
    await page.keyboard.press('Escape');
    await page.waitForSelector(byTestId('task-list'));
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.taskId)).toBe(TASKS[2].id);
    // Only one row of the list is a tab stop.
    expect(await page.locator(`${byTestId('task-row')}[tabindex="0"]`).count()).toBe(1);
  });

  it('shows cell text as text: an <img onerror> typed in a task title creates no element', async () => {
    const page = await pane({ withTracker: true, initialTab: 'import' });
    const sheet = await harness<unknown[][]>(page, 'sheet', TASK_SHEET);
    const header = sheet.findIndex((r) => r.includes('Mã') && r.includes('Nhiệm vụ'));
    const titleColumn = sheet[header].indexOf('Nhiệm vụ') + 1;
    const evil = '<img src=x onerror="window.__pwned=1">Ban hành <b>kế hoạch</b>';
    await harness(page, 'setCell', TASK_SHEET, TASKS[0].row, titleColumn, evil);
    await page.click(byTestId('tab-update'));
    await page.waitForSelector(byTestId('task-row'));
    expect(await page.textContent(`${byTestId('task-row')}[data-task-id="${TASKS[0].id}"] ${byTestId('task-title')}`)).toBe(evil);
    await openTask(page, TASKS[0].id);
    expect(await text(page, 'editor-title')).toBe(evil);
    expect(await page.locator('img, b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
