import { dueFromCell } from '../../../src/core/due';

/** A date; `rule` says what read it: 'date-value' for a serial or a Date, a text rule otherwise. */
const onDate = (iso: string, rule = 'date-value') => ({ kind: 'date', due: iso, dates: [iso], recognized: true, rule, every: null });
const UNREAD = { kind: 'none', due: null, dates: [], recognized: false, rule: null, every: null };
const EMPTY = { kind: 'none', due: null, dates: [], recognized: true, rule: null, every: null };

describe('dueFromCell reads a spreadsheet cell value', () => {
  test.each([
    [45657, '2024-12-31'],
    [45657.5, '2024-12-31'],
    [32874, '1990-01-01'],
    [73415, '2100-12-31'],
  ])('a serial date number %d is %s', (serial, iso) => {
    expect(dueFromCell(serial, { year: 2024 })).toEqual(onDate(iso));
  });

  test('a whole number that is a plausible year, not a plausible serial, is that year', () => {
    expect(dueFromCell(2024)).toEqual({ kind: 'year', due: '2024-12-31', dates: ['2024-12-31'], recognized: true, rule: 'year-cell', every: null });
  });

  test.each([
    [6, 'a row number'],
    [32873, 'a serial before 1990'],
    [73416, 'a serial after 2100'],
    [0.95, 'a rate'],
    [Number.NaN, 'NaN'],
    [-45657, 'negative'],
  ])('the number %d is not a deadline (%s)', (n) => {
    expect(dueFromCell(n, { year: 2024 })).toEqual(UNREAD);
  });

  test('a Date is its local calendar date', () => {
    expect(dueFromCell(new Date(2024, 11, 31))).toEqual(onDate('2024-12-31'));
    expect(dueFromCell(new Date(2024, 11, 31, 23, 59, 59))).toEqual(onDate('2024-12-31'));
  });

  test('an invalid Date is not a deadline', () => {
    expect(dueFromCell(new Date(Number.NaN))).toEqual(UNREAD);
  });

  test.each([
    ['31/12/2024', '2024-12-31', 'date'],
    ['1/6/2024', '2024-06-01', 'date'],
    ['31-12-2024', '2024-12-31', 'date'],
    ['31.12.2024', '2024-12-31', 'date'],
    ['2024-12-31', '2024-12-31', 'iso-date'],
    ['ngày 31 tháng 12 năm 2024', '2024-12-31', 'date-in-words'],
    [' 05/06/2024 ', '2024-06-05', 'date'],
  ])('the text %j is the date %s (rule %s)', (text, iso, rule) => {
    expect(dueFromCell(text, { year: 2024 })).toEqual(onDate(iso, rule));
  });

  test('other text is read as a deadline phrase', () => {
    expect(dueFromCell('Quý III năm 2024')).toEqual({
      kind: 'quarter',
      due: '2024-09-30',
      dates: ['2024-09-30'],
      recognized: true,
      rule: 'quarter',
      every: null,
    });
    expect(dueFromCell('Thường xuyên', { year: 2024 }).kind).toBe('recurring');
    expect(dueFromCell('Theo kế hoạch').kind).toBe('schedule');
  });

  test.each([[null], [undefined], [''], ['  ']])('an empty cell (%j) has no deadline and no warning', (v) => {
    expect(dueFromCell(v)).toEqual(EMPTY);
  });

  test.each([[true], [{}], [['31/12/2024']], ['#N/A'], ['31/02/2024']])('%j is not a deadline', (v) => {
    expect(dueFromCell(v)).toEqual(UNREAD);
  });
});
