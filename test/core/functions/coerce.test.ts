/**
 * The parameter types of the catalogue (src/core/functions/coerce.ts): what each reads a cell as,
 * the error a cell that cannot be read gives (before the function runs), defaults, `min`,
 * `ifBlank`, the reading order, and that every catalogue entry is consistent.
 */
import { coerceArgs, readingOrder } from '../../../src/core/functions/coerce';
import { FUNCTION_CATALOGUE, functionSpec, type ParamSpec } from '../../../src/core/functions/catalogue';
import { anError, call, column } from '../../functions/helpers';

describe('parameter types', () => {
  it("'date': a date, a serial or a date typed day first becomes ISO; anything else is #VALUE! naming the parameter", () => {
    // DUE's issued is a 'date'.
    expect(coerceArgs('DUE', ['31/3', null, '30/09/2024'])).toEqual(['2025-03-31', null, '2024-09-30']);
    expect(coerceArgs('DUE', ['31/3', null, 45565])).toEqual(['2025-03-31', null, '2024-09-30']);
    expect(coerceArgs('DUE', ['31/3', null, 'hôm qua'])).toEqual({
      error: '#VALUE!',
      message: 'Ngày ban hành không phải là ngày: "hôm qua"',
    });
    expect(call('DUE', '31/3', '', 'hôm qua')).toEqual(anError('#VALUE!', /^Ngày ban hành không phải là ngày/));
  });

  it("'deadlineText': the deadline a text sets, with the year and issue date of its context; unreadable is #VALUE!, no year is #N/A", () => {
    expect(coerceArgs('DUE', ['Quý III', 2024, null])).toEqual(['2024-09-30', 2024, null]);
    expect(coerceArgs('DUE', ['Theo kế hoạch', null, null])).toEqual([null, null, null]);
    expect(coerceArgs('DUE', ['Quý III', null, null])).toEqual(anError('#N/A', /cần năm kế hoạch/));
    expect(coerceArgs('DUE', ['xyz', null, null])).toEqual(anError('#VALUE!', /^Không đọc được thời hạn/));
    // STATUS's due has no context: a year-less text cannot be placed.
    expect(call('STATUS', 'Quý III', '', '', '2024-10-01')).toEqual(anError('#N/A', /cần năm kế hoạch/));
  });

  it("'year': a whole year 1900…9999, as a number or text; anything else is #VALUE!", () => {
    expect(coerceArgs('DUE', ['Quý II', '2024', null])).toEqual(['2024-06-30', 2024, null]);
    for (const bad of [2024.5, 1800, 'năm nay', true]) {
      expect(coerceArgs('DUE', ['Quý II', bad, null])).toEqual(anError('#VALUE!', /^Năm kế hoạch không hợp lệ/));
    }
    expect(call('DUE', column(['Quý II', 'Quý III']), 1800)).toEqual([
      [anError('#VALUE!', /^Năm kế hoạch không hợp lệ: "1800"/)],
      [anError('#VALUE!', /^Năm kế hoạch không hợp lệ: "1800"/)],
    ]);
  });

  it("'number': numbers and numeric text the Vietnamese way; not a number is #VALUE!, below `min` is #VALUE!, a `default` fills a blank", () => {
    // STATUS's soonDays: number, min 0, default 14.
    const status = (soonDays: unknown) => coerceArgs('STATUS', ['2024-10-10', null, null, '2024-10-01', soonDays as never]);
    expect(status('7')).toEqual(['2024-10-10', null, null, '2024-10-01', 7]);
    expect(status(null)).toEqual(['2024-10-10', null, null, '2024-10-01', 14]);
    expect(status('bảy')).toEqual({ error: '#VALUE!', message: 'Số ngày báo trước không phải là số: "bảy"' });
    expect(status(-1)).toEqual({ error: '#VALUE!', message: 'Số ngày báo trước không được âm: -1' });
    // RATE's part: "95%" is 0.95.
    expect(coerceArgs('RATE', ['95%', '1.234'])).toEqual([0.95, 1234]);
    expect(call('RATE', column([1, 'một']), 4)).toEqual([[0.25], [anError('#VALUE!', /^Số đạt không phải là số/)]]);
  });

  it("'text': text as typed, numbers and booleans as they print; a `default` fills a blank", () => {
    expect(coerceArgs('AREA', [2024, null])).toEqual(['2024', 'vi']);
    expect(coerceArgs('AREA', [true, 'en'])).toEqual(['true', 'en']);
  });

  it("'any': the cell as decoded, for a function that reads it its own way", () => {
    expect(coerceArgs('SCORE', ['Có', 2, 'Có: 2; Không: 0'])).toEqual(['Có', 2, 'Có: 2; Không: 0']);
    expect(coerceArgs('SCORE', [true, 2, 'Có: 2; Không: 0'])).toEqual([true, 2, 'Có: 2; Không: 0']);
  });

  it('`ifBlank` makes a blank cell an error with that code instead of null', () => {
    expect(coerceArgs('SCORE', [0.9, null, 'Tỷ lệ × điểm tối đa'])).toEqual({ error: '#N/A', message: 'Thiếu điểm tối đa' });
    expect(coerceArgs('RATE', [3, null])).toEqual({ error: '#N/A', message: 'Thiếu tổng số' });
    expect(coerceArgs('CHECK', [0.9, null])).toEqual({ error: '#N/A', message: 'Chưa có chỉ tiêu' });
    expect(coerceArgs('STATUS', ['2024-10-10', null, null, null, null])).toEqual({
      error: '#VALUE!',
      message: 'Thiếu ngày đánh giá: nhập TODAY() hoặc một ngày',
    });
  });

  it("reads in the function's order, and checks `min` once every cell is read: the first wrong cell's error is shown", () => {
    // RATE reads the total first; a negative part is reported only when the total reads.
    expect(coerceArgs('RATE', ['một', 'mười'])).toEqual(anError('#VALUE!', /^Tổng số không phải là số/));
    expect(coerceArgs('RATE', [-1, 'mười'])).toEqual(anError('#VALUE!', /^Tổng số không phải là số/));
    expect(coerceArgs('RATE', [-1, -2])).toEqual(anError('#VALUE!', /^Tổng số không được âm/));
    // STATUS reads the as-of date first.
    expect(coerceArgs('STATUS', ['xyz', null, 'abc', null, null])).toEqual(anError('#VALUE!', /^Thiếu ngày đánh giá/));
    // DUE reads the year and the issue date before the text that needs them.
    expect(coerceArgs('DUE', ['xyz', 1800, null])).toEqual(anError('#VALUE!', /^Năm kế hoạch/));
  });

  it('is applied cell by cell across the ranges of a whole-range function (INDEX)', () => {
    // The first cell's maximum is wrong before the second cell's points.
    expect(call('INDEX', column([1, 'hai']), column(['x', 2]))).toEqual([[anError('#VALUE!', /^Điểm tối đa không phải là số: "x"/)]]);
    expect(call('INDEX', column([1, 1]), column([2, 2]))).toEqual([[0.5]]);
  });
});

describe('the catalogue', () => {
  const params = FUNCTION_CATALOGUE.flatMap((spec) => spec.params.map((p) => [`${spec.id}.${p.id}`, spec.id, p] as const));

  it('reads every parameter once, in an order naming only its parameters', () => {
    for (const spec of FUNCTION_CATALOGUE) {
      expect([...readingOrder(spec)].sort()).toEqual(spec.params.map((_, i) => i));
    }
  });

  it.each(params)('%s: its options fit its type', (_, id, p: ParamSpec) => {
    if (p.min !== undefined) expect(p.type).toBe('number');
    if (p.default !== undefined) {
      expect(typeof p.default).toBe(p.type === 'number' ? 'number' : 'string');
      expect(p.ifBlank).toBeUndefined();
    }
    if (p.context !== undefined) expect(p.type).toBe('deadlineText');
    if (p.type !== 'deadlineText') return;
    // What a deadline is read with is read before it, as a year and a date.
    const spec = functionSpec(id);
    const order = readingOrder(spec).map((i) => spec.params[i].id);
    for (const [key, type] of [
      ['year', 'year'],
      ['issued', 'date'],
    ] as const) {
      const name = p.context?.[key];
      if (name === undefined) continue;
      expect(spec.params.find((q) => q.id === name)?.type).toBe(type);
      expect(order.indexOf(name)).toBeLessThan(order.indexOf(p.id));
    }
  });
});
