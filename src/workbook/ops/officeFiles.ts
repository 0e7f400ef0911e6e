/**
 * Phiếu cập nhật out and back in: one file per lead office from the tracker (split), and the
 * returned files merged back (collect) through the same save as the pane — each change checked
 * against the tracker as it stands (a cell changed there since the file was made is a conflict,
 * shown and not applied unless the official confirms), each change a Nhật ký row with the office
 * as "who".
 */
import { officeResolver, UNASSIGNED_OFFICE } from '../../core/offices/offices';
import { PERIOD_KEYS, type PeriodKey, type ReportPeriod } from '../../core/report/periods';
import { fold } from '../../core/text/fold';
import { HostError, type TaskChanges, type TaskView } from '../host';
import { logRowValues } from '../logSheet';
import type { CellValue, CellWrite, WorkbookModel } from '../model';
import { buildOfficeFile, readOfficeFile, type OfficeField, type ReturnedActual, type ReturnedRow } from '../officeFiles/officeFile';
import { readSettings } from '../settingsSheet';
import { TASK_SHEET } from '../sheetNames';
import { PROGRESS_COLUMN, TASK_COLUMNS } from '../trackerColumns';
import { textOfCell } from './cellValues';
import { readIndicatorSheet, readTaskSheet, type Grid, type IndicatorRecord, type TaskRecord, type TaskSheetRead } from './readTracker';
import { indicatorsByTask, type TrackerValues } from './taskList';
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

/**
 * The report period a phiếu made on a day collects for: the first whose report is not yet due
 * (made on 16/3 with Quý I due on 20/3: Quý I), else the year's.
 * @example periodFor([{ key: 'q1', from: '2024-12-15', to: '2025-03-14', due: '2025-03-20' }, { key: 'h1', from: '2024-12-15', to: '2025-06-14', due: '2025-06-20' }], '2025-03-16') → 'q1'
 */
export function periodFor(periods: readonly ReportPeriod[], made: string): PeriodKey {
  const open = periods.filter((p) => p.due >= made).sort((a, b) => a.due.localeCompare(b.due));
  return open[0]?.key ?? 'year';
}

/**
 * One phiếu per lead office (a joint task goes to each office it names); tasks with no lead get
 * none. "Kết quả kỳ này" is the Kết quả cell of `period`, else of the period the day is in (Cài đặt).
 */
export function officeFilesFrom(values: TrackerValues, opts: { made: string; replyBy?: string | null; period?: PeriodKey | null }): OfficeFile[] {
  const sheet = readTaskSheet(values.tasks);
  const tasks = sheet.tasks.filter((t) => !t.group && !t.dropped);
  const settings = readSettings(values.settings ?? null, Number(opts.made.slice(0, 4)));
  const period = opts.period && PERIOD_KEYS.includes(opts.period) ? opts.period : periodFor(settings.periods, opts.made);
  const indicators = readIndicatorSheet(values.indicators).indicators;
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
    return {
      office,
      fileName,
      tasks: own.length,
      model: buildOfficeFile(office, own, { planTitle, made: opts.made, replyBy: opts.replyBy ?? null, period, indicators }),
    };
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

const cellKey = (w: CellWrite): string => `${w.sheet}\u0000${w.row}\u0000${w.column}`;
const same = (a: string | null, b: string | null): boolean => (a ?? '').trim() === (b ?? '').trim();
const sameNumber = (a: number | null, b: number | null): boolean => (a === null || b === null ? a === b : Math.abs(a - b) < 1e-9);
const TASK_FIELDS = ['state', 'doneDate', 'evidence', 'note'] as const satisfies readonly OfficeField[];

/**
 * The period's Kết quả cell, saved as the pane saves a field: only when it really changes, and
 * refused (a conflict) when the tracker's cell changed since the phiếu was made.
 */
function planProgress(
  sheet: TaskSheetRead,
  task: TaskRecord,
  period: PeriodKey,
  row: ReturnedRow,
  ctx: { time: string; user: string; acceptConflicts: boolean },
): { writes: CellWrite[]; log: CellValue[][] } {
  const next = (row.returned.progress ?? '').trim();
  const current = task.progress[period];
  const key = PROGRESS_COLUMN[period];
  const label = TASK_COLUMNS.find((c) => c.key === key)!.vi;
  if (current === next) return { writes: [], log: [] };
  if (!ctx.acceptConflicts && current !== (row.sent.progress ?? '').trim()) {
    throw new HostError(
      `Ô "${label}" của nhiệm vụ ${task.id} đã được sửa trong bảng tính (hiện là "${current}"), nên chưa lưu để không ghi đè.`,
      'Bấm "Tải lại" để xem giá trị mới rồi sửa lại.',
    );
  }
  const column = sheet.columns[key];
  if (column === undefined) throw new HostError(`Trang "${TASK_SHEET}" không có cột "${label}".`, 'Khôi phục cột đó (tên cột ở dòng tiêu đề).');
  return {
    writes: [{ sheet: TASK_SHEET, row: task.row, column, value: next === '' ? { type: 'empty' } : { type: 'text', text: next } }],
    log: [logRowValues({ time: ctx.time, user: ctx.user, taskId: task.id, field: label, old: current, new: next })],
  };
}

/**
 * What the returned phiếu change in the tracker. A field the office changed is saved with the value
 * as sent as "what the pane showed": when the tracker's cell changed since, the save refuses it —
 * a conflict, and nothing of that task is applied — unless `acceptConflicts`, then the office's
 * value wins. Kết quả kỳ này goes to the Kết quả cell of the period the phiếu names; Thực tế to
 * the indicator the Mã chỉ tiêu names. A joint task changed differently in two offices' phiếu is
 * applied from the first and a conflict in the second, accepted or not.
 */
export function collectFrom(
  values: TrackerValues,
  returned: readonly { file: string; grid: Grid }[],
  ctx: { today: string; time: string; acceptConflicts?: boolean },
): CollectBuild {
  const sheet = readTaskSheet(values.tasks);
  const byTask = indicatorsByTask(readIndicatorSheet(values.indicators).indicators);
  const changes: CollectChange[] = [];
  const conflicts: CollectConflict[] = [];
  const problems: { file: string; message: string }[] = [];
  const plans: SavePlan[] = [];
  // The cells the files read so far change, and who changes them.
  const written = new Map<string, { value: CellValue; office: string }>();
  for (const { file, grid } of returned) {
    const read = readOfficeFile(grid);
    if (!read) {
      problems.push({ file, message: 'Không phải phiếu cập nhật (không thấy dòng tiêu đề "Mã | Nhiệm vụ").' });
      continue;
    }
    const user = read.office || file;
    // The tasks in the file's order, then those only its Chỉ tiêu sheet names.
    const ids = [...new Set([...read.rows.map((r) => r.id), ...read.actuals.map((a) => a.taskId)])];
    for (const id of ids) {
      const row = read.rows.find((r) => r.id === id);
      const actuals = read.actuals.filter((a) => a.taskId === id);
      const task = sheet.tasks.find((t) => t.id === id && !t.group);
      if (!task) {
        problems.push({ file, message: `Nhiệm vụ "${id}" không có trong bảng theo dõi.` });
        continue;
      }
      const edited = row ? TASK_FIELDS.filter((f) => !same(row.returned[f], row.sent[f])) : [];
      const progressEdited = row !== undefined && read.period !== null && !same(row.returned.progress, row.sent.progress);
      const own = byTask.get(id) ?? [];
      const actualEdits: { ind: IndicatorRecord; a: ReturnedActual }[] = [];
      for (const a of actuals) {
        if (a.unreadable !== null) {
          problems.push({ file, message: `Chỉ tiêu ${a.ref}: "${a.unreadable}" không phải một số, chưa ghi.` });
          continue;
        }
        if (sameNumber(a.returned, a.sent)) continue;
        const ind = own.find((i) => i.ref === a.ref);
        if (!ind) problems.push({ file, message: `Chỉ tiêu "${a.ref}" không có trong bảng theo dõi.` });
        else actualEdits.push({ ind, a });
      }
      if (edited.length === 0 && !progressEdited && actualEdits.length === 0) continue;
      // A field emptied by the office is sent as '' (cleared); an untouched one is left out.
      const changesOf: TaskChanges = {
        ...(Object.fromEntries(edited.map((f) => [f, row!.returned[f] ?? ''])) as Partial<Record<(typeof TASK_FIELDS)[number], string>>),
        actuals: actualEdits.map(({ ind, a }) => ({ row: ind.row, value: a.returned })),
      };
      // What the save compares against: the values as sent, or (accepted) as they are now.
      const sentActual = (ind: IndicatorRecord): number | null => {
        const edit = actualEdits.find((e) => e.ind === ind);
        return ctx.acceptConflicts || !edit ? ind.actual : edit.a.sent;
      };
      const seenFields =
        ctx.acceptConflicts || !row ? { state: task.state, doneDate: task.doneDateText || task.doneDate, evidence: task.evidence, note: task.note } : row.sent;
      const seen = { ...seenFields, indicators: own.map((ind) => ({ row: ind.row, actual: sentActual(ind) })) } as unknown as TaskView;
      try {
        const progress = progressEdited
          ? planProgress(sheet, task, read.period!, row!, { time: ctx.time, user, acceptConflicts: Boolean(ctx.acceptConflicts) })
          : { writes: [], log: [] };
        const saved = planTaskSave(values, { id: task.id, changes: changesOf, seen }, { today: ctx.today, time: ctx.time, user });
        const plan: SavePlan = { ...saved, writes: [...saved.writes, ...progress.writes], log: [...saved.log, ...progress.log] };
        if (plan.writes.length === 0) continue;
        // A joint task in two offices' phiếu: the second office to change the same cell otherwise is a conflict too.
        for (const w of plan.writes) {
          const earlier = written.get(cellKey(w));
          if (earlier && JSON.stringify(earlier.value) !== JSON.stringify(w.value)) {
            throw new HostError(
              `Ô ở dòng ${w.row} của trang "${w.sheet}" (nhiệm vụ ${task.id}) đã được ${earlier.office} điền khác trong cùng đợt phiếu này, nên chưa lưu.`,
              'Xem hai phiếu rồi sửa trực tiếp trong bảng theo dõi.',
            );
          }
        }
        for (const w of plan.writes) written.set(cellKey(w), { value: w.value, office: user });
        plans.push(plan);
        changes.push({
          file,
          office: read.office,
          id: task.id,
          fields: plan.log.map((l) => `${cellText(l[3])}: ${cellText(l[4])} → ${cellText(l[5])}`),
        });
      } catch (e) {
        if (!(e instanceof HostError)) throw e;
        conflicts.push({ file, office: read.office, id: task.id, message: e.message });
      }
    }
  }
  return { changes, conflicts, problems, plans };
}

/** A logged value as the preview shows it: a blank cell as nothing. */
const cellText = (v: CellValue | undefined): string => (v?.type === 'text' ? v.text : '');
