import { formatNumberVi, parseNumberVi, readCellNumber } from '../../../src/core/target/number';

describe('parseNumberVi reads numbers written the Vietnamese way', () => {
  test.each([
    ['90', 90],
    ['01', 1],
    ['0', 0],
    ['70,52', 70.52],
    ['0,95', 0.95],
    ['1.234', 1234],
    ['12.345.678', 12345678],
    ['1.5', 1.5],
    ['0.900', 0.9],
    ['99.5', 99.5],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1,234,567', 1234567],
    [' 90 ', 90],
    ['-5', -5],
  ])('%p → %p', (text, expected) => {
    expect(parseNumberVi(text)).toBe(expected);
  });

  test.each(['', ' ', '90%', 'abc', '1.2.3', '12,34,56', '1.234.5', '1 234', '9001:2008', '10/01/2022', ',5', '5,', '1e3', 'Infinity'])(
    '%p is not a number',
    (text) => {
      expect(parseNumberVi(text)).toBeNull();
    },
  );

  test('non-text gives null', () => {
    expect(parseNumberVi(90 as unknown as string)).toBeNull();
  });
});

describe('formatNumberVi prints a decimal comma and no float noise', () => {
  test.each([
    [90, '90'],
    [70.52, '70,52'],
    [0.7052 * 100, '70,52'],
    [0.07 * 100, '7'],
    [1234, '1234'],
    [-2.5, '-2,5'],
  ])('%p → %p', (n, expected) => {
    expect(formatNumberVi(n)).toBe(expected);
  });
});

describe('readCellNumber reads what a cell holds', () => {
  test.each([
    [0.95, { kind: 'number', value: 0.95, percent: false }],
    ['95%', { kind: 'number', value: 0.95, percent: true }],
    [' 95 % ', { kind: 'number', value: 0.95, percent: true }],
    ['70,52%', { kind: 'number', value: 0.7052, percent: true }],
    ['0,95', { kind: 'number', value: 0.95, percent: false }],
    ['95', { kind: 'number', value: 95, percent: false }],
    [undefined, { kind: 'missing' }],
    [null, { kind: 'missing' }],
    ['  ', { kind: 'missing' }],
    ['khoảng 95', { kind: 'unreadable', text: 'khoảng 95' }],
    [Number.NaN, { kind: 'unreadable', text: 'NaN' }],
    [true, { kind: 'unreadable', text: 'true' }],
  ])('%p', (value, expected) => {
    expect(readCellNumber(value)).toEqual(expected);
  });
});
