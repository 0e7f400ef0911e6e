/**
 * The criteria model, the bundled template and the criteria sheet read back.
 */
import {
  checkCriteria,
  criteriaTemplate,
  criteriaToGrid,
  CRITERIA_COLUMNS,
  CriterionSchema,
  parseRule,
  readCriteriaGrid,
  readLink,
  RuleError,
  type Criterion,
} from '../../../src/core/scoring';
import { checkRuleMax } from '../../../src/core/scoring/score';
import { criteriaTree } from '../../../src/core/scoring/criteria';

const depth = (c: Criterion) => c.code.split('.').length;
const sum = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 1e9) / 1e9;

function crit(code: string, maxPoints: number, extra: Partial<Criterion> = {}): Criterion {
  return { code, area: 'procedures', name: `Tiêu chí ${code}`, maxPoints, evidenceRequired: false, survey: false, ...extra };
}

describe('the bundled template has the structure of the provincial index (QĐ 876/QĐ-BNV)', () => {
  const set = criteriaTemplate();
  const { criteria } = set;
  const tree = criteriaTree(criteria);

  it('has 8 areas, 37 criteria, 88 sub-criteria', () => {
    expect(criteria.filter((c) => depth(c) === 1).map((c) => c.area)).toEqual([
      'direction',
      'institutions',
      'procedures',
      'organization',
      'civil-service',
      'public-finance',
      'digital-government',
      'impact',
    ]);
    expect(criteria.filter((c) => depth(c) === 2)).toHaveLength(37);
    expect(criteria.filter((c) => depth(c) === 3)).toHaveLength(88);
  });

  it('totals 100 points, 32 of them from the sociological survey', () => {
    expect(sum(tree.roots.map((c) => c.maxPoints))).toBe(100);
    expect(sum(tree.leaves.filter((c) => c.survey).map((c) => c.maxPoints))).toBe(32);
  });

  it('is consistent: parent sums, readable rules within each maximum, no problems', () => {
    expect(checkCriteria(criteria)).toEqual([]);
    for (const c of tree.leaves) {
      const rule = parseRule(c.rule as string);
      expect(rule).not.toBeInstanceOf(RuleError);
      if (!(rule instanceof RuleError)) expect(checkRuleMax(rule, c.maxPoints)).toBeNull();
    }
  });

  it('is marked as a template to be replaced, with its sources', () => {
    expect(set.note).toBe('Mẫu — thay bằng bộ tiêu chí của tỉnh');
    expect(set.template).toBe(true);
    expect(set.sources.join(' ')).toMatch(/876\/QĐ-BNV/);
    expect(criteria.every((c) => c.template === true)).toBe(true);
  });

  it('holds the common rate-based sub-criteria of the plans', () => {
    const names = tree.leaves.map((c) => c.name).join('\n');
    for (const phrase of [
      'giải quyết đúng hạn',
      'dịch vụ công trực tuyến toàn trình',
      'thanh toán trực tuyến',
      'số hóa hồ sơ',
      'môi trường mạng',
      'giải ngân vốn đầu tư công',
      'kiến nghị thanh tra',
    ]) {
      expect(names).toContain(phrase);
    }
  });

  it('uses every rule form', () => {
    const kinds = new Set(tree.leaves.map((c) => parseRule(c.rule as string).kind));
    expect([...kinds].sort()).toEqual(['bands', 'categories', 'counts', 'proportional', 'yesno']);
  });

  it('gives a fresh copy each time', () => {
    criteriaTemplate().criteria[0].maxPoints = 0;
    expect(criteriaTemplate().criteria[0].maxPoints).toBe(9);
  });
});

describe('checkCriteria', () => {
  it('reports a parent whose maximum is not the sum of its children', () => {
    const problems = checkCriteria([
      crit('3', 3),
      crit('3.1', 2),
      crit('3.1.1', 1, { rule: 'Đạt: 1; Không đạt: 0' }),
      crit('3.1.2', 0.5, { rule: 'Đạt: 0,5; Không đạt: 0' }),
    ]);
    expect(problems).toEqual([
      { code: '3', field: 'maxPoints', message: 'Điểm tối đa của 3 (3) khác tổng điểm tối đa của các tiêu chí con (2)' },
      { code: '3.1', field: 'maxPoints', message: 'Điểm tối đa của 3.1 (2) khác tổng điểm tối đa của các tiêu chí con (1,5)' },
    ]);
  });

  it('reports leaves without a rule, unreadable rules, rules above the maximum, missing levels, duplicates and area mismatches', () => {
    const problems = checkCriteria([
      crit('3', 4),
      crit('3.1.1', 1),
      crit('3.2', 1, { rule: 'tốt' }),
      crit('3.3', 1, { rule: 'Đạt: 2; Không đạt: 0' }),
      crit('3.4', 1, { rule: 'Đạt: 1; Không đạt: 0', area: 'impact' }),
      crit('3.4', 1, { rule: 'Đạt: 1; Không đạt: 0' }),
    ]);
    expect(problems.map((p) => [p.code, p.field, p.message])).toEqual([
      ['3.4', 'code', 'Mã 3.4 bị trùng'],
      ['3.1.1', 'code', 'Thiếu tiêu chí cha 3.1 của 3.1.1'],
      ['3.1.1', 'rule', 'Tiêu chí 3.1.1 chưa có cách tính điểm'],
      ['3.2', 'rule', expect.stringMatching(/^Tiêu chí 3.2: Không đọc được cách tính điểm "tốt"/)],
      ['3.3', 'rule', 'Tiêu chí 3.3: Mức "Đạt" cho 2 điểm, vượt điểm tối đa 1'],
      ['3.4', 'area', 'Lĩnh vực của 3.4 khác lĩnh vực của tiêu chí cha 3'],
    ]);
  });

  it('validates a criterion with zod', () => {
    expect(CriterionSchema.safeParse(crit('1.1.4', 1)).success).toBe(true);
    expect(CriterionSchema.safeParse(crit('1.1.a', 1)).success).toBe(false);
    expect(CriterionSchema.safeParse(crit('1.1', -1)).success).toBe(false);
    expect(CriterionSchema.safeParse({ ...crit('1', 1), area: 'nowhere' }).success).toBe(false);
    expect(CriterionSchema.safeParse({ ...crit('1', 1), link: { kind: 'indicator', ref: 'VII-5:1' } }).success).toBe(true);
    expect(CriterionSchema.safeParse({ ...crit('1', 1), link: { kind: 'cell', ref: 'A1' } }).success).toBe(false);
  });
});

describe('readCriteriaGrid', () => {
  it('reads the template sheet back unchanged', () => {
    const { criteria } = criteriaTemplate();
    const grid = criteriaToGrid(criteria);
    expect(grid[0]).toEqual(CRITERIA_COLUMNS.map((c) => c.vi));
    expect(grid).toHaveLength(criteria.length + 1);
    const back = readCriteriaGrid(grid);
    expect(back.problems).toEqual([]);
    expect(back.headerRow).toBe(1);
    expect(back.criteria).toEqual(criteria);
  });

  it('round-trips links, last year points and flags', () => {
    const criteria: Criterion[] = [
      crit('3', 2, { evidenceRequired: false }),
      crit('3.1', 1.5, { rule: 'Trên 90%: 1,5; Dưới 90%: 0', link: { kind: 'indicator', ref: 'III-3.1:1' }, lastYearPoints: 0.75, evidenceRequired: true }),
      crit('3.2', 0.5, { rule: 'Tỷ lệ × điểm tối đa', link: { kind: 'task', ref: 'III-1.2#2' }, survey: true }),
    ];
    expect(readCriteriaGrid(criteriaToGrid(criteria))).toEqual({ criteria, problems: [], headerRow: 1 });
  });

  it('finds the header by meaning under title rows, in any column order, without diacritics', () => {
    const grid = [
      ['BỘ TIÊU CHÍ CHẤM ĐIỂM NĂM 2024', '', '', '', '', ''],
      [],
      ['Thang diem', 'Diem toi da', 'Ten tieu chi', 'Ma tieu chi', 'Linh vuc', 'Điểm năm 2023'],
      ['', '2', 'Cải cách thủ tục hành chính', 'III', 'Cải cách TTHC', ''],
      ['Từ 99% trở lên: 1; Từ 95% đến dưới 99%: 0,5; Dưới 95%: 0', '1', 'Tỷ lệ hồ sơ giải quyết đúng hạn', '3.1', '', '0,5'],
      ['Đạt: 1; Không đạt: 0', 1, 'Công khai TTHC', '3.2.', 'procedures', 1],
    ];
    const { criteria, problems, headerRow } = readCriteriaGrid(grid);
    expect(headerRow).toBe(3);
    expect(problems).toEqual([]);
    expect(criteria).toEqual([
      { code: '3', area: 'procedures', name: 'Cải cách thủ tục hành chính', maxPoints: 2, evidenceRequired: false, survey: false },
      {
        code: '3.1',
        area: 'procedures',
        name: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
        maxPoints: 1,
        rule: 'Từ 99% trở lên: 1; Từ 95% đến dưới 99%: 0,5; Dưới 95%: 0',
        lastYearPoints: 0.5,
        evidenceRequired: false,
        survey: false,
      },
      {
        code: '3.2',
        area: 'procedures',
        name: 'Công khai TTHC',
        maxPoints: 1,
        rule: 'Đạt: 1; Không đạt: 0',
        lastYearPoints: 1,
        evidenceRequired: false,
        survey: false,
      },
    ]);
  });

  it('reports each faulty row and cell without refusing the sheet', () => {
    const H = CRITERIA_COLUMNS.map((c) => c.vi);
    const row = (code: unknown, max: unknown, rule = '', link = '', extra: unknown[] = []) => [
      code,
      'Cải cách thủ tục hành chính',
      `Tiêu chí ${code}`,
      max,
      rule,
      link,
      ...extra,
    ];
    const grid: unknown[][] = [
      H,
      row('3', 3), // parent sum 1 + 0,5 = 1,5 ≠ 3
      row('3.1', '1', 'Trên 90%: 1; Dưới 90%: 0', 'VII-5:1'),
      row('3.2', '0,5', 'Đạt: 0,5; Không đạt: 0', 'Nhiệm vụ'),
      row('3.3', 'một', 'Đạt: 1; Không đạt: 0'),
      row('3.4', '', 'Đạt: 1; Không đạt: 0'),
      row('3.x', 1, 'Đạt: 1; Không đạt: 0'),
      row('3.1', 1, 'Đạt: 1; Không đạt: 0'),
      row('3.5', 0, 'Trên 90% 1'),
      row('3.6', 0, 'Đạt: 0; Không đạt: 0', '', ['abc', 'có thể']),
    ];
    const { criteria, problems } = readCriteriaGrid(grid);
    expect(criteria.map((c) => c.code)).toEqual(['3', '3.1', '3.2', '3.5', '3.6']);
    expect(criteria.find((c) => c.code === '3.2')).toMatchObject({ maxPoints: 0.5 });
    expect(criteria.find((c) => c.code === '3.2')?.link).toBeUndefined();
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [2, 4],
      [4, 6],
      [5, 4],
      [6, 4],
      [7, 1],
      [8, 1],
      [9, 5],
      [10, 7],
      [10, 8],
    ]);
    const messages = problems.map((p) => p.message);
    expect(messages[0]).toBe('Dòng 2, cột Điểm tối đa: Điểm tối đa của 3 (3) khác tổng điểm tối đa của các tiêu chí con (1,5)');
    expect(messages[1]).toMatch(/^Dòng 4, cột Chỉ tiêu liên kết: Liên kết "Nhiệm vụ" không hợp lệ: cần mã chỉ tiêu dạng "VII-5:1"/);
    expect(messages[2]).toBe('Dòng 5, cột Điểm tối đa: điểm tối đa "một" không phải là số không âm — bỏ qua dòng');
    expect(messages[3]).toBe('Dòng 6, cột Điểm tối đa: thiếu điểm tối đa — bỏ qua dòng');
    expect(messages[4]).toBe('Dòng 7, cột Mã: mã "3.x" không hợp lệ (cần dạng 1, 1.1 hoặc 1.1.4) — bỏ qua dòng');
    expect(messages[5]).toBe('Dòng 8, cột Mã: mã 3.1 trùng với dòng 3 — bỏ qua dòng');
    expect(messages[6]).toMatch(/^Dòng 9, cột Cách tính điểm: Tiêu chí 3.5: Không đọc được cách tính điểm/);
    expect(messages[7]).toBe('Dòng 10, cột Điểm năm trước: điểm năm trước "abc" không phải là số không âm — bỏ qua ô này');
    expect(messages[8]).toBe('Dòng 10, cột Minh chứng: "có thể" không rõ là có hay không (ghi "Có" hoặc để trống)');
  });

  it('takes an unknown area from the parent and says so', () => {
    const grid = [
      ['Mã', 'Lĩnh vực', 'Tên tiêu chí', 'Điểm tối đa', 'Cách tính điểm'],
      ['7', 'Chính quyền số', 'Chính quyền số', 1, ''],
      ['7.1', 'Lĩnh vực lạ', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 1, 'Tỷ lệ × điểm tối đa'],
    ];
    const { criteria, problems } = readCriteriaGrid(grid);
    expect(criteria.map((c) => c.area)).toEqual(['digital-government', 'digital-government']);
    expect(problems).toEqual([
      {
        row: 3,
        column: 2,
        message: 'Dòng 3, cột Lĩnh vực: không nhận ra lĩnh vực "Lĩnh vực lạ" — lấy theo tiêu chí cha (Chính quyền điện tử, chính quyền số)',
      },
    ]);
  });

  it('says so when there is no header', () => {
    expect(
      readCriteriaGrid([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toEqual({
      criteria: [],
      problems: [{ row: 0, column: 0, message: 'Không tìm thấy dòng tiêu đề của bảng tiêu chí (cần các cột Mã, Tên tiêu chí, Điểm tối đa)' }],
      headerRow: null,
    });
  });
});

describe('readLink', () => {
  it.each([
    ['VII-5:1', { link: { kind: 'indicator', ref: 'VII-5:1' } }],
    ['Chỉ tiêu VII-5:2', { link: { kind: 'indicator', ref: 'VII-5:2' } }],
    ['ct: IV-4.1#2:01', { link: { kind: 'indicator', ref: 'IV-4.1#2:1' } }],
    ['III-3+1', { link: { kind: 'task', ref: 'III-3+1' } }],
    ['Nhiệm vụ III-1.2', { link: { kind: 'task', ref: 'III-1.2' } }],
    ['', {}],
  ])('%p', (text, expected) => {
    expect(readLink(text)).toEqual(expected);
  });

  it.each([
    ['VII 5', /không hợp lệ: cần mã chỉ tiêu dạng "VII-5:1"/],
    ['VII-5:0', /không hợp lệ/],
    ['Nhiệm vụ VII-5:1', /không hợp lệ/],
    ['Chỉ tiêu VII-5', /thiếu số thứ tự chỉ tiêu \(ví dụ "VII-5:1"\)/],
  ])('rejects %p', (text, message) => {
    expect(readLink(text).error).toMatch(message);
  });
});
