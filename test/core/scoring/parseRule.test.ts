/**
 * Reading scoring rules the way the index documents write them, and printing them back.
 */
import { formatRule, parseRule, RuleError, type Rule } from '../../../src/core/scoring';

const pct = (value: number, inclusive: boolean) => ({ value, inclusive });

/** The rule a text reads as; fails the test when parseRule returns a RuleError. */
function readRule(text: string): Rule {
  const rule = parseRule(text);
  if (rule instanceof RuleError) throw new Error(rule.error);
  return rule;
}

describe('parseRule reads every rule form', () => {
  const cases: Array<[string, string, Rule]> = [
    [
      'bands with "trên / từ … đến / dưới"',
      'Trên 90%: 2; Từ 70% đến 90%: 1; Dưới 70%: 0',
      {
        kind: 'bands',
        unit: '%',
        bands: [
          { lower: pct(0.9, false), upper: null, points: 2 },
          { lower: pct(0.7, true), upper: pct(0.9, true), points: 1 },
          { lower: null, upper: pct(0.7, false), points: 0 },
        ],
      },
    ],
    [
      'bands with "từ … đến dưới …" and "trở lên"',
      'Từ 98% trở lên: 1; Từ 90% đến dưới 98%: 0,5; Dưới 90%: 0',
      {
        kind: 'bands',
        unit: '%',
        bands: [
          { lower: pct(0.98, true), upper: null, points: 1 },
          { lower: pct(0.9, true), upper: pct(0.98, false), points: 0.5 },
          { lower: null, upper: pct(0.9, false), points: 0 },
        ],
      },
    ],
    [
      'bands with symbols',
      '≥ 90%: 2; < 90%: 0',
      {
        kind: 'bands',
        unit: '%',
        bands: [
          { lower: pct(0.9, true), upper: null, points: 2 },
          { lower: null, upper: pct(0.9, false), points: 0 },
        ],
      },
    ],
    [
      'bands with ASCII symbols, a dash range and decimal commas in the bounds',
      '>81,25%: 1; 50% - 81,25%: 0,5; <50%: 0',
      {
        kind: 'bands',
        unit: '%',
        bands: [
          { lower: pct(0.8125, false), upper: null, points: 1 },
          { lower: pct(0.5, true), upper: pct(0.8125, true), points: 0.5 },
          { lower: null, upper: pct(0.5, false), points: 0 },
        ],
      },
    ],
    [
      'bands whose levels carry words around the numbers and "điểm" after the points',
      'Hoàn thành 100% kế hoạch: 1 điểm; Hoàn thành từ 80% đến dưới 100% kế hoạch: 0,5 điểm; Dưới 80%: 0đ',
      {
        kind: 'bands',
        unit: '%',
        bands: [
          { lower: pct(1, true), upper: pct(1, true), points: 1 },
          { lower: pct(0.8, true), upper: pct(1, false), points: 0.5 },
          { lower: null, upper: pct(0.8, false), points: 0 },
        ],
      },
    ],
    [
      'bands on plain numbers',
      'Trên 5: 1; Từ 2 đến 5: 0,5; Dưới 2: 0',
      {
        kind: 'bands',
        unit: 'number',
        bands: [
          { lower: { value: 5, inclusive: false }, upper: null, points: 1 },
          { lower: { value: 2, inclusive: true }, upper: { value: 5, inclusive: true }, points: 0.5 },
          { lower: null, upper: { value: 2, inclusive: false }, points: 0 },
        ],
      },
    ],
    ['proportional with ×', 'Tỷ lệ × điểm tối đa', { kind: 'proportional' }],
    ['proportional with x', 'Tỷ lệ x điểm tối đa', { kind: 'proportional' }],
    ['proportional written as a formula', 'Điểm = (Tỷ lệ % * Điểm tối đa)', { kind: 'proportional' }],
    ['proportional, factors swapped, no diacritics', 'diem toi da x ty le', { kind: 'proportional' }],
    ['yes/no Đạt', 'Đạt: 1; Không đạt: 0', { kind: 'yesno', yes: { label: 'Đạt', points: 1 }, no: { label: 'Không đạt', points: 0 } }],
    ['yes/no Có, no first', 'Không: 0; Có: 0,5', { kind: 'yesno', yes: { label: 'Có', points: 0.5 }, no: { label: 'Không', points: 0 } }],
    [
      'yes/no by negation',
      'Hoàn thành: 1; Không hoàn thành: 0',
      { kind: 'yesno', yes: { label: 'Hoàn thành', points: 1 }, no: { label: 'Không hoàn thành', points: 0 } },
    ],
    [
      'categories',
      'Kịp thời: 1; Không kịp thời: 0,5; Không ban hành: 0',
      {
        kind: 'categories',
        categories: [
          { label: 'Kịp thời', points: 1 },
          { label: 'Không kịp thời', points: 0.5 },
          { label: 'Không ban hành', points: 0 },
        ],
      },
    ],
    [
      'counts, unit taken from the first level',
      '4 lần/năm: 20; 3 lần: 15; 2 lần: 10; 1 lần: 5',
      {
        kind: 'counts',
        unit: 'lần/năm',
        levels: [
          { count: 4, points: 20 },
          { count: 3, points: 15 },
          { count: 2, points: 10 },
          { count: 1, points: 5 },
        ],
      },
    ],
    [
      'levels on separate lines, with a trailing separator',
      'Đạt: 1\nKhông đạt: 0;',
      { kind: 'yesno', yes: { label: 'Đạt', points: 1 }, no: { label: 'Không đạt', points: 0 } },
    ],
  ];
  it.each(cases)('%s', (_name, text, rule) => {
    expect(parseRule(text)).toEqual(rule);
  });

  it.each(cases)('prints %s back in a form that reads the same', (_name, text) => {
    const rule = readRule(text);
    expect(parseRule(formatRule(rule))).toEqual(rule);
  });
});

describe('formatRule prints the canonical text', () => {
  it.each([
    ['tren 90%:2;70%-90%:1;duoi 70%:0', 'Trên 90%: 2; Từ 70% đến 90%: 1; Dưới 70%: 0'],
    ['≥ 90%: 2; < 90%: 0', 'Từ 90% trở lên: 2; Dưới 90%: 0'],
    ['Đạt 100%: 1; Dưới 100%: 0', 'Bằng 100%: 1; Dưới 100%: 0'],
    ['Tỷ lệ x điểm tối đa', 'Tỷ lệ × điểm tối đa'],
    ['4 lần/năm: 20; 3 lần: 15', '4 lần/năm: 20; 3 lần/năm: 15'],
    ['Từ 50% trở xuống: 0; Trên 50%: 0,25', 'Từ 50% trở xuống: 0; Trên 50%: 0,25'],
    ['Trên 70,5% đến dưới 81,25%: 1,5; Từ 81,25%: 2', 'Trên 70,5% đến dưới 81,25%: 1,5; Từ 81,25% trở lên: 2'],
  ])('%s → %s', (text, canonical) => {
    expect(formatRule(readRule(text))).toBe(canonical);
  });
});

describe('parseRule rejects malformed rules with a message saying what was expected', () => {
  const errorOf = (text: string): RuleError => {
    const rule = parseRule(text);
    if (rule instanceof RuleError) return rule;
    throw new Error(`no error for ${text}`);
  };
  it.each([
    ['', /Chưa có cách tính điểm.*Trên 90%: 2/, undefined],
    ['   ', /Chưa có cách tính điểm/, undefined],
    ['tốt', /Không đọc được cách tính điểm "tốt".*"điều kiện: điểm".*Tỷ lệ × điểm tối đa/, 'tốt'],
    ['Trên 90%: 2', /chỉ có một mức: cần ít nhất hai mức/, 'Trên 90%: 2'],
    ['Trên 90% 2; Dưới 90%: 0', /mức 1 "Trên 90% 2" \(ký tự 1\): thiếu dấu ":" giữa điều kiện và số điểm/, 'Trên 90% 2'],
    ['Trên 90%: 2; Dưới 90%: hai', /mức 2 "Dưới 90%: hai" \(ký tự 14\): số điểm "hai" không phải là số/, 'Dưới 90%: hai'],
    ['Trên 90%: 2; : 1', /mức 2 ": 1".*thiếu điều kiện/, ': 1'],
    ['Từ 90% đến 70%: 1; Dưới 70%: 0', /khoảng không hợp lệ \(cận dưới phải nhỏ hơn cận trên/, 'Từ 90% đến 70%: 1'],
    ['Dưới 70% đến 90%: 1; Trên 90%: 2', /không rõ số nào là cận dưới/, 'Dưới 70% đến 90%: 1'],
    ['Từ 1% 2% 3%: 1; Dưới 1%: 0', /quá hai số/, 'Từ 1% 2% 3%: 1'],
    ['Trên 90%: 2; Từ 90%: 1', /"Trên 90%: 2" và "Từ 90%: 1" chồng lên nhau/, 'Từ 90%: 1'],
    ['Từ 70% đến 90%: 1; Từ 90% trở lên: 2', /chồng lên nhau.*đến dưới/, 'Từ 90% trở lên: 2'],
    ['Trên 90%: 2; Không thực hiện: 0', /Không trộn được mức theo số \("Trên 90%: 2"\) với mức theo chữ \("Không thực hiện: 0"\)/, 'Không thực hiện: 0'],
    ['Kịp thời: 1; Kịp thời: 0', /mức 2 "Kịp thời: 0".*bị lặp lại/, 'Kịp thời: 0'],
    ['3 lần: 2; 3 lần: 1', /bị lặp lại/, '3 lần: 1'],
    ['Đạt: -1; Không đạt: 0', /số điểm "-1" không phải là số|không được âm/, 'Đạt: -1'],
  ])('%j', (text, message, segment) => {
    const e = errorOf(text);
    expect(e).toBeInstanceOf(RuleError);
    expect(e.kind).toBe('error');
    expect(e.error).toMatch(message);
    expect(e.segment).toBe(segment);
  });

  it('rejects a value that is not text', () => {
    expect(parseRule(42 as unknown as string)).toMatchObject({ kind: 'error', error: expect.stringMatching(/phải là văn bản/) });
  });
});
