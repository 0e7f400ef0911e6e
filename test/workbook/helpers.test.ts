import { textCell } from '../../src/workbook/model';
import { estimateRowHeight, wrappedLines } from '../../src/workbook/rowHeight';
import { sourceSheetName } from '../../src/workbook/sheetNames';
import { formatSourceRows } from '../../src/workbook/sourceRows';
import { percentFormat } from '../../src/workbook/targetCheck';
import { shortTitle } from '../../src/workbook/buildIndicatorSheet';
import { columnLetter } from '../../src/workbook/model';

describe('small workbook helpers', () => {
  it('joins consecutive source rows into ranges', () => {
    expect(formatSourceRows([12, 14, 15])).toBe('12, 14-15');
    expect(formatSourceRows([15, 14, 12, 14])).toBe('12, 14-15');
    expect(formatSourceRows([7])).toBe('7');
    expect(formatSourceRows([])).toBe('');
  });

  it('names the source copy within Excel rules', () => {
    expect(sourceSheetName('Phụ lục 1')).toBe('Nguồn - Phụ lục 1');
    expect(sourceSheetName('KH/2024: [PL]*?\\')).toBe('Nguồn - KH 2024 PL');
    expect(sourceSheetName('')).toBe('Nguồn');
    const long = sourceSheetName('Kế hoạch nâng cao chỉ số cải cách hành chính năm 2024.xlsx');
    expect(Array.from(long).length).toBeLessThanOrEqual(31);
    expect(long.startsWith('Nguồn - Kế hoạch')).toBe(true);
    expect(sourceSheetName("abc'''")).toBe('Nguồn - abc');
    // NFD input is counted as the characters Excel sees.
    expect(sourceSheetName('Phụ lục'.normalize('NFD'))).toBe('Nguồn - Phụ lục');
  });

  it('formats a percent with just the decimals it needs', () => {
    expect(percentFormat(0.9)).toBe('0%');
    expect(percentFormat(1)).toBe('0%');
    expect(percentFormat(0.995)).toBe('0.0%');
    expect(percentFormat(0.7052)).toBe('0.00%');
  });

  it('shortens a long task title at a word', () => {
    expect(shortTitle('Tổ chức thực hiện các nhiệm vụ', 20)).toBe('Tổ chức thực hiện…');
    expect(shortTitle('Ngắn', 20)).toBe('Ngắn');
  });

  it('gives column letters past Z', () => {
    expect([1, 14, 26, 27, 28, 52, 53].map(columnLetter)).toEqual(['A', 'N', 'Z', 'AA', 'AB', 'AZ', 'BA']);
  });

  it('makes a row tall enough for its wrapped text, and leaves one-line rows alone', () => {
    expect(wrappedLines('Theo tiến độ cụ thể của từng nhiệm vụ', 12)).toBe(4);
    expect(wrappedLines('một\nhai\nba', 30)).toBe(3);
    const row = (text: string) => ({ role: 'task' as const, cells: [textCell(text, { wrap: true })] });
    expect(estimateRowHeight(row('Theo tiến độ cụ thể của từng nhiệm vụ'), [{ key: 'x', width: 12 }])).toBe(4 * 15 + 3);
    expect(estimateRowHeight(row('Trong năm 2024'), [{ key: 'x', width: 14 }])).toBeUndefined();
    expect(estimateRowHeight(row('x '.repeat(5000)), [{ key: 'x', width: 8 }])).toBe(409);
  });
});
