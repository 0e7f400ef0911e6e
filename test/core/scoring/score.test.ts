/**
 * Points for one criterion (PAR.SCORE) and the component index (PAR.INDEX).
 */
import { componentIndex, parseRule, RuleError, score, scoreWithRule, type Actual } from '../../../src/core/scoring';

const BANDS = 'Trên 90%: 2; Từ 70% đến 90%: 1; Dưới 70%: 0';
const BANDS_BELOW = 'Từ 90% trở lên: 2; Từ 70% đến dưới 90%: 1; Dưới 70%: 0';

/** The message of the RuleError a call returns, '' when it returns a number. */
const errorOf = (result: number | RuleError): string => (result instanceof RuleError ? result.error : '');

describe('band boundaries are exactly as written', () => {
  it.each<[string, Actual, number]>([
    [BANDS, 0.95, 2],
    [BANDS, 0.9000001, 2],
    [BANDS, 0.9, 1], // "từ 70% đến 90%" includes 90%
    [BANDS, 0.8, 1],
    [BANDS, 0.7, 1], // … and 70%
    [BANDS, 0.6999999, 0],
    [BANDS, 0, 0],
    [BANDS, 0.7 + 0.2, 1], // 0.8999999999999999 is 90% for a spreadsheet
    [BANDS_BELOW, 0.9, 2], // "đến dưới 90%" excludes 90%, "từ 90%" takes it
    [BANDS_BELOW, 0.8999, 1],
    [BANDS_BELOW, 0.7, 1],
    [BANDS_BELOW, 0.6999, 0],
    ['≥ 90%: 2; < 90%: 0', 0.9, 2],
    ['> 90%: 2; <= 90%: 0', 0.9, 0],
    ['Bằng 100%: 1; Dưới 100%: 0', 1, 1],
    ['Bằng 100%: 1; Dưới 100%: 0', 0.999, 0],
  ])('%s with %p gives %p', (rule, actual, points) => {
    expect(score(actual, 2, rule)).toBe(points);
  });
});

describe('decimal commas', () => {
  it.each<[string, Actual, number]>([
    ['Trên 81,25%: 1; Từ 70,5% đến 81,25%: 0,5; Dưới 70,5%: 0', 0.8125, 0.5],
    ['Trên 81,25%: 1; Từ 70,5% đến 81,25%: 0,5; Dưới 70,5%: 0', 0.8126, 1],
    ['Trên 81,25%: 1; Từ 70,5% đến 81,25%: 0,5; Dưới 70,5%: 0', 0.705, 0.5],
    ['Trên 81,25%: 1; Từ 70,5% đến 81,25%: 0,5; Dưới 70,5%: 0', '81,25%', 0.5],
    ['Trên 81,25%: 1; Từ 70,5% đến 81,25%: 0,5; Dưới 70,5%: 0', '0,9', 1],
    ['Kịp thời: 0,75; Không kịp thời: 0,25; Không ban hành: 0', 'Không kịp thời', 0.25],
  ])('%s with %p gives %p', (rule, actual, points) => {
    expect(score(actual, 1, rule)).toBe(points);
  });
});

describe('proportional: rate × max, capped at max', () => {
  it.each<[Actual, number, number]>([
    [0.8, 2, 1.6],
    [0.955, 1, 0.955],
    ['95%', 2, 1.9],
    [1, 2, 2],
    [1.05, 2, 2], // 105% of the plan is still the maximum
    [3, 0.5, 0.5],
    [0, 2, 0],
  ])('%p of max %p gives %p', (actual, max, points) => {
    expect(score(actual, max, 'Tỷ lệ × điểm tối đa')).toBe(points);
  });

  it('refuses a negative rate', () => {
    expect(errorOf(score(-0.1, 2, 'Tỷ lệ × điểm tối đa'))).toMatch(/không được âm/);
  });
});

describe('counts: the largest listed count not above the actual', () => {
  const COUNTS = '4 lần/năm: 20; 3 lần: 15; 2 lần: 10; 1 lần: 5';
  it.each<[Actual, number]>([
    [4, 20],
    [6, 20], // above the top count keeps the top points
    [3, 15],
    [3.5, 15],
    [2, 10],
    [1, 5],
    [0, 0], // below the smallest count earns nothing
    ['3 lần', 15],
    ['02', 10],
  ])('%p gives %p', (actual, points) => {
    expect(score(actual, 20, COUNTS)).toBe(points);
  });

  it('uses a written "0 lần" level', () => {
    expect(score(0, 1, '0 lần: 1; 1 lần: 0,5; 2 lần: 0')).toBe(1);
    expect(score(5, 1, '0 lần: 1; 1 lần: 0,5; 2 lần: 0')).toBe(0);
  });

  it('refuses an actual that is not a count', () => {
    expect(errorOf(score('nhiều', 20, COUNTS))).toMatch(/không phải là số lần/);
    expect(errorOf(score(true, 20, COUNTS))).toMatch(/không phải là số lần/);
  });
});

describe('categories are matched by meaning, without diacritics', () => {
  const CATEGORIES = 'Kịp thời: 1; Không kịp thời: 0,5; Không ban hành: 0';
  it.each<[Actual, number]>([
    ['Kịp thời', 1],
    ['kip thoi', 1],
    ['khong kip thoi', 0.5],
    ['KHÔNG KỊP THỜI', 0.5],
    ['Không  kịp thời.', 0.5],
    ['Ban hành không kịp thời', 0.5], // the longest category named inside the actual
    ['Không ban hành', 0],
  ])('%p gives %p', (actual, points) => {
    expect(score(actual, 1, CATEGORIES)).toBe(points);
  });

  it('says which categories exist when the actual is none of them', () => {
    expect(errorOf(score('Chưa rõ', 1, CATEGORIES))).toMatch('Giá trị "Chưa rõ" không phải một trong các mức: "Kịp thời", "Không kịp thời", "Không ban hành"');
  });
});

describe('yes/no', () => {
  it.each<[string, Actual, number]>([
    ['Đạt: 1; Không đạt: 0', true, 1],
    ['Đạt: 1; Không đạt: 0', false, 0],
    ['Đạt: 1; Không đạt: 0', 'dat', 1],
    ['Đạt: 1; Không đạt: 0', 'Không đạt', 0],
    ['Đạt: 1; Không đạt: 0', 1, 1],
    ['Đạt: 1; Không đạt: 0', 0, 0],
    ['Có: 0,5; Không: 0', 'x', 0.5],
    ['Có: 0,5; Không: 0', 'không', 0],
    ['Hoàn thành: 1; Không hoàn thành: 0', 'hoan thanh', 1],
  ])('%s with %p gives %p', (rule, actual, points) => {
    expect(score(actual, 1, rule)).toBe(points);
  });

  it('refuses an answer that is neither', () => {
    expect(errorOf(score('một nửa', 1, 'Đạt: 1; Không đạt: 0'))).toMatch('Giá trị "một nửa" không phải "Đạt" hoặc "Không đạt"');
    expect(score(0.5, 1, 'Đạt: 1; Không đạt: 0')).toBeInstanceOf(RuleError);
  });
});

describe('actuals a rule cannot take, and the maximum', () => {
  it('gives a rule error when a level is worth more than the maximum', () => {
    expect(errorOf(score(0.5, 1, BANDS))).toMatch('Mức "Trên 90%" cho 2 điểm, vượt điểm tối đa 1');
    expect(errorOf(score('Đạt', 0.25, 'Đạt: 0,5; Không đạt: 0'))).toMatch('Mức "Đạt" cho 0,5 điểm, vượt điểm tối đa 0,25');
  });

  it('refuses a missing actual, text in a numeric rule and a bad maximum', () => {
    expect(errorOf(score(null, 2, BANDS))).toMatch('Chưa có giá trị thực tế');
    expect(errorOf(score('  ', 2, BANDS))).toMatch('Chưa có giá trị thực tế');
    expect(errorOf(score('tốt', 2, BANDS))).toMatch(/không phải là số.*cần một số/);
    expect(errorOf(score(true, 2, BANDS))).toMatch(/không phải là số/);
    expect(errorOf(score(0.5, -1, BANDS))).toMatch(/Điểm tối đa phải là một số không âm/);
    expect(errorOf(score(0.5, Number.NaN, BANDS))).toMatch(/Điểm tối đa phải là một số không âm/);
  });

  it('says the actual falls in no band when the bands leave a gap', () => {
    expect(errorOf(score(0.75, 2, 'Trên 90%: 2; Dưới 70%: 0'))).toMatch('Giá trị 75% không thuộc mức nào của cách tính điểm "Trên 90%: 2; Dưới 70%: 0"');
  });

  it('scores an already-parsed rule the same as the text', () => {
    const rule = parseRule(BANDS);
    if (rule instanceof RuleError) throw new Error(rule.error);
    for (const v of [0.5, 0.7, 0.85, 0.9, 0.95]) expect(scoreWithRule(rule, v, 2)).toBe(score(v, 2, BANDS));
  });
});

describe('componentIndex', () => {
  it.each<[number[], number[], number]>([
    [[2, 1, 0.5], [2, 2, 1], 0.7],
    [[8, 3], [9, 3], 11 / 12],
    [[0, 0], [1, 1], 0],
    [[6.5], [8], 0.8125],
  ])('%p over %p is %p', (points, max, index) => {
    expect(componentIndex(points, max)).toBeCloseTo(index, 9);
  });

  it('refuses a zero or negative total, mismatched ranges and non-numbers', () => {
    expect(errorOf(componentIndex([0], [0]))).toMatch('Tổng điểm tối đa phải lớn hơn 0');
    expect(errorOf(componentIndex([], []))).toMatch('Tổng điểm tối đa phải lớn hơn 0');
    expect(errorOf(componentIndex([1, 2], [3]))).toMatch('Số ô điểm (2) khác số ô điểm tối đa (1)');
    expect(errorOf(componentIndex([1], [-2]))).toMatch(/Điểm tối đa phải là một số không âm/);
    expect(errorOf(componentIndex([Number.NaN], [2]))).toMatch(/không phải là số/);
  });
});
