/**
 * The reminders (đôn đốc) of a day: per lead office, its tasks not done and past their deadline
 * (the report's openOverdue, with the days overdue) and, under a separate key, those due within
 * the warning window. A task is listed under every lead office it names; a task naming none under
 * UNASSIGNED_OFFICE. The Đôn đốc sheet, the công văn .docx and `remind --json` show this.
 */
import { z } from '../zodConfig';
import { diffDays } from '../dates';
import { officeResolver, UNASSIGNED_OFFICE, type OfficeEntry } from '../offices/offices';
import { reportState } from '../status/reportState';
import { DEFAULT_SOON_DAYS } from '../status/dueState';
import type { ReportTask } from './report';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The JSON `par-tracker remind --json` prints (docs/report-json.md). */
export const RemindersJsonSchema = z.object({
  asOf: IsoDate,
  soonDays: z.number().int().nonnegative(),
  offices: z.array(
    z.object({
      office: z.string(),
      /** Not done and past the deadline at asOf, most overdue first. */
      tasks: z.array(z.object({ id: z.string(), title: z.string(), due: IsoDate, dueText: z.string(), daysOverdue: z.number().int().positive() })),
      /** Not done, due within soonDays of asOf (the day itself included), soonest first. */
      dueSoon: z.array(z.object({ id: z.string(), title: z.string(), due: IsoDate, dueText: z.string(), daysLeft: z.number().int().nonnegative() })),
    }),
  ),
});
export type Reminders = z.infer<typeof RemindersJsonSchema>;
export type OfficeReminder = Reminders['offices'][number];

export interface RemindersInput {
  readonly asOf: string;
  readonly soonDays?: number;
  readonly tasks: readonly ReportTask[];
  readonly offices?: readonly OfficeEntry[];
}

/** Offices with something to remind, named offices in order of their most overdue task, the unnamed last. */
export function buildReminders(input: RemindersInput): Reminders {
  const soonDays = input.soonDays ?? DEFAULT_SOON_DAYS;
  const resolver = officeResolver(
    input.tasks.map((t) => t.lead),
    input.offices,
  );
  const byOffice = new Map<string, OfficeReminder>();
  const entry = (office: string): OfficeReminder => {
    const known = byOffice.get(office);
    if (known) return known;
    const made: OfficeReminder = { office, tasks: [], dueSoon: [] };
    byOffice.set(office, made);
    return made;
  };
  for (const t of input.tasks) {
    if (t.due === null) continue;
    const state = reportState({ due: t.due, stateText: t.stateText, doneDate: t.doneDate, cutOff: input.asOf });
    if (state === 'openOverdue') {
      const daysOverdue = diffDays(t.due, input.asOf)!;
      for (const office of resolver.officesOf(t.lead)) entry(office).tasks.push({ id: t.id, title: t.title, due: t.due, dueText: t.dueText, daysOverdue });
    } else if (state === 'openOnTime') {
      const daysLeft = diffDays(input.asOf, t.due)!;
      if (daysLeft <= soonDays)
        for (const office of resolver.officesOf(t.lead)) entry(office).dueSoon.push({ id: t.id, title: t.title, due: t.due, dueText: t.dueText, daysLeft });
    }
  }
  const offices = [...byOffice.values()];
  for (const o of offices) {
    o.tasks.sort((a, b) => b.daysOverdue - a.daysOverdue);
    o.dueSoon.sort((a, b) => a.daysLeft - b.daysLeft);
  }
  const worst = (o: OfficeReminder): number => o.tasks[0]?.daysOverdue ?? -1;
  offices.sort(
    (a, b) => Number(a.office === UNASSIGNED_OFFICE) - Number(b.office === UNASSIGNED_OFFICE) || worst(b) - worst(a) || a.office.localeCompare(b.office, 'vi'),
  );
  return { asOf: input.asOf, soonDays, offices };
}
