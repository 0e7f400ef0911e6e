import ExcelJS from 'exceljs';
import { writeTrackerXlsx } from '../../../src/files/writeTrackerXlsx';
import { buildTrackerModel } from '../../../src/workbook/buildTracker';
import { keyIndex, sheetNamed, taskRow } from '../../workbook/modelEdits';
import { SAMPLE_GRID, samplePlan, task, SAMPLE_TASKS } from '../../workbook/samplePlan';

const HOSTILE = ['=HYPERLINK("http://x")', '+84 912 345 678', '@abc', '- Việc tuyển dụng được thực hiện đúng trình tự', '-1', '=1+1'];

const plan = samplePlan([
  ...SAMPLE_TASKS,
  task({
    id: 'IX.1',
    code: '1',
    section: 'IX',
    sectionTitle: 'KHÁC',
    area: 'other',
    title: HOSTILE[0],
    lead: HOSTILE[1],
    support: HOSTILE[2],
    output: HOSTILE[3],
    dueText: HOSTILE[5],
    rows: [90],
  }),
]);
const model = buildTrackerModel(plan, { name: '000-appendix.txt', grid: SAMPLE_GRID }, { asOf: '2024-10-01' });
const taskSheet = sheetNamed(model, 'Nhiệm vụ');
const col = (key: string): number => keyIndex(taskSheet, key) + 1;
const rowOf = (id: string): number => taskRow(taskSheet, id).row;

let wb: ExcelJS.Workbook;
let ws: ExcelJS.Worksheet;

beforeAll(async () => {
  const buffer = await writeTrackerXlsx(model);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  ws = wb.getWorksheet('Nhiệm vụ')!;
});

describe('writeTrackerXlsx', () => {
  it('writes the sheets in order', () => {
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Nhiệm vụ', 'Chỉ tiêu', 'Tổng hợp', 'Nhật ký', 'Cài đặt', 'Nguồn - 000-appendix.txt']);
  });

  it('keeps text starting with = + - @ as text cells formatted @, never formulas', () => {
    const r = rowOf('IX.1');
    const cells = ['title', 'lead', 'support', 'output', 'dueText'].map((k) => ws.getCell(r, col(k)));
    expect(cells.map((c) => c.value)).toEqual([HOSTILE[0], HOSTILE[1], HOSTILE[2], HOSTILE[3], HOSTILE[5]]);
    for (const c of cells) {
      expect(c.type).toBe(ExcelJS.ValueType.String);
      expect(c.formula).toBeUndefined();
      expect(c.numFmt).toBe('@');
    }
    const source = wb.getWorksheet('Nguồn - 000-appendix.txt')!;
    const row = source.getRow(5);
    for (let c = 2; c <= 6; c++) {
      expect(row.getCell(c).type).toBe(ExcelJS.ValueType.String);
      expect(row.getCell(c).formula).toBeUndefined();
    }
    expect(row.getCell(5).value).toBe('-1');
  });

  it('writes deadlines as real dates at midnight UTC, shown dd/mm/yyyy', () => {
    const due = ws.getCell(rowOf('I.1'), col('due'));
    expect(due.type).toBe(ExcelJS.ValueType.Date);
    expect((due.value as Date).toISOString()).toBe('2024-12-31T00:00:00.000Z');
    expect(due.numFmt).toBe('dd/mm/yyyy');
    const asOf = ws.getCell('C2');
    expect((asOf.value as Date).toISOString()).toBe('2024-10-01T00:00:00.000Z');
    expect(ws.getCell(rowOf('I.4'), col('due')).value).toBeNull();
  });

  it('writes Cảnh báo as a native formula, and the default as-of cell as =TODAY()', async () => {
    const flag = ws.getCell(rowOf('I.1'), col('flag'));
    expect(flag.type).toBe(ExcelJS.ValueType.Formula);
    expect(flag.formula).toMatch(/^IF\(OR\(\$I\d+="Hoàn thành"/);
    const live = new ExcelJS.Workbook();
    await live.xlsx.load((await writeTrackerXlsx(buildTrackerModel(plan, { name: 'x', grid: [] }))) as unknown as ArrayBuffer);
    expect(live.getWorksheet('Nhiệm vụ')!.getCell('C2').formula).toBe('TODAY()');
  });

  it('puts a status dropdown on every task row and none on group rows', () => {
    const tasks = SAMPLE_TASKS.filter((t) => !t.group);
    for (const t of tasks) {
      const dv = ws.getCell(rowOf(t.id), col('state')).dataValidation;
      expect(dv?.type).toBe('list');
      expect(dv?.formulae).toEqual(['"Chưa thực hiện,Đang thực hiện,Hoàn thành,Tạm dừng"']);
    }
    expect(ws.getCell(rowOf('I.2'), col('state')).dataValidation).toBeUndefined();
  });

  it('shows group rows bold without a flag', () => {
    const r = rowOf('I.2');
    expect(ws.getCell(r, col('title')).font?.bold).toBe(true);
    expect(ws.getCell(r, col('flag')).value).toBeNull();
    expect(ws.getCell(rowOf('I.1'), col('title')).font?.bold).toBeFalsy();
  });

  it('freezes and filters the header row, wraps text and sets widths', () => {
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(ws.autoFilter).toBe(`A4:T${taskSheet.rows.length}`);
    expect(ws.getColumn(col('title')).width).toBe(38);
    expect(ws.getCell(rowOf('I.1'), col('output')).alignment?.wrapText).toBe(true);
    expect(ws.getRow(rowOf('V.2')).height).toBeGreaterThan(15);
  });

  it('prints landscape on A4, one page wide, repeating the header row', () => {
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toBe('4:4');
  });

  it('defines the as-of and due-soon names', () => {
    const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
    expect(names).toEqual(
      expect.arrayContaining([
        { name: 'NgayDanhGia', ranges: ["'Nhiệm vụ'!$C$2"] },
        { name: 'SoNgaySapDenHan', ranges: ["'Nhiệm vụ'!$C$3"] },
      ]),
    );
  });

  it('colours the flags with conditional formatting', () => {
    const cfs = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }).conditionalFormattings;
    expect(cfs).toHaveLength(2);
    expect(cfs[1].ref).toBe(`N5:N${taskSheet.rows.length}`);
    expect(cfs[0].ref).toBe(`M5:M${taskSheet.rows.length}`);
    expect(cfs[0].rules.map((r) => r.formulae[0])).toEqual([
      '$M5="Quá hạn"',
      '$M5="Sắp đến hạn"',
      '$M5="Hoàn thành"',
      '$M5="Hoàn thành trễ"',
    ]);
  });

  it('formats percent targets as percentages', () => {
    const ind = wb.getWorksheet('Chỉ tiêu')!;
    const sheet = sheetNamed(model, 'Chỉ tiêu');
    const r = taskRow(sheet, 'VII.4').row;
    const value = ind.getCell(r, keyIndex(sheet, 'value') + 1);
    expect(value.value).toBe(0.9);
    expect(value.numFmt).toBe('0%');
  });
});
