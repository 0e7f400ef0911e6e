/**
 * The PAR_* functions in the built Apps Script project, in a spreadsheet whose time zone is not
 * Vietnam's: a deadline is still the right calendar day there (not the day before), and a date
 * typed in the sheet reads as the day it shows.
 */
import { loadProject } from './appsScriptProject';

const dayIn = (date: Date, zone: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);

describe.each(['Asia/Ho_Chi_Minh', 'Europe/London', 'America/New_York', 'Asia/Tokyo'])('PAR_* in a spreadsheet set to %s', (zone) => {
  const p = loadProject({ timeZone: zone, scriptTimeZone: 'Asia/Ho_Chi_Minh' });
  const call = (name: string, ...args: unknown[]): unknown => (p.context as Record<string, (...a: unknown[]) => unknown>)[name](...args);

  it('PAR_DUE gives 30/09/2024 for "Quý III năm 2024", as the spreadsheet shows it', () => {
    const out = call('PAR_DUE', [['Quý III năm 2024']]) as Date[][];
    expect(dayIn(out[0][0], zone)).toBe('2024-09-30');
  });

  it('PAR_STATUS reads the dates the sheet holds on their own day', () => {
    const due = call('PAR_DUE', [['Quý III năm 2024']]) as Date[][];
    // As of the deadline day itself the task is due soon, never overdue.
    const asOf = call('PAR_DUE', [['30/09/2024']]) as Date[][];
    expect(call('PAR_STATUS', due, [['Đang thực hiện']], null, asOf[0][0], 14)).toEqual([['Sắp đến hạn']]);
  });
});
