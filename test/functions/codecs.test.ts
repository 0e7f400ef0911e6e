/**
 * Dates across the host boundary: Excel serials (never locale text, so dd/mm cannot swap) and
 * Sheets `Date`s read and made in Asia/Ho_Chi_Minh (so 30/09/2024 never becomes 29/09).
 */
import { excelCodec, isoOfSheetsDate, sheetsCodec, sheetsDateOfIso } from '../../src/core/functions';
import { anError, call } from './helpers';

const inHanoi = (date: Date): string =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }).format(date);

describe('Excel codec', () => {
  const codec = excelCodec();

  it('reads serial 45565 as 30/09/2024 and writes 30/09/2024 as 45565', () => {
    expect(codec.decode(45565, 'date')).toBe('2024-09-30');
    expect(codec.encode('2024-09-30', 'date')).toBe(45565);
  });

  it('cannot swap day and month: 04/03/2024 is 4 March both as a serial and as text', () => {
    expect(codec.decode(45355, 'date')).toBe('2024-03-04');
    expect(call('DUE', 45355)).toBe(45355);
    expect(call('DUE', '04/03/2024')).toBe(45355);
    expect(call('STATUS', '04/03/2024', '', null, '05/03/2024')).toBe('Quá hạn');
  });

  it('drops the time of day of a date-time serial', () => {
    expect(codec.decode(45565.99, 'date')).toBe('2024-09-30');
  });

  it('leaves numbers alone unless the parameter is a date', () => {
    expect(codec.decode(0.95, 'number')).toBe(0.95);
    expect(codec.decode(45565, 'any')).toBe(45565);
    expect(codec.decode(true, 'any')).toBe(true);
  });

  it('reads blanks as null and writes blank as "" (Excel would show null as 0)', () => {
    expect(codec.decode('', 'text')).toBeNull();
    expect(codec.decode('   ', 'text')).toBeNull();
    expect(codec.decode(null, 'date')).toBeNull();
    expect(codec.encode(null, 'date')).toBe('');
  });

  it('gives an error value for what is not a date or not a value', () => {
    expect(codec.decode(-1, 'date')).toEqual(anError('#VALUE!', /không phải là ngày/));
    expect(codec.decode(60, 'date')).toEqual(anError('#VALUE!')); // 29/02/1900 never existed
    expect(codec.decode(Number.NaN, 'number')).toEqual(anError('#VALUE!'));
    expect(codec.decode({}, 'any')).toEqual(anError('#VALUE!'));
  });

  it('hands error values to the host error factory', () => {
    const host = excelCodec((e) => `host:${e.error}:${e.message}`);
    expect(host.encode({ error: '#N/A', message: 'Thiếu tổng số' }, 'number')).toBe('host:#N/A:Thiếu tổng số');
  });
});

describe('Sheets codec', () => {
  const codec = sheetsCodec();

  it('reads a date cell (midnight in Hanoi, 17:00 UTC the day before) as that day', () => {
    expect(isoOfSheetsDate(new Date('2024-09-29T17:00:00Z'))).toBe('2024-09-30');
    expect(codec.decode(new Date('2024-09-29T17:00:00Z'), 'date')).toBe('2024-09-30');
    // A date-time keeps its day; midnight UTC (a spreadsheet set to UTC) is still the same day.
    expect(isoOfSheetsDate(new Date('2024-09-30T15:30:00Z'))).toBe('2024-09-30');
    expect(isoOfSheetsDate(new Date('2024-09-30T00:00:00Z'))).toBe('2024-09-30');
  });

  it('makes a result date that Sheets shows as 30/09/2024 in Asia/Ho_Chi_Minh, wherever the script runs', () => {
    const date = sheetsDateOfIso('2024-09-30') as Date;
    expect(date.toISOString()).toBe('2024-09-29T17:00:00.000Z');
    expect(inHanoi(date)).toBe('30/09/2024, 00:00');
    expect(codec.encode('2024-12-31', 'date')).toEqual(new Date('2024-12-30T17:00:00Z'));
  });

  it('round-trips every day of 2024 and the first days of 1990 and 2100', () => {
    for (let day = new Date('2024-01-01T00:00:00Z'); day.getUTCFullYear() === 2024; day = new Date(day.getTime() + 86_400_000)) {
      const iso = day.toISOString().slice(0, 10);
      expect(isoOfSheetsDate(sheetsDateOfIso(iso) as Date)).toBe(iso);
    }
    for (const iso of ['1990-01-01', '2100-01-01']) expect(isoOfSheetsDate(sheetsDateOfIso(iso) as Date)).toBe(iso);
  });

  it('reads serial numbers in date parameters too, and an invalid Date as an error', () => {
    expect(codec.decode(45565, 'date')).toBe('2024-09-30');
    expect(codec.decode(new Date(Number.NaN), 'date')).toEqual(anError('#VALUE!'));
  });

  it('writes an error as the text "#VALUE! <message>" and blank as ""', () => {
    expect(codec.encode({ error: '#VALUE!', message: 'Tổng số bằng 0' }, 'number')).toBe('#VALUE! Tổng số bằng 0');
    expect(codec.encode(null, 'text')).toBe('');
  });
});
