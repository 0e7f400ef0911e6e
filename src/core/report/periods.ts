/**
 * Report periods (kỳ báo cáo) of the CCHC reporting regime: which days of data each periodic
 * report covers and when it is due. The national defaults are here, once; provinces set their own
 * dates, so the workbook's Cài đặt sheet holds the periods and `checkPeriods` validates what an
 * official typed there.
 */
import { isoDate, isIsoDate } from '../dates';
import { fold } from '../text/fold';

export const PERIOD_KEYS = ['q1', 'h1', 'q3', 'year'] as const;
export type PeriodKey = (typeof PERIOD_KEYS)[number];

/** What each period is called on the sheet, and in the report's title before the year ("… quý I năm 2025"). */
export const PERIOD_NAMES: Readonly<Record<PeriodKey, { vi: string; en: string; title: string }>> = {
  q1: { vi: 'Quý I', en: 'Quarter 1', title: 'quý I năm' },
  h1: { vi: '6 tháng', en: 'Half year', title: '6 tháng đầu năm' },
  q3: { vi: 'Quý III', en: 'Quarter 3', title: 'quý III năm' },
  year: { vi: 'Năm', en: 'Year', title: 'năm' },
};

export interface ReportPeriod {
  readonly key: PeriodKey;
  /** First day of the data the report covers, ISO. */
  readonly from: string;
  /** The cut-off of the data (ngày chốt số liệu), ISO: task states are counted at this date. */
  readonly to: string;
  /** The day the report is due at the province, ISO. */
  readonly due: string;
}

/** [year offset, month, day] of each default date, relative to the plan year. */
type Day = readonly [number, number, number];
const DEFAULTS: Readonly<Record<PeriodKey, { from: Day; to: Day; due: Day }>> = {
  q1: { from: [-1, 12, 15], to: [0, 3, 14], due: [0, 3, 20] },
  h1: { from: [-1, 12, 15], to: [0, 6, 14], due: [0, 6, 20] },
  q3: { from: [0, 6, 15], to: [0, 9, 14], due: [0, 9, 20] },
  year: { from: [-1, 12, 15], to: [0, 12, 14], due: [0, 12, 20] },
};

const dayOf = (year: number, [dy, m, d]: Day): string => isoDate(year + dy, m, d)!;

/**
 * The national default periods of a plan year: data cut off on the 14th of the period's last
 * month, the report due by the 20th.
 * @example defaultPeriods(2024)[0] → { key: 'q1', from: '2023-12-15', to: '2024-03-14', due: '2024-03-20' }
 */
export function defaultPeriods(year: number): ReportPeriod[] {
  return PERIOD_KEYS.map((key) => ({ key, from: dayOf(year, DEFAULTS[key].from), to: dayOf(year, DEFAULTS[key].to), due: dayOf(year, DEFAULTS[key].due) }));
}

/**
 * The period a key or name means: "q1", "Quý I", "quy 1", "6 tháng", "h1", "năm", "year", … ;
 * null for anything else.
 * @example periodKeyOf('Quý III') → 'q3'
 * @example periodKeyOf('6 thang') → 'h1'
 */
export function periodKeyOf(text: string): PeriodKey | null {
  const t = fold(text);
  if (/^(q1|quy (i|1))$/.test(t)) return 'q1';
  if (/^(h1|6 thang( dau nam)?|sau thang)$/.test(t)) return 'h1';
  if (/^(q3|quy (iii|3)|9 thang)$/.test(t)) return 'q3';
  if (/^(year|nam|ca nam|hang nam)$/.test(t)) return 'year';
  return null;
}

/** A problem with the periods an official typed, in Vietnamese, naming the period and the date. */
export interface PeriodProblem {
  readonly key: PeriodKey;
  readonly message: string;
}

/**
 * Checks periods as typed on the Cài đặt sheet: each date a real date, the data's first day not
 * after its cut-off, and the report not due before the cut-off.
 */
export function checkPeriods(periods: readonly { key: PeriodKey; from: unknown; to: unknown; due: unknown }[]): PeriodProblem[] {
  const problems: PeriodProblem[] = [];
  for (const p of periods) {
    const name = PERIOD_NAMES[p.key].vi;
    const bad = (['from', 'to', 'due'] as const).filter((k) => !isIsoDate(p[k]));
    if (bad.length > 0) {
      const words = { from: 'Từ ngày', to: 'Ngày chốt số liệu', due: 'Hạn gửi báo cáo' };
      problems.push({ key: p.key, message: `Kỳ ${name}: ${bad.map((k) => `"${words[k]}"`).join(', ')} chưa phải là ngày (nhập dạng dd/mm/yyyy).` });
      continue;
    }
    if ((p.from as string) > (p.to as string)) problems.push({ key: p.key, message: `Kỳ ${name}: "Từ ngày" sau "Ngày chốt số liệu".` });
    if ((p.due as string) < (p.to as string)) problems.push({ key: p.key, message: `Kỳ ${name}: "Hạn gửi báo cáo" trước "Ngày chốt số liệu".` });
  }
  return problems;
}
