/**
 * Saving one task from the pane: which cells change and which Nhật ký rows to append. Pure, so
 * each host does one read (the two sheets) and one write (these cells + the log rows).
 *
 * Nothing is lost: a field the sheet changed after the pane loaded it (someone typed in the
 * cell) is refused with a message instead of being overwritten, and only cells whose value
 * really changes are written.
 */
import { formatDmy, isIsoDate } from '../../core/dates';
import { fold } from '../../core/text';
import { TASK_STATES } from '../dueStatus';
import { HostError, type SaveRequest, type TaskView } from '../host';
import { logRowValues, type LogEntry } from '../logSheet';
import type { CellValue, CellWrite } from '../model';
import { INDICATOR_SHEET, TASK_SHEET } from '../sheetNames';
import { INDICATOR_COLUMNS, TASK_COLUMNS, type IndicatorColumnKey, type TaskColumnKey } from '../trackerColumns';
import { readIndicatorSheet, readTaskSheet, type IndicatorRecord, type TaskRecord } from './readTracker';
import { indicatorsByTask, type TrackerValues } from './taskList';
import { taskView } from './taskView';

export interface SaveContext {
  /** ISO date for the flag when the sheet's Ngày đánh giá is blank. */
  readonly today: string;
  /** The log's time text, "dd/mm/yyyy hh:mm". */
  readonly time: string;
  /** Who saves, where the host tells (Excel on the web, Google account); '' otherwise. */
  readonly user: string;
}

export interface SavePlan {
  readonly writes: readonly CellWrite[];
  readonly log: readonly CellValue[][];
  readonly task: TaskView;
}

type EditableField = 'state' | 'doneDate' | 'evidence' | 'note';
const FIELD_COLUMN: Record<EditableField, TaskColumnKey> = { state: 'state', doneDate: 'doneDate', evidence: 'evidence', note: 'note' };
const label = (key: TaskColumnKey): string => TASK_COLUMNS.find((c) => c.key === key)!.vi;
const indicatorLabel = (key: IndicatorColumnKey): string => INDICATOR_COLUMNS.find((c) => c.key === key)!.vi;

/** The state as the dropdown spells it, whatever the case or accents typed; '' stays blank. */
function canonicalState(state: string): string {
  const text = state.trim();
  if (text === '') return '';
  const match = TASK_STATES.find((s) => fold(s.vi) === fold(text) || fold(s.en) === fold(text));
  if (!match) {
    throw new HostError(`Trạng thái "${text}" không có trong danh sách.`, `Chọn một trong: ${TASK_STATES.map((s) => s.vi).join(', ')}.`);
  }
  return match.vi;
}

const shown = (field: EditableField, v: string | null): string => (field === 'doneDate' ? formatDmy(v) : (v ?? ''));

function cellValue(field: EditableField, v: string | null): CellValue {
  if (v === null || v === '') return { type: 'empty' };
  return field === 'doneDate' ? { type: 'date', date: v } : { type: 'text', text: v };
}

const numberShown = (ind: IndicatorRecord, v: number | null): string => (v === null ? '' : ind.unit === '%' ? `${+(v * 100).toFixed(4)}%` : String(v));

export function planTaskSave(values: TrackerValues, req: SaveRequest, ctx: SaveContext): SavePlan {
  const sheet = readTaskSheet(values.tasks);
  const indicators = readIndicatorSheet(values.indicators);
  const task = sheet.tasks.find((t) => t.id === req.id && !t.group);
  if (!task) {
    throw new HostError(`Không tìm thấy nhiệm vụ "${req.id}" trên trang "${TASK_SHEET}".`, 'Bấm "Tải lại" để đọc lại danh sách nhiệm vụ.');
  }
  const writes: CellWrite[] = [];
  const log: CellValue[][] = [];
  const entry = (field: string, old: string, next: string): LogEntry => ({ time: ctx.time, user: ctx.user, taskId: task.id, field, old, new: next });
  const updated: Record<EditableField, string | null> = { state: task.state, doneDate: task.doneDate, evidence: task.evidence, note: task.note };
  const { changes, seen } = req;

  const next: Partial<Record<EditableField, string | null>> = {
    state: changes.state === undefined ? undefined : canonicalState(changes.state),
    doneDate: changes.doneDate === undefined ? undefined : changes.doneDate === '' ? null : changes.doneDate,
    evidence: changes.evidence?.trim(),
    note: changes.note?.trim(),
  };
  if (next.doneDate && !isIsoDate(next.doneDate)) {
    throw new HostError(`Ngày hoàn thành "${next.doneDate}" không phải một ngày hợp lệ.`, 'Nhập ngày dạng dd/mm/yyyy.');
  }
  for (const field of Object.keys(FIELD_COLUMN) as EditableField[]) {
    const value = next[field];
    if (value === undefined) continue;
    const current = field === 'doneDate' && task.doneDateText !== '' ? task.doneDateText : updated[field];
    if ((current ?? '') === (value ?? '')) continue;
    if ((current ?? '') !== (seen[field] ?? '')) {
      throw new HostError(
        `Ô "${label(FIELD_COLUMN[field])}" của nhiệm vụ ${task.id} đã được sửa trong bảng tính (hiện là "${shown(field, current)}"), nên chưa lưu để không ghi đè.`,
        'Bấm "Tải lại" để xem giá trị mới rồi sửa lại.',
      );
    }
    const column = sheet.columns[FIELD_COLUMN[field]];
    if (column === undefined) throw new HostError(`Trang "${TASK_SHEET}" không có cột "${label(FIELD_COLUMN[field])}".`, 'Khôi phục cột đó (tên cột ở dòng tiêu đề).');
    writes.push({ sheet: TASK_SHEET, row: task.row, column, value: cellValue(field, value) });
    log.push(logRowValues(entry(label(FIELD_COLUMN[field]), shown(field, current), shown(field, value))));
    updated[field] = value;
  }

  const own = indicatorsByTask(indicators.indicators).get(task.id) ?? [];
  const nowIndicators = own.map((ind) => ({ ...ind }));
  for (const change of changes.actuals ?? []) {
    const at = nowIndicators.findIndex((ind) => ind.row === change.row);
    if (at < 0) throw new HostError(`Dòng ${change.row} của trang "${INDICATOR_SHEET}" không phải chỉ tiêu của nhiệm vụ ${task.id}.`, 'Bấm "Tải lại".');
    if (change.value !== null && !Number.isFinite(change.value)) throw new HostError('Giá trị thực tế phải là một số.', 'Ví dụ: 95% hoặc 12.');
    const ind = nowIndicators[at];
    if (ind.actual === change.value) continue;
    const seenActual = seen.indicators.find((i) => i.row === change.row)?.actual ?? null;
    if (ind.actual !== seenActual) {
      throw new HostError(`Ô "Thực tế" của chỉ tiêu "${ind.metric}" đã được sửa trong bảng tính (hiện là ${numberShown(ind, ind.actual)}), nên chưa lưu.`, 'Bấm "Tải lại" rồi sửa lại.');
    }
    const column = indicators.columns.actual;
    if (column === undefined) throw new HostError(`Trang "${INDICATOR_SHEET}" không có cột "Thực tế".`, 'Khôi phục cột đó.');
    writes.push({ sheet: INDICATOR_SHEET, row: ind.row, column, value: change.value === null ? { type: 'empty' } : { type: 'number', number: change.value } });
    log.push(logRowValues(entry(`${indicatorLabel('actual')}: ${ind.metric}`, numberShown(ind, ind.actual), numberShown(ind, change.value))));
    nowIndicators[at] = { ...ind, actual: change.value };
  }

  const after: TaskRecord = { ...task, state: updated.state ?? '', doneDate: updated.doneDate, doneDateText: next.doneDate !== undefined ? '' : task.doneDateText, evidence: updated.evidence ?? '', note: updated.note ?? '' };
  return { writes, log, task: taskView(after, nowIndicators, sheet.asOf ?? ctx.today, sheet.soonDays ?? undefined) };
}

/** "dd/mm/yyyy hh:mm" of a moment, in the clock of the machine (the official's). */
export function logTime(now: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${p(now.getDate())}/${p(now.getMonth() + 1)}/${now.getFullYear()} ${p(now.getHours())}:${p(now.getMinutes())}`;
}
