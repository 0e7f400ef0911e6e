/**
 * Indicator tables (issue 14 §1): "TT | Chỉ tiêu | Chủ trì" and "TT | Chỉ tiêu | Đơn vị tính | Kết
 * quả / Mục tiêu | Cơ quan chủ trì theo dõi, đánh giá", sections by theme or by phase, numbering
 * restarting, no deadline column. The fixtures put the seeds' rate targets ("Tỷ lệ hồ sơ trực
 * tuyến toàn trình … tối thiểu 80%", "giảm tối thiểu 3% so với năm 2021") into those shapes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { horizonOf, indicatorTargets, isPhaseHeading } from '../../../src/core/appendix/indicators';
import { importAppendix } from '../../../src/core/appendix/importAppendix';
import { importDocx, importText, textSourceSheet } from '../../../src/core/appendix/importDocument';
import { PlanSchema, type Plan, type Target } from '../../../src/core/plan/schema';
import { FIXTURES, seedText } from '../../helpers/fixtures';
import { readPlanFile } from '../../../src/files/planFile';

const fixture = (name: string) => readFileSync(join(FIXTURES, 'indicators', name), 'utf8');
const targetText = (t: Target) =>
  `${t.op}${t.value}${t.unit === '%' ? '%' : ` ${t.unit}`}${t.direction ? ` ${t.direction}` : ''}${t.baselineYear ? ` vs ${t.baselineYear}` : ''}`;
/** id, lead, deadline, targets: what an official checks in the preview. */
const rows = (plan: Plan) => plan.tasks.map((t) => [t.id, t.lead, t.due, t.targets.map(targetText).join('; ')]);

describe('an indicator table by theme (TT | Chỉ tiêu | Chủ trì)', () => {
  const plan = importText(fixture('chi-tieu-theo-linh-vuc.md'), 'document').plan;

  test('every indicator is a task with its lead office and the target its text states', () => {
    expect(rows(plan)).toEqual([
      ['I-1', 'Văn phòng UBND tỉnh', null, '>0.99%'],
      ['I-2', 'Sở Tài chính', null, '>=0.6%'],
      ['I-3', 'Văn phòng UBND tỉnh', null, '>=1%'],
      ['II-1', 'Sở Nội vụ', null, '>=0.03% decrease vs 2021'],
      ['II-2', 'Sở Nội vụ', null, '>=0.02% decrease'],
      ['III-1', 'Sở Khoa học và Công nghệ', null, '>=0.8%'],
      ['III-2', 'Sở Khoa học và Công nghệ', null, '>=20 count'],
      ['III-3', 'Sở Tài chính', '2030-12-31', '>=0.2%'],
    ]);
    expect(PlanSchema.parse(plan)).toBeTruthy();
  });

  test('the sections give the areas, and the year comes from the title', () => {
    expect(plan.year).toBe(2025);
    expect(plan.tasks.map((t) => t.area)).toEqual([
      'procedures',
      'procedures',
      'procedures',
      'organization',
      'organization',
      'digital-government',
      'digital-government',
      'digital-government',
    ]);
  });

  test('a horizon in the indicator text is its deadline, said in a warning; the others have none', () => {
    const horizon = plan.tasks.find((t) => t.id === 'III-3');
    expect(horizon?.dueText).toBe('đến năm 2030');
    expect(plan.warnings.map((w) => w.code)).toEqual(['indicator-table', 'due-from-text']);
    expect(plan.tasks.filter((t) => t.id !== 'III-3').every((t) => t.dueKind === 'none')).toBe(true);
  });
});

describe('an indicator table by phase with unit and result columns', () => {
  const text = fixture('chi-tieu-theo-giai-doan.txt');
  const plan = importText(text, 'document').plan;

  test('numbering restarts in each phase: ids carry the phase, no duplicate-number warnings', () => {
    expect(plan.tasks.map((t) => t.id)).toEqual(['2025-2027-1', '2025-2027-2', '2025-2027-3', '2025-2027-4', '2030-1', '2030-2', '2030-3']);
    expect(plan.warnings.some((w) => w.code === 'duplicate-code')).toBe(false);
    expect(plan.sections.map((s) => [s.code, s.title])).toEqual([
      ['2025-2027', 'Giai đoạn 2025 – 2027'],
      ['2030', 'Đến năm 2030'],
    ]);
  });

  test('each row takes the end of its phase as its deadline, and the result with its unit as its target', () => {
    expect(rows(plan)).toEqual([
      ['2025-2027-1', 'Văn phòng HĐND và UBND xã', '2027-12-31', '>=0.8%'],
      ['2025-2027-2', 'Văn phòng HĐND và UBND xã', '2027-12-31', '>=0.9%'],
      ['2025-2027-3', 'Phòng Văn hóa - Xã hội', '2027-12-31', '>=12 count'],
      ['2025-2027-4', 'Bộ phận Một cửa xã', '2027-12-31', '>=1500 count'],
      ['2030-1', 'Văn phòng HĐND và UBND xã', '2030-12-31', '>=1%'],
      ['2030-2', 'Văn phòng HĐND và UBND xã', '2030-12-31', '>0.9%'],
      ['2030-3', 'Phòng Kinh tế', '2030-12-31', '>=1%'],
    ]);
    expect(plan.tasks.map((t) => t.output)).toEqual(['80%', 'Tối thiểu 90%', '12 cơ quan', '1.500 hồ sơ', '100%', 'Trên 90%', '100%']);
    expect(plan.tasks.map((t) => t.dueText)).toEqual([...Array(4).fill('Giai đoạn 2025 – 2027'), ...Array(3).fill('Đến năm 2030')]);
  });

  test('a target whose cell names nothing measures the indicator itself', () => {
    expect(plan.tasks[0].targets[0].metric).toBe('Tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ giải quyết TTHC');
  });

  test('the unit column is found by its words and the plan of a period is tracked from its first year', () => {
    expect(plan.columns.unit).toBe(2);
    expect(plan.columns.output).toBe(3);
    expect(plan.columns.lead).toBe(4);
    expect(plan.year).toBe(2025);
  });

  test('the source sheet written into the workbook reads as the document', () => {
    const sheet = textSourceSheet(text, 'document');
    expect(rows(importAppendix(sheet.grid))).toEqual(rows(plan));
  });

  test('the same table in a Word document gives the same tasks', async () => {
    const grid = text
      .split('\n')
      .filter((l) => l.includes('\t'))
      .map((l) => l.split('\t'));
    const cell = (t: string) => new TableCell({ children: [new Paragraph({ children: [new TextRun(t)] })] });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('PHỤ LỤC II'),
            new Paragraph('CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2025 - 2030'),
            new Table({ rows: grid.map((r) => new TableRow({ children: r.map(cell) })) }),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    expect(rows((await importDocx(bytes)).plan)).toEqual(rows(plan));
  });
});

describe('a plan with a task table and an indicator table', () => {
  // Phụ lục I the tasks (seed 000), Phụ lục II the indicators: the larger is imported, the other named.
  const text = `${seedText('000-appendix')}\n\nPHỤ LỤC II\n\n${fixture('chi-tieu-theo-linh-vuc.md')
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .join('\n')}\n`;

  test('imports the task table and warns that the indicator table was left out, naming its header and size', () => {
    const plan = importText(text, 'document').plan;
    expect(plan.tasks.map((t) => t.id)).toEqual(importText(seedText('000-appendix'), 'document').plan.tasks.map((t) => t.id));
    const other = plan.warnings.filter((w) => w.code === 'other-table');
    expect(other.map((w) => w.message)).toEqual([expect.stringContaining('"TT | Chỉ tiêu | Chủ trì", 11 dòng')]);
  });

  test('the plan file read for the app and the pane carries the same notice', async () => {
    const source = await readPlanFile('ke-hoach.md', new TextEncoder().encode(text));
    expect(source.notes.map((n) => n.vi)).toEqual([expect.stringContaining('còn một bảng khác (tiêu đề "TT | Chỉ tiêu | Chủ trì", 11 dòng)')]);
  });
});

describe.each([
  [['STT', 'Tên chỉ tiêu', 'ĐVT', 'Chỉ tiêu năm 2025', 'Đơn vị chủ trì'], '2025-12-31'],
  [['TT', 'Nội dung chỉ tiêu', 'Đơn vị tính', 'Mục tiêu đến năm 2030', 'Cơ quan chủ trì'], '2030-12-31'],
  [['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2026', 'Cơ quan chủ trì'], '2026-12-31'],
  [['TT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả cần đạt', 'Cơ quan theo dõi'], null],
  [['TT', 'Các chỉ tiêu', 'ĐVT', 'Giá trị', 'Cơ quan, đơn vị chủ trì'], null],
])('an indicator table headed %j', (header, due) => {
  // The seeds' rate and count targets as rows of a table in this shape.
  const plan = importAppendix([
    ['CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH NĂM 2025'],
    header,
    ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', '80', 'Văn phòng UBND tỉnh'],
    ['2', 'Số tập dữ liệu mở được công bố', 'tập dữ liệu', '20', 'Sở Khoa học và Công nghệ'],
  ]);

  test('finds the text, unit, value and office columns by their words', () => {
    expect(plan.columns).toEqual({ code: 0, title: 1, unit: 2, output: 3, lead: 4 });
    expect(rows(plan).map((r) => [r[1], r[3]])).toEqual([
      ['Văn phòng UBND tỉnh', '>=0.8%'],
      ['Sở Khoa học và Công nghệ', '>=20 count'],
    ]);
  });

  test(`takes the deadline from a year the value column's header names (${due})`, () => {
    expect(plan.tasks.map((t) => t.due)).toEqual([due, due]);
    expect(plan.warnings.filter((w) => w.code === 'due-from-column')).toHaveLength(due ? 2 : 0);
  });
});

describe('a task table with a "Chỉ tiêu" column is read as before', () => {
  test('the Chỉ tiêu column is the expected result when the table has a task column', () => {
    const plan = importAppendix([
      ['STT', 'Nhiệm vụ', 'Chỉ tiêu', 'Cơ quan chủ trì', 'Thời gian hoàn thành'],
      ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'Đạt tỷ lệ tối thiểu 80%', 'Các cơ quan, đơn vị', 'Trong năm 2024'],
    ]);
    expect(plan.columns).toEqual({ code: 0, title: 1, output: 2, lead: 3, dueText: 4 });
    expect(plan.tasks[0].targets.map(targetText)).toEqual(['>=0.8%']);
    expect(plan.warnings.some((w) => w.code === 'indicator-table')).toBe(false);
  });
});

describe.each([
  ['Giai đoạn 2025 – 2027', true],
  ['GIAI ĐOẠN 2026-2030', true],
  ['Đến năm 2030', true],
  ['Năm 2026', true],
  ['Mục tiêu đến năm 2030:', true],
  ['Năm 2026 hoàn thành số hóa hồ sơ', false],
  ['Cải cách thủ tục hành chính', false],
  ['Giai đoạn chuẩn bị', false],
])('isPhaseHeading(%j)', (text, want) => {
  test(`is ${want}`, () => expect(isPhaseHeading(text)).toBe(want));
});

describe.each([
  ['Tỷ lệ dịch vụ công trực tuyến toàn trình đến năm 2030 đạt 80%', 'đến năm 2030'],
  ['Kinh tế số chiếm 20% GRDP trong giai đoạn 2026 – 2030', 'trong giai đoạn 2026 – 2030'],
  ['Hoàn thành trước năm 2027', 'trước năm 2027'],
  ['Giảm 10% đơn vị sự nghiệp so với năm 2021', null],
  ['Tỷ lệ hồ sơ giải quyết đúng hạn năm 2024', null],
])('horizonOf(%j)', (text, want) => {
  test(`is ${JSON.stringify(want)}`, () => expect(horizonOf(text)).toBe(want));
});

describe.each([
  ['Tỷ lệ hồ sơ được số hóa', '100', '%', ['>=1%']],
  ['Tỷ lệ hồ sơ được số hóa', '≥ 80', '%', ['>=0.8%']],
  ['Tỷ lệ TTHC thanh toán trực tuyến', 'Tối thiểu 90', '%', ['>=0.9%']],
  ['Mức độ hài lòng', 'Trên 90', '%', ['>0.9%']],
  ['Số tập dữ liệu mở được công bố', '20', 'tập dữ liệu', ['>=20 count']],
  ['Số hồ sơ số hóa', '1.500', 'hồ sơ', ['>=1500 count']],
  ['Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%', '', '', ['>=0.8%']],
  ['Số đơn vị sự nghiệp giảm', 'Giảm 10% so với năm 2021', '', ['>=0.1% decrease vs 2021']],
  ['Ghi nhận ý kiến người dân', 'Đạt yêu cầu', '', []],
])('indicatorTargets(%j, %j, %j)', (title, result, unit, want) => {
  test(`reads ${JSON.stringify(want)}`, () => expect(indicatorTargets(title, result, unit).map(targetText)).toEqual(want));
});
