import type { Target } from '../../../src/core/plan/schema';
import { formatTarget, formatTargets } from '../../../src/core/target/format';
import { parseTargets } from '../../../src/core/target/parseTargets';

const target = (t: Partial<Target>): Target => ({ metric: '', op: '>=', value: 0, unit: '%', text: '', ...t });

describe('formatTarget prints the normalised form', () => {
  test.each([
    [target({ op: '>=', value: 0.9 }), '≥ 90%'],
    [target({ op: '>', value: 0.99 }), '> 99%'],
    [target({ op: '>=', value: 1, unit: 'count' }), '≥ 1'],
    [target({ op: '<=', value: 1 }), '≤ 100%'],
    [target({ op: '<', value: 0.01 }), '< 1%'],
    [target({ op: '=', value: 0 , unit: 'count' }), '= 0'],
    [target({ op: '>=', value: 0.7052 }), '≥ 70,52%'],
    [target({ op: '>=', value: 0.995 }), '≥ 99,5%'],
    [target({ op: '>=', value: 85, unit: 'other' }), '≥ 85'],
    [target({ op: '>=', value: 0.03, direction: 'decrease', baselineYear: 2021 }), 'giảm ≥ 3% so với 2021'],
    [target({ op: '>=', value: 0.05, direction: 'increase', baselineYear: 2023 }), 'tăng ≥ 5% so với 2023'],
    [target({ op: '>=', value: 0.1, direction: 'decrease' }), 'giảm ≥ 10%'],
    [target({ op: '>=', value: 0.05, baselineYear: 2023 }), '≥ 5% so với 2023'],
  ])('%# → %p', (t, expected) => {
    expect(formatTarget(t)).toBe(expected);
  });
});

describe('formatTargets joins several with "; "', () => {
  test('the three rates of one cell', () => {
    const cell =
      'Tỷ lệ TTHC được triển khai thanh toán trực tuyến đạt 100%; tỷ lệ TTHC có phát sinh giao dịch thanh toán trực tuyến đạt 70% và tỷ lệ hồ sơ thanh toán trực tuyến đạt 30%.';
    expect(formatTargets(parseTargets(cell))).toBe('≥ 100%; ≥ 70%; ≥ 30%');
  });

  test('a cell with no target prints nothing', () => {
    expect(formatTargets([])).toBe('');
  });
});
