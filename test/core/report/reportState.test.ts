import { doneRate, onTimeRate, reportState, type ReportState } from '../../../src/core/status/reportState';
import { taskDueState } from '../../../src/core/status/taskDueState';

describe('reportState: the five states of a task at a cut-off date', () => {
  const cases: [string, { due: string | null; stateText?: string; doneDate?: string | null; cutOff: string }, ReportState][] = [
    ['done before its deadline', { due: '2024-06-30', stateText: 'Hoàn thành', doneDate: '2024-06-10', cutOff: '2024-06-14' }, 'doneOnTime'],
    ['done on the deadline itself', { due: '2024-06-30', stateText: 'Hoàn thành', doneDate: '2024-06-30', cutOff: '2024-09-14' }, 'doneOnTime'],
    ['done after its deadline, before the cut-off', { due: '2024-06-30', stateText: 'Hoàn thành', doneDate: '2024-07-02', cutOff: '2024-09-14' }, 'doneLate'],
    [
      'done after the cut-off is open at the cut-off (deadline not yet passed)',
      { due: '2024-06-30', stateText: 'Hoàn thành', doneDate: '2024-06-20', cutOff: '2024-06-14' },
      'openOnTime',
    ],
    [
      'done after the cut-off is open at the cut-off (deadline passed)',
      { due: '2024-03-31', stateText: 'Hoàn thành', doneDate: '2024-06-20', cutOff: '2024-06-14' },
      'openOverdue',
    ],
    ['a completion date alone counts as done', { due: '2024-03-31', stateText: '', doneDate: '2024-03-01', cutOff: '2024-06-14' }, 'doneOnTime'],
    ['Hoàn thành without a date counts as done', { due: '2024-03-31', stateText: 'hoan thanh', cutOff: '2024-06-14' }, 'doneOnTime'],
    ['open, deadline before the cut-off', { due: '2024-03-31', stateText: 'Đang thực hiện', cutOff: '2024-06-14' }, 'openOverdue'],
    ['open, deadline on the cut-off is not overdue', { due: '2024-06-14', stateText: 'Đang thực hiện', cutOff: '2024-06-14' }, 'openOnTime'],
    ['open, deadline after the cut-off', { due: '2024-12-31', stateText: 'Chưa thực hiện', cutOff: '2024-06-14' }, 'openOnTime'],
    ['no deadline and not done', { due: null, stateText: 'Đang thực hiện', cutOff: '2024-06-14' }, 'noDeadline'],
    ['no deadline and done', { due: null, stateText: 'Hoàn thành', doneDate: '2024-05-01', cutOff: '2024-06-14' }, 'doneOnTime'],
    [
      'recurring ("Thường xuyên", checked at 31/12) at the half-year cut-off',
      { due: '2024-12-31', stateText: 'Đang thực hiện', cutOff: '2024-06-14' },
      'openOnTime',
    ],
    ['recurring at the year report cut-off (14/12) is still on time', { due: '2024-12-31', stateText: '', cutOff: '2024-12-14' }, 'openOnTime'],
    [
      'recurring, a past year closed at 15/01 the year after, not done',
      { due: '2024-12-31', stateText: 'Đang thực hiện', cutOff: '2025-01-15' },
      'openOverdue',
    ],
    ['Chưa hoàn thành is not done', { due: '2024-03-31', stateText: 'Chưa hoàn thành', cutOff: '2024-06-14' }, 'openOverdue'],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(reportState(input)).toBe(expected);
  });

  it('agrees with STATUS (taskDueState) when nothing was done after the cut-off', () => {
    const map: Record<string, ReportState[]> = {
      done: ['doneOnTime'],
      'done-late': ['doneLate'],
      overdue: ['openOverdue'],
      'due-soon': ['openOnTime'],
      'on-track': ['openOnTime'],
      'no-deadline': ['noDeadline'],
    };
    for (const [, input] of cases.filter(([, i]) => !i.doneDate || i.doneDate <= i.cutOff)) {
      const status = taskDueState({ due: input.due, stateText: input.stateText, doneDate: input.doneDate ?? null, asOf: input.cutOff });
      expect(map[status]).toContain(reportState(input));
    }
  });

  it('rates done and done on time over all tasks', () => {
    const counts = { total: 5, doneOnTime: 2, doneLate: 1, openOnTime: 1, openOverdue: 1, noDeadline: 0 };
    expect(doneRate(counts)).toBeCloseTo(0.6);
    expect(onTimeRate(counts)).toBeCloseTo(0.4);
    expect(doneRate({ ...counts, total: 0 })).toBeNull();
  });
});
