/**
 * Scoring a whole criteria set: leaves under their rules, parents summed, the component index of
 * each area, the points-lost ranking, and links from criteria to the plan's indicators.
 */
import { importText } from '../../../src/core/appendix/importDocument';
import {
  areaIndices,
  criteriaTemplate,
  linkedActuals,
  pointsLost,
  scoreCriteria,
  suggestLinks,
  type Actual,
  type Criterion,
} from '../../../src/core/scoring';
import { seedText } from '../../helpers/fixtures';

const c = (code: string, area: Criterion['area'], maxPoints: number, rule?: string): Criterion => ({
  code,
  area,
  name: `Tiêu chí ${code}`,
  maxPoints,
  ...(rule ? { rule } : {}),
  evidenceRequired: false,
  survey: false,
});

// Two areas, worked by hand below.
const CRITERIA: Criterion[] = [
  c('3', 'procedures', 4),
  c('3.1', 'procedures', 3),
  c('3.1.1', 'procedures', 2, 'Trên 90%: 2; Từ 70% đến 90%: 1; Dưới 70%: 0'),
  c('3.1.2', 'procedures', 1, 'Kịp thời: 1; Không kịp thời: 0,5; Không ban hành: 0'),
  c('3.2', 'procedures', 1, 'Tỷ lệ × điểm tối đa'),
  c('7', 'digital-government', 6),
  c('7.1', 'digital-government', 6),
  c('7.1.1', 'digital-government', 2, 'Từ 80% trở lên: 2; Từ 50% đến dưới 80%: 1; Dưới 50%: 0'),
  c('7.1.2', 'digital-government', 2, 'Đạt: 2; Không đạt: 0'),
  c('7.1.3', 'digital-government', 2, '2 lần: 2; 1 lần: 1'),
];

const ACTUALS = new Map<string, Actual>([
  ['3.1.1', 0.9], // "từ 70% đến 90%" → 1 of 2
  ['3.1.2', 'không kịp thời'], // → 0,5 of 1
  ['3.2', 0.8], // 0,8 × 1 → 0,8 of 1
  ['7.1.1', 0.5], // "từ 50% đến dưới 80%" → 1 of 2
  ['7.1.2', 'Không đạt'], // → 0 of 2
  // 7.1.3 has no actual yet
]);

describe('scoreCriteria', () => {
  const scores = scoreCriteria(CRITERIA, ACTUALS);
  const byCode = (code: string) => scores.find((s) => s.code === code);

  it('scores each leaf under its rule and sums the parents', () => {
    expect(scores.map((s) => [s.code, s.max, s.points, s.unscored])).toEqual([
      ['3', 4, 2.3, 0], // 1 + 0,5 + 0,8
      ['3.1', 3, 1.5, 0],
      ['3.1.1', 2, 1, 0],
      ['3.1.2', 1, 0.5, 0],
      ['3.2', 1, 0.8, 0],
      ['7', 6, 1, 1], // 1 + 0, 7.1.3 unscored
      ['7.1', 6, 1, 1],
      ['7.1.1', 2, 1, 0],
      ['7.1.2', 2, 0, 0],
      ['7.1.3', 2, null, 1],
    ]);
    expect(byCode('7.1.3')?.error).toBeUndefined();
  });

  it('keeps an error on a leaf whose rule or actual is at fault, without stopping the others', () => {
    const broken = scoreCriteria(
      [c('1', 'direction', 3), c('1.1', 'direction', 1, 'tốt'), c('1.2', 'direction', 1, 'Đạt: 1; Không đạt: 0'), c('1.3', 'direction', 1)],
      new Map<string, Actual>([['1.1', 1], ['1.2', 'một nửa'], ['1.3', 1]]),
    );
    expect(broken.map((s) => [s.code, s.points, s.unscored])).toEqual([
      ['1', null, 3],
      ['1.1', null, 1],
      ['1.2', null, 1],
      ['1.3', null, 1],
    ]);
    expect(broken[1].error).toMatch(/Không đọc được cách tính điểm "tốt"/);
    expect(broken[2].error).toBe('Giá trị "một nửa" không phải "Đạt" hoặc "Không đạt"');
    expect(broken[3].error).toMatch(/Chưa có cách tính điểm/);
  });

  it('gives the component index of each area and the total', () => {
    expect(areaIndices(scores)).toEqual([
      { area: 'procedures', max: 4, points: 2.3, index: 0.575, unscored: 0 },
      { area: 'digital-government', max: 6, points: 1, index: 0.166666666667, unscored: 1 },
      { area: 'total', max: 10, points: 3.3, index: 0.33, unscored: 1 },
    ]);
  });

  it('ranks the scored leaves by points lost, ties in code order', () => {
    expect(pointsLost(scores).map((p) => [p.code, p.lost])).toEqual([
      ['7.1.2', 2],
      ['3.1.1', 1],
      ['7.1.1', 1],
      ['3.1.2', 0.5],
      ['3.2', 0.2],
    ]);
  });

  it('orders codes as numbers in the ranking (1.10 after 1.9)', () => {
    const many = ['1.9', '1.10', '1.2'].map((code) => c(code, 'direction', 1, 'Đạt: 1; Không đạt: 0'));
    const ranked = pointsLost(scoreCriteria([c('1', 'direction', 3), ...many], new Map(many.map((m) => [m.code, false]))));
    expect(ranked.map((p) => p.code)).toEqual(['1.2', '1.9', '1.10']);
  });
});

describe('the template scored with every actual at its best', () => {
  it('earns 100 points, an index of 1 in every area', () => {
    const { criteria } = criteriaTemplate();
    const best = new Map<string, Actual>();
    for (const k of criteria) {
      if (!k.rule) continue;
      const r = k.rule;
      best.set(k.code, r.startsWith('Kịp thời') ? 'Kịp thời' : /^(Đạt|Có)/.test(r) ? true : /^0 người/.test(r) ? 0 : /lần|sáng kiến/.test(r) ? 10 : 1);
    }
    const indices = areaIndices(scoreCriteria(criteria, best));
    expect(indices.map((i) => [i.area, i.index])).toEqual([
      ['direction', 1], ['institutions', 1], ['procedures', 1], ['organization', 1], ['civil-service', 1],
      ['public-finance', 1], ['digital-government', 1], ['impact', 1], ['total', 1],
    ]);
    expect(indices.at(-1)?.points).toBe(100);
  });
});

describe('links', () => {
  const plan = importText(seedText('000-appendix'), 'document').plan;

  it('suggests, for rate criteria of the template, the indicator of seed 000 that says the same thing', () => {
    const suggestions = suggestLinks(criteriaTemplate().criteria, plan);
    const ref = (code: string) => suggestions.find((s) => s.code === code)?.link.ref;
    expect(ref('3.3.2')).toBe('III-3.1:1'); // on-time dossiers, UBND cấp huyện
    expect(ref('3.3.3')).toBe('III-3.2:1'); // … cấp xã
    expect(ref('7.3.1')).toBe('VII-4:1'); // online end-to-end services
    expect(ref('7.3.2')).toBe('VII-5:1'); // online end-to-end dossiers
    expect(ref('7.3.3')).toBe('VII-6.1:1'); // procedures with online payment
    expect(ref('7.3.4')).toBe('VII-6.2:1'); // … with online payment transactions
    expect(ref('7.3.5')).toBe('VII-6.3:1'); // dossiers paid online
    expect(ref('6.1.2')).toBe('VI-1.3:1'); // inspection recommendations
    const survey = new Set(criteriaTemplate().criteria.filter((k) => k.survey).map((k) => k.code));
    expect(suggestions.filter((s) => survey.has(s.code))).toEqual([]);
    for (const s of suggestions) {
      expect(s.score).toBeGreaterThanOrEqual(0.25);
      expect(s.score).toBeLessThanOrEqual(1);
    }
  });

  it('suggests nothing for criteria already linked, or scored by yes/no', () => {
    const criteria: Criterion[] = [
      { ...c('3.3.2', 'procedures', 1, 'Tỷ lệ × điểm tối đa'), name: 'Tỷ lệ hồ sơ TTHC do UBND cấp huyện giải quyết đúng hạn', link: { kind: 'task', ref: 'III-3.1' } },
      { ...c('3.3.3', 'procedures', 1, 'Đạt: 1; Không đạt: 0'), name: 'Tỷ lệ hồ sơ TTHC do UBND cấp xã giải quyết đúng hạn' },
    ];
    expect(suggestLinks(criteria, plan)).toEqual([]);
  });

  it('reads linked actuals from indicators and tasks', () => {
    const criteria: Criterion[] = [
      { ...c('3.1', 'procedures', 1, 'Tỷ lệ × điểm tối đa'), link: { kind: 'indicator', ref: 'III-3.1:1' } },
      { ...c('3.2', 'procedures', 1, 'Đạt: 1; Không đạt: 0'), link: { kind: 'task', ref: 'III-4' } },
      { ...c('3.3', 'procedures', 1, 'Đạt: 1; Không đạt: 0'), link: { kind: 'task', ref: 'III-9' } },
      c('3.4', 'procedures', 1, 'Đạt: 1; Không đạt: 0'),
    ];
    const actuals = linkedActuals(criteria, (ref) => (ref === 'III-3.1:1' ? 0.97 : undefined), (id) => (id === 'III-4' ? true : undefined));
    expect([...actuals]).toEqual([
      ['3.1', 0.97],
      ['3.2', true],
    ]);
  });
});
