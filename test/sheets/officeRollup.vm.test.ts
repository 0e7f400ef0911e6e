/**
 * Phiếu cập nhật and the roll-up through the built Google Sheets project, on the in-memory fake,
 * as the sidebar does them: the server gives the offices' phiếu (models), the sidebar writes them
 * as .xlsx (the same files the CLI and Excel make); an office fills one (edited here with exceljs,
 * as Excel would save it) while the official types in the tracker; the file read in the sidebar is
 * previewed and applied by the server — every change on its cell with a Nhật ký row whose "who" is
 * the office, the conflict shown and kept. The roll-up of units read in the sidebar is written as
 * two new sheets. Service calls are counted: the same for 1 returned file and 3, for 2 units and 60.
 */
import ExcelJS from 'exceljs';
import { returnedGrid } from '../../src/files/officeFileBytes';
import { writeTrackerXlsx } from '../../src/files/writeTrackerXlsx';
import { SERVER, type CreateResult } from '../../src/sheets/api';
import type { CollectDone, OfficeFilesDone, RollupDone } from '../../src/workbook/host';
import { excelDate, hostValue, readUnit, trackerFromSource, type UnitRead } from '../../src/workbook/ops';
import { INDICATOR_SHEET, LOG_SHEET, TASK_SHEET } from '../../src/workbook/sheetNames';
import { columnIndex, INDICATOR_COLUMNS, TASK_COLUMNS } from '../../src/workbook/trackerColumns';
import { seedSheetValues } from '../helpers/fixtures';
import { ensureBuilt, loadProject, type AppsScriptProject } from './appsScriptProject';
import type { FakeSheet } from './fakeSpreadsheetApp';

jest.setTimeout(300_000);

beforeAll(() => ensureBuilt());

const SOURCE = 'Phụ lục';
const OFFICE = 'Phòng Nội vụ';

function imported(): AppsScriptProject {
  const p = loadProject({ source: { name: SOURCE, values: seedSheetValues('000-appendix') } });
  let r = p.run<CreateResult>(SERVER.createTracker, {}, null);
  while (r.next) r = p.run<CreateResult>(SERVER.createTracker, {}, r.next);
  return p;
}

const sheet = (p: AppsScriptProject, name: string): FakeSheet => {
  const s = p.google.spreadsheet.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};

/** The 1-based row of a sheet whose column holds `id`. */
function rowOf(s: FakeSheet, column: number, id: string): number {
  for (let r = 1; r <= s.lastRow(); r++) if (s.cell(r, column).value === id) return r;
  throw new Error(`no ${id} on ${s.name}`);
}

/** Header → 1-based column of the header row found by its first cell. */
function header(ws: ExcelJS.Worksheet, first: string): { row: number; col: Record<string, number> } {
  for (let r = 1; r <= 10; r++) {
    if (String(ws.getRow(r).getCell(1).value) !== first) continue;
    const col: Record<string, number> = {};
    ws.getRow(r).eachCell((c, n) => (col[String(c.value)] = n));
    return { row: r, col };
  }
  throw new Error(`no header ${first}`);
}

/** A phiếu as the sidebar writes it (exceljs), filled by the office, read back as the sidebar reads it. */
async function filled(
  made: OfficeFilesDone,
  office: string,
  fill: (tasks: ExcelJS.Worksheet, ind: ExcelJS.Worksheet | undefined) => void,
): Promise<{ file: string; grid: unknown[][] }> {
  const file = made.files.find((f) => f.office === office)!;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeTrackerXlsx(file.model)) as unknown as ArrayBuffer);
  fill(wb.getWorksheet('Phiếu cập nhật')!, wb.getWorksheet('Chỉ tiêu'));
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return { file: file.fileName, grid: (await returnedGrid(bytes))! };
}

describe('phiếu cập nhật in Google Sheets', () => {
  it('makes every office’s phiếu from one read of Nhiệm vụ, Chỉ tiêu and Cài đặt, writing nothing', () => {
    const p = imported();
    p.google.counters.reset();
    const made = p.run<OfficeFilesDone>(SERVER.officeFiles, { replyBy: '2025-01-10' });
    const c = p.google.counters;
    expect(c.count('Range.getValues')).toBe(3);
    expect([...c.calls.keys()].filter((k) => /\.(set|insert|delete|clear)/.test(k))).toEqual([]);
    const noiVu = made.files.find((f) => f.office === OFFICE)!;
    expect(noiVu.fileName).toBe('phieu-cap-nhat-phong-noi-vu.xlsx');
    expect(noiVu.model.sheets.map((s) => s.name)).toEqual(['Hướng dẫn', 'Phiếu cập nhật', 'Chỉ tiêu']);
    expect(made.files.length).toBeGreaterThanOrEqual(5);
  });

  it('previews and applies returned phiếu: changes with Nhật ký rows by the office, the conflict kept; 2 reads for 1 file or 3', async () => {
    const p = imported();
    const made = p.run<OfficeFilesDone>(SERVER.officeFiles, {});
    const tasks = sheet(p, TASK_SHEET);
    const indicators = sheet(p, INDICATOR_SHEET);
    const idCol = columnIndex(TASK_COLUMNS, 'id');
    let ids: string[] = [];
    let refs: string[] = [];
    const noiVu = await filled(made, OFFICE, (ws, ind) => {
      const h = header(ws, 'Mã');
      ids = [];
      for (let r = h.row + 1; r <= ws.rowCount; r++) ids.push(String(ws.getRow(r).getCell(1).value));
      const progress = Object.keys(h.col).find((k) => k.startsWith('Kết quả kỳ này') && !k.includes('khi gửi'))!;
      ws.getRow(h.row + 1).getCell(h.col['Trạng thái']).value = 'Hoàn thành';
      ws.getRow(h.row + 1).getCell(h.col['Ngày hoàn thành']).value = new Date(Date.UTC(2024, 10, 20));
      ws.getRow(h.row + 1).getCell(h.col[progress]).value = 'Đã trình Đề án';
      ws.getRow(h.row + 2).getCell(h.col['Ghi chú']).value = 'Đang chờ ý kiến Sở';
      const hi = header(ind!, 'Mã chỉ tiêu');
      refs = [];
      for (let r = hi.row + 1; r <= ind!.rowCount; r++) refs.push(String(ind!.getRow(r).getCell(1).value));
      ind!.getRow(hi.row + 2).getCell(hi.col['Thực tế']).value = 0.95;
    });
    // Meanwhile the official types a note for the second task in the spreadsheet.
    const note = columnIndex(TASK_COLUMNS, 'note');
    const second = rowOf(tasks, idCol, ids[1]);
    tasks.mutable(second, note).value = 'Văn phòng đã nhắc';
    const others = await Promise.all(
      ['Phòng Tư pháp', 'Thanh tra huyện'].map((office) =>
        filled(made, office, (ws) => {
          const h = header(ws, 'Mã');
          ws.getRow(h.row + 1).getCell(h.col['Minh chứng (văn bản, đường dẫn)']).value = `Báo cáo của ${office}`;
        }),
      ),
    );

    const count = (
      files: { file: string; grid: unknown[][] }[],
      apply: boolean,
    ): { done: CollectDone; reads: number; writes: number; calls: Map<string, number> } => {
      p.google.counters.reset();
      const done = p.run<CollectDone>(SERVER.collect, { files, apply, acceptConflicts: false });
      const c = p.google.counters;
      return { done, reads: c.count('Range.getValues'), writes: c.count('Range.setValues'), calls: new Map(c.calls) };
    };
    const one = count([noiVu], false);
    const three = count([noiVu, ...others], false);
    expect([one.reads, three.reads, one.writes, three.writes]).toEqual([2, 2, 0, 0]);
    const firstTask = refs[1].replace(/:\d+$/, '');
    expect(three.done.changes.map((c) => c.id).sort()).toEqual([...new Set([ids[0], firstTask, ...others.map((o) => String(o.grid[4][0]))])].sort());
    expect(three.done.conflicts.map((c) => [c.id, c.office])).toEqual([[ids[1], OFFICE]]);
    expect(three.done.conflicts[0].message).toContain('Văn phòng đã nhắc');

    const logBefore = sheet(p, LOG_SHEET).lastRow();
    const applied = count([noiVu, ...others], true);
    expect(applied.done).toMatchObject({ applied: true, logged: three.done.changes.flatMap((c) => c.fields).length });
    // One read of each sheet, then per column written — Trạng thái, Ngày hoàn thành, Kết quả, Minh
    // chứng on Nhiệm vụ, Thực tế on Chỉ tiêu — one read of its run of rows and one write; all the
    // Nhật ký rows in one call.
    expect(applied.reads).toBe(2 + 5);
    expect(applied.writes).toBe(5 + 1);
    expect(applied.calls.get('Range.getFormulas')).toBe(5);
    expect(applied.calls.get('Range.setNumberFormats')).toBe(5);
    expect(p.google.counters.unlockedWrites).toEqual([]);

    const first = rowOf(tasks, idCol, ids[0]);
    expect(tasks.cell(first, columnIndex(TASK_COLUMNS, 'state')).value).toBe('Hoàn thành');
    expect(tasks.cell(first, columnIndex(TASK_COLUMNS, 'doneDate')).format).toBe('dd/mm/yyyy');
    expect(tasks.cell(second, note).value).toBe('Văn phòng đã nhắc');
    const progressCells = (['progressQ1', 'progressH1', 'progressQ3', 'progressYear'] as const).map(
      (k) => tasks.cell(first, columnIndex(TASK_COLUMNS, k)).value,
    );
    expect(progressCells.filter((v) => v !== '' && v !== null)).toEqual(['Đã trình Đề án']);
    const refCol = columnIndex(INDICATOR_COLUMNS, 'ref');
    expect(indicators.cell(rowOf(indicators, refCol, refs[1]), columnIndex(INDICATOR_COLUMNS, 'actual')).value).toBe(0.95);
    const log = sheet(p, LOG_SHEET).values().slice(logBefore);
    expect(log).toHaveLength(applied.done.logged);
    expect(new Set(log.map((r) => r[1]))).toEqual(new Set([OFFICE, 'Phòng Tư pháp', 'Thanh tra huyện']));
    expect(log.filter((r) => r[1] === OFFICE && r[2] === ids[0]).map((r) => r[3])).toEqual([
      'Trạng thái',
      'Ngày hoàn thành',
      expect.stringMatching(/^Kết quả /),
    ]);
    expect(log.filter((r) => r[1] === OFFICE && r[2] === firstTask).map((r) => [String(r[3]).slice(0, 8), r[5]])).toEqual([['Thực tế:', '95%']]);

    // Nothing else changed: every cell but those logged is as it was (formulas too).
    expect(tasks.cell(first, columnIndex(TASK_COLUMNS, 'flag')).formula).not.toBe('');
    // The official lets the office's value win the conflict.
    p.run<CollectDone>(SERVER.collect, { files: [noiVu], apply: true, acceptConflicts: true });
    expect(tasks.cell(second, note).value).toBe('Đang chờ ý kiến Sở');
  });
});

describe('many returned rows in Google Sheets', () => {
  it('applies one changed task or every task of an office in the same service calls', async () => {
    const calls: Record<string, [number, number, number]> = {};
    for (const all of [false, true]) {
      const p = imported();
      const made = p.run<OfficeFilesDone>(SERVER.officeFiles, {});
      const biggest = [...made.files].sort((a, b) => b.tasks - a.tasks)[0];
      const returned = await filled(made, biggest.office, (ws) => {
        const h = header(ws, 'Mã');
        for (let r = h.row + 1; r <= (all ? ws.rowCount : h.row + 1); r++) ws.getRow(r).getCell(h.col['Trạng thái']).value = 'Đang thực hiện';
      });
      p.google.counters.reset();
      const done = p.run<CollectDone>(SERVER.collect, { files: [returned], apply: true, acceptConflicts: false });
      expect(done.changes).toHaveLength(all ? biggest.tasks : 1);
      const c = p.google.counters;
      calls[String(all)] = [c.count('Range.getValues'), c.count('Range.setValues'), [...c.calls.values()].reduce((a, b) => a + b, 0)];
      expect(
        sheet(p, LOG_SHEET)
          .values()
          .filter((r) => r[1] === biggest.office),
      ).toHaveLength(done.changes.length);
    }
    expect(calls.true).toEqual(calls.false);
    expect(calls.true.slice(0, 2)).toEqual([3, 2]);
  });
});

describe('roll-up of units in Google Sheets', () => {
  const unitsOf = (n: number): UnitRead[] => {
    const { model } = trackerFromSource({ sheetName: SOURCE, values: seedSheetValues('000-appendix'), firstRow: 1, firstColumn: 1 }, {}, null, {
      asOf: '2024-10-01',
    });
    const values = Object.fromEntries(model.sheets.map((s) => [s.name, s.rows.map((r) => r.cells.map((c) => hostValue(c.value, excelDate)))]));
    const tracker = { tasks: values[TASK_SHEET], indicators: values[INDICATOR_SHEET], settings: values['Cài đặt'] };
    return Array.from({ length: n }, (_, i) => readUnit({ file: `don-vi-${i + 1}.xlsx`, unit: `Đơn vị ${i + 1}`, values: tracker }, '2025-01-15'));
  };

  it('writes Tổng hợp đơn vị and Quá hạn các đơn vị with the same service calls for 2 units and 60, then replaces them', () => {
    const calls: Record<number, number[]> = {};
    for (const n of [2, 60]) {
      const p = imported();
      const units = unitsOf(n);
      // Every service call but the rows a sheet grows by when the roll-up is taller than a new sheet (1,000 rows).
      const total = (): number => [...p.google.counters.calls].filter(([k]) => k !== 'Sheet.insertRowsAfter').reduce((a, [, b]) => a + b, 0);
      p.google.counters.reset();
      const done = p.run<RollupDone>(SERVER.rollup, { units, asOf: '2025-01-15' });
      const first = total();
      expect(p.google.counters.unlockedWrites).toEqual([]);
      expect(done.sheets).toEqual(['Tổng hợp đơn vị', 'Quá hạn các đơn vị']);
      expect(done.data.units.map((u) => u.unit)).toEqual(units.map((_, i) => `Đơn vị ${i + 1}`));
      const summary = sheet(p, 'Tổng hợp đơn vị').values();
      expect(summary.filter((r) => typeof r[0] === 'number')).toHaveLength(n);
      expect(p.google.spreadsheet.getActiveSheet().getName()).toBe('Tổng hợp đơn vị');
      expect(
        sheet(p, 'Quá hạn các đơn vị')
          .values()
          .filter((r) => typeof r[0] === 'number'),
      ).toHaveLength(done.data.units.reduce((k, u) => k + u.overdue.length, 0));
      p.google.counters.reset();
      p.run<RollupDone>(SERVER.rollup, { units, asOf: '2025-01-15' });
      calls[n] = [first, total(), p.google.counters.count('Range.setValues'), p.google.counters.count('Range.getValues')];
      if (n === 60) expect(sheet(p, 'Quá hạn các đơn vị').lastRow()).toBeGreaterThan(1000);
    }
    expect(calls[60]).toEqual(calls[2]);
  });

  it('never writes over a "Tổng hợp đơn vị" sheet the official made', () => {
    const p = imported();
    p.google.spreadsheet.addSheet('Tổng hợp đơn vị', [['Bảng của tôi']]);
    expect(() => p.run(SERVER.rollup, { units: unitsOf(2), asOf: '2025-01-15' })).toThrow(/Tổng hợp đơn vị/);
    expect(sheet(p, 'Tổng hợp đơn vị').cell(1, 1).value).toBe('Bảng của tôi');
  });
});
