import fc from 'fast-check';
import {
  addDays,
  compareIso,
  dateToIso,
  daysInMonth,
  diffDays,
  excelSerialToIso,
  formatDmy,
  isIsoDate,
  isLeapYear,
  isoDate,
  isoToExcelSerial,
  lastDayOfMonth,
  lastDayOfQuarter,
  parseIso,
  todayIso,
} from '../../../src/core/dates';

/** The same date through JS Date in UTC (no timezone involved), as an independent oracle. */
function utcIso(daysSince1970: number): string {
  return new Date(daysSince1970 * 86_400_000).toISOString().slice(0, 10);
}

describe('isoDate builds only dates that exist', () => {
  test.each([
    [2024, 12, 31, '2024-12-31'],
    [2024, 1, 5, '2024-01-05'],
    [2024, 2, 29, '2024-02-29'],
    [2000, 2, 29, '2000-02-29'],
    [999, 1, 1, '0999-01-01'],
  ])('%i-%i-%i → %s', (y, m, d, want) => {
    expect(isoDate(y, m, d)).toBe(want);
  });

  test.each([
    [2024, 2, 31, '31/02 does not exist'],
    [2023, 2, 29, 'no 29/02 in a common year'],
    [1900, 2, 29, '1900 is not a leap year'],
    [2024, 4, 31, 'April has 30 days'],
    [2024, 13, 1, 'month 13'],
    [2024, 0, 1, 'month 0'],
    [2024, 1, 0, 'day 0'],
    [2024, 1.5, 1, 'fractional month'],
    [0, 1, 1, 'year 0'],
    [10000, 1, 1, 'year past 9999'],
    [Number.NaN, 1, 1, 'NaN year'],
  ])('%i-%i-%i → null (%s)', (y, m, d) => {
    expect(isoDate(y, m, d)).toBeNull();
  });
});

describe('calendar facts', () => {
  test('leap years follow the Gregorian rules', () => {
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([false, true, false, true, false]);
  });

  test('daysInMonth, 0 for a month that does not exist', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2024, 11)).toBe(30);
    expect(daysInMonth(2024, 12)).toBe(31);
    expect(daysInMonth(2024, 13)).toBe(0);
  });

  test.each([
    [2024, 2, '2024-02-29'],
    [2023, 2, '2023-02-28'],
    [2024, 6, '2024-06-30'],
    [2024, 12, '2024-12-31'],
  ])('lastDayOfMonth(%i, %i) = %s', (y, m, want) => {
    expect(lastDayOfMonth(y, m)).toBe(want);
  });

  test('lastDayOfMonth of a month that does not exist is null', () => {
    expect(lastDayOfMonth(2024, 13)).toBeNull();
  });

  test.each([
    [1, '2024-03-31'],
    [2, '2024-06-30'],
    [3, '2024-09-30'],
    [4, '2024-12-31'],
  ])('lastDayOfQuarter(2024, %i) = %s', (q, want) => {
    expect(lastDayOfQuarter(2024, q)).toBe(want);
  });

  test('lastDayOfQuarter of a quarter that does not exist is null', () => {
    expect(lastDayOfQuarter(2024, 0)).toBeNull();
    expect(lastDayOfQuarter(2024, 5)).toBeNull();
  });
});

describe('parseIso and isIsoDate accept only real YYYY-MM-DD dates', () => {
  test('splits a date into numbers', () => {
    expect(parseIso('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  test.each(['2023-02-29', '2024-13-01', '2024-1-5', '31/12/2024', '2024-12-31T00:00', ''])(
    'rejects %j',
    (s) => {
      expect(parseIso(s)).toBeNull();
      expect(isIsoDate(s)).toBe(false);
    },
  );

  test('isIsoDate is false for non-strings', () => {
    expect(isIsoDate(45657)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
    expect(isIsoDate('2024-12-31')).toBe(true);
  });
});

describe('Excel serial numbers (1900 date system)', () => {
  test.each([
    [45657, '2024-12-31'],
    [45658, '2025-01-01'],
    [45351, '2024-02-29'],
    [25569, '1970-01-01'],
    [36526, '2000-01-01'],
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [2958465, '9999-12-31'],
  ])('serial %d is %s, and back', (serial, iso) => {
    expect(excelSerialToIso(serial)).toBe(iso);
    expect(isoToExcelSerial(iso)).toBe(serial);
  });

  test('a time of day in the serial is dropped', () => {
    expect(excelSerialToIso(45657.99)).toBe('2024-12-31');
  });

  test.each([
    [60, "Excel's phantom 29/02/1900"],
    [0, 'day zero (shown as 00/01/1900)'],
    [-1, 'negative'],
    [2958466, 'past 9999-12-31'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
  ])('serial %d has no date (%s)', (serial) => {
    expect(excelSerialToIso(serial)).toBeNull();
  });

  test('dates before 1900 or invalid have no serial', () => {
    expect(isoToExcelSerial('1899-12-31')).toBeNull();
    expect(isoToExcelSerial('2024-02-30')).toBeNull();
  });

  test('agrees with a plain day count from 1899-12-30 for every serial after the phantom day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const iso = utcIso(serial - 25569);
        expect(excelSerialToIso(serial)).toBe(iso);
        expect(isoToExcelSerial(iso)).toBe(serial);
      }),
    );
  });
});

describe('compareIso, addDays, diffDays', () => {
  test('compareIso sorts ISO dates chronologically', () => {
    expect(['2024-12-31', '2019-03-31', '2024-02-29'].sort(compareIso)).toEqual([
      '2019-03-31',
      '2024-02-29',
      '2024-12-31',
    ]);
    expect(compareIso('2024-01-01', '2024-01-01')).toBe(0);
  });

  test.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2024-06-07', 0, '2024-06-07'],
  ])('addDays(%s, %i) = %s', (iso, n, want) => {
    expect(addDays(iso, n)).toBe(want);
  });

  test('addDays of an invalid date or a fractional count is null', () => {
    expect(addDays('2024-02-30', 1)).toBeNull();
    expect(addDays('2024-02-01', 1.5)).toBeNull();
  });

  test('diffDays counts whole days, negative backwards', () => {
    expect(diffDays('2024-12-25', '2024-12-31')).toBe(6);
    expect(diffDays('2024-12-31', '2024-12-25')).toBe(-6);
    expect(diffDays('2023-12-31', '2024-12-31')).toBe(366);
    expect(diffDays('x', '2024-12-31')).toBeNull();
  });

  test('addDays and diffDays agree with UTC day arithmetic', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -200_000, max: 200_000 }),
        fc.integer({ min: -5000, max: 5000 }),
        (start, n) => {
          const from = utcIso(start);
          expect(addDays(from, n)).toBe(utcIso(start + n));
          expect(diffDays(from, utcIso(start + n))).toBe(n);
        },
      ),
    );
  });
});

describe('formatDmy shows dates as dd/mm/yyyy', () => {
  test('formats a date', () => {
    expect(formatDmy('2024-12-31')).toBe('31/12/2024');
    expect(formatDmy('2024-01-05')).toBe('05/01/2024');
  });

  test('shows nothing for a missing or invalid date', () => {
    expect(formatDmy(null)).toBe('');
    expect(formatDmy(undefined)).toBe('');
    expect(formatDmy('2024-02-30')).toBe('');
    expect(formatDmy('31/12/2024')).toBe('');
  });
});

describe('local dates from JS Date', () => {
  test('dateToIso takes the local calendar date, not the UTC one', () => {
    expect(dateToIso(new Date(2024, 11, 31, 0, 0))).toBe('2024-12-31');
    expect(dateToIso(new Date(2024, 11, 31, 23, 59))).toBe('2024-12-31');
  });

  test('dateToIso of an invalid Date is null', () => {
    expect(dateToIso(new Date(Number.NaN))).toBeNull();
  });

  test('todayIso reads the given clock, or the real one', () => {
    expect(todayIso(new Date(2024, 5, 7, 8, 30))).toBe('2024-06-07');
    expect(isIsoDate(todayIso())).toBe(true);
  });

  test('todayIso refuses an invalid Date', () => {
    expect(() => todayIso(new Date(Number.NaN))).toThrow(RangeError);
  });
});
