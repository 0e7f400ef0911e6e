/**
 * The pane's operations on seed 000 pasted into a sheet, with a host that is nothing but arrays:
 * build → values as Excel returns them → list → save → values again → dashboard.
 */
import { splitOffices } from '../../../src/core/offices/offices';
import { seedSheetValues, seedText } from '../../helpers/fixtures';
import { textSourceSheet } from '../../../src/core/appendix/importDocument';
import {
  dashboardFrom,
  excelDate,
  planTaskSave,
  previewImport,
  sheetValues,
  taskListFrom,
  trackerFromSource,
  type HostCell,
  type SourceRange,
  type TrackerValues,
} from '../../../src/workbook/ops';
import { HostError, type TaskView } from '../../../src/workbook/host';
import { hostValue } from '../../../src/workbook/ops/hostValues';
import type { WorkbookModel } from '../../../src/workbook/model';

const values = seedSheetValues('000-appendix');
const source: SourceRange = { sheetName: 'Phụ lục', values, firstRow: 1, firstColumn: 1 };
const AS_OF = '2025-01-15';
const ctx = { today: AS_OF, time: '15/01/2025 08:30', user: 'Nguyễn Văn A' };

function sheetsOf(model: WorkbookModel): Record<string, HostCell[][]> {
  return Object.fromEntries(model.sheets.map((s) => [s.name, sheetValues(s, excelDate)]));
}

function tracker(): { sheets: Record<string, HostCell[][]>; values: () => TrackerValues } {
  const { model } = trackerFromSource(source, {}, null, { asOf: AS_OF });
  const sheets = sheetsOf(model);
  return { sheets, values: () => ({ tasks: sheets['Nhiệm vụ'], indicators: sheets['Chỉ tiêu'] }) };
}

describe('import preview', () => {
  it('finds the columns, the year and counts the tasks of seed 000', () => {
    const p = previewImport(source, {}, false);
    expect(p.year).toBe(2024);
    expect(p.counts.tasks).toBeGreaterThan(40);
    expect(p.columns.find((c) => c.field === 'lead')?.column).not.toBeNull();
    expect(p.sourceColumns.length).toBeGreaterThanOrEqual(5);
    // Warning rows point at sheet rows, shifted by where the range starts.
    const shifted = previewImport({ ...source, firstRow: 11 }, {}, false);
    expect(shifted.headerRows[0]).toBe(p.headerRows[0] + 10);
  });

  it('drops a column the official unpicks and reads another picked instead', () => {
    const p = previewImport(source, {}, false);
    const lead = p.columns.find((c) => c.field === 'lead')!.column!;
    const dropped = previewImport(source, { columns: { lead: null } }, false);
    expect(dropped.columns.find((c) => c.field === 'lead')?.column).toBeNull();
    const { model } = trackerFromSource(source, { columns: { support: lead } }, null, { asOf: AS_OF });
    const rows = sheetsOf(model)['Nhiệm vụ'];
    const header = rows[3];
    const supportCol = header.indexOf('Cơ quan phối hợp');
    const leadCol = header.indexOf('Cơ quan chủ trì');
    const withLead = rows.slice(4).find((r) => r[leadCol] !== '' && r[0] !== '');
    expect(withLead?.[supportCol]).toBe(withLead?.[leadCol]);
  });

  it('builds the tracker of a plan written as prose with the columns the preview offered (none) sent back', () => {
    const prose = textSourceSheet(seedText('001-no-table'), 'document').grid;
    const src: SourceRange = { sheetName: 'Kế hoạch khắc phục', values: prose, firstRow: 1, firstColumn: 1 };
    const p = previewImport(src, {}, false);
    expect(p.columns.every((c) => c.column === null)).toBe(true);
    const columns = Object.fromEntries(p.columns.map((c) => [c.field, c.column]));
    const { model } = trackerFromSource(src, { columns, year: p.year }, null, { asOf: AS_OF });
    const taskRows = sheetsOf(model)['Nhiệm vụ'];
    const ids = taskRows.slice(4).map((r) => r[0]);
    expect(ids).toContain('9-1');
    expect(p.counts.tasks).toBe(49);
  });

  it('refuses an empty sheet with a message saying what to do', () => {
    expect(() => previewImport({ ...source, values: [] }, {}, false)).toThrow(HostError);
    expect(() => trackerFromSource({ ...source, values: [['Báo cáo'], ['không có bảng']] }, {}, null)).toThrow(/Không tạo bảng theo dõi/);
  });
});

describe('task list and save', () => {
  it('lists tasks with flags computed at the sheet as-of date', () => {
    const t = tracker();
    const list = taskListFrom(t.values(), '2030-01-01');
    expect(list.asOf).toBe(AS_OF);
    const tasks = list.tasks.filter((x) => !x.group);
    expect(tasks.length).toBeGreaterThan(40);
    expect(tasks.filter((x) => x.due !== null && x.due < AS_OF).every((x) => x.flag === 'overdue')).toBe(true);
    expect(tasks.filter((x) => x.due === null).every((x) => x.flag === 'no-deadline')).toBe(true);
    expect(tasks.some((x) => x.flag === 'overdue')).toBe(true);
    expect(list.states).toContain('Hoàn thành');
    expect(list.leads.length).toBeGreaterThan(3);
  });

  it('writes only the changed cells and one log row per changed field', () => {
    const t = tracker();
    const list = taskListFrom(t.values(), AS_OF);
    const task = list.tasks.find((x) => !x.group && x.flag === 'overdue')!;
    const plan = planTaskSave(t.values(), { id: task.id, seen: task, changes: { state: 'hoan thanh', doneDate: '2024-12-28', note: task.note } }, ctx);
    expect(plan.writes).toHaveLength(2);
    expect(plan.writes.every((w) => w.sheet === 'Nhiệm vụ' && w.row === task.row)).toBe(true);
    expect(plan.log).toHaveLength(2);
    expect(plan.log[0].map((v) => (v.type === 'text' ? v.text : ''))).toEqual([
      '15/01/2025 08:30',
      'Nguyễn Văn A',
      task.id,
      'Trạng thái',
      'Chưa thực hiện',
      'Hoàn thành',
    ]);
    expect(plan.task.flag).toBe('done');
    // Applied to the sheet, the next list shows it done.
    for (const w of plan.writes) t.sheets[w.sheet][w.row - 1][w.column - 1] = hostValue(w.value, excelDate);
    const again = taskListFrom(t.values(), AS_OF).tasks.find((x) => x.id === task.id)!;
    expect(again.state).toBe('Hoàn thành');
    expect(again.doneDate).toBe('2024-12-28');
  });

  it('refuses to overwrite a cell someone changed in the sheet after the pane loaded it', () => {
    const t = tracker();
    const task = taskListFrom(t.values(), AS_OF).tasks.find((x) => !x.group)!;
    const noteCol = t.sheets['Nhiệm vụ'][3].indexOf('Ghi chú');
    t.sheets['Nhiệm vụ'][task.row - 1][noteCol] = 'Đã sửa trực tiếp';
    expect(() => planTaskSave(t.values(), { id: task.id, seen: task, changes: { note: 'Ghi chú mới' } }, ctx)).toThrow(/đã được sửa trong bảng tính/);
  });

  it('rejects a state outside the dropdown and an unknown task', () => {
    const t = tracker();
    const task = taskListFrom(t.values(), AS_OF).tasks.find((x) => !x.group)!;
    expect(() => planTaskSave(t.values(), { id: task.id, seen: task, changes: { state: 'Xong rồi' } }, ctx)).toThrow(/không có trong danh sách/);
    expect(() => planTaskSave(t.values(), { id: 'XX-99', seen: task, changes: {} }, ctx)).toThrow(/Không tìm thấy nhiệm vụ/);
  });

  it('writes an indicator actual on the Chỉ tiêu sheet and logs it', () => {
    const t = tracker();
    const task: TaskView = taskListFrom(t.values(), AS_OF).tasks.find((x) => x.indicators.some((i) => i.unit === '%'))!;
    const ind = task.indicators.find((i) => i.unit === '%')!;
    const plan = planTaskSave(t.values(), { id: task.id, seen: task, changes: { actuals: [{ row: ind.row, value: 0.95 }] } }, ctx);
    expect(plan.writes).toEqual([
      { sheet: 'Chỉ tiêu', row: ind.row, column: t.sheets['Chỉ tiêu'][0].indexOf('Thực tế') + 1, value: { type: 'number', number: 0.95 } },
    ]);
    const log = plan.log[0].map((v) => (v.type === 'text' ? v.text : ''));
    expect(log[4]).toBe('');
    expect(log[5]).toBe('95%');
  });
});

describe('re-import', () => {
  it('keeps the state, completion date, notes and actuals an official entered', () => {
    const t = tracker();
    const list = taskListFrom(t.values(), AS_OF);
    const task = list.tasks.find((x) => x.indicators.length > 0)!;
    const plan = planTaskSave(
      t.values(),
      { id: task.id, seen: task, changes: { state: 'Đang thực hiện', note: '=HYPERLINK("x")', actuals: [{ row: task.indicators[0].row, value: 3 }] } },
      ctx,
    );
    for (const w of plan.writes) t.sheets[w.sheet][w.row - 1][w.column - 1] = hostValue(w.value, excelDate);
    const again = trackerFromSource(source, {}, t.values(), { asOf: AS_OF });
    expect(again.done.kept).toBe(1);
    const sheets = sheetsOf(again.model);
    const reread = taskListFrom({ tasks: sheets['Nhiệm vụ'], indicators: sheets['Chỉ tiêu'] }, AS_OF).tasks.find((x) => x.id === task.id)!;
    expect(reread.state).toBe('Đang thực hiện');
    expect(reread.note).toBe('=HYPERLINK("x")');
    expect(reread.indicators[0].actual).toBe(3);
  });
});

describe('re-import settings', () => {
  const valueAt = (model: WorkbookModel, row: number) => model.sheets.find((s) => s.name === 'Nhiệm vụ')!.rows[row - 1].cells[2].value;

  it('keeps the Số ngày sắp đến hạn an official set, but not the Ngày đánh giá (TODAY() stays live)', () => {
    const t = tracker();
    const tasks = t.sheets['Nhiệm vụ'];
    expect(tasks[1][0]).toBe('Ngày đánh giá');
    expect(tasks[2][0]).toBe('Số ngày sắp đến hạn');
    tasks[1][2] = excelDate('2024-12-01'); // what a read returns for =TODAY() or a typed date
    tasks[2][2] = 7;
    const again = trackerFromSource(source, {}, t.values());
    expect(valueAt(again.model, 3)).toEqual({ type: 'number', number: 7 });
    expect(valueAt(again.model, 2)).toEqual({ type: 'formula', formula: '=TODAY()' });
    expect(taskListFrom({ tasks: sheetsOf(again.model)['Nhiệm vụ'], indicators: null }, AS_OF).soonDays).toBe(7);
    expect(again.done.kept).toBe(0);
  });

  it('keeps 0 days, and falls back to the default for a value that is not a whole number of days', () => {
    for (const [typed, kept] of [
      [0, 0],
      [-3, 14],
      [2.5, 14],
      ['abc', 14],
      ['', 14],
      ['21', 21],
    ] as const) {
      const t = tracker();
      t.sheets['Nhiệm vụ'][2][2] = typed;
      expect([typed, valueAt(trackerFromSource(source, {}, t.values(), { asOf: AS_OF }).model, 3)]).toEqual([typed, { type: 'number', number: kept }]);
    }
  });
});

describe('dashboard', () => {
  it('counts tasks by state per area and per lead office (a joint lead counted for each office) and lists the overdue ones by deadline', () => {
    const t = tracker();
    const list = taskListFrom(t.values(), AS_OF);
    const d = dashboardFrom(list);
    const sum = (c: Record<string, number>): number => Object.values(c).reduce((a, b) => a + b, 0);
    expect(sum(d.byState)).toBe(d.total);
    expect(d.byArea.reduce((n, a) => n + a.total, 0)).toBe(d.total);
    const tasks = list.tasks.filter((x) => !x.group && !x.dropped);
    const namings = tasks.reduce((n, x) => n + Math.max(1, splitOffices(x.lead).length), 0);
    expect(d.byLead.reduce((n, a) => n + a.total, 0)).toBe(namings);
    expect(d.byLead.find((l) => l.lead === 'UBND cấp xã')?.total).toBe(tasks.filter((x) => splitOffices(x.lead).includes('UBND cấp xã')).length);
    expect(d.byLead.find((l) => l.lead === '')?.total).toBe(tasks.filter((x) => x.lead.trim() === '').length);
    expect(d.overdue.length).toBe(d.byState.overdue);
    const dues = d.overdue.map((x) => x.due!);
    expect([...dues].sort()).toEqual(dues);
    expect(dues.every((x) => x < AS_OF)).toBe(true);
  });
});
