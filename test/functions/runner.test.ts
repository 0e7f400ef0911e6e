/**
 * The one runner: single values and ranges, broadcasting, per-cell errors, blanks, whole-call
 * misuse, and a 10,000-row column in one call.
 */
import {
  FUNCTION_CATALOGUE,
  FunctionCallError,
  IMPLEMENTATIONS,
  runFunction,
  type HostCodec,
} from '../../src/core/functions';
import { anError, call, column } from './helpers';

describe('shapes', () => {
  it('gives a single value for single values, and a range of the same shape for a range', () => {
    expect(call('TARGET', 'trên 99%')).toBe('> 99%');
    expect(call('TARGET', [['trên 99%']])).toEqual([['> 99%']]);
    expect(call('TARGET', [['trên 99%', 'tối thiểu 90%'], ['', 'đạt 100%']])).toEqual([
      ['> 99%', '≥ 90%'],
      ['', '≥ 100%'],
    ]);
  });

  it('stretches a single value, a one-cell range, a row or a column along the other ranges', () => {
    expect(call('RATE', column([1, 2]), 4)).toEqual([[0.25], [0.5]]);
    expect(call('RATE', column([1, 2]), [[4]])).toEqual([[0.25], [0.5]]);
    // A column of parts against a row of totals: every pair, as Excel broadcasts arrays.
    expect(call('RATE', column([1, 2]), [[4, 8]])).toEqual([
      [0.25, 0.125],
      [0.5, 0.25],
    ]);
  });

  it('gives #VALUE! in every cell when ranges cannot stretch to each other, naming both sizes', () => {
    const out = call('RATE', column([1, 2, 3]), column([4, 5])) as unknown[][];
    expect(out).toHaveLength(3);
    for (const [cell] of out) expect(cell).toEqual(anError('#VALUE!', /^Các vùng không cùng kích thước: 3×1 và 2×1$/));
  });

  it('reads a ragged row as blank where it is short', () => {
    expect(call('TARGET', [['tối thiểu 90%', 'trên 99%'], ['đạt 100%']])).toEqual([
      ['≥ 90%', '> 99%'],
      ['≥ 100%', ''],
    ]);
  });
});

describe('per-cell errors and blanks', () => {
  it('never lets one bad cell blank the rest of a range', () => {
    const out = call('CHECK', [[0.95, 'nhiều'], [0.5, 0.99]], [['≥ 90%', '≥ 90%'], ['hoàn thành tốt', '> 99%']]);
    expect(out).toEqual([
      [true, anError('#VALUE!')],
      [anError('#VALUE!', /Không đọc được chỉ tiêu/), false],
    ]);
  });

  it('turns an exception inside a function into that cell\'s #VALUE!', () => {
    const table = IMPLEMENTATIONS as Record<string, unknown>;
    const original = IMPLEMENTATIONS.TARGET as unknown as { shape: 'cells'; cell: (args: unknown[]) => unknown };
    table.TARGET = {
      shape: 'cells',
      cell: ([t]: unknown[]) => {
        if (t === 'boom') throw new Error('nổ');
        return original.cell([t]);
      },
    };
    try {
      expect(call('TARGET', column(['boom', 'trên 99%']))).toEqual([[anError('#VALUE!', 'Lỗi không mong đợi: nổ')], ['> 99%']]);
    } finally {
      table.TARGET = original;
    }
  });

  it('treats null, undefined, "" and whitespace as blank', () => {
    expect(call('TARGET', column([null, undefined, '', '  ']))).toEqual(column(['', '', '', '']));
  });

  it('takes an omitted optional parameter as null, and refuses the whole call without a required one', () => {
    expect(call('DUE', 'Trong năm 2024', null, null)).toBe(45657);
    expect(call('DUE', 'Trong năm 2024')).toBe(45657);
    expect(() => call('CHECK', 0.9)).toThrow(FunctionCallError);
    expect(() => call('CHECK', 0.9)).toThrow('Thiếu tham số bắt buộc của CHECK: target (Chỉ tiêu)');
  });
});

describe('one call for a whole column', () => {
  it('runs 10,000 rows of DUE, STATUS and CHECK in one call each, same shape out', () => {
    const n = 10_000;
    const texts = Array.from({ length: n }, (_, i) => [['Trong năm 2024', 'Quý III năm 2024', 'Theo kế hoạch', `Trước ngày ${(i % 28) + 1}/02/2024`][i % 4]]);
    const due = call('DUE', texts) as unknown[][];
    expect(due).toHaveLength(n);
    expect(due.every((row) => row.length === 1)).toBe(true);
    expect(due.slice(0, 4)).toEqual([[45657], [45565], [''], [45326]]); // 31/12, 30/09, none, 04/02

    const flags = call('STATUS', due, column(Array.from({ length: n }, () => 'Đang thực hiện')), null, 45555) as unknown[][]; // as of 20/09/2024
    expect(flags).toHaveLength(n);
    expect(flags.slice(0, 3)).toEqual([['Trong hạn'], ['Sắp đến hạn'], ['Không thời hạn']]);

    const met = call('CHECK', column(Array.from({ length: n }, (_, i) => i / n)), 'Đạt tỷ lệ tối thiểu 90%') as unknown[][];
    expect(met).toHaveLength(n);
    expect(met.filter(([m]) => m === true)).toHaveLength(n / 10);
  });
});

describe('codec use', () => {
  it('decodes each argument by its declared kind and encodes the result by the result kind', () => {
    const seen: string[] = [];
    const codec: HostCodec = {
      decode: (value, kind) => {
        seen.push(`${kind}:${String(value)}`);
        return value === null || value === undefined ? null : (value as string);
      },
      encode: (result, kind) => `${kind}:${JSON.stringify(result)}`,
    };
    expect(runFunction('DUE', ['Quý III năm 2024', 2024], codec)).toBe('date:"2024-09-30"');
    expect(seen).toEqual(['any:Quý III năm 2024', 'number:2024', 'date:undefined']);
  });

  it('has an implementation of the declared shape for every catalogue entry', () => {
    for (const spec of FUNCTION_CATALOGUE) expect([spec.id, IMPLEMENTATIONS[spec.id].shape]).toEqual([spec.id, spec.shape]);
  });
});
