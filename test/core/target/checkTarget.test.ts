import type { Target } from '../../../src/core/plan/schema';
import { checkTarget } from '../../../src/core/target/check';

const rate90: Target = { metric: 'tỷ lệ', op: '>=', value: 0.9, unit: '%', text: 'Đạt tỷ lệ tối thiểu 90%' };

describe('checkTarget compares at the boundary as the plan means it', () => {
  test.each([
    ['exactly 90% meets ≥ 90%', 0.9, '≥ 90%', true],
    ['89,99% misses ≥ 90%', 0.8999, '≥ 90%', false],
    ['exactly 99% misses > 99%', 0.99, '> 99%', false],
    ['99,5% meets > 99%', 0.995, '> 99%', true],
    ['exactly 99% typed as 99 misses > 99%', 99, '> 99%', false],
    ['exactly 2% meets ≤ 2%', 0.02, '≤ 2%', true],
    ['exactly 1% misses < 1%', 0.01, '< 1%', false],
    ['70,52% computed as a rate meets ≥ 70,52%', 7052 / 10000, '≥ 70,52%', true],
    ['100% meets 100% <things>', 1, '100% hồ sơ được giải quyết đúng hạn', true],
    ['99% misses 100% <things>', 0.99, '100% hồ sơ được giải quyết đúng hạn', false],
  ])('%s', (_name, actual, target, met) => {
    expect(checkTarget(actual, target)).toEqual({ met });
  });
});

describe('checkTarget reads the actual value', () => {
  test.each([
    ['a fraction', 0.95, true],
    ['a percent number (read as 95%)', 95, true],
    ['text with %', '95%', true],
    ['text with a decimal comma', '0,95', true],
    ['a percent number as text', '95', true],
    ['a low fraction', 0.85, false],
    ['a low percent number', 85, false],
    ['exactly 1 as a fraction (100%)', 1, true],
  ])('%s', (_name, actual, met) => {
    expect(checkTarget(actual, rate90)).toEqual({ met });
  });
});

describe('checkTarget handles each kind of target', () => {
  test.each([
    ['a decrease met (3,5% lower)', 0.035, 'giảm ≥ 3% so với 2021', true],
    ['a decrease missed (2% lower)', 0.02, 'Số lượng đơn vị sự nghiệp công lập giảm tối thiểu 3% so với năm 2021', false],
    ['a decrease typed as a percent number', 3, 'giảm ≥ 3% so với 2021', true],
    ['an increase met', 0.06, 'tăng ≥ 5% so với 2023', true],
    ['a count met', 1, 'Tổ chức tối thiểu 01 cuộc đối thoại giữa lãnh đạo xã với người dân', true],
    ['a count missed', 0, '≥ 1', false],
    ['a count of 3 is not read as a percent', 3, '≥ 3', true],
    ['points', 86, 'Chỉ số CCHC đạt tối thiểu 85 điểm', true],
    ['a ceiling', 0.03, 'Tỷ lệ hồ sơ trễ hạn không vượt quá 2%', false],
    ['a formula-style target', 0.95, '>=0.9', true],
    ['a Target object', 0.9, rate90, true],
  ] as const)('%s', (_name, actual, target, met) => {
    expect(checkTarget(actual, target)).toEqual({ met });
  });

  test('a text holding several targets is met only when all are met', () => {
    const cell = 'Tỷ lệ TTHC được triển khai thanh toán trực tuyến đạt 100%; tỷ lệ hồ sơ thanh toán trực tuyến đạt 30%';
    expect(checkTarget(1, cell)).toEqual({ met: true });
    expect(checkTarget(0.5, cell)).toEqual({ met: false });
  });
});

describe('checkTarget gives a Vietnamese error instead of a guess', () => {
  test.each([
    ['no actual value', undefined, '≥ 90%', 'Chưa có giá trị thực tế'],
    ['a blank actual value', '  ', '≥ 90%', 'Chưa có giá trị thực tế'],
    ['null', null, '≥ 90%', 'Chưa có giá trị thực tế'],
    ['unreadable text', 'khoảng 90', '≥ 90%', 'Giá trị thực tế không đọc được: "khoảng 90"'],
    ['a boolean', true, '≥ 90%', 'Giá trị thực tế không đọc được: "true"'],
    ['no target', 0.9, '', 'Chưa có chỉ tiêu'],
    ['a text without a target', 0.9, 'Quyết định của UBND tỉnh', 'Không đọc được chỉ tiêu: "Quyết định của UBND tỉnh"'],
    ['a malformed Target object', 0.9, { op: '>=', value: 'x' } as unknown as Target, 'Chỉ tiêu không hợp lệ'],
  ])('%s', (_name, actual, target, error) => {
    expect(checkTarget(actual, target)).toEqual({ error });
  });
});
