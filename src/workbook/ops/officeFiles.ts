/**
 * Phiếu cập nhật out and back in: one file per lead office from the tracker (split), and the
 * returned files merged back (collect) through the same save as the pane — each change checked
 * against the tracker as it stands (a cell changed there since the file was made is a conflict,
 * shown and not applied unless the official confirms), each change a Nhật ký row with the office
 * as "who".
 */
import { officeResolver, UNASSIGNED_OFFICE } from '../../core/offices/offices';
import { fold } from '../../core/text/fold';
import { HostError, type TaskView } from '../host';
import type { WorkbookModel } from '../model';
import { buildOfficeFile, OFFICE_FIELDS, readOfficeFile, type OfficeValues } from '../officeFiles/officeFile';
import { readSettings } from '../settingsSheet';
import { textOfCell } from './cellValues';
import { readTaskSheet, type Grid } from './readTracker';
import type { TrackerValues } from './taskList';
import { planTaskSave, type SavePlan } from './taskSave';

export interface OfficeFile {
  readonly office: string;
  readonly fileName: string;
  readonly tasks: number;
  readonly model: WorkbookModel;
}

/** "Phòng Tư pháp" → "phieu-cap-nhat-phong-tu-phap.xlsx". */
export function officeFileName(office: string): string {
  const slug = fold(office)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `phieu-cap-nhat-${slug || 'co-quan'}.xlsx`;
}

/** One phiếu per lead office (a joint task goes to each office it names); tasks with no lead get none. */
export function officeFilesFrom(values: TrackerValues, opts: { made: string; replyBy?: string | null }): OfficeFile[] {
  const sheet = readTaskSheet(values.tasks);
  const tasks = sheet.tasks.filter((t) => !t.group && !t.dropped);
  const settings = readSettings(values.settings ?? null, Number(opts.made.slice(0, 4)));
  const resolver = officeResolver(
    tasks.map((t) => t.lead),
    settings.offices,
  );
  const byOffice = new Map<string, typeof tasks>();
  for (const t of tasks) {
    for (const office of resolver.officesOf(t.lead)) {
      if (office === UNASSIGNED_OFFICE) continue;
      byOffice.set(office, [...(byOffice.get(office) ?? []), t]);
    }
  }
  const planTitle = textOfCell(values.tasks[0]?.[0]);
  const used = new Set<string>();
  return [...byOffice].map(([office, own]) => {
    let fileName = officeFileName(office);
    for (let k = 2; used.has(fileName); k++) fileName = officeFileName(`${office} ${k}`);
    used.add(fileName);
    return { office, fileName, tasks: own.length, model: buildOfficeFile(office, own, { planTitle, made: opts.made, replyBy: opts.replyBy ?? null }) };
  });
}

export interface CollectChange {
  readonly file: string;
  readonly office: string;
  readonly id: string;
  /** "Trạng thái: Đang thực hiện → Hoàn thành", one per field. */
  readonly fields: readonly string[];
}

export interface CollectConflict {
  readonly file: string;
  readonly office: string;
  readonly id: string;
  readonly message: string;
}

export interface CollectBuild {
  readonly changes: readonly CollectChange[];
  readonly conflicts: readonly CollectConflict[];
  /** Files that are no phiếu, rows whose task the tracker does not have. */
  readonly problems: readonly { readonly file: string; readonly message: string }[];
  /** The writes and Nhật ký rows of the changes to apply (conflicts only when accepted). */
  readonly plans: readonly SavePlan[];
}

const same = (a: string | null, b: string | null): boolean => (a ?? '').trim() === (b ?? '').trim();

/**
 * What the returned phiếu change in the tracker. A field the office changed is saved with the value
 * as sent as "what the pane showed": when the tracker's cell changed since, the save refuses it —
 * a conflict — unless `acceptConflicts`, then the office's value wins.
 */
export function collectFrom(
  values: TrackerValues,
  returned: readonly { file: string; grid: Grid }[],
  ctx: { today: string; time: string; acceptConflicts?: boolean },
): CollectBuild {
  const sheet = readTaskSheet(values.tasks);
  const changes: CollectChange[] = [];
  const conflicts: CollectConflict[] = [];
  const problems: { file: string; message: string }[] = [];
  const plans: SavePlan[] = [];
  for (const { file, grid } of returned) {
    const read = readOfficeFile(grid);
    if (!read) {
      problems.push({ file, message: 'Không phải phiếu cập nhật (không thấy dòng tiêu đề "Mã | Nhiệm vụ").' });
      continue;
    }
    for (const row of read.rows) {
      const task = sheet.tasks.find((t) => t.id === row.id && !t.group);
      if (!task) {
        problems.push({ file, message: `Nhiệm vụ "${row.id}" không có trong bảng theo dõi.` });
        continue;
      }
      const edited = OFFICE_FIELDS.filter((f) => !same(row.returned[f], row.sent[f]));
      if (edited.length === 0) continue;
      // A field emptied by the office is sent as '' (cleared); an untouched one is left out.
      const changesOf = Object.fromEntries(edited.map((f) => [f, row.returned[f] ?? ''])) as Partial<Record<(typeof OFFICE_FIELDS)[number], string>>;
      const current: OfficeValues = { state: task.state || null, doneDate: task.doneDate, evidence: task.evidence || null, note: task.note || null };
      // Only the fields the save compares are read from `seen`: the values as sent, or (accepted) as they are now.
      const seen = { ...(ctx.acceptConflicts ? current : row.sent) } as unknown as TaskView;
      try {
        const plan = planTaskSave(values, { id: task.id, changes: changesOf, seen }, { today: ctx.today, time: ctx.time, user: read.office || file });
        if (plan.writes.length === 0) continue;
        plans.push(plan);
        changes.push({
          file,
          office: read.office,
          id: task.id,
          fields: plan.log.map((l) => `${textOfCell(cellText(l[3]))}: ${textOfCell(cellText(l[4]))} → ${textOfCell(cellText(l[5]))}`),
        });
      } catch (e) {
        if (!(e instanceof HostError)) throw e;
        conflicts.push({ file, office: read.office, id: task.id, message: e.message });
      }
    }
  }
  return { changes, conflicts, problems, plans };
}

const cellText = (v: unknown): unknown => (v && typeof v === 'object' && 'text' in (v as object) ? (v as { text: string }).text : v);
