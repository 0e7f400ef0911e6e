/**
 * Re-import as a reviewed merge (design.md §7.1: nothing is lost). The tracker built
 * from the revised plan is laid over the existing one:
 * - each task of the plan takes the entries of the tracker task it is (matchTasks: by ID, then by
 *   meaning), so a renumbered or reworded task keeps its state, dates, evidence, notes, actuals
 *   and the official's own columns;
 * - a tracker task the plan no longer has is never deleted: its row and entries are kept at the
 *   end of Nhiệm vụ (and its indicators at the end of Chỉ tiêu), greyed, with Cảnh báo
 *   "Không còn trong kế hoạch", which no Tổng hợp count includes;
 * - the official's own Nhiệm vụ columns (any header that is none of the tracker's) are kept, right
 *   of the tracker's columns, each cell on its task's row;
 * - every change is one Nhật ký row per field, and the same changes make the preview the official
 *   reviews before anything is written.
 */
import type { Plan, Task } from '../../core/plan/schema';
import { formatDmy } from '../../core/dates/format';
import { AREA_NAMES } from '../../core/areas/areaPhrases';
import { fold } from '../../core/text';
import { DROPPED_FLAG } from '../dueStatus';
import { HEADER_FILL } from '../buildTaskSheet';
import type { MergeFieldChange, MergePreview, MergeTaskChange } from '../host';
import type { LogEntry } from '../logSheet';
import { textCell, type Cell, type CellStyle, type CellValue, type RowModel, type SheetModel, type WorkbookModel } from '../model';
import { INDICATOR_SHEET, TASK_SHEET } from '../sheetNames';
import { INDICATOR_COLUMNS, TASK_COLUMNS, type TaskColumnKey } from '../trackerColumns';
import { isoOfCell, numberOfCell, textOfCell } from './cellValues';
import { matchTasks, sectionOfId } from './matchTasks';
import { readIndicatorSheet, readTaskSheet, type Grid, type OwnColumn, type TaskRecord } from './readTracker';
import type { TrackerValues } from './taskList';

/** The fields of a task the plan decides, compared old → new in the preview and the log. */
const PLAN_FIELDS = ['title', 'lead', 'support', 'output', 'dueText', 'due'] as const satisfies readonly TaskColumnKey[];

const TASK_USER = TASK_COLUMNS.map((c, i) => ({ key: c.key, index: i, kind: c.kind, origin: c.origin })).filter((c) => c.origin === 'user');
const INDICATOR_USER = INDICATOR_COLUMNS.map((c, i) => ({ key: c.key, index: i, origin: c.origin })).filter((c) => c.origin === 'user');
const label = (key: TaskColumnKey): string => TASK_COLUMNS.find((c) => c.key === key)!.vi;
const taskIndex = (key: TaskColumnKey): number => TASK_COLUMNS.findIndex((c) => c.key === key);

/** Who and when, for the Nhật ký rows of a merge. */
export interface MergeLogContext {
  readonly time: string;
  readonly user: string;
}

export interface MergeResult {
  readonly model: WorkbookModel;
  readonly preview: MergePreview;
  /** One Nhật ký entry per changed field, in the preview's order. */
  readonly log: readonly LogEntry[];
  /** Tasks whose entries of the official's were carried over. */
  readonly kept: number;
}

/** A cell value read from a host as the model's value of a column kind (entries carried over). */
export function keptValue(raw: unknown, kind: string): CellValue | null {
  if (raw === null || raw === undefined || raw === '') return null;
  if (kind === 'date') {
    const iso = isoOfCell(raw);
    return iso ? { type: 'date', date: iso } : { type: 'text', text: textOfCell(raw) };
  }
  if (kind === 'number') {
    const n = numberOfCell(raw);
    return n === null ? { type: 'text', text: textOfCell(raw) } : { type: 'number', number: n };
  }
  return { type: 'text', text: textOfCell(raw) };
}

/** An own column's cell as it was: numbers stay numbers, dates dates, the rest text. */
function ownValue(raw: unknown): CellValue {
  if (raw === null || raw === undefined || raw === '') return { type: 'empty' };
  if (typeof raw === 'number') return { type: 'number', number: raw };
  if (typeof raw === 'boolean') return { type: 'text', text: raw ? 'TRUE' : 'FALSE' };
  if (raw instanceof Date) {
    const iso = isoOfCell(raw);
    if (iso) return { type: 'date', date: iso };
  }
  return { type: 'text', text: textOfCell(raw) };
}

/** The cells with one value replaced, its style kept. */
export function withCell(cells: readonly Cell[], index: number, value: CellValue): Cell[] {
  const out = cells.slice();
  out[index] = { ...out[index], value };
  return out;
}

/** Keys "task · metric · n-th time this pair occurs", counted in the order they are asked for. */
function occurrenceKeys(): (taskId: string, metric: string) => string {
  const seen = new Map<string, number>();
  return (taskId, metric) => {
    const base = `${taskId}\u0000${metric}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return `${base}\u0000${n}`;
  };
}

const shown = (key: (typeof PLAN_FIELDS)[number], value: string | null): string => (key === 'due' ? formatDmy(value) : (value ?? ''));
const same = (a: string, b: string): boolean => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

function planValue(task: Task, key: (typeof PLAN_FIELDS)[number]): string | null {
  return key === 'due' ? task.due : task[key];
}

function fieldChanges(old: TaskRecord, task: Task): MergeFieldChange[] {
  const out: MergeFieldChange[] = [];
  for (const key of PLAN_FIELDS) {
    const before = shown(key, old[key]);
    const after = shown(key, planValue(task, key));
    if (!same(before, after)) out.push({ field: key, label: label(key), old: before, new: after });
  }
  return out;
}

/** The sheet rows (1-based) of the tracker's rows, by task ID, with their raw values. */
interface OldSheet {
  readonly values: Grid;
  readonly read: ReturnType<typeof readTaskSheet>;
  rawOf(t: TaskRecord): readonly unknown[];
}

function hasEntries(old: OldSheet, t: TaskRecord, indicatorsWithActuals: ReadonlySet<string>): boolean {
  const raw = old.rawOf(t);
  const userFilled = TASK_USER.some((c) => {
    const at = old.read.columns[c.key];
    if (at === undefined) return false;
    const v = keptValue(raw[at - 1], c.kind);
    // The state the import itself writes ("Chưa thực hiện") is not an entry of the official's.
    return v !== null && !(c.key === 'state' && v.type === 'text' && fold(v.text) === fold('Chưa thực hiện'));
  });
  return userFilled || old.read.ownColumns.some((c) => textOfCell(raw[c.column - 1]) !== '') || indicatorsWithActuals.has(t.id);
}

const DROPPED_STYLE: CellStyle = { fill: DROPPED_FLAG.fill, fontColor: DROPPED_FLAG.fontColor, vAlign: 'top', border: true, wrap: true };

/** The kept row of a dropped task: its values as they were, greyed, flagged, out of every count. */
function droppedRow(old: OldSheet, t: TaskRecord, id: string, width: number): RowModel {
  const raw = old.rawOf(t);
  const cells: Cell[] = TASK_COLUMNS.map((c) => {
    const at = old.read.columns[c.key];
    let value: CellValue;
    if (c.key === 'id') value = { type: 'text', text: id };
    else if (c.key === 'flag') value = { type: 'text', text: DROPPED_FLAG.vi };
    else if (c.key === 'overdueNo') value = { type: 'empty' };
    else value = (at === undefined ? null : keptValue(raw[at - 1], c.kind === 'date' ? 'date' : 'text')) ?? { type: 'empty' };
    return { value, style: { ...DROPPED_STYLE, ...(c.kind === 'date' ? { numFmt: 'dd/mm/yyyy', hAlign: 'center' } : {}) } };
  });
  while (cells.length < width) cells.push({ value: { type: 'empty' }, style: DROPPED_STYLE });
  return { role: 'task', taskId: id, cells };
}

function droppedHeading(width: number, count: number): RowModel {
  const cells: Cell[] = Array.from({ length: width }, () => ({
    value: { type: 'empty' } as CellValue,
    style: { bold: true, fill: DROPPED_FLAG.fill, border: true },
  }));
  cells[taskIndex('title')] = textCell(`${DROPPED_FLAG.vi.toUpperCase()} (${count} nhiệm vụ, giữ lại khi nhập lại kế hoạch)`, {
    bold: true,
    fill: DROPPED_FLAG.fill,
    fontColor: DROPPED_FLAG.fontColor,
    border: true,
  });
  return { role: 'section', cells };
}

/** Own columns laid right of the tracker's: the header cell, and each row widened to match. */
function withOwnColumns(sheet: SheetModel, own: readonly OwnColumn[], valueOf: (row: RowModel) => readonly unknown[] | null): SheetModel {
  if (own.length === 0) return sheet;
  const width = TASK_COLUMNS.length;
  const rows = sheet.rows.map((row): RowModel => {
    const cells = row.cells.slice(0, width);
    while (cells.length < width) cells.push({ value: { type: 'empty' } });
    if (row.role === 'header') {
      return {
        ...row,
        cells: [
          ...cells,
          ...own.map((c) => textCell(c.header, { bold: true, wrap: true, hAlign: 'center', vAlign: 'middle', fill: HEADER_FILL.user, border: true })),
        ],
      };
    }
    const raw = valueOf(row);
    const style: CellStyle | undefined =
      row.role === 'task' || row.role === 'group' || row.role === 'section' ? { vAlign: 'top', border: true, wrap: true } : undefined;
    return {
      ...row,
      cells: [...cells, ...own.map((c) => ({ value: raw ? ownValue(raw[c.column - 1]) : ({ type: 'empty' } as CellValue), ...(style ? { style } : {}) }))],
    };
  });
  return { ...sheet, columns: [...sheet.columns, ...own.map((c, i) => ({ key: `own${i + 1}:${c.header}`, width: 14 }))], rows };
}

/** The ID a dropped task's kept row shows: its own, unless the revised plan gave it to another task. */
function keptId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${id} (cũ)` : `${id} (cũ ${n})`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * Lays the new tracker model over the existing tracker's values. `refused` holds old IDs whose
 * match by meaning the official refused.
 */
export function mergeTracker(
  model: WorkbookModel,
  plan: Plan,
  existing: TrackerValues,
  refused: ReadonlySet<string> = new Set(),
  logCtx: MergeLogContext = { time: '', user: '' },
): MergeResult {
  const read = readTaskSheet(existing.tasks);
  const old: OldSheet = { values: existing.tasks, read, rawOf: (t) => existing.tasks[t.row - 1] ?? [] };
  const indRead = readIndicatorSheet(existing.indicators);
  const withActuals = new Set(indRead.indicators.filter((i) => i.actual !== null).map((i) => i.taskId));

  const oldTasks = read.tasks.filter((t) => !t.group);
  const oldGroups = new Map(read.tasks.filter((t) => t.group).map((t) => [t.id, t]));
  const newTasks = plan.tasks.filter((t) => !t.group);
  const candidate = <T extends { id: string; title: string }>(t: T, section: string, area: string | null) => ({ ...t, section, area });
  const matched = matchTasks(
    oldTasks.map((t) => candidate(t, sectionOfId(t.id), t.area)),
    newTasks.map((t) => candidate(t, t.section, t.area)),
    refused,
  );
  const oldFor = new Map<string, TaskRecord>();
  // matchTasks returns copies with section and area: back to the sheet's records by row, in one map.
  const byRow = new Map(read.tasks.map((t) => [t.row, t]));
  for (const m of matched.matches) oldFor.set(m.new.id, byRow.get(m.old.row)!);

  // ---- the preview and the log ----
  const changes: MergeTaskChange[] = [];
  const log: LogEntry[] = [];
  const entry = (taskId: string, field: string, before: string, after: string): void => {
    log.push({ time: logCtx.time, user: logCtx.user, taskId, field, old: before, new: after });
  };
  const byNew = new Map(matched.matches.map((m) => [m.new.id, m]));
  const addedIds = new Set(matched.added.map((t) => t.id));
  let unchanged = 0;
  for (const task of newTasks) {
    const m = byNew.get(task.id);
    if (!m) {
      if (!addedIds.has(task.id)) continue;
      changes.push({ kind: 'added', id: task.id, oldId: '', title: task.title, fields: [], hasEntries: false });
      entry(task.id, label('title'), '', `Thêm mới: ${task.title}`);
      continue;
    }
    const prior = oldFor.get(task.id)!;
    const fields = fieldChanges(prior, task);
    const entries = hasEntries(old, prior, withActuals);
    if (m.by === 'meaning') {
      const pct = Math.round(m.similarity * 100);
      const where = sectionOfId(prior.id) === task.section && task.section !== '' ? `cùng mục ${task.section}` : `cùng lĩnh vực ${AREA_NAMES[task.area].vi}`;
      changes.push({
        kind: 'rematched',
        id: task.id,
        oldId: prior.id,
        title: task.title,
        fields,
        evidence: `${where}; tên nhiệm vụ giống ${pct}%`,
        similarity: m.similarity,
        hasEntries: entries,
      });
      entry(task.id, label('id'), prior.id, task.id);
    } else if (fields.length > 0) {
      changes.push({ kind: 'changed', id: task.id, oldId: prior.id, title: task.title, fields, hasEntries: entries });
    } else {
      unchanged++;
    }
    for (const f of fields) entry(task.id, f.label, f.old, f.new);
  }
  const newIds = new Set(plan.tasks.map((t) => t.id));
  const dropped = matched.dropped.map((o) => byRow.get(o.row)!);
  const droppedIds = new Map<TaskRecord, string>();
  const taken = new Set(newIds);
  for (const t of dropped) {
    const id = keptId(t.id, taken);
    taken.add(id);
    droppedIds.set(t, id);
    // A task dropped by an earlier re-import stays as it is: nothing new to review or log.
    if (t.dropped) continue;
    changes.push({ kind: 'dropped', id, oldId: t.id, title: t.title, fields: [], hasEntries: hasEntries(old, t, withActuals) });
    entry(id, label('flag'), '', DROPPED_FLAG.vi);
  }
  const count = (kind: MergeTaskChange['kind']): number => changes.filter((c) => c.kind === kind).length;
  const preview: MergePreview = {
    counts: { unchanged, changed: count('changed'), rematched: count('rematched'), added: count('added'), dropped: count('dropped') },
    changes,
    ownColumns: read.ownColumns.map((c) => c.header),
  };

  // ---- the merged model ----
  let kept = 0;
  const rowOf = (row: RowModel): TaskRecord | undefined => {
    if (!row.taskId) return undefined;
    return row.role === 'group' ? oldGroups.get(row.taskId) : oldFor.get(row.taskId);
  };
  const width = TASK_COLUMNS.length + read.ownColumns.length;
  const droppedById = new Map([...droppedIds].map(([t, id]) => [id, t]));
  const sheets = model.sheets.map((sheet): SheetModel => {
    if (sheet.name === TASK_SHEET) {
      const rows: RowModel[] = sheet.rows.map((row): RowModel => {
        const prior = row.role === 'task' ? rowOf(row) : undefined;
        if (!prior) return row;
        const raw = old.rawOf(prior);
        let cells = row.cells;
        let any = false;
        for (const c of TASK_USER) {
          const at = read.columns[c.key];
          const value = at === undefined ? null : keptValue(raw[at - 1], c.kind);
          if (value) {
            if (JSON.stringify(value) !== JSON.stringify(cells[c.index]?.value)) any = true;
            cells = withCell(cells, c.index, value);
          }
        }
        if (any || read.ownColumns.some((c) => textOfCell(raw[c.column - 1]) !== '')) kept++;
        return { ...row, cells };
      });
      if (dropped.length > 0) {
        rows.push(droppedHeading(width, dropped.length));
        for (const t of dropped) rows.push(droppedRow(old, t, droppedIds.get(t)!, TASK_COLUMNS.length));
      }
      const grown: SheetModel = {
        ...sheet,
        rows,
        ...(sheet.autoFilter ? { autoFilter: sheet.autoFilter.replace(/\d+$/, String(rows.length)) } : {}),
        ...(sheet.table ? { table: { ...sheet.table, lastRow: rows.length } } : {}),
      };
      return withOwnColumns(grown, read.ownColumns, (row) => {
        if (!row.taskId) return null;
        const droppedTask = row.cells[taskIndex('flag')]?.value.type === 'text' ? droppedById.get(row.taskId) : undefined;
        const prior = droppedTask ?? rowOf(row);
        return prior ? old.rawOf(prior) : null;
      });
    }
    if (sheet.name === INDICATOR_SHEET) return mergeIndicators(sheet, existing, oldFor, dropped, droppedIds);
    return sheet;
  });
  return { model: { ...model, sheets }, preview, log, kept };
}

/** Chỉ tiêu: actuals carried to the same indicator of the same task; a dropped task's rows kept at the end. */
function mergeIndicators(
  sheet: SheetModel,
  existing: TrackerValues,
  oldFor: ReadonlyMap<string, TaskRecord>,
  dropped: readonly TaskRecord[],
  droppedIds: ReadonlyMap<TaskRecord, string>,
): SheetModel {
  const indRead = readIndicatorSheet(existing.indicators);
  // An indicator is known by its task, its metric and which of the task's same-worded metrics it
  // is (VII-1.1 has the same wording twice): stable when the plan gains or loses other targets.
  const oldKey = occurrenceKeys();
  const indRaw = new Map<string, readonly unknown[]>();
  for (const i of indRead.indicators) indRaw.set(oldKey(i.taskId, i.metric), existing.indicators?.[i.row - 1] ?? []);
  const metricAt = INDICATOR_COLUMNS.findIndex((c) => c.key === 'metric');
  const newKey = occurrenceKeys();
  const rows: RowModel[] = sheet.rows.map((row): RowModel => {
    if (row.role !== 'indicator' || !row.taskId) return row;
    const metric = row.cells[metricAt]?.value;
    const priorId = oldFor.get(row.taskId)?.id ?? row.taskId;
    const raw = indRaw.get(newKey(priorId, metric?.type === 'text' ? metric.text : ''));
    if (!raw) return row;
    let cells = row.cells;
    for (const c of INDICATOR_USER) {
      const at = indRead.columns[c.key];
      const value = at === undefined ? null : keptValue(raw[at - 1], 'number');
      if (value) cells = withCell(cells, c.index, value);
    }
    return { ...row, cells };
  });
  const droppedOld = new Map(dropped.map((t) => [t.id, droppedIds.get(t)!]));
  const ordinal = new Map<string, number>();
  for (const ind of indRead.indicators) {
    const id = droppedOld.get(ind.taskId);
    if (id === undefined) continue;
    const n = (ordinal.get(id) ?? 0) + 1;
    ordinal.set(id, n);
    const raw = existing.indicators?.[ind.row - 1] ?? [];
    rows.push({
      role: 'indicator',
      taskId: id,
      cells: INDICATOR_COLUMNS.map((c) => {
        const at = indRead.columns[c.key];
        let value: CellValue;
        if (c.key === 'taskId') value = { type: 'text', text: id };
        else if (c.key === 'ref') value = { type: 'text', text: `${id}:${n}` };
        else if (c.key === 'met') value = { type: 'text', text: DROPPED_FLAG.vi };
        else value = (at === undefined ? null : keptValue(raw[at - 1], c.kind === 'number' ? 'number' : 'text')) ?? { type: 'empty' };
        return { value, style: DROPPED_STYLE };
      }),
    });
  }
  return { ...sheet, rows, ...(sheet.table ? { table: { ...sheet.table, lastRow: rows.length } } : {}) };
}
