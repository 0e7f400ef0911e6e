import { buildTrackerModel } from '../../src/workbook/buildTracker';
import type { Cell, CellValue, SheetModel } from '../../src/workbook/model';
import { TASK_COLUMNS } from '../../src/workbook/trackerColumns';
import { enter, keyIndex, sheetNamed, taskRow } from './modelEdits';
import { SAMPLE_GRID, SAMPLE_TASKS, samplePlan, task } from './samplePlan';

const source = { name: '000-appendix.txt', grid: SAMPLE_GRID };
const model = buildTrackerModel(samplePlan(), source, { asOf: '2024-10-01' });
const tasks = sheetNamed(model, 'Nhiệm vụ');
const indicators = sheetNamed(model, 'Chỉ tiêu');

const cellOf = (sheet: SheetModel, taskId: string, key: string): Cell => taskRow(sheet, taskId).model.cells[keyIndex(sheet, key)];
const valueOf = (sheet: SheetModel, taskId: string, key: string): CellValue => cellOf(sheet, taskId, key).value;
const text = (t: string): CellValue => ({ type: 'text', text: t });

/** Whether a validation range such as 'I8:I10' covers a sheet row. */
function validated(sheet: SheetModel, row: number): boolean {
  return sheet.validations.some((v) => {
    const [a, b = a] = v.range.split(':').map((ref) => Number(ref.replace(/^[A-Z]+/, '')));
    return row >= a && row <= b;
  });
}

describe('buildTrackerModel', () => {
  it('adds Nhiệm vụ, Chỉ tiêu, Tổng hợp, an empty Nhật ký, Cài đặt and the source copy, in that order', () => {
    expect(model.sheets.map((s) => s.name)).toEqual(['Nhiệm vụ', 'Chỉ tiêu', 'Tổng hợp', 'Nhật ký', 'Cài đặt', 'Nguồn - 000-appendix.txt']);
  });

  it('puts the header row under the settings block, with the columns in catalogue order', () => {
    const header = tasks.rows[tasks.table!.headerRow - 1];
    expect(header.role).toBe('header');
    expect(header.cells.map((c) => (c.value.type === 'text' ? c.value.text : ''))).toEqual(TASK_COLUMNS.map((c) => c.vi));
    expect(tasks.columns.map((c) => c.width)).toEqual(TASK_COLUMNS.map((c) => c.width));
    expect(tasks.frozenRows).toBe(tasks.table!.headerRow);
    expect(tasks.autoFilter).toBe(`A4:T${tasks.rows.length}`);
    expect(tasks.page).toEqual({ orientation: 'landscape', fitToWidth: true, repeatRows: { first: 4, last: 4 } });
  });

  it('shows the as-of date and the due-soon days above the table, as named cells', () => {
    expect(tasks.rows[1].cells[0].value).toEqual(text('Ngày đánh giá'));
    expect(tasks.rows[1].cells[2].value).toEqual({ type: 'date', date: '2024-10-01' });
    expect(tasks.rows[2].cells[0].value).toEqual(text('Số ngày sắp đến hạn'));
    expect(tasks.rows[2].cells[2].value).toEqual({ type: 'number', number: 14 });
    expect(model.definedNames).toEqual([
      { name: 'NgayDanhGia', sheet: 'Nhiệm vụ', ref: '$C$2' },
      { name: 'SoNgaySapDenHan', sheet: 'Nhiệm vụ', ref: '$C$3' },
    ]);
  });

  it('computes the flags for today unless told a date', () => {
    const live = sheetNamed(buildTrackerModel(samplePlan(), source, { soonDays: 30 }), 'Nhiệm vụ');
    expect(live.rows[1].cells[2].value).toEqual({ type: 'formula', formula: '=TODAY()' });
    expect(live.rows[2].cells[2].value).toEqual({ type: 'number', number: 30 });
  });

  it('keeps tasks in plan order, with a heading row per section', () => {
    const listed = tasks.rows.filter((r) => r.role === 'task' || r.role === 'group').map((r) => r.taskId);
    expect(listed).toEqual(SAMPLE_TASKS.map((t) => t.id));
    const sections = tasks.rows.filter((r) => r.role === 'section');
    expect(sections.map((r) => r.cells[keyIndex(tasks, 'title')].value)).toEqual([
      text('I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC'),
      text('IV. CẢI CÁCH TỔ CHỨC BỘ MÁY'),
      text('V. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ'),
      text('VII. XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ'),
    ]);
    // A heading has no Mã, so merging by Mã on re-import passes it by.
    for (const r of sections) expect(r.cells[keyIndex(tasks, 'id')].value.type).toBe('empty');
  });

  it('adds no section headings for a table without sections', () => {
    const flat = samplePlan(SAMPLE_TASKS.map((t) => ({ ...t, section: '', sectionTitle: '' })));
    const sheet = sheetNamed(buildTrackerModel(flat, source), 'Nhiệm vụ');
    expect(sheet.rows.some((r) => r.role === 'section')).toBe(false);
  });

  it('shows group rows bold, without a dropdown or a flag formula', () => {
    const { row, model: group } = taskRow(tasks, 'I.2');
    expect(group.role).toBe('group');
    for (const c of group.cells) expect(c.style?.bold).toBe(true);
    expect(valueOf(tasks, 'I.2', 'state').type).toBe('empty');
    expect(valueOf(tasks, 'I.2', 'flag').type).toBe('empty');
    expect(validated(tasks, row)).toBe(false);
  });

  it('gives every task row a status dropdown and a Cảnh báo formula on its own row', () => {
    for (const t of SAMPLE_TASKS.filter((x) => !x.group)) {
      const { row } = taskRow(tasks, t.id);
      expect(validated(tasks, row)).toBe(true);
      expect(valueOf(tasks, t.id, 'state')).toEqual(text('Chưa thực hiện'));
      const flag = valueOf(tasks, t.id, 'flag');
      expect(flag.type).toBe('formula');
      const formula = flag.type === 'formula' ? flag.formula : '';
      expect(formula).toContain(`$H${row}`);
      expect(formula).toContain(`$I${row}`);
      expect(formula).toContain(`$J${row}`);
      expect(formula).toContain('NgayDanhGia');
      expect(formula).toContain('SoNgaySapDenHan');
      expect(formula.match(/\$[A-Z]+(\d+)/g)!.every((ref) => ref.endsWith(String(row)))).toBe(true);
    }
    for (const v of tasks.validations) expect(v.values).toEqual(['Chưa thực hiện', 'Đang thực hiện', 'Hoàn thành', 'Tạm dừng']);
  });

  it('writes deadlines as dates formatted dd/mm/yyyy and leaves a missing deadline empty', () => {
    expect(cellOf(tasks, 'I.1', 'due')).toMatchObject({ value: { type: 'date', date: '2024-12-31' }, style: { numFmt: 'dd/mm/yyyy' } });
    expect(valueOf(tasks, 'I.4', 'due').type).toBe('empty');
    expect(valueOf(tasks, 'I.4', 'dueText')).toEqual(text('Theo tiến độ cụ thể của từng nhiệm vụ'));
    expect(tasks.columns[keyIndex(tasks, 'doneDate')].numFmt).toBe('dd/mm/yyyy');
  });

  it('names the area and the source rows of each task', () => {
    expect(valueOf(tasks, 'VII.4', 'area')).toEqual(text('Chính quyền điện tử, chính quyền số'));
    expect(valueOf(tasks, 'VII.4', 'sourceRows')).toEqual(text('78, 80-81'));
  });

  it('keeps text that starts with = + - @ as text, in a text-formatted column', () => {
    const hostile = ['=HYPERLINK("http://x")', '+84 912 345 678', '@abc', '- Việc tuyển dụng'];
    const plan = samplePlan([task({ id: 'X.1', code: '1', title: hostile[0], lead: hostile[1], support: hostile[2], output: hostile[3] })]);
    const sheet = sheetNamed(buildTrackerModel(plan, source), 'Nhiệm vụ');
    const keys = ['title', 'lead', 'support', 'output'];
    keys.forEach((key, i) => {
      expect(cellOf(sheet, 'X.1', key)).toMatchObject({ value: { type: 'text', text: hostile[i] }, style: { numFmt: '@' } });
    });
  });

  it('colours Cảnh báo and Tình trạng báo cáo by conditional rules over all table rows', () => {
    expect(tasks.conditionalFormats).toHaveLength(2);
    expect(tasks.conditionalFormats[1].range).toBe(`N5:N${tasks.rows.length}`);
    expect(tasks.conditionalFormats[1].rules.map((r) => r.formula)).toEqual(['=$N5="Hoàn thành đúng hạn"', '=$N5="Hoàn thành quá hạn"', '=$N5="Chưa hoàn thành, quá hạn"']);
    expect(tasks.conditionalFormats[0].range).toBe(`M5:M${tasks.rows.length}`);
    expect(tasks.conditionalFormats[0].rules[0].formula).toBe('=$M5="Quá hạn"');
  });

  it('builds an empty table for a plan without tasks', () => {
    const empty = buildTrackerModel(samplePlan([]), { name: 'x', grid: [] });
    const sheet = sheetNamed(empty, 'Nhiệm vụ');
    expect(sheet.rows).toHaveLength(4);
    expect(sheet.conditionalFormats).toEqual([]);
    expect(sheet.validations).toEqual([]);
    expect(sheetNamed(empty, 'Chỉ tiêu').rows).toHaveLength(1);
  });

  it('rejects a malformed as-of date or due-soon count with a Vietnamese message', () => {
    expect(() => buildTrackerModel(samplePlan(), source, { asOf: '01/10/2024' })).toThrow(/Ngày đánh giá không hợp lệ: "01\/10\/2024"/);
    expect(() => buildTrackerModel(samplePlan(), source, { asOf: '2024-02-30' })).toThrow(/Ngày đánh giá không hợp lệ/);
    expect(() => buildTrackerModel(samplePlan(), source, { soonDays: -1 })).toThrow(/Số ngày sắp đến hạn không hợp lệ/);
  });

  it("starts the official's columns empty, apart from the initial status", () => {
    for (const key of ['doneDate', 'evidence', 'note']) expect(valueOf(tasks, 'I.1', key).type).toBe('empty');
    const edited = enter(model, 'Nhiệm vụ', 'I.1', { evidence: text('QĐ 12/QĐ-UBND') });
    expect(valueOf(sheetNamed(edited, 'Nhiệm vụ'), 'I.1', 'evidence')).toEqual(text('QĐ 12/QĐ-UBND'));
  });

  it('never changes the plan it is given', () => {
    const plan = samplePlan();
    const before = JSON.stringify(plan);
    buildTrackerModel(plan, source);
    expect(JSON.stringify(plan)).toBe(before);
  });
});

describe('the Chỉ tiêu sheet', () => {
  it('has one row per target, in plan order, with the operator as written', () => {
    const rows = indicators.rows.filter((r) => r.role === 'indicator');
    expect(rows.map((r) => r.taskId)).toEqual(['I.1', 'I.3', 'IV.3', 'VII.4']);
    expect(valueOf(indicators, 'VII.4', 'op')).toEqual(text('≥'));
    expect(valueOf(indicators, 'VII.4', 'unit')).toEqual(text('%'));
    expect(cellOf(indicators, 'VII.4', 'value')).toMatchObject({ value: { type: 'number', number: 0.9 }, style: { numFmt: '0%' } });
    expect(cellOf(indicators, 'VII.4', 'actual').style?.numFmt).toBe('0.0%');
    expect(valueOf(indicators, 'I.3', 'unit')).toEqual(text('số lượng'));
  });

  it('carries a baseline year and direction for a decrease target', () => {
    expect(valueOf(indicators, 'IV.3', 'baselineYear')).toEqual({ type: 'number', number: 2021 });
    expect(valueOf(indicators, 'IV.3', 'direction')).toEqual(text('giảm'));
    expect(valueOf(indicators, 'IV.3', 'text')).toEqual(text('giảm tối thiểu 3% so với năm 2021'));
  });

  it('checks each target with a native Đạt? formula on its own row', () => {
    const { row } = taskRow(indicators, 'IV.3');
    const met = valueOf(indicators, 'IV.3', 'met');
    expect(met.type).toBe('formula');
    const formula = met.type === 'formula' ? met.formula : '';
    expect(formula.match(/\$[A-Z]+(\d+)/g)!.every((ref) => ref.endsWith(String(row)))).toBe(true);
    expect(formula).toContain('"Đạt"');
    expect(formula).toContain('"Chưa đạt"');
  });

  it("writes the '=' operator as text, not as a formula", () => {
    const plan = samplePlan([task({ id: 'Z.1', code: '1', title: 't', targets: [{ metric: 'm', op: '=', value: 0, unit: 'count', text: 'bằng 0' }] })]);
    const sheet = sheetNamed(buildTrackerModel(plan, source), 'Chỉ tiêu');
    expect(cellOf(sheet, 'Z.1', 'op')).toMatchObject({ value: text('='), style: { numFmt: '@' } });
  });
});

describe('the source copy', () => {
  it('keeps every cell as it was: text as text, numbers as numbers, blanks empty', () => {
    const copy = sheetNamed(model, 'Nguồn - 000-appendix.txt');
    expect(copy.rows).toHaveLength(SAMPLE_GRID.length);
    expect(copy.rows[2].cells[0].value).toEqual({ type: 'number', number: 1 });
    expect(copy.rows[4].cells.map((c) => c.value)).toEqual([
      text('2.1'),
      text('=HYPERLINK("http://x")'),
      text('+84 912 345 678'),
      text('@abc'),
      text('-1'),
      text('- Việc tuyển dụng được thực hiện đúng trình tự'),
    ]);
    expect(copy.rows[5].cells.map((c) => c.value.type)).toEqual(['empty', 'empty', 'number', 'empty', 'text', 'text']);
    expect(copy.rows[4].cells[1].style?.numFmt).toBe('@');
  });

  it('keeps a date from a host grid as a date', () => {
    const copy = sheetNamed(buildTrackerModel(samplePlan(), { name: 's', grid: [[new Date(Date.UTC(2024, 5, 7))]] }), 'Nguồn - s');
    expect(copy.rows[0].cells[0].value).toEqual({ type: 'date', date: '2024-06-07' });
  });

});
