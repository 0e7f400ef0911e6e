/**
 * The eight PAR functions on the phrases of the seed plans, through the one runner as Excel
 * calls them: dates as serials, a single value in → a single value out, a range in → a range out,
 * and an error value in the failing cell only.
 */
import { isoToExcelSerial } from '../../src/core/dates';
import { APPENDIX_000, MARKDOWN_003, TWO_ROW_HEADER_002 } from '../core/target/seedCells';
import { anError, call, column, expectedTasks, type SeedName } from './helpers';

const serial = (iso: string): number => isoToExcelSerial(iso) as number;

describe('DUE', () => {
  it('reads "Quý III năm 2024" as 30/09/2024 (serial 45565)', () => {
    expect(call('DUE', 'Quý III năm 2024')).toBe(45565);
    expect(call('DUE', [['Quý III năm 2024']])).toEqual([[45565]]);
  });

  it.each([
    ['Trong năm 2024', null, '2024-12-31'],
    ['Cả năm', 2024, '2024-12-31'],
    ['Thường xuyên', 2024, '2024-12-31'],
    ['Thường xuyên trong năm', 2019, '2019-12-31'],
    ['Chậm nhất trước ngày 31/12/2024', null, '2024-12-31'],
    ['Ban hành trong quý IV của năm trước liền kề', 2019, '2018-12-31'],
    ['2021 - 2025', null, '2025-12-31'],
    ['Quí II-2024', null, '2024-06-30'],
    ['quý 2/2024', null, '2024-06-30'],
  ])('reads %j (year %p) as %s', (text, year, iso) => {
    expect(call('DUE', text, year)).toBe(serial(iso));
  });

  it('returns the earliest of several deadlines in one cell', () => {
    expect(call('DUE', 'Trong năm 2024; báo cáo Quý II/2024')).toBe(serial('2024-06-30'));
  });

  it('is blank where the text sets no fixed date, and for a blank cell', () => {
    expect(call('DUE', 'Theo kế hoạch')).toBe('');
    expect(call('DUE', 'Theo yêu cầu của Sở Nội vụ')).toBe('');
    expect(call('DUE', '')).toBe('');
    expect(call('DUE', null)).toBe('');
  });

  it('says #N/A, asking for the plan year, when the text needs one and none is given', () => {
    expect(call('DUE', 'Thường xuyên')).toEqual(anError('#N/A', 'Thời hạn "Thường xuyên" không ghi năm: cần năm kế hoạch'));
  });

  it('says #VALUE! with the text when it cannot read it', () => {
    expect(call('DUE', 'khi nào xong thì thôi')).toEqual(anError('#VALUE!', /^Không đọc được thời hạn: "khi nào xong thì thôi"$/));
  });

  it('reads a day without a year after the issue date as the next occurrence', () => {
    expect(call('DUE', 'Báo cáo trước 15/1', 2019, serial('2019-11-14'))).toBe(serial('2020-01-15'));
  });

  it('passes a date cell through as the date', () => {
    expect(call('DUE', 45565)).toBe(45565);
  });

  it('rejects a plan year that is not a year, in that cell', () => {
    expect(call('DUE', 'Trong năm', 'năm nay')).toEqual(anError('#VALUE!', /Năm kế hoạch không hợp lệ/));
    expect(call('DUE', 'Trong năm', '2024')).toBe(serial('2024-12-31'));
  });

  it.each<[SeedName, number]>([
    ['000-appendix', 2024],
    ['002-two-row-header', 2024],
    ['003-markdown', 2019],
  ])('reads the whole Tiến độ column of seed %s in one call as the importer did', (name, year) => {
    const tasks = expectedTasks(name).filter((t) => !t.group);
    const out = call('DUE', column(tasks.map((t) => t.dueText)), [[year]]) as unknown[][];
    expect(out).toHaveLength(tasks.length);
    tasks.forEach((t, i) => {
      const cell = out[i][0];
      // No fixed date ("Theo kế hoạch", "theo yêu cầu của Sở Nội vụ", a blank cell): blank.
      expect([t.id, cell]).toEqual([t.id, t.due ? serial(t.due) : '']);
    });
  });

  it('keeps the rest of a column when one cell is unreadable', () => {
    expect(call('DUE', column(['Quý III năm 2024', 'khi nào xong', 'Trong năm 2024', '']))).toEqual([
      [45565],
      [anError('#VALUE!')],
      [serial('2024-12-31')],
      [''],
    ]);
  });
});

describe('TARGET', () => {
  const cells = [...APPENDIX_000, ...TWO_ROW_HEADER_002, ...MARKDOWN_003];

  it('normalises every target cell of the seed plans in one call', () => {
    const out = call('TARGET', column(cells.map(([, cell]) => cell)));
    expect(out).toEqual(column(cells.map(([, , targets]) => targets.map(([normalised]) => normalised).join('; '))));
  });

  it.each([
    ['Đạt tỷ lệ tối thiểu 90%', '≥ 90%'],
    ['Bảo đảm tỷ lệ hồ sơ giải quyết đúng hạn trên 99%', '> 99%'],
    ['Số lượng đơn vị sự nghiệp công lập giảm tối thiểu 3% so với năm 2021', 'giảm ≥ 3% so với 2021'],
    ['Mỗi cơ quan có ít nhất 01 sáng kiến', '≥ 1'],
    ['≥ 90%; > 99%', '≥ 90%; > 99%'],
  ])('%j → %j', (text, normalised) => {
    expect(call('TARGET', text)).toBe(normalised);
  });

  it('is blank for text without a numeric target, and for a blank cell', () => {
    expect(call('TARGET', 'Thực hiện theo quy định tại khoản 2 Điều 23 Luật Quản lý, sử dụng tài sản công')).toBe('');
    expect(call('TARGET', null)).toBe('');
  });
});

describe('CHECK', () => {
  it('checks a column of actuals against one target text: [[0.95],[0.85]] vs "Đạt tỷ lệ tối thiểu 90%"', () => {
    expect(call('CHECK', [[0.95], [0.85]], [['Đạt tỷ lệ tối thiểu 90%']])).toEqual([[true], [false]]);
  });

  it.each([
    [0.9, '≥ 90%', true],
    [0.99, 'trên 99%', false],
    [0.995, '> 99%', true],
    ['95%', 'Đạt tỷ lệ tối thiểu 90%', true],
    [95, 'Đạt tỷ lệ tối thiểu 90%', true],
    ['0,7052', 'đạt 70,52%', true],
    [1, 'có ít nhất 01 sáng kiến', true],
    [0, 'có ít nhất 01 sáng kiến', false],
    [0.035, 'giảm tối thiểu 3% so với năm 2021', true],
  ])('CHECK(%j, %j) = %p', (actual, target, met) => {
    expect(call('CHECK', actual, target)).toBe(met);
  });

  it('needs every target of a cell that states several', () => {
    const target = 'tỷ lệ đạt từ 80% trở lên; không vượt quá 95%';
    expect(call('CHECK', column([0.85, 0.97, 0.7]), target)).toEqual([[true], [false], [false]]);
  });

  it('pairs a column of actuals with a column of seed targets, row by row', () => {
    const targets = APPENDIX_000.filter(([, , t]) => t.length === 1 && t[0][0].startsWith('≥') && t[0][0].endsWith('%'));
    const atTarget = targets.map(([, , t]) => Number(t[0][0].replace(/[^\d,]/g, '').replace(',', '.')) / 100);
    expect(call('CHECK', column(atTarget), column(targets.map(([, cell]) => cell)))).toEqual(column(targets.map(() => true)));
    const below = atTarget.map((v) => v - 0.001);
    expect(call('CHECK', column(below), column(targets.map(([, cell]) => cell)))).toEqual(column(targets.map(() => false)));
  });

  it('is blank until there is an actual value', () => {
    expect(call('CHECK', column([null, '', 0.95]), '≥ 90%')).toEqual([[''], [''], [true]]);
  });

  it('says #N/A without a target and #VALUE! for an unreadable one or an unreadable actual', () => {
    expect(call('CHECK', 0.9, '')).toEqual(anError('#N/A', 'Chưa có chỉ tiêu'));
    expect(call('CHECK', 0.9, 'hoàn thành tốt')).toEqual(anError('#VALUE!', /Không đọc được chỉ tiêu/));
    expect(call('CHECK', 'chưa rõ', '≥ 90%')).toEqual(anError('#VALUE!', /Giá trị thực tế không đọc được/));
  });
});

describe('RATE', () => {
  it('divides part by total as a fraction', () => {
    expect(call('RATE', 45, 50)).toBe(0.9);
    expect(call('RATE', '1.234', '2.468')).toBe(0.5);
  });

  it('errs clearly on a zero total (#VALUE!) and a missing one (#N/A)', () => {
    expect(call('RATE', 3, 0)).toEqual(anError('#VALUE!', 'Tổng số bằng 0'));
    expect(call('RATE', 3, '')).toEqual(anError('#N/A', 'Thiếu tổng số'));
    expect(call('RATE', 3, null)).toEqual(anError('#N/A', 'Thiếu tổng số'));
    expect(call('RATE', 3, 'nhiều')).toEqual(anError('#VALUE!', /Tổng số không phải là số/));
  });

  it('divides a column of parts by one total, blank where no part is entered yet', () => {
    expect(call('RATE', column([45, null, 50, 'x']), [[50]])).toEqual([[0.9], [''], [1], [anError('#VALUE!')]]);
  });
});

describe('SCORE', () => {
  const bands = 'Trên 90%: 2; Từ 70% đến 90%: 1; Dưới 70%: 0';

  it('scores a column of actuals under one banded rule', () => {
    expect(call('SCORE', column([0.95, 0.9, 0.7, 0.5]), 2, bands)).toEqual([[2], [1], [1], [0]]);
  });

  it('scores proportionally, yes/no and counts', () => {
    expect(call('SCORE', 0.8, 2, 'Tỷ lệ × điểm tối đa')).toBe(1.6);
    expect(call('SCORE', true, 1, 'Đạt: 1; Không đạt: 0')).toBe(1);
    expect(call('SCORE', 'Không đạt', 1, 'Đạt: 1; Không đạt: 0')).toBe(0);
    expect(call('SCORE', 3, 20, '4 lần/năm: 20; 3 lần: 15; 2 lần: 10; 1 lần: 5')).toBe(15);
  });

  it('is blank until there is an actual value', () => {
    expect(call('SCORE', null, 2, bands)).toBe('');
  });

  it("says what is wrong with a rule, a maximum or an actual, in that cell", () => {
    expect(call('SCORE', 0.9, 2, 'tùy tình hình')).toEqual(anError('#VALUE!'));
    expect(call('SCORE', 0.9, 1, bands)).toEqual(anError('#VALUE!', /vượt điểm tối đa/));
    expect(call('SCORE', 0.9, null, bands)).toEqual(anError('#N/A', 'Thiếu điểm tối đa'));
    expect(call('SCORE', 0.9, 2, null)).toEqual(anError('#N/A', 'Thiếu cách tính điểm'));
    expect(call('SCORE', column([0.95, 'nhiều', 0.5]), 2, bands)).toEqual([[2], [anError('#VALUE!', /không phải là số/)], [0]]);
  });

  it('scores row by row with a rule per row', () => {
    const out = call('SCORE', column([0.95, 1]), column([2, 1]), column([bands, 'Đạt: 1; Không đạt: 0']));
    expect(out).toEqual([[2], [1]]);
  });
});

describe('INDEX', () => {
  it('is the sum of points over the sum of maximum points of whole ranges, one value', () => {
    expect(call('INDEX', column([2, 1, 0.5]), column([2, 2, 1]))).toEqual([[0.7]]);
  });

  it('counts blank points as 0 and skips rows with neither points nor maximum', () => {
    expect(call('INDEX', column([2, null, null]), column([2, 2, null]))).toEqual([[0.5]]);
  });

  it('takes single values too', () => {
    expect(call('INDEX', 1.5, 2)).toBe(0.75);
  });

  it('is blank for empty ranges and #VALUE! for ranges of different sizes or a zero maximum', () => {
    expect(call('INDEX', column([null, null]), column([null, '']))).toEqual([['']]);
    expect(call('INDEX', column([1, 2]), column([2, 2, 2]))).toEqual([[anError('#VALUE!', /không cùng kích thước: 2×1 và 3×1/)]]);
    expect(call('INDEX', column([0, 0]), column([0, 0]))).toEqual([[anError('#VALUE!', /lớn hơn 0/)]]);
    expect(call('INDEX', column([1, 'x']), column([2, 2]))).toEqual([[anError('#VALUE!', /Điểm đạt không phải là số/)]]);
  });
});

describe('AREA', () => {
  const titles: ReadonlyArray<readonly [string, string, string]> = [
    ['I CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC', 'direction', 'Công tác chỉ đạo, điều hành CCHC'],
    ['II CẢI CÁCH THỂ CHẾ', 'institutions', 'Xây dựng và tổ chức thực hiện VBQPPL'],
    ['II XÂY DỰNG VÀ TỔ CHỨC THỰC HIỆN VĂN BẢN QPPL LUẬT TẠI HUYỆN', 'institutions', 'Xây dựng và tổ chức thực hiện VBQPPL'],
    ['III CẢI CÁCH THỦ TỤC HÀNH CHÍNH (TTHC)', 'procedures', 'Cải cách thủ tục hành chính'],
    ['CAI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH', 'organization', 'Cải cách tổ chức bộ máy'],
    ['XÂY DỰNG VÀ NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CB,CC,VC', 'civil-service', 'Cải cách chế độ công vụ'],
    ['VI CÁI CÁCH TÀI CHÍNH CÔNG', 'public-finance', 'Cải cách tài chính công'],
    ['VII XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ', 'digital-government', 'Chính quyền điện tử, chính quyền số'],
    ['VIII TÁC ĐỘNG CỦA CCHC ĐẾN NGƯỜI DÂN, TỔ CHỨC VÀ CÁC CHỈ TIÊU PHÁT TRIỂN KINH TẾ - XÃ HỘI', 'impact', 'Tác động của CCHC'],
    ['ĐỐI VỚI CÁC NỘI DUNG LIÊN QUAN ĐẾN ĐIỀU TRA XÃ HỘI HỌC', 'satisfaction', 'Sự hài lòng (SIPAS)'],
    ['NHIỆM VỤ TRỌNG TÂM', 'other', 'Khác'],
  ];

  it('names the area of each section title of the seeds in Vietnamese', () => {
    expect(call('AREA', column(titles.map(([t]) => t)))).toEqual(column(titles.map(([, , vi]) => vi)));
  });

  it('gives the key or the English name when asked', () => {
    expect(call('AREA', column(titles.map(([t]) => t)), 'key')).toEqual(column(titles.map(([, key]) => key)));
    expect(call('AREA', 'VI CÁI CÁCH TÀI CHÍNH CÔNG', 'en')).toBe('Public finance reform');
    expect(call('AREA', 'Thực hiện các nội dung thuộc lĩnh vực cải cách tài chính công', 'mã')).toBe('public-finance');
  });

  it('is blank for a blank cell and #VALUE! for an unknown form', () => {
    expect(call('AREA', '')).toBe('');
    expect(call('AREA', 'II CẢI CÁCH THỂ CHẾ', 'tên dài')).toEqual(anError('#VALUE!', /Dạng kết quả không hợp lệ/));
  });
});
