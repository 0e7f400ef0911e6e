/**
 * The periodic report and the reminders from a tracker's values, host-neutral: each host reads
 * Nhiệm vụ and Cài đặt (one read), calls these, and writes the one sheet they build.
 */
import { buildReminders, type Reminders } from '../../core/report/reminders';
import { PERIOD_KEYS, type PeriodKey } from '../../core/report/periods';
import { buildReport, type ReportData, type ReportTask } from '../../core/report/report';
import { DEFAULT_SOON_DAYS } from '../../core/status/dueState';
import { isIsoDate } from '../../core/dates';
import { HostError, type RemindRequest, type ReportRequest as HostReportRequest } from '../host';
import type { SheetModel } from '../model';
import { buildRemindSheet } from '../report/remindSheet';
import { buildReportSheet } from '../report/reportSheet';
import { readSettings, type Settings } from '../settingsSheet';
import { readTaskSheet, type TaskRecord } from './readTracker';
import type { TrackerValues } from './taskList';

export interface ReportRequest extends HostReportRequest {
  /** The plan year, instead of the one on Cài đặt. */
  readonly year?: number | null;
}

export interface ReportBuild {
  readonly data: ReportData;
  readonly settings: Settings;
  readonly year: number;
  readonly sheet: SheetModel;
}

/** The tasks a report counts: the plan's tasks, not their group headings nor tasks the plan dropped. */
export function reportTasks(records: readonly TaskRecord[], period: PeriodKey | null): ReportTask[] {
  return records
    .filter((t) => !t.group && !t.dropped)
    .map((t) => ({
      id: t.id,
      title: t.title,
      area: t.area,
      areaLabel: t.areaLabel,
      lead: t.lead,
      due: t.due,
      dueText: t.dueText,
      stateText: t.state,
      doneDate: t.doneDate,
      progress: period ? t.progress[period] : '',
      evidence: t.evidence,
      note: t.note,
    }));
}

function checkDate(asOf: string | null | undefined): void {
  if (asOf != null && !isIsoDate(asOf)) throw new HostError(`Ngày không hợp lệ: "${asOf}".`, 'Nhập ngày dạng dd/mm/yyyy.');
}

/** The report of a period: its numbers, the settings used, and the Báo cáo sheet. */
export function reportFrom(values: TrackerValues, req: ReportRequest, today: string): ReportBuild {
  const { data, settings, year } = reportDataFrom(values, req, today);
  return { data, settings, year, sheet: buildReportSheet(data, year, settings.agency.agency) };
}

/** The report's numbers and the settings used, without its sheet (the roll-up counts many units so). */
export function reportDataFrom(values: TrackerValues, req: ReportRequest, today: string): Omit<ReportBuild, 'sheet'> {
  // The request crosses a host boundary (google.script.run, the pane): checked here, once for all hosts.
  if (!req || !(PERIOD_KEYS as readonly string[]).includes(req.period))
    throw new HostError('Kỳ báo cáo không hợp lệ.', 'Chọn Quý I, 6 tháng, Quý III hoặc Năm.');
  checkDate(req.asOf);
  const sheet = readTaskSheet(values.tasks);
  const fallbackYear = Number((req.asOf ?? sheet.asOf ?? today).slice(0, 4));
  const settings = readSettings(values.settings ?? null, req.year ?? fallbackYear);
  const year = req.year ?? settings.year;
  // readSettings gives every period (typed or default), so the one asked for is there.
  const period = settings.periods.find((p) => p.key === req.period)!;
  const data = buildReport({ period, asOf: req.asOf ?? undefined, tasks: reportTasks(sheet.tasks, req.period), offices: settings.offices });
  return { data, settings, year };
}

export interface RemindBuild {
  readonly data: Reminders;
  readonly settings: Settings;
  readonly sheet: SheetModel;
}

/** The reminders of a day: overdue and due-soon tasks per lead office, and the Đôn đốc sheet. */
export function remindersFrom(values: TrackerValues, req: RemindRequest, today: string): RemindBuild {
  checkDate(req.asOf);
  const sheet = readTaskSheet(values.tasks);
  const asOf = req.asOf ?? sheet.asOf ?? today;
  const settings = readSettings(values.settings ?? null, Number(asOf.slice(0, 4)));
  const data = buildReminders({ asOf, soonDays: sheet.soonDays ?? DEFAULT_SOON_DAYS, tasks: reportTasks(sheet.tasks, null), offices: settings.offices });
  return { data, settings, sheet: buildRemindSheet(data) };
}
