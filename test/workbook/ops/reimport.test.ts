/**
 * Re-import as a reviewed merge, on the host-neutral operations: a tracker built from seed 000 is
 * filled as an official would (states, done dates, evidence, notes, actuals, an own column), then
 * the revised plan (test/fixtures/revised/000-appendix-revised.txt: IV-4 dropped so IV-5 becomes
 * IV-4, V-3 reworded, V-4's deadline changed, V-6 added) is imported over it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importText } from '../../../src/core/appendix/importDocument';
import { FIXTURES, seedSheetValues } from '../../helpers/fixtures';
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
import type { WorkbookModel } from '../../../src/workbook/model';
import { hostValue } from '../../../src/workbook/ops/hostValues';

const AS_OF = '2024-10-01';
const ctx = { today: AS_OF, time: '01/10/2024 08:30', user: 'Nguyễn Văn A' };
const original: SourceRange = { sheetName: 'Phụ lục', values: seedSheetValues('000-appendix'), firstRow: 1, firstColumn: 1 };
const revisedText = readFileSync(join(FIXTURES, 'revised', '000-appendix-revised.txt'), 'utf8');
const revised: SourceRange = {
  sheetName: 'Phụ lục',
  values: importText(revisedText, 'document').grid.map((r) => r.map((c) => String(c ?? ''))),
  firstRow: 1,
  firstColumn: 1,
};

const sheetsOf = (model: WorkbookModel): Record<string, HostCell[][]> => Object.fromEntries(model.sheets.map((s) => [s.name, sheetValues(s, excelDate)]));
const valuesOf = (sheets: Record<string, HostCell[][]>): TrackerValues => ({ tasks: sheets['Nhiệm vụ'], indicators: sheets['Chỉ tiêu'] });

/** The tracker of seed 000 with an official's entries on IV-4, IV-5, V-3, V-4 and an own column "Người theo dõi". */
function filledTracker(): Record<string, HostCell[][]> {
  const sheets = sheetsOf(trackerFromSource(original, {}, null, { asOf: AS_OF }).model);
  const save = (id: string, changes: Parameters<typeof planTaskSave>[1]['changes']): void => {
    const task = taskListFrom(valuesOf(sheets), AS_OF).tasks.find((t) => t.id === id)!;
    const plan = planTaskSave(valuesOf(sheets), { id, seen: task, changes }, ctx);
    for (const w of plan.writes) sheets[w.sheet][w.row - 1][w.column - 1] = hostValue(w.value, excelDate);
  };
  save('IV-4', { state: 'Hoàn thành', doneDate: '2024-06-30', evidence: 'QĐ 12/QĐ-UBND', note: 'Đã giao biên chế' });
  save('IV-5', { state: 'Đang thực hiện', note: 'Chờ hướng dẫn của tỉnh' });
  save('V-3', { state: 'Hoàn thành', doneDate: '2024-08-15', evidence: 'Báo cáo 45/BC-PNV' });
  const v4 = taskListFrom(valuesOf(sheets), AS_OF).tasks.find((t) => t.id === 'IV-3')!;
  save('IV-3', { actuals: [{ row: v4.indicators[0].row, value: 0.05 }] });
  save('V-4', { note: 'Theo dõi hằng tháng' });
  // An own column right of the tracker's, filled on two tasks.
  const tasks = sheets['Nhiệm vụ'];
  const header = tasks.findIndex((r) => r[0] === 'Mã');
  const own = tasks[header].length;
  tasks[header][own] = 'Người theo dõi';
  const rowOf = (id: string): number => tasks.findIndex((r) => r[0] === id);
  tasks[rowOf('IV-5')][own] = 'Chị Lan';
  tasks[rowOf('IV-4')][own] = 'Anh Minh';
  return sheets;
}

describe('re-import of a revised plan', () => {
  it('previews exactly the dropped, renumbered, reworded, added and re-dated tasks', () => {
    const p = previewImport(revised, {}, valuesOf(filledTracker()));
    expect(p.trackerExists).toBe(true);
    const merge = p.merge!;
    expect(merge.counts).toMatchObject({ changed: 2, rematched: 1, added: 1, dropped: 1 });
    const summary = merge.changes.map((c) => `${c.kind} ${c.oldId}→${c.id} ${c.fields.map((f) => f.field).join(',')}`);
    expect(summary).toEqual(['rematched IV-5→IV-4 ', 'changed V-3→V-3 title', 'changed V-4→V-4 dueText,due', 'added →V-6 ', 'dropped IV-4→IV-4 (cũ) ']);
    const rematch = merge.changes[0];
    expect(rematch.evidence).toMatch(/cùng mục IV; tên nhiệm vụ giống 100%/);
    expect(rematch.hasEntries).toBe(true);
    expect(merge.changes[2].fields.find((f) => f.field === 'due')).toEqual({ field: 'due', label: 'Hạn', old: '31/12/2024', new: '30/09/2024' });
    expect(merge.ownColumns).toEqual(['Người theo dõi']);
  });

  it('keeps every entry on its task, the dropped task greyed at the end, and logs one row per change', () => {
    const built = trackerFromSource(revised, {}, valuesOf(filledTracker()), { asOf: AS_OF, log: { time: '02/10/2024 09:00', user: 'Nguyễn Văn A' } });
    const sheets = sheetsOf(built.model);
    const list = taskListFrom(valuesOf(sheets), AS_OF);
    const byId = (id: string) => list.tasks.find((t) => t.id === id)!;
    // Renumbered IV-5 → IV-4: its state and note came along.
    expect([byId('IV-4').title, byId('IV-4').state, byId('IV-4').note]).toEqual([
      expect.stringMatching(/^Thực hiện các quy định về phân cấp/),
      'Đang thực hiện',
      'Chờ hướng dẫn của tỉnh',
    ]);
    // Reworded V-3 keeps its done date and evidence.
    expect([byId('V-3').title, byId('V-3').doneDate, byId('V-3').evidence]).toEqual([
      'Thực hiện đúng quy định về bổ nhiệm lại các chức danh lãnh đạo, quản lý',
      '2024-08-15',
      'Báo cáo 45/BC-PNV',
    ]);
    expect([byId('V-4').due, byId('V-4').note]).toEqual(['2024-09-30', 'Theo dõi hằng tháng']);
    expect(byId('V-6').state).toBe('Chưa thực hiện');
    expect(byId('IV-3').indicators[0].actual).toBe(0.05);
    // The dropped task: row and entries kept, flagged, out of the counts.
    const gone = byId('IV-4 (cũ)');
    expect([gone.title, gone.state, gone.doneDate, gone.evidence, gone.note, gone.dropped]).toEqual([
      'Thực hiện các quy định về quản lý biên chế',
      'Hoàn thành',
      '2024-06-30',
      'QĐ 12/QĐ-UBND',
      'Đã giao biên chế',
      true,
    ]);
    const tasks = sheets['Nhiệm vụ'];
    const header = tasks.findIndex((r) => r[0] === 'Mã');
    const flagCol = tasks[header].indexOf('Cảnh báo');
    expect(tasks[gone.row - 1][flagCol]).toBe('Không còn trong kế hoạch');
    const dash = dashboardFrom(list);
    expect(dash.total).toBe(list.tasks.filter((t) => !t.group).length - 1);
    // The own column: header kept, each cell on its task's row (the dropped one included).
    const own = tasks[header].indexOf('Người theo dõi');
    expect(own).toBeGreaterThan(flagCol);
    expect(tasks[byId('IV-4').row - 1][own]).toBe('Chị Lan');
    expect(tasks[gone.row - 1][own]).toBe('Anh Minh');
    // Nhật ký rows: one per field.
    expect(built.log.map((e) => `${e.taskId}|${e.field}|${e.old}|${e.new}`)).toEqual([
      'IV-4|Mã|IV-5|IV-4',
      'V-3|Nhiệm vụ|Thực hiện quy định về bổ nhiệm các chức danh lãnh đạo quản lý|Thực hiện đúng quy định về bổ nhiệm lại các chức danh lãnh đạo, quản lý',
      'V-4|Tiến độ|Thường xuyên|Chậm nhất trước ngày 30/9/2024',
      'V-4|Hạn|31/12/2024|30/09/2024',
      'V-6|Nhiệm vụ||Thêm mới: Tổ chức tập huấn nghiệp vụ cải cách hành chính cho công chức cấp xã',
      'IV-4 (cũ)|Cảnh báo||Không còn trong kế hoạch',
    ]);
    expect(built.log.every((e) => e.time === '02/10/2024 09:00' && e.user === 'Nguyễn Văn A')).toBe(true);
    expect(built.done.merge).toEqual({ unchanged: expect.any(Number), changed: 2, rematched: 1, added: 1, dropped: 1 });
  });

  it('keeps a dropped task as it is on the next re-import, without logging it again', () => {
    const once = sheetsOf(trackerFromSource(revised, {}, valuesOf(filledTracker()), { asOf: AS_OF }).model);
    const twice = trackerFromSource(revised, {}, valuesOf(once), { asOf: AS_OF });
    expect(twice.log).toEqual([]);
    expect(twice.merge!.counts).toMatchObject({ changed: 0, rematched: 0, added: 0, dropped: 0 });
    const list = taskListFrom(valuesOf(sheetsOf(twice.model)), AS_OF);
    expect(list.tasks.filter((t) => t.dropped).map((t) => [t.id, t.evidence])).toEqual([['IV-4 (cũ)', 'QĐ 12/QĐ-UBND']]);
  });

  it('applies a refused match: the old task is kept as dropped and the plan task comes in new', () => {
    const built = trackerFromSource(revised, { refuse: ['IV-5'] }, valuesOf(filledTracker()), { asOf: AS_OF });
    const kinds = built.merge!.changes.map((c) => `${c.kind} ${c.oldId}→${c.id}`);
    expect(kinds).toContain('added →IV-4');
    expect(kinds).toContain('dropped IV-5→IV-5');
    const list = taskListFrom(valuesOf(sheetsOf(built.model)), AS_OF);
    expect(list.tasks.find((t) => t.id === 'IV-4')!.state).toBe('Chưa thực hiện');
    expect(list.tasks.find((t) => t.id === 'IV-5')!.note).toBe('Chờ hướng dẫn của tỉnh');
  });

  it('re-imports the same plan with nothing to review', () => {
    const built = trackerFromSource(original, {}, valuesOf(filledTracker()), { asOf: AS_OF });
    expect(built.merge!.changes).toEqual([]);
    expect(built.log).toEqual([]);
  });
});
