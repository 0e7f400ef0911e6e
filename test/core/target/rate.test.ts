import { rate } from '../../../src/core/target/rate';

describe('rate gives part / total as a fraction', () => {
  test.each([
    [45, 50, 0.9],
    [0, 50, 0],
    [50, 50, 1],
    ['45', '50', 0.9],
    ['1.234', '2.468', 0.5],
    ['1,5', 3, 0.5],
    // A budget disbursed beyond plan is a real rate above 100%.
    [120, 100, 1.2],
  ])('%p / %p = %p', (part, total, value) => {
    expect(rate(part, total)).toEqual({ value });
  });
});

describe('rate gives a Vietnamese error for a total or part it cannot use', () => {
  test.each([
    [3, 0, 'Tổng số bằng 0'],
    [3, '0', 'Tổng số bằng 0'],
    [3, undefined, 'Thiếu tổng số'],
    [3, '', 'Thiếu tổng số'],
    [3, null, 'Thiếu tổng số'],
    [undefined, 10, 'Thiếu số đạt'],
    [3, -10, 'Tổng số không được âm: -10'],
    [-3, 10, 'Số đạt không được âm: -3'],
    [3, 'mười', 'Tổng số không phải là số: "mười"'],
    ['ba', 10, 'Số đạt không phải là số: "ba"'],
  ])('%p / %p', (part, total, error) => {
    expect(rate(part, total)).toEqual({ error });
  });
});
