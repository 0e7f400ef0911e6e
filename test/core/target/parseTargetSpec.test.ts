import type { Target } from '../../../src/core/plan/schema';
import { formatTarget, formatTargets } from '../../../src/core/target/format';
import { parseTargetSpec } from '../../../src/core/target/spec';

const pick = (ts: Target[]) => ts.map(({ op, value, unit, direction, baselineYear }) => ({ op, value, unit, direction, baselineYear }));

describe('parseTargetSpec reads the normalised form back', () => {
  test.each([
    ['≥ 90%', [{ op: '>=', value: 0.9, unit: '%' }]],
    ['>=0.9', [{ op: '>=', value: 0.9, unit: '%' }]],
    ['=> 90%', [{ op: '>=', value: 0.9, unit: '%' }]],
    ['> 99%', [{ op: '>', value: 0.99, unit: '%' }]],
    ['≥ 1', [{ op: '>=', value: 1, unit: 'count' }]],
    ['>= 85', [{ op: '>=', value: 85, unit: 'count' }]],
    ['≥ 1,5', [{ op: '>=', value: 1.5, unit: 'other' }]],
    ['≤ 100%', [{ op: '<=', value: 1, unit: '%' }]],
    ['<= 2%', [{ op: '<=', value: 0.02, unit: '%' }]],
    ['< 1%', [{ op: '<', value: 0.01, unit: '%' }]],
    ['= 0', [{ op: '=', value: 0, unit: 'count' }]],
    ['≥ 70,52%', [{ op: '>=', value: 0.7052, unit: '%' }]],
    ['giảm ≥ 3% so với 2021', [{ op: '>=', value: 0.03, unit: '%', direction: 'decrease', baselineYear: 2021 }]],
    ['Giảm ≥ 3% so với năm 2021', [{ op: '>=', value: 0.03, unit: '%', direction: 'decrease', baselineYear: 2021 }]],
    ['tăng ≥ 5% so với 2023', [{ op: '>=', value: 0.05, unit: '%', direction: 'increase', baselineYear: 2023 }]],
    ['≥ 100%; ≥ 70%; ≥ 30%', [{ op: '>=', value: 1, unit: '%' }, { op: '>=', value: 0.7, unit: '%' }, { op: '>=', value: 0.3, unit: '%' }]],
  ])('%p', (text, expected) => {
    expect(pick(parseTargetSpec(text))).toEqual(expected.map((e) => ({ direction: undefined, baselineYear: undefined, ...e })));
  });

  test.each(['≥ 90%', '> 99%', '≥ 1', '≤ 100%', 'giảm ≥ 3% so với 2021', 'tăng ≥ 5% so với 2023', '≥ 70,52%', '≥ 100%; ≥ 70%'])(
    '%p prints back as itself',
    (text) => {
      expect(formatTargets(parseTargetSpec(text))).toBe(text);
    },
  );
});

describe('parseTargetSpec reads raw Vietnamese target text', () => {
  test.each([
    ['Đạt tỷ lệ tối thiểu 90%', ['≥ 90%']],
    ['Bảo đảm tỷ lệ hồ sơ giải quyết đúng hạn trên 99%', ['> 99%']],
    ['Số lượng đơn vị sự nghiệp công lập giảm tối thiểu 3% so với năm 2021', ['giảm ≥ 3% so với 2021']],
    ['Tổ chức tối thiểu 01 cuộc đối thoại', ['≥ 1']],
    ['Tỷ lệ TTHC đạt 100%; tỷ lệ hồ sơ đạt 30%', ['≥ 100%', '≥ 30%']],
    // One part normalised and one not: the whole text is read as Vietnamese.
    ['≥ 90%; tỷ lệ hồ sơ đạt 30%', ['≥ 90%', '≥ 30%']],
  ])('%p', (text, expected) => {
    expect(parseTargetSpec(text).map(formatTarget)).toEqual(expected);
  });

  test.each(['', '  ', 'Quyết định của UBND tỉnh', 'năm 2024'])('%p states no target', (text) => {
    expect(parseTargetSpec(text)).toEqual([]);
  });
});
