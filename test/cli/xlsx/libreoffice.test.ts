/**
 * LibreOffice opens the tracker we write and computes its native formulas: the Cảnh báo flags
 * and the Đạt? checks must come out as core says, with no add-in. Also renders page 1 of the
 * Nhiệm vụ sheet to test-artifacts/ for a human look at the layout.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, copyFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeTrackerXlsx } from '../../../src/files/writeTrackerXlsx';

const writeTrackerXlsxFile = async (model: Parameters<typeof writeTrackerXlsx>[0], path: string): Promise<void> => writeFileSync(path, await writeTrackerXlsx(model));
import { addDays, todayIso } from '../../../src/core/dates';
import type { Target, Task } from '../../../src/core/plan/schema';
import { DUE_STATE_LABELS, dueState } from '../../../src/core/status/dueState';
import { REPORT_STATE_LABELS, reportState } from '../../../src/core/status/reportState';
import { buildTrackerModel } from '../../../src/workbook/buildTracker';
import type { CellValue, WorkbookModel } from '../../../src/workbook/model';
import { enter, enterAt, keyIndex, sheetNamed } from '../../workbook/modelEdits';
import { SAMPLE_GRID, samplePlan, task } from '../../workbook/samplePlan';
import { convert, CSV_ALL_SHEETS, mustExist, parseCsv, requirePdftoppm, tempDir } from './libreoffice';

const AS_OF = '2024-10-01';
const text = (t: string): CellValue => ({ type: 'text', text: t });
const date = (d: string): CellValue => ({ type: 'date', date: d });
const num = (n: number): CellValue => ({ type: 'number', number: n });

interface Case {
  readonly task: Task;
  readonly state?: string;
  readonly doneDate?: string;
  /** The flag LibreOffice must compute. */
  readonly flag: string;
}

const pct = (op: Target['op'], value: number, t: string, extra: Partial<Target> = {}): Target[] => [
  { metric: t, op, value, unit: '%', text: t, ...extra },
];

/** Real rows of the 000 appendix, with deadlines placed around the as-of date 01/10/2024. */
const CASES: Case[] = [
  {
    task: task({
      id: 'I.1', code: '1', title: 'Tổ chức thực hiện các nhiệm vụ tại Kế hoạch CCHC của tỉnh, của huyện năm 2024',
      dueText: 'Quý III năm 2024', due: '2024-09-30', lead: 'Các cơ quan, đơn vị, địa phương', support: 'Phòng Nội vụ theo dõi, đôn đốc',
      output: '100% nhiệm vụ đề ra tại Kế hoạch được thực hiện hoàn thành', targets: pct('>=', 1, '100% nhiệm vụ đề ra tại Kế hoạch được thực hiện hoàn thành'), rows: [9],
    }),
    flag: 'Quá hạn',
  },
  { task: task({ id: 'I.2', code: '2', title: 'Công tác tuyên truyền CCHC', group: true, rows: [10] }), flag: '' },
  {
    task: task({
      id: 'I.2.1', code: '2.1', parentId: 'I.2', title: 'Đăng tải nội dung, thông tin CCHC trên trang thông tin điện tử của huyện, xã',
      dueText: 'Trước ngày 01/10/2024', due: '2024-10-01', lead: 'Văn phòng HĐND và UBND huyện; UBND cấp xã', support: 'Các cơ quan, đơn vị',
      output: 'Tin, bài viết về những kết quả đạt được và những tồn tại, hạn chế, nguyên nhân, tình hình triển khai nhiệm vụ CCHC của các ngành, địa phương', rows: [11],
    }),
    flag: 'Sắp đến hạn',
  },
  {
    task: task({
      id: 'I.2.2', code: '2.2', parentId: 'I.2', title: 'Tuyên truyền CCHC qua pano, áp phích,... và tuyên truyền bằng các xe thông tin lưu động, hệ thống loa phát thanh',
      dueText: 'Trước 15/10/2024', due: '2024-10-15', lead: 'Phòng Văn hóa và Thông tin, UBND cấp xã', support: 'Các cơ quan, đơn vị',
      output: 'Đảm bảo trong năm 2024 không có lãnh đạo tỉnh, lãnh đạo sở, ban, ngành bị kỷ luật',
      targets: [{ metric: 'lãnh đạo bị kỷ luật', op: '<=', value: 0, unit: 'count', text: 'không có lãnh đạo … bị kỷ luật' }], rows: [12],
    }),
    flag: 'Sắp đến hạn',
  },
  {
    task: task({
      id: 'I.3', code: '3', title: 'Sáng kiến hoặc giải pháp mới trong CCHC', dueText: 'Trước 16/10/2024', due: '2024-10-16',
      lead: 'Phòng Kinh tế và Hạ tầng; UBND cấp xã', support: 'Các cơ quan, đơn vị',
      output: 'Mỗi cơ quan, đơn vị, địa phương có ít nhất 01 sáng kiến hoặc giải pháp mới trong CCHC được áp dụng có hiệu quả.',
      targets: [{ metric: 'sáng kiến', op: '>=', value: 1, unit: 'count', text: 'ít nhất 01 sáng kiến' }], rows: [13],
    }),
    flag: 'Trong hạn',
  },
  {
    task: task({
      id: 'I.4', code: '4', title: 'Thực hiện nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao trong năm', dueText: 'Theo tiến độ cụ thể của từng nhiệm vụ',
      dueKind: 'schedule', lead: 'Các cơ quan, đơn vị', support: 'Văn phòng HĐND và UBND huyện đôn đốc, tổng hợp',
      output: '100% nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao hoàn thành đúng tiến độ',
      targets: pct('>=', 0.9, 'Đạt tỷ lệ tối thiểu 90%'), rows: [14],
    }),
    flag: 'Không thời hạn',
  },
  {
    task: task({
      id: 'II.1', code: '1', section: 'II', sectionTitle: 'CẢI CÁCH THỂ CHẾ', area: 'institutions',
      title: 'Xử lý các văn bản trái pháp luật do cơ quan có thẩm quyền kiểm tra kiến nghị', dueText: 'Trong năm 2024', due: '2024-12-31',
      lead: 'Phòng Tư pháp', support: 'Các cơ quan, đơn vị', output: 'Số lượng đơn vị sự nghiệp công lập giảm tối thiểu 3% so với năm 2021',
      targets: pct('>=', 0.03, 'giảm tối thiểu 3% so với năm 2021', { baselineYear: 2021, direction: 'decrease' }), rows: [19],
    }),
    state: 'Hoàn thành',
    flag: 'Hoàn thành',
  },
  {
    task: task({
      id: 'III.1.1.1', code: '1.1.1', section: 'III', sectionTitle: 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH (TTHC)', area: 'procedures',
      title: 'Công khai TTHC đầy đủ, kịp thời trên Trang thông tin điện tử của UBND cấp huyện, cấp xã', dueText: 'Quý III năm 2024', due: '2024-09-30',
      lead: 'Văn phòng HĐND và UBND huyện; UBND cấp xã', support: 'Các cơ quan, đơn vị',
      output: '100% Trang thông tin điện tử của UBND cấp huyện, cấp xã công khai đầy đủ, kịp thời TTHC thuộc thẩm quyền giải quyết', rows: [24],
    }),
    state: 'Hoàn thành',
    doneDate: '2024-09-25',
    flag: 'Hoàn thành',
  },
  {
    task: task({
      id: 'III.1.1.2', code: '1.1.2', section: 'III', sectionTitle: 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH (TTHC)', area: 'procedures',
      title: 'Công khai TTHC đầy đủ, kịp thời tại Bộ phận Một cửa các cấp', dueText: 'Quý III năm 2024', due: '2024-09-30',
      lead: 'Văn phòng HĐND và UBND huyện; UBND cấp xã', support: 'Các cơ quan, đơn vị',
      output: '100% TTHC được công khai đầy đủ, kịp thời tại Bộ phận Một cửa các cấp', rows: [25],
    }),
    state: 'Hoàn thành',
    doneDate: '2024-10-05',
    flag: 'Hoàn thành trễ',
  },
  {
    task: task({
      id: 'III.2', code: '2', section: 'III', sectionTitle: 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH (TTHC)', area: 'procedures',
      title: 'Tỷ lệ TTHC thực hiện việc tiếp nhận, trả kết quả tại Bộ phận Một cửa', dueText: 'Trước 30/11/2024', due: '2024-11-30',
      lead: 'Văn phòng HĐND và UBND huyện; UBND cấp xã', support: 'Các cơ quan, đơn vị',
      output: 'Bảo đảm 100% TTHC thuộc thẩm quyền quản lý, giải quyết của tỉnh thực hiện tiếp nhận, giải quyết tại Bộ phận một cửa các cấp',
      targets: pct('>=', 0.8, 'Đạt tỷ lệ tối thiểu 80%'), rows: [29],
    }),
    // The official filled the date and forgot the dropdown: a completion date means done.
    state: 'Đang thực hiện',
    doneDate: '2024-12-01',
    flag: 'Hoàn thành trễ',
  },
  {
    task: task({
      id: 'III.3.1', code: '3.1', section: 'III', sectionTitle: 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH (TTHC)', area: 'procedures',
      title: 'Tỷ lệ hồ sơ TTHC do UBND cấp huyện tiếp nhận trong năm được giải quyết đúng hạn', dueText: 'Trước 01/9/2024', due: '2024-09-01',
      lead: 'Các cơ quan, đơn vị', support: 'Văn phòng HĐND và UBND huyện', output: 'Bảo đảm tỷ lệ hồ sơ giải quyết đúng hạn trên 99%',
      targets: pct('>', 0.99, 'trên 99%'), rows: [33],
    }),
    state: 'Tạm dừng',
    flag: 'Quá hạn',
  },
  {
    task: task({
      id: 'III.3.2', code: '3.2', section: 'III', sectionTitle: 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH (TTHC)', area: 'procedures',
      title: 'Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận trong năm được giải quyết đúng hạn', dueText: 'Theo kế hoạch',
      lead: 'UBND cấp xã', support: 'Văn phòng HĐND và UBND huyện', output: 'Bảo đảm tỷ lệ hồ sơ giải quyết đúng hạn trên 99%',
      targets: pct('>=', 0.9, 'Đạt tỷ lệ tối thiểu 90%'), rows: [34],
    }),
    state: 'Hoàn thành',
    flag: 'Hoàn thành',
  },
  {
    task: task({
      id: 'IX.1', code: '1', section: 'IX', sectionTitle: 'KHÁC', area: 'other', title: '=HYPERLINK("http://x")', lead: '+84 912 345 678',
      support: '@abc', output: '- Việc tuyển dụng được thực hiện đúng trình tự, thủ tục', dueText: '=1+1', rows: [90],
    }),
    flag: 'Không thời hạn',
  },
];

/** Actuals typed into Chỉ tiêu, and the Đạt? LibreOffice must compute. */
const ACTUALS: { id: string; values: Record<string, CellValue>; met: string }[] = [
  { id: 'I.1', values: { actual: num(1) }, met: 'Đạt' },
  { id: 'I.2.2', values: { actual: num(0) }, met: 'Đạt' },
  { id: 'I.3', values: { actual: num(0) }, met: 'Chưa đạt' },
  { id: 'I.4', values: { numerator: num(95), denominator: num(100) }, met: 'Đạt' },
  // 38 units now against 40 in 2021: a 5% decrease meets "giảm tối thiểu 3%".
  { id: 'II.1', values: { numerator: num(38), denominator: num(40) }, met: 'Đạt' },
  { id: 'III.2', values: {}, met: '' },
  { id: 'III.3.1', values: { actual: num(0.99) }, met: 'Chưa đạt' },
  { id: 'III.3.2', values: { numerator: num(0), denominator: num(0) }, met: 'Lỗi: mẫu số bằng 0' },
];

const plan = samplePlan(CASES.map((c) => c.task));
const source = { name: '000-appendix.txt', grid: SAMPLE_GRID };

function withOfficialEntries(model: WorkbookModel): WorkbookModel {
  let m = model;
  for (const c of CASES) {
    const values: Record<string, CellValue> = {};
    if (c.state) values.state = text(c.state);
    if (c.doneDate) values.doneDate = date(c.doneDate);
    if (Object.keys(values).length > 0) m = enter(m, 'Nhiệm vụ', c.task.id, values);
  }
  for (const a of ACTUALS) if (Object.keys(a.values).length > 0) m = enter(m, 'Chỉ tiêu', a.id, a.values);
  return m;
}

/** Rows of a CSV table keyed by their first column (Mã). */
function byId(rows: string[][]): Map<string, string[]> {
  return new Map(rows.filter((r) => r[0] !== undefined && r[0] !== '').map((r) => [r[0], r]));
}

const TODAY_CASES = [
  { id: 'T.1', due: '2000-01-01', flag: 'Quá hạn' },
  { id: 'T.2', due: addDays(todayIso(), 20)!, flag: 'Sắp đến hạn' },
  { id: 'T.3', due: '2999-12-31', flag: 'Trong hạn' },
];
const todayPlan = samplePlan(TODAY_CASES.map((c) => task({ id: c.id, code: c.id.slice(2), title: `Nhiệm vụ ${c.id}`, due: c.due })));

describe('LibreOffice reading the tracker', () => {
  const work = tempDir('par-lo-');
  const artifacts = resolve(__dirname, '../../../test-artifacts');
  const fixed = join(work, 'fixed.xlsx');
  const today = join(work, 'today.xlsx');
  const blank = join(work, 'blank.xlsx');
  const flagCol = keyIndex(sheetNamed(buildTrackerModel(plan, source), 'Nhiệm vụ'), 'flag');
  const reportCol = keyIndex(sheetNamed(buildTrackerModel(plan, source), 'Nhiệm vụ'), 'reportState');
  const dueCol = keyIndex(sheetNamed(buildTrackerModel(plan, source), 'Nhiệm vụ'), 'due');
  const metCol = keyIndex(sheetNamed(buildTrackerModel(plan, source), 'Chỉ tiêu'), 'met');
  let csv: (file: string, sheet: string) => string[][];

  beforeAll(async () => {
    await writeTrackerXlsxFile(withOfficialEntries(buildTrackerModel(plan, source, { asOf: AS_OF })), fixed);
    await writeTrackerXlsxFile(buildTrackerModel(todayPlan, source, { soonDays: 30 }), today);
    // The official cleared the as-of cell: the flags fall back to today, not to day 0.
    await writeTrackerXlsxFile(enterAt(buildTrackerModel(todayPlan, source, { soonDays: 30 }), 'Nhiệm vụ', 2, 3, { type: 'empty' }), blank);
    const conversion = convert([fixed, today, blank], CSV_ALL_SHEETS, work);
    if (conversion.status !== 0) throw new Error(`soffice exited ${conversion.status}: ${conversion.stderr}`);
    csv = (file, sheet) => parseCsv(readFileSync(mustExist(join(work, `${file}-${sheet}.csv`), conversion), 'utf8'));
  });

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('converts every sheet of the workbook (the file opens cleanly)', () => {
    for (const sheet of ['Nhiệm vụ', 'Chỉ tiêu', 'Nguồn - 000-appendix.txt']) expect(csv('fixed', sheet).length).toBeGreaterThan(1);
  });

  it('computes Cảnh báo for overdue, due soon, on time, done, done late and no deadline', () => {
    const rows = byId(csv('fixed', 'Nhiệm vụ'));
    const got = CASES.map((c) => [c.task.id, rows.get(c.task.id)?.[flagCol]]);
    expect(got).toEqual(CASES.map((c) => [c.task.id, c.flag]));
  });

  it("agrees with core's dueState for every task", () => {
    const rows = byId(csv('fixed', 'Nhiệm vụ'));
    for (const c of CASES.filter((x) => !x.task.group)) {
      const done = c.state === 'Hoàn thành' || c.doneDate !== undefined;
      const state = dueState({ due: c.task.due, done, doneDate: c.doneDate ?? null, asOf: AS_OF, soonDays: 14 });
      expect([c.task.id, rows.get(c.task.id)?.[flagCol]]).toEqual([c.task.id, DUE_STATE_LABELS[state].vi]);
    }
  });

  it("computes Tình trạng báo cáo as core's reportState at Ngày đánh giá (a task done after that date is not done at it)", () => {
    const rows = byId(csv('fixed', 'Nhiệm vụ'));
    const tasks = CASES.filter((x) => !x.task.group);
    const got = tasks.map((c) => [c.task.id, rows.get(c.task.id)?.[reportCol]]);
    const want = tasks.map((c) => [c.task.id, REPORT_STATE_LABELS[reportState({ due: c.task.due, stateText: c.state ?? 'Chưa thực hiện', doneDate: c.doneDate ?? null, cutOff: AS_OF })].vi]);
    expect(got).toEqual(want);
    // Done 01/12 against a deadline of 30/11 is "done late" today, but at 01/10 it is still open and on time.
    expect(rows.get('III.2')?.[reportCol]).toBe('Đang thực hiện (trong hạn)');
    expect(rows.get('III.3.1')?.[reportCol]).toBe('Chưa hoàn thành, quá hạn');
  });

  it('shows deadlines and the as-of date as dd/mm/yyyy dates', () => {
    const table = csv('fixed', 'Nhiệm vụ');
    expect(table[1].slice(0, 3)).toEqual(['Ngày đánh giá', '', '01/10/2024']);
    expect(byId(table).get('I.1')?.[dueCol]).toBe('30/09/2024');
  });

  it('keeps text starting with = + - @ as the text it was', () => {
    const row = byId(csv('fixed', 'Nhiệm vụ')).get('IX.1')!;
    expect(row.slice(2, 7)).toEqual(['=HYPERLINK("http://x")', '+84 912 345 678', '@abc', '- Việc tuyển dụng được thực hiện đúng trình tự, thủ tục', '=1+1']);
    const source = csv('fixed', 'Nguồn - 000-appendix.txt');
    expect(source[4]).toEqual(['2.1', '=HYPERLINK("http://x")', '+84 912 345 678', '@abc', '-1', '- Việc tuyển dụng được thực hiện đúng trình tự']);
  });

  it('computes Đạt? from the actual, or from numerator and denominator, honouring a decrease', () => {
    const rows = byId(csv('fixed', 'Chỉ tiêu'));
    expect(ACTUALS.map((a) => [a.id, rows.get(a.id)?.[metCol]])).toEqual(ACTUALS.map((a) => [a.id, a.met]));
  });

  it('flags against today when no as-of date is given, and when the as-of cell is cleared', () => {
    for (const file of ['today', 'blank']) {
      const rows = byId(csv(file, 'Nhiệm vụ'));
      expect(TODAY_CASES.map((c) => [file, c.id, rows.get(c.id)?.[flagCol]])).toEqual(TODAY_CASES.map((c) => [file, c.id, c.flag]));
    }
  });

  it('prints the Nhiệm vụ sheet to PDF and renders page 1 for a look (test-artifacts/)', () => {
    const pdftoppm = requirePdftoppm();
    const conversion = convert([fixed], 'pdf', work);
    expect(conversion.status).toBe(0);
    const pdf = mustExist(join(work, 'fixed.pdf'), conversion);
    mkdirSync(artifacts, { recursive: true });
    copyFileSync(fixed, join(artifacts, 'tracker-sample.xlsx'));
    copyFileSync(pdf, join(artifacts, 'tracker-sample.pdf'));
    const r = spawnSync(pdftoppm, ['-png', '-r', '110', '-f', '1', '-l', '2', pdf, join(artifacts, 'tracker-page')], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(statSync(join(artifacts, 'tracker-page-1.png')).size).toBeGreaterThan(10_000);
  });
});
