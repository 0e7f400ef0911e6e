/**
 * The Office.js adapter against the in-memory Excel (fakeExcel.ts): what it writes, in which
 * order, and in how many round trips — the same for 10 tasks as for 10,000.
 */
import { ExcelHost, type ExcelRun } from '../../src/excel';
import { excelDate, hostValue, readUnit, trackerFromSource, type UnitRead } from '../../src/workbook/ops';
import { CRITERIA_SHEET, DASHBOARD_SHEET, INDICATOR_SHEET, LOG_SHEET, sameSheetName, TASK_SHEET } from '../../src/workbook/sheetNames';
import { AREA_NAMES } from '../../src/core/areas/areaPhrases';
import type { SheetModel } from '../../src/workbook/model';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importText } from '../../src/core/appendix/importDocument';
import { FIXTURES, seedSheetValues, seedText } from '../helpers/fixtures';
import { docxOfSeed } from '../helpers/docxPlan';
import { readPlanFile } from '../../src/files/planFile';
import { LARGE_REPEAT, repeatedAppendix, smallAppendix } from './appendices';
import { FakeExcel, fakeExcelWith, type FakeOptions } from './fakeExcel';
import type { FakeChart, FakeSheet } from './fakeWorkbook';

const NOW = new Date(2024, 9, 1, 9, 30);
const SOURCE = 'Phụ lục';
const COPY = 'Nguồn - Phụ lục';

function setup(values: readonly (readonly string[])[], options: FakeOptions = {}): { fake: FakeExcel; host: ExcelHost } {
  const fake = fakeExcelWith({ [SOURCE]: values }, options);
  const host = new ExcelHost({ run: fake.run as unknown as ExcelRun, supports: (v) => fake.supports(v), platform: options.platform ?? 'desktop', now: () => NOW });
  return { fake, host };
}

const sheet = (fake: FakeExcel, name: string): FakeSheet => {
  const s = fake.state.sheetByName(name);
  if (!s) throw new Error(`no sheet "${name}"`);
  return s;
};

/** Every cell of the model is in the fake: values as Excel stores them, formulas as formulas. */
function expectSheetMatches(fake: FakeExcel, model: SheetModel): void {
  const s = sheet(fake, model.name);
  model.rows.forEach((row, r) =>
    row.cells.forEach((cell, c) => {
      const at = `${model.name}!R${r + 1}C${c + 1}`;
      if (cell.value.type === 'formula') expect([at, s.formulaAt(r + 1, c + 1)]).toEqual([at, cell.value.formula]);
      else expect([at, s.formulaAt(r + 1, c + 1), s.valueAt(r + 1, c + 1)]).toEqual([at, null, hostValue(cell.value, excelDate)]);
    }),
  );
}

describe('ExcelHost import', () => {
  it('creates the tracker sheets from the active sheet, as the workbook model has them', async () => {
    const values = seedSheetValues('000-appendix');
    const { fake, host } = setup(values);
    const done = await host.createTracker({});
    const expected = trackerFromSource({ sheetName: SOURCE, values, firstRow: 1, firstColumn: 1 }, {}, null).model;

    expect(done.tasks).toBe(46);
    for (const name of [TASK_SHEET, INDICATOR_SHEET, LOG_SHEET, COPY]) expect(fake.state.sheetByName(name)).toBeDefined();
    for (const m of expected.sheets) expectSheetMatches(fake, m);
    expect(fake.state.coercions).toEqual([]);
    expect(fake.state.activeSheet.name).toBe(TASK_SHEET);
  });

  it('makes Nhiệm vụ, Chỉ tiêu and Nhật ký Excel Tables over their header and data rows', async () => {
    const { fake, host } = setup(seedSheetValues('000-appendix'));
    await host.createTracker({});
    const table = (name: string) => fake.state.tableByName(name)!;
    expect(fake.state.sheetByKey(table('ParNhiemVu').sheetId)!.name).toBe(TASK_SHEET);
    expect(table('ParNhiemVu').rect).toMatchObject({ top: 4, left: 1 });
    expect(table('ParNhiemVu').rect.bottom).toBe(sheet(fake, TASK_SHEET).usedRect(true)!.bottom);
    expect(table('ParChiTieu').rect).toMatchObject({ top: 1, left: 1 });
    // An empty log: the header and the one (blank) row every Table has.
    expect(table('ParNhatKy').rect).toEqual({ top: 1, left: 1, bottom: 2, right: 6 });
  });

  it('sets validation, conditional formats, frozen rows, widths and the defined names', async () => {
    const { fake, host } = setup(seedSheetValues('000-appendix'));
    await host.createTracker({});
    const tasks = sheet(fake, TASK_SHEET);
    expect(tasks.frozenRows).toBe(4);
    expect(tasks.validations.length).toBeGreaterThan(0);
    expect(tasks.validations[0].rule).toEqual({ list: { inCellDropDown: true, source: 'Chưa thực hiện,Đang thực hiện,Hoàn thành,Tạm dừng' } });
    expect(tasks.conditionalFormats.map((c) => c.fill)).toEqual(expect.arrayContaining(['#FFC7CE', '#C6EFCE']));
    expect(tasks.columnWidths.get(3)).toBeGreaterThan(150);
    expect(fake.state.names.get('NgayDanhGia')).toBe("='Nhiệm vụ'!$C$2");
    expect(fake.state.names.get('SoNgaySapDenHan')).toBe("='Nhiệm vụ'!$C$3");
  });

  it('formats text columns as text before writing any value', async () => {
    const { fake, host } = setup(seedSheetValues('000-appendix'));
    await host.createTracker({});
    for (const name of [TASK_SHEET, INDICATOR_SHEET, COPY]) {
      const writes = fake.writes.filter((w) => w.sheet === name);
      const firstValues = writes.findIndex((w) => w.kind === 'values');
      const lastFormat = writes.map((w) => w.kind).lastIndexOf('numberFormat');
      expect([name, firstValues]).not.toEqual([name, -1]);
      expect([name, lastFormat < firstValues]).toEqual([name, true]);
    }
    const tasks = sheet(fake, TASK_SHEET);
    for (const col of [1, 3, 4, 5, 6, 7, 9, 11, 12]) expect([col, tasks.columnFormats.get(col)]).toEqual([col, '@']);
    expect(tasks.columnFormats.get(8)).toBe('dd/mm/yyyy');
  });

  it('brings "- Ban hành kế hoạch" and "=HYPERLINK(…)" over as text, never as formulas', async () => {
    const values = seedSheetValues('000-appendix').map((r) => [...r]);
    values[5][1] = '- Ban hành kế hoạch';
    values[5][5] = '=HYPERLINK("http://x","y")';
    values[5][2] = '+84 912';
    const { fake, host } = setup(values);
    await host.createTracker({});
    const tasks = sheet(fake, TASK_SHEET);
    const row = tasks.grid().findIndex((r) => r[0] === 'I-1') + 1;
    expect(tasks.valueAt(row, 3)).toBe('- Ban hành kế hoạch');
    expect(tasks.valueAt(row, 6)).toBe('=HYPERLINK("http://x","y")');
    expect(tasks.valueAt(row, 7)).toBe('+84 912');
    for (const c of [3, 6, 7]) expect(tasks.formulaAt(row, c)).toBeNull();
    const copy = sheet(fake, COPY);
    expect(copy.valueAt(6, 2)).toBe('- Ban hành kế hoạch');
    expect(copy.valueAt(6, 6)).toBe('=HYPERLINK("http://x","y")');
    expect(copy.formulaAt(6, 6)).toBeNull();
    expect(fake.state.coercions).toEqual([]);
  });

  it('never writes to the source sheet', async () => {
    const values = seedSheetValues('000-appendix');
    const { fake, host } = setup(values);
    await host.previewImport({});
    await host.createTracker({});
    fake.select(SOURCE, 'B2');
    await host.createTracker({});
    expect(fake.writes.filter((w) => w.sheet === SOURCE)).toEqual([]);
    expect(sheet(fake, SOURCE).grid()).toEqual(values.slice(0, sheet(fake, SOURCE).grid().length));
  });

  it('refuses to import a tracker sheet into itself', async () => {
    const { fake, host } = setup(seedSheetValues('000-appendix'));
    await host.createTracker({});
    fake.select(TASK_SHEET, 'A1');
    await expect(host.createTracker({})).rejects.toMatchObject({ name: 'HostError', message: expect.stringContaining('là một trang của bảng theo dõi') });
  });

  it('imports the selection when asked, with merged cells reported', async () => {
    const values = seedSheetValues('000-appendix');
    const { fake, host } = setup(values);
    fake.state.sheets[0].merges.push({ top: 1, left: 1, bottom: 1, right: 6 });
    fake.select(SOURCE, 'A4:F40');
    const preview = await host.previewImport({ scope: 'selection' });
    expect(preview.address).toBe('A4:F40');
    expect(preview.headerRows).toEqual([4]);
    expect(preview.counts.tasks).toBeGreaterThan(10);
  });
});

describe('ExcelHost round trips', () => {
  const small = smallAppendix();
  const large = repeatedAppendix(LARGE_REPEAT);

  async function measure(values: string[][]): Promise<Record<string, number>> {
    const { fake, host } = setup(values);
    const preview = await fake.countSyncs(() => host.previewImport({}));
    const create = await fake.countSyncs(() => host.createTracker({}));
    const list = await fake.countSyncs(() => host.listTasks());
    const dashboard = await fake.countSyncs(() => host.dashboard());
    const first = (await host.listTasks()).tasks.find((t) => !t.group)!;
    const save = await fake.countSyncs(() => host.saveTask({ id: first.id, changes: { state: 'Đang thực hiện' }, seen: first }));
    const report = await fake.countSyncs(() => host.buildReport({ period: 'year' }));
    const remind = await fake.countSyncs(() => host.buildReminders({}));
    // Built again: the sheets are replaced, in the same number of round trips.
    const reportAgain = await fake.countSyncs(() => host.buildReport({ period: 'h1' }));
    fake.select(SOURCE, 'A1');
    const reimport = await fake.countSyncs(() => host.createTracker({}));
    return { preview, create, list, dashboard, save, report, remind, reportAgain, reimport };
  }

  it('makes the same number of syncs for 10 tasks and for 10,000', async () => {
    const { host } = setup(large);
    expect((await host.previewImport({})).counts.tasks).toBeGreaterThanOrEqual(10_000);
    const a = await measure(small);
    const b = await measure(large);
    expect(b).toEqual(a);
    expect(a).toEqual({ preview: 1, create: 3, list: 1, dashboard: 1, save: 2, report: 3, remind: 3, reportAgain: 3, reimport: 4 });
  });

  it('keeps every request of a 10,000-task import under Excel on the web’s 5 MB', async () => {
    const { fake, host } = setup(large, { platform: 'web' });
    const syncs = await fake.countSyncs(() => host.createTracker({}));
    expect(Math.max(...fake.requests.map((r) => r.bytes))).toBeLessThan(5 * 1024 * 1024);
    expect(sheet(fake, TASK_SHEET).grid().length).toBeGreaterThan(10_000);
    // More round trips only because of the size, one per ~4 MB.
    expect(syncs).toBeGreaterThan(3);
    expect(syncs).toBeLessThan(12);

    // Reading 10,000 tasks back is a response over 5 MB: refused once, then read in blocks.
    const before = fake.requests.length;
    const listSyncs = await fake.countSyncs(() => host.listTasks());
    expect((await host.listTasks()).tasks.length).toBeGreaterThan(10_000);
    expect(Math.max(...fake.requests.slice(before).map((r) => r.responseBytes))).toBeGreaterThan(5 * 1024 * 1024);
    expect(listSyncs).toBeLessThan(12);
    console.info(`web, ≥10,000 tasks: import ${syncs} syncs, list ${listSyncs} syncs`);
  });
});

describe('ExcelHost update', () => {
  async function imported(options: FakeOptions = {}) {
    const s = setup(seedSheetValues('000-appendix'), options);
    await s.host.createTracker({});
    return s;
  }

  it('lists the tasks with their rows', async () => {
    const { host } = await imported();
    const list = await host.listTasks();
    expect(list.tasks.filter((t) => !t.group)).toHaveLength(46);
    expect(list.asOf).toBe('2024-10-01');
    expect(list.tasks[0]).toMatchObject({ row: 6, id: 'I-1' });
  });

  it('saves only the changed cells and logs one Nhật ký row per field', async () => {
    const { fake, host } = await imported();
    const task = (await host.listTasks()).tasks.find((t) => t.id === 'I-1')!;
    const before = fake.writes.length;
    const syncsBefore = fake.syncs;
    const done = await host.saveTask({ id: task.id, changes: { state: 'Đang thực hiện', note: '=Họp ngày 5/10', evidence: '' }, seen: task });
    expect(fake.syncs - syncsBefore).toBe(2);
    expect(done).toMatchObject({ written: 2, logged: 2, task: { state: 'Đang thực hiện', note: '=Họp ngày 5/10' } });

    const values = fake.writes.slice(before).filter((w) => w.kind === 'values' || w.kind === 'table.rows.add');
    expect(values.map((w) => `${w.sheet}!${w.address}`)).toEqual([`${TASK_SHEET}!I6:I6`, `${TASK_SHEET}!L6:L6`, `${LOG_SHEET}!A2:F2`, `${LOG_SHEET}!A3:F3`]);
    const tasks = sheet(fake, TASK_SHEET);
    expect(tasks.valueAt(6, 9)).toBe('Đang thực hiện');
    expect(tasks.valueAt(6, 12)).toBe('=Họp ngày 5/10');
    expect(tasks.formulaAt(6, 12)).toBeNull();
    const log = sheet(fake, LOG_SHEET).grid();
    expect(log.slice(1)).toEqual([
      ['01/10/2024 09:30', '', 'I-1', 'Trạng thái', 'Chưa thực hiện', 'Đang thực hiện'],
      ['01/10/2024 09:30', '', 'I-1', 'Ghi chú', '', '=Họp ngày 5/10'],
    ]);
    expect(fake.state.tableByName('ParNhatKy')!.rect).toEqual({ top: 1, left: 1, bottom: 3, right: 6 });
    expect(fake.state.coercions).toEqual([]);
  });

  it('appends later log rows under the earlier ones', async () => {
    const { fake, host } = await imported();
    let task = (await host.listTasks()).tasks.find((t) => t.id === 'I-1')!;
    task = (await host.saveTask({ id: task.id, changes: { state: 'Đang thực hiện' }, seen: task })).task;
    await host.saveTask({ id: task.id, changes: { state: 'Hoàn thành', doneDate: '2024-09-30' }, seen: task });
    const log = sheet(fake, LOG_SHEET).grid();
    expect(log.map((r) => r[5])).toEqual(['Giá trị mới', 'Đang thực hiện', 'Hoàn thành', '30/09/2024']);
    expect(sheet(fake, TASK_SHEET).valueAt(6, 10)).toBe(45565);
  });

  it('keeps the officials’ cells and the Nhật ký when the plan is imported again', async () => {
    const { fake, host } = await imported();
    const task = (await host.listTasks()).tasks.find((t) => t.id === 'I-1')!;
    await host.saveTask({ id: task.id, changes: { state: 'Hoàn thành', note: 'Đã xong' }, seen: task });
    const logBefore = sheet(fake, LOG_SHEET).grid();
    fake.select(SOURCE, 'A1');
    const done = await host.createTracker({});
    expect(done.kept).toBe(1);
    const again = (await host.listTasks()).tasks.find((t) => t.id === 'I-1')!;
    expect(again).toMatchObject({ state: 'Hoàn thành', note: 'Đã xong' });
    expect(sheet(fake, LOG_SHEET).grid()).toEqual(logBefore);
    expect(fake.state.tables.map((t) => t.name).sort()).toEqual(['ParChiTieu', 'ParNhatKy', 'ParNhiemVu']);
    expect(fake.state.coercions).toEqual([]);
  });

  it('replaces a tracker laid out with an AutoFilter instead of a Table (as the CLI makes it)', async () => {
    const { fake, host } = await imported();
    const tasks = sheet(fake, TASK_SHEET);
    fake.state.tables.splice(fake.state.tables.findIndex((t) => t.name === 'ParNhiemVu'), 1);
    tasks.autoFilter = { top: 4, left: 1, bottom: 69, right: 15 };
    fake.select(SOURCE, 'A1');
    await host.createTracker({});
    expect(tasks.autoFilter).toBeNull();
    expect(fake.state.tableByName('ParNhiemVu')).toBeDefined();
  });

  it('adds the template Bộ tiêu chí on request, scores it on the dashboard and keeps it on re-import', async () => {
    const { fake, host } = setup(seedSheetValues('000-appendix'));
    await host.createTracker({ criteria: 'template' });
    const criteria = sheet(fake, CRITERIA_SHEET);
    const dashboardSyncs = await fake.countSyncs(async () => expect((await host.dashboard()).scoring).toBeDefined());
    expect(dashboardSyncs).toBe(1);
    criteria.touch(4, 3).value = 'Sửa của cán bộ'; // a criterion's name, edited by the official
    fake.select(SOURCE, 'A1');
    const before = fake.writes.length;
    await host.createTracker({});
    expect(criteria.valueAt(4, 3)).toBe('Sửa của cán bộ');
    expect(fake.writes.slice(before).filter((w) => w.sheet === CRITERIA_SHEET)).toEqual([]);
  });

  it('refuses to overwrite a cell changed in the sheet since the pane read it', async () => {
    const { fake, host } = await imported();
    const task = (await host.listTasks()).tasks.find((t) => t.id === 'I-1')!;
    sheet(fake, TASK_SHEET).touch(6, 12).value = 'gõ tay';
    await expect(host.saveTask({ id: task.id, changes: { note: 'mới' }, seen: task })).rejects.toMatchObject({ name: 'HostError' });
    expect(sheet(fake, TASK_SHEET).valueAt(6, 12)).toBe('gõ tay');
  });

  it('says there is no tracker yet instead of failing', async () => {
    const { host } = setup(seedSheetValues('000-appendix'));
    await expect(host.listTasks()).rejects.toMatchObject({ name: 'HostError', message: expect.stringContaining('Chưa có bảng theo dõi') });
  });

  it('still reads when the host refuses calls on null objects (Chỉ tiêu deleted)', async () => {
    const { fake, host } = await imported({ nullChaining: 'throw' });
    const gone = sheet(fake, INDICATOR_SHEET);
    fake.state.sheets.splice(fake.state.sheets.indexOf(gone), 1);
    fake.state.tables.splice(fake.state.tables.findIndex((t) => t.sheetId === gone.id), 1);
    const list = await host.listTasks();
    expect(list.tasks.length).toBeGreaterThan(40);
    expect(list.tasks.every((t) => t.indicators.length === 0)).toBe(true);
  });

  it('goes to a row and reports selections in the sheet', async () => {
    const { fake, host } = await imported();
    const seen: { sheet: string; row: number }[] = [];
    const stop = host.watchSelection!((at) => seen.push(at));
    await new Promise((r) => setTimeout(r, 10));
    await host.goTo({ sheet: TASK_SHEET, row: 12 });
    expect(fake.state.activeSheet.name).toBe(TASK_SHEET);
    expect(fake.state.selection!.rect).toMatchObject({ top: 12, bottom: 12 });
    fake.select(TASK_SHEET, 'C15:D15');
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual([
      { sheet: TASK_SHEET, row: 12 },
      { sheet: TASK_SHEET, row: 15 },
    ]);
    stop();
    await new Promise((r) => setTimeout(r, 10));
    fake.select(TASK_SHEET, 'A20');
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toHaveLength(2);
    await expect(host.goTo({ sheet: 'Không có', row: 1 })).rejects.toMatchObject({ name: 'HostError' });
  });
});

describe('ExcelHost report and reminders', () => {
  it('writes the Báo cáo sheet of a period and returns the counts per lead office, splitting joint leads', async () => {
    const { fake, host } = setup(seedSheetValues('000-appendix'));
    await host.createTracker({});
    const done = await host.buildReport({ period: 'year', asOf: '2025-01-15' });
    expect(done.sheet).toBe('Báo cáo');
    expect(done.data.counts.total).toBe(46);
    expect(done.data.byOffice.find((o) => o.office === 'UBND cấp xã')?.total).toBe(done.data.tasks.filter((t) => t.offices.includes('UBND cấp xã')).length);
    const s = sheet(fake, 'Báo cáo');
    expect(String(s.valueAt(1, 1))).toMatch(/^BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024/);
    expect(fake.state.activeSheet.name).toBe('Báo cáo');
  });

  it('writes the Đôn đốc sheet listing the overdue tasks under each lead office', async () => {
    const { fake, host } = setup(seedSheetValues('000-appendix'));
    await host.createTracker({});
    const done = await host.buildReminders({ asOf: '2025-01-15' });
    const joint = done.data.offices.filter((o) => o.office === 'Văn phòng HĐND và UBND huyện' || o.office === 'UBND cấp xã');
    expect(joint).toHaveLength(2);
    expect(String(sheet(fake, 'Đôn đốc').valueAt(1, 1))).toBe('DANH SÁCH NHIỆM VỤ CẦN ĐÔN ĐỐC');
  });

  it("refuses to write over an official's own Báo cáo sheet", async () => {
    const { fake, host } = setup(seedSheetValues('000-appendix'));
    await host.createTracker({});
    fake.state.addSheet('Báo cáo', [['Báo cáo của tôi']]);
    await expect(host.buildReport({ period: 'q1' })).rejects.toThrow(/không do PAR Tracker tạo/);
    expect(sheet(fake, 'Báo cáo').valueAt(1, 1)).toBe('Báo cáo của tôi');
  });
});

describe('ExcelHost charts', () => {
  /** The area block of Tổng hợp: its header row, the first and last of the eight area rows, and a column by its header. */
  function areaBlock(dash: FakeSheet): { header: number; first: number; last: number; col: (label: string) => string } {
    const grid = dash.grid();
    const header = grid.findIndex((r) => r[0] === 'Lĩnh vực' && r.includes('Mục tiêu')) + 1;
    const col = (label: string): string => String.fromCharCode(64 + grid[header - 1].indexOf(label) + 1);
    return { header, first: header + 1, last: header + 8, col };
  }

  it('draws the component index against the target per area on Tổng hợp, in the import’s own syncs', async () => {
    const { fake, host } = setup(seedSheetValues('000-appendix'));
    const syncs = await fake.countSyncs(() => host.createTracker({ criteria: 'template' }));
    expect(syncs).toBe(3);
    const dash = sheet(fake, DASHBOARD_SHEET);
    const { header, first, last, col } = areaBlock(dash);
    expect(dash.valueAt(first, 1)).toBe(AREA_NAMES.direction.vi);
    expect(dash.valueAt(last, 1)).toBe(AREA_NAMES.impact.vi);
    expect(dash.valueAt(last + 1, 1)).toBe(AREA_NAMES.satisfaction.vi);
    expect([col('Chỉ số thành phần'), col('Mục tiêu')]).toEqual(['E', 'G']);
    const at = (address: string) => ({ sheet: DASHBOARD_SHEET, address });
    expect(dash.charts).toHaveLength(1);
    expect(dash.charts[0]).toEqual<FakeChart>({
      name: 'PAR_IndexVsTarget',
      type: 'ColumnClustered',
      seriesBy: 'Columns',
      source: at(`E${first}:E${last}`),
      title: 'Chỉ số thành phần và mục tiêu',
      series: [
        { name: 'Chỉ số thành phần', values: at(`E${first}:E${last}`), xValues: at(`A${first}:A${last}`) },
        { name: 'Mục tiêu', values: at(`G${first}:G${last}`), xValues: at(`A${first}:A${last}`) },
      ],
      position: { start: `O${header}`, end: `V${header + 15}` },
      valueAxisNumberFormat: '0%',
      legendPosition: 'Bottom',
    });
    // With the print setup, after the cells: a chart a host refuses costs the chart only.
    const lastSync = (kind: (k: string) => boolean): number[] => [...new Set(fake.writes.filter((w) => kind(w.kind)).map((w) => w.sync))];
    const chartSyncs = lastSync((k) => k.startsWith('chart'));
    expect(chartSyncs).toHaveLength(1);
    expect(Math.max(...lastSync((k) => k === 'values'))).toBeLessThan(chartSyncs[0]);
  });

  it('replaces its chart on re-import and leaves the official’s own charts', async () => {
    const { fake, host } = setup(seedSheetValues('000-appendix'));
    await host.createTracker({ criteria: 'template' });
    const dash = sheet(fake, DASHBOARD_SHEET);
    const own: FakeChart = { ...dash.charts[0], name: 'Biểu đồ của phòng', series: [] };
    dash.charts.push(own);
    fake.select(SOURCE, 'A1');
    expect(await fake.countSyncs(() => host.createTracker({}))).toBe(4);
    expect(dash.charts.map((c) => c.name)).toEqual(['Biểu đồ của phòng', 'PAR_IndexVsTarget']);
    expect(dash.charts[1].series.map((s) => s.values?.address)).toEqual([`E${areaBlock(dash).first}:E${areaBlock(dash).last}`, `G${areaBlock(dash).first}:G${areaBlock(dash).last}`]);
    fake.select(SOURCE, 'A1');
    await host.createTracker({ criteria: 'template' });
    expect(dash.charts.filter((c) => c.name === 'PAR_IndexVsTarget')).toHaveLength(1);
    expect(await fake.countSyncs(() => host.dashboard())).toBe(1);
  });

  it('replaces it too when Nhiệm vụ was deleted (one small read of the chart names)', async () => {
    const { fake, host } = setup(seedSheetValues('000-appendix'));
    await host.createTracker({ criteria: 'template' });
    const tasks = sheet(fake, TASK_SHEET);
    fake.state.sheets.splice(fake.state.sheets.indexOf(tasks), 1);
    fake.state.tables.splice(fake.state.tables.findIndex((t) => t.sheetId === tasks.id), 1);
    fake.select(SOURCE, 'A1');
    await host.createTracker({ criteria: 'template' });
    expect(sheet(fake, DASHBOARD_SHEET).charts.map((c) => c.name)).toEqual(['PAR_IndexVsTarget']);
  });

  it('replaces it too when the re-import read is redone in steps (a host refusing calls on null objects)', async () => {
    const { fake, host } = setup(seedSheetValues('000-appendix'), { nullChaining: 'throw' });
    await host.createTracker({ criteria: 'template' });
    const gone = sheet(fake, INDICATOR_SHEET);
    fake.state.sheets.splice(fake.state.sheets.indexOf(gone), 1);
    fake.state.tables.splice(fake.state.tables.findIndex((t) => t.sheetId === gone.id), 1);
    fake.select(SOURCE, 'A1');
    await host.createTracker({});
    expect(sheet(fake, DASHBOARD_SHEET).charts.map((c) => c.name)).toEqual(['PAR_IndexVsTarget']);
  });

  it('imports without a chart on a host older than ExcelApi 1.8', async () => {
    const { fake, host } = setup(seedSheetValues('000-appendix'), { apiVersion: '1.7' });
    await host.createTracker({ criteria: 'template' });
    expect(sheet(fake, DASHBOARD_SHEET).charts).toEqual([]);
    expect(sheet(fake, TASK_SHEET).grid().length).toBeGreaterThan(40);
  });

  it('has no chart without the area block (no criteria and no targets)', async () => {
    const { fake, host } = setup(seedSheetValues('000-appendix'));
    await host.createTracker({});
    expect(sheet(fake, DASHBOARD_SHEET).charts).toEqual([]);
  });
});

describe('ExcelHost re-import keeps what is not ours to replace', () => {
  it('keeps the targets typed on Tổng hợp', async () => {
    const { fake, host } = setup(seedSheetValues('000-appendix'));
    await host.createTracker({ criteria: 'template' });
    const dash = sheet(fake, DASHBOARD_SHEET);
    const label = AREA_NAMES.procedures.vi;
    let row = 0;
    for (let r = 1; r <= 40 && row === 0; r++) if (dash.valueAt(r, 1) === label) row = r;
    let header = 0;
    for (let r = row - 1; r >= 1 && header === 0; r--) if (dash.valueAt(r, 1) === 'Lĩnh vực') header = r;
    const col = (word: string): number => {
      for (let c = 1; c <= 20; c++) if (dash.valueAt(header, c) === word) return c;
      throw new Error(`no column ${word}`);
    };
    dash.touch(row, col('So sánh')).value = '>=';
    dash.touch(row, col('Mục tiêu')).value = 0.85;
    fake.select(SOURCE, 'A1');
    const syncs = await fake.countSyncs(() => host.createTracker({}));
    expect(syncs).toBeLessThanOrEqual(4);
    expect([dash.valueAt(row, col('So sánh')), dash.valueAt(row, col('Mục tiêu'))]).toEqual(['≥', 0.85]);
  });

  it("refuses to clear an official's own sheet named Tổng hợp, writing nothing", async () => {
    const fake = fakeExcelWith({ [SOURCE]: seedSheetValues('000-appendix'), [DASHBOARD_SHEET]: [['Báo cáo của tôi', 123]] });
    const host = new ExcelHost({ run: fake.run as unknown as ExcelRun, supports: (v) => fake.supports(v), platform: 'desktop', now: () => NOW });
    fake.select(SOURCE, 'A1');
    const before = fake.writes.length;
    await expect(host.createTracker({})).rejects.toThrow(/không do PAR Tracker tạo/);
    expect(fake.writes.length).toBe(before);
    expect(sheet(fake, DASHBOARD_SHEET).valueAt(1, 1)).toBe('Báo cáo của tôi');
  });

  it("refuses, writing nothing, when the official's own sheet holds a tracker name in another case (Tổng Hợp)", async () => {
    const fake = fakeExcelWith({ [SOURCE]: seedSheetValues('000-appendix'), 'Tổng Hợp': [['Báo cáo của tôi', 123]] });
    const host = new ExcelHost({ run: fake.run as unknown as ExcelRun, supports: (v) => fake.supports(v), platform: 'desktop', now: () => NOW });
    fake.select(SOURCE, 'A1');
    const before = fake.writes.length;
    await expect(host.createTracker({})).rejects.toThrow(/đã có trang "Tổng hợp" không do PAR Tracker tạo/);
    expect(fake.writes.length).toBe(before);
    expect(fake.state.sheets.map((s) => s.name)).toEqual([SOURCE, 'Tổng Hợp']);
    expect(sheet(fake, 'Tổng Hợp').valueAt(1, 1)).toBe('Báo cáo của tôi');
  });

  it('re-creates a tracker whose sheets the official renamed in another case, without a second sheet', async () => {
    const { fake, host } = setup(seedSheetValues('000-appendix'));
    await host.createTracker({});
    fake.state.sheetByName(INDICATOR_SHEET)!.name = 'CHỈ TIÊU';
    fake.select(SOURCE, 'A1');
    await host.createTracker({});
    expect(fake.state.sheets.filter((s) => sameSheetName(s.name, INDICATOR_SHEET)).length).toBe(1);
  });
});

describe('ExcelHost when Excel on the web refuses a request for its size', () => {
  const large = repeatedAppendix(LARGE_REPEAT);

  it.each([
    ['RequestPayloadSizeLimitExceeded', undefined],
    ['another code (a gateway’s 413)', { code: 'GeneralException', message: 'Request Entity Too Large (HTTP 413)' }],
  ])('sends the refused request again in parts, whole, when refused with %s', async (_, payloadError) => {
    // A budget far over the 5 MB limit: the first write request is refused.
    const fake = fakeExcelWith({ [SOURCE]: large }, { platform: 'web', ...(payloadError ? { payloadError } : {}) });
    const host = new ExcelHost({ run: fake.run as unknown as ExcelRun, supports: (v) => fake.supports(v), platform: 'web', now: () => NOW, requestBudget: 64 * 1024 * 1024 });
    const done = await host.createTracker({});
    expect(fake.requests.some((r) => r.bytes > 5 * 1024 * 1024)).toBe(true);
    const expected = trackerFromSource({ sheetName: SOURCE, values: large, firstRow: 1, firstColumn: 1 }, {}, null).model;
    expect(done.tasks).toBeGreaterThan(10_000);
    // Every cell of the model arrived once (compared in full for the first case; row counts for the other).
    if (!payloadError) for (const name of [TASK_SHEET, INDICATOR_SHEET, LOG_SHEET]) expectSheetMatches(fake, expected.sheets.find((s) => s.name === name)!);
    else expect(sheet(fake, TASK_SHEET).grid().length).toBe(expected.sheets.find((s) => s.name === TASK_SHEET)!.rows.length);
    expect(fake.state.sheets.map((s) => s.name)).toEqual([SOURCE, ...expected.sheets.map((s) => s.name)]);
    expect(fake.state.tables.map((t) => t.name).sort()).toEqual(['ParChiTieu', 'ParNhatKy', 'ParNhiemVu']);
  });
});

describe('ExcelHost at Excel’s limits', () => {
  /**
   * Seed 000 ten times over (a long appendix), each numbered row's Kết quả cell merged with the
   * empty column beside it, as tables pasted from Word often are: over 512 merged areas.
   */
  function manyMerges(): { values: string[][]; merges: { top: number; left: number; bottom: number; right: number }[] } {
    const seed = seedSheetValues('000-appendix');
    const values: string[][] = [];
    for (let k = 0; k < 10; k++) for (const row of seed) values.push([...row, '']);
    const merges = values.flatMap((row, r) => (/^\d/.test(row[0]) ? [{ top: r + 1, left: 6, bottom: r + 1, right: 7 }] : []));
    return { values, merges };
  }

  it('reads more than 512 merged areas in blocks and imports with them', async () => {
    const { values, merges } = manyMerges();
    expect(merges.length).toBeGreaterThan(512);
    const { fake, host } = setup(values);
    sheet(fake, SOURCE).merges.push(...merges);
    const preview = await host.previewImport({});
    expect(preview.warnings.filter((w) => w.code === 'merges-unread')).toEqual([]);
    expect(preview.counts.tasks).toBeGreaterThan(8 * 40);
    await host.createTracker({});
    expect(fake.state.sheetByName(TASK_SHEET)).toBeDefined();
  });

  it('imports without merges, saying so, when Excel refuses them', async () => {
    const { values } = manyMerges();
    const { fake, host } = setup(values, { mergesFail: true });
    const preview = await host.previewImport({});
    expect(preview.warnings.find((w) => w.code === 'merges-unread')?.message).toMatch(/^Excel không trả về các ô gộp của bảng/);
    const done = await host.createTracker({});
    expect(done.tasks).toBe(preview.counts.tasks);
    expect(fake.state.sheetByName(TASK_SHEET)).toBeDefined();
  });

  it('reads a selection of whole columns only as far as the used range', async () => {
    const values = seedSheetValues('000-appendix');
    const { fake, host } = setup(values);
    fake.select(SOURCE, 'A:F');
    const before = fake.requests.length;
    const preview = await host.previewImport({ scope: 'selection' });
    expect(preview.address).toBe(`A1:F${values.length}`);
    expect(Math.max(...fake.requests.slice(before).map((r) => r.responseBytes))).toBeLessThan(200_000);
  });
});

describe('ExcelHost re-import of a revised plan (a reviewed merge)', () => {
  const REVISED = importText(readFileSync(join(FIXTURES, 'revised', '000-appendix-revised.txt'), 'utf8'), 'document').grid.map((r) => r.map((c) => String(c ?? '')));

  it('keeps every entry on its task, the dropped task, the own column and sheet, and logs the changes', async () => {
    const { fake, host } = setup(seedSheetValues('000-appendix'));
    await host.createTracker({});
    const save = async (id: string, changes: Parameters<ExcelHost['saveTask']>[0]['changes']): Promise<void> => {
      const task = (await host.listTasks()).tasks.find((t) => t.id === id)!;
      await host.saveTask({ id, changes, seen: task });
    };
    await save('IV-4', { state: 'Hoàn thành', doneDate: '2024-06-30', evidence: 'QĐ 12/QĐ-UBND', note: 'Đã giao biên chế' });
    await save('IV-5', { state: 'Đang thực hiện', note: 'Chờ hướng dẫn của tỉnh' });
    await save('V-3', { state: 'Hoàn thành', doneDate: '2024-08-15' });
    const iv3 = (await host.listTasks()).tasks.find((t) => t.id === 'IV-3')!;
    await save('IV-3', { actuals: [{ row: iv3.indicators[0].row, value: 0.05 }] });
    const tasks = sheet(fake, TASK_SHEET);
    const own = tasks.grid()[3].length + 1;
    tasks.touch(4, own).value = 'Người theo dõi';
    const rowOf = (id: string): number => tasks.grid().findIndex((r) => r[0] === id) + 1;
    tasks.touch(rowOf('IV-5'), own).value = 'Chị Lan';
    fake.state.addSheet('Ghi chép riêng', [['Họp giao ban 02/10']]);
    const logRows = sheet(fake, LOG_SHEET).grid().length;

    fake.state.addSheet('Phụ lục sửa đổi', REVISED);
    fake.select('Phụ lục sửa đổi', 'A1');
    const preview = await host.previewImport({});
    expect(preview.merge!.counts).toMatchObject({ changed: 2, rematched: 1, added: 1, dropped: 1 });
    expect(preview.merge!.changes.map((c) => `${c.kind} ${c.oldId}→${c.id}`)).toEqual(['rematched IV-5→IV-4', 'changed V-3→V-3', 'changed V-4→V-4', 'added →V-6', 'dropped IV-4→IV-4 (cũ)']);

    fake.select('Phụ lục sửa đổi', 'A1');
    const syncs = await fake.countSyncs(() => host.createTracker({}));
    expect(syncs).toBeLessThanOrEqual(4);
    const list = (await host.listTasks()).tasks;
    const byId = (id: string) => list.find((t) => t.id === id)!;
    expect([byId('IV-4').state, byId('IV-4').note]).toEqual(['Đang thực hiện', 'Chờ hướng dẫn của tỉnh']);
    expect([byId('V-3').state, byId('V-3').doneDate]).toEqual(['Hoàn thành', '2024-08-15']);
    expect(byId('V-4').due).toBe('2024-09-30');
    expect(byId('IV-3').indicators[0].actual).toBe(0.05);
    expect(byId('V-6').state).toBe('Chưa thực hiện');
    expect(byId('IV-4 (cũ)')).toMatchObject({ state: 'Hoàn thành', doneDate: '2024-06-30', evidence: 'QĐ 12/QĐ-UBND', note: 'Đã giao biên chế', dropped: true });
    const header = tasks.grid()[3];
    expect(header[header.indexOf('Người theo dõi')]).toBe('Người theo dõi');
    expect(tasks.valueAt(rowOf('IV-4'), header.indexOf('Người theo dõi') + 1)).toBe('Chị Lan');
    expect(sheet(fake, 'Ghi chép riêng').valueAt(1, 1)).toBe('Họp giao ban 02/10');
    const log = sheet(fake, LOG_SHEET).grid().slice(logRows);
    expect(log.map((r) => `${r[2]}|${r[3]}`)).toEqual(['IV-4|Mã', 'V-3|Nhiệm vụ', 'V-4|Tiến độ', 'V-4|Hạn', 'V-6|Nhiệm vụ', 'IV-4 (cũ)|Cảnh báo']);
    expect(log.every((r) => r[0] === '01/10/2024 09:30')).toBe(true);
    expect(fake.state.tableByName('ParNhatKy')!.rect.bottom).toBe(logRows + 6);
  });
});

describe('ExcelHost import from a file (Nhập từ tệp)', () => {
  const text = seedText('000-appendix');
  const want = importText(text, 'document').plan;

  it('writes a Word plan as a new sheet with its merged cells, activates it, and previews the same tasks as the document', async () => {
    const { fake, host } = setup([['Một trang khác của cán bộ']]);
    const columns = [want.columns.dueText, want.columns.lead].filter((c): c is number => c !== undefined);
    const source = await readPlanFile('Kế hoạch 45.docx', await docxOfSeed(text, { mergeDown: columns, splitAt: 0.5 }));
    const syncs = await fake.countSyncs(() => host.addSourceSheet(source));
    expect(syncs).toBe(3);
    const written = sheet(fake, 'Kế hoạch 45');
    expect(fake.state.activeSheetId).toBe(written.id);
    expect(written.merges.length).toBe(source.merges.length);
    expect(written.merges.some((m) => m.bottom > m.top)).toBe(true);
    // A cell typed as a formula in the document stays text.
    expect(written.formulaAt(1, 1)).toBeNull();
    const preview = await host.previewImport({ scope: 'sheet' });
    expect(preview.sheetName).toBe('Kế hoạch 45');
    expect([preview.year, preview.counts.tasks]).toEqual([want.year, want.tasks.filter((t) => !t.group).length]);
    // The same file again goes to a sheet of its own.
    expect((await host.addSourceSheet(source)).sheetName).toBe('Kế hoạch 45 (2)');
  });

  it('makes the same syncs for a 10-task and a 10,000-task file', async () => {
    const tsv = (grid: readonly (readonly string[])[]): Buffer => Buffer.from(grid.map((r) => r.join('\t')).join('\n'), 'utf8');
    const count = async (grid: readonly (readonly string[])[]): Promise<number> => {
      const { fake, host } = setup([['x']]);
      const source = await readPlanFile('ke-hoach.tsv', tsv(grid));
      return fake.countSyncs(() => host.addSourceSheet(source));
    };
    expect(await count(repeatedAppendix(LARGE_REPEAT))).toBe(await count(smallAppendix()));
  });
});

describe('ExcelHost roll-up of units (Các đơn vị)', () => {
  const unitsOf = (n: number): UnitRead[] => {
    const plan = importText(seedText('000-appendix'), 'document').plan;
    const { model } = trackerFromSource({ sheetName: SOURCE, values: seedSheetValues('000-appendix'), firstRow: 1, firstColumn: 1 }, {}, null, { asOf: '2024-10-01' });
    const values = Object.fromEntries(model.sheets.map((s) => [s.name, s.rows.map((r) => r.cells.map((c) => hostValue(c.value, excelDate)))]));
    const tracker = { tasks: values[TASK_SHEET], indicators: values[INDICATOR_SHEET], settings: values['Cài đặt'] };
    expect(plan.tasks.length).toBeGreaterThan(0);
    return Array.from({ length: n }, (_, i) => readUnit({ file: `don-vi-${i + 1}.xlsx`, values: tracker }, '2025-01-15'));
  };

  it('writes Tổng hợp đơn vị and Quá hạn các đơn vị in 3 syncs for 2 units and for 60, then replaces them', async () => {
    for (const n of [2, 60]) {
      const { fake, host } = setup(smallAppendix());
      const units = unitsOf(n);
      const syncs = await fake.countSyncs(() => host.rollup({ units, asOf: '2025-01-15' }));
      expect([n, syncs]).toEqual([n, 3]);
      expect(sheet(fake, 'Tổng hợp đơn vị').grid().filter((r) => typeof r[0] === 'number')).toHaveLength(n);
      expect(fake.state.activeSheetId).toBe(sheet(fake, 'Tổng hợp đơn vị').id);
      const again = await fake.countSyncs(() => host.rollup({ units, asOf: '2025-01-15' }));
      expect(again).toBe(3);
    }
  });

  it('never replaces a "Tổng hợp đơn vị" sheet the official made', async () => {
    const fake = fakeExcelWith({ [SOURCE]: smallAppendix(), 'Tổng hợp đơn vị': [['Bảng của tôi']] });
    const host = new ExcelHost({ run: fake.run as unknown as ExcelRun, supports: (v) => fake.supports(v), platform: 'desktop', now: () => NOW });
    await expect(host.rollup({ units: unitsOf(2), asOf: '2025-01-15' })).rejects.toThrow(/Tổng hợp đơn vị/);
    expect(sheet(fake, 'Tổng hợp đơn vị').grid()[0][0]).toBe('Bảng của tôi');
  });
});

describe('ExcelHost phiếu cập nhật', () => {
  it('makes the offices’ files in one sync, and applies a returned one in two, with its Nhật ký rows', async () => {
    const { fake, host } = setup(seedSheetValues('000-appendix'));
    await host.createTracker({});
    let made!: Awaited<ReturnType<NonNullable<typeof host.officeFiles>>>;
    expect(await fake.countSyncs(async () => void (made = await host.officeFiles({})))).toBe(1);
    const file = made.files.find((f) => f.office === 'Phòng Nội vụ')!;
    // Its indicators come with it, read in the same sync (the Chỉ tiêu sheet of the phiếu).
    expect(made.files.some((f) => f.model.sheets.some((x) => x.name === 'Chỉ tiêu'))).toBe(true);
    const sheet0 = file.model.sheets.find((x) => x.name === 'Phiếu cập nhật')!;
    const grid = sheet0.rows.map((r) => r.cells.map((c) => hostValue(c.value, excelDate)));
    const header = grid.findIndex((r) => r[0] === 'Mã');
    const stateAt = grid[header].indexOf('Trạng thái');
    const id = String(grid[header + 1][0]);
    grid[header + 1][stateAt] = 'Hoàn thành';
    const preview = await host.collect({ files: [{ file: 'noi-vu.xlsx', grid }], apply: false, acceptConflicts: false });
    expect(preview.changes.map((c) => c.id)).toEqual([id]);
    const logBefore = sheet(fake, LOG_SHEET).grid().length;
    const syncs = await fake.countSyncs(() => host.collect({ files: [{ file: 'noi-vu.xlsx', grid }], apply: true, acceptConflicts: false }));
    expect(syncs).toBe(2);
    expect((await host.listTasks()).tasks.find((t) => t.id === id)?.state).toBe('Hoàn thành');
    expect(sheet(fake, LOG_SHEET).grid().length).toBe(logBefore + 1);
  });
});
