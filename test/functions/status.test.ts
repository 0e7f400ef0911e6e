/**
 * STATUS and the rule under it (core/status/taskDueState): where a task stands on the as-of date,
 * with "a filled completion date counts as done" — the same rule as the workbook's Cảnh báo
 * formula (src/workbook/dueStatus.ts).
 */
import { isoToExcelSerial } from '../../src/core/dates';
import { isDoneState, taskDueState } from '../../src/core/status/taskDueState';
import { anError, call, column } from './helpers';

const d = (iso: string): number => isoToExcelSerial(iso) as number;
const AS_OF = d('2024-09-20');

describe('STATUS', () => {
  // due, state, doneDate, soonDays → label, on 20/09/2024
  it.each<[string, number | string | null, string | null, number | null, number | null, string]>([
    ['overdue', d('2024-09-19'), 'Đang thực hiện', null, null, 'Quá hạn'],
    ['due today is due soon', d('2024-09-20'), 'Đang thực hiện', null, null, 'Sắp đến hạn'],
    ['due in 14 days is due soon', d('2024-10-04'), 'Chưa thực hiện', null, null, 'Sắp đến hạn'],
    ['due in 15 days is on track', d('2024-10-05'), '', null, null, 'Trong hạn'],
    ['soonDays widens the warning', d('2024-10-05'), '', null, 30, 'Sắp đến hạn'],
    ['soonDays 0 warns only on the day', d('2024-09-21'), '', null, 0, 'Trong hạn'],
    ['done on time', d('2024-09-30'), 'Hoàn thành', d('2024-09-15'), null, 'Hoàn thành'],
    ['done without a date', d('2024-09-01'), 'Hoàn thành', null, null, 'Hoàn thành'],
    ['done late', d('2024-09-01'), 'Hoàn thành', d('2024-09-05'), null, 'Hoàn thành trễ'],
    ['a completion date counts as done', d('2024-09-30'), 'Đang thực hiện', d('2024-09-10'), null, 'Hoàn thành'],
    ['a late completion date counts as done late', d('2024-09-01'), '', d('2024-09-05'), null, 'Hoàn thành trễ'],
    ['state folded', d('2024-09-01'), 'HOAN THANH', null, null, 'Hoàn thành'],
    ['"Chưa hoàn thành" is not done', d('2024-09-01'), 'Chưa hoàn thành', null, null, 'Quá hạn'],
    ['no deadline', null, 'Đang thực hiện', null, null, 'Không thời hạn'],
    ['no deadline, done', null, 'Hoàn thành', null, null, 'Hoàn thành'],
    ['a deadline text', 'Quý III năm 2024', '', null, null, 'Sắp đến hạn'],
    ['a text setting no date', 'Theo kế hoạch', 'Đang thực hiện', null, null, 'Không thời hạn'],
    ['a date typed as text, day first', '19/09/2024', '', null, null, 'Quá hạn'],
  ])('%s', (_, due, state, doneDate, soonDays, label) => {
    expect(call('STATUS', due, state, doneDate, AS_OF, soonDays)).toBe(label);
  });

  it('flags a whole tracker in one call, the as-of date broadcast', () => {
    const out = call(
      'STATUS',
      column([d('2024-09-19'), d('2024-12-31'), d('2024-09-01'), null, null]),
      column(['Đang thực hiện', 'Đang thực hiện', 'Hoàn thành', 'Tạm dừng', null]),
      column([null, null, d('2024-09-05'), null, null]),
      [[AS_OF]],
    );
    expect(out).toEqual([['Quá hạn'], ['Trong hạn'], ['Hoàn thành trễ'], ['Không thời hạn'], ['']]);
  });

  it('needs the as-of date: the function never reads the clock', () => {
    expect(call('STATUS', d('2024-09-19'), 'Đang thực hiện')).toEqual(anError('#VALUE!', /Thiếu ngày đánh giá/));
    expect(call('STATUS', d('2024-09-19'), 'Đang thực hiện', null, null)).toEqual(anError('#VALUE!', /TODAY\(\)/));
  });

  it('says which date is not a date, in that cell only', () => {
    const out = call('STATUS', column([d('2024-09-19'), d('2024-09-19')]), '', column([null, 'hôm qua']), AS_OF);
    expect(out).toEqual([['Quá hạn'], [anError('#VALUE!', /^Ngày hoàn thành không phải là ngày: "hôm qua"$/)]]);
    expect(call('STATUS', 'khi nào xong', '', null, AS_OF)).toEqual(anError('#VALUE!', /Không đọc được thời hạn/));
    expect(call('STATUS', 'Quý III', '', null, AS_OF)).toEqual(anError('#N/A', /không ghi năm/));
    expect(call('STATUS', d('2024-09-19'), '', null, AS_OF, -1)).toEqual(anError('#VALUE!', /không được âm/));
  });

  it('is blank for an empty row', () => {
    expect(call('STATUS', null, '', null, AS_OF)).toBe('');
  });
});

describe('taskDueState', () => {
  it('counts "Hoàn thành" (any case, any diacritics) or a completion date as done', () => {
    expect(isDoneState('Hoàn thành')).toBe(true);
    expect(isDoneState(' hoàn  THÀNH ')).toBe(true);
    expect(isDoneState('Chưa hoàn thành')).toBe(false);
    expect(isDoneState(null)).toBe(false);
    expect(taskDueState({ due: '2024-06-30', stateText: 'Đang thực hiện', doneDate: '2024-06-29', asOf: '2024-08-01' })).toBe('done');
    expect(taskDueState({ due: '2024-06-30', stateText: '', doneDate: '2024-07-02', asOf: '2024-08-01' })).toBe('done-late');
    expect(taskDueState({ due: '2024-06-30', stateText: 'Đang thực hiện', asOf: '2024-07-01' })).toBe('overdue');
    expect(taskDueState({ due: null, asOf: '2024-07-01' })).toBe('no-deadline');
  });
});
