/**
 * Reads the tracker sheets back from the values a host returns (one read per sheet), finding
 * the columns by their header words rather than by position, so an official who inserts a column
 * or moves one does not break the pane.
 */
import { fold } from '../../core/text';
import { AREA_KEYS, type AreaKey } from '../../core/areas/areaKeys';
import { AREA_NAMES } from '../../core/areas/areaPhrases';
import { TASK_LAYOUT } from '../buildTaskSheet';
import { HostError } from '../host';
import type { PeriodKey } from '../../core/report/periods';
import { INDICATOR_COLUMNS, PROGRESS_COLUMN, TASK_COLUMNS, type ColumnDef, type IndicatorColumnKey, type TaskColumnKey } from '../trackerColumns';
import { INDICATOR_SHEET, TASK_SHEET } from '../sheetNames';
import { isoOfCell, numberOfCell, textOfCell } from './cellValues';
import { DROPPED_FLAG } from '../dueStatus';

export type Grid = readonly (readonly unknown[])[];

/** 1-based sheet column of each catalogue column found in the header row. */
export type ColumnPositions<K extends string> = Partial<Record<K, number>>;

export interface TaskRecord {
  readonly row: number;
  readonly id: string;
  readonly group: boolean;
  readonly area: AreaKey | null;
  readonly areaLabel: string;
  readonly title: string;
  readonly lead: string;
  readonly support: string;
  readonly output: string;
  readonly dueText: string;
  readonly due: string | null;
  readonly sourceRows: string;
  readonly state: string;
  readonly doneDate: string | null;
  /** The completion-date cell holds something that is not a date (typed by hand). */
  readonly doneDateText: string;
  readonly evidence: string;
  readonly note: string;
  /** Kept from an earlier plan that no longer has it (Cảnh báo "Không còn trong kế hoạch"). */
  readonly dropped: boolean;
  /** Kết quả of each report period ('' when blank or the column is missing). */
  readonly progress: Readonly<Record<PeriodKey, string>>;
}

/** A column the official added to Nhiệm vụ: a header that is none of the tracker's. */
export interface OwnColumn {
  /** 1-based sheet column. */
  readonly column: number;
  readonly header: string;
}

export interface TaskSheetRead {
  readonly headerRow: number;
  readonly columns: ColumnPositions<TaskColumnKey>;
  readonly asOf: string | null;
  readonly soonDays: number | null;
  readonly tasks: readonly TaskRecord[];
  readonly ownColumns: readonly OwnColumn[];
}

export interface IndicatorRecord {
  readonly row: number;
  readonly taskId: string;
  readonly metric: string;
  readonly op: string;
  readonly value: number | null;
  readonly unit: string;
  readonly text: string;
  readonly actual: number | null;
  readonly met: string;
  /** "VII-5:1", what a criterion links to; derived from the task's order when the column is gone. */
  readonly ref: string;
}

export interface IndicatorSheetRead {
  readonly headerRow: number;
  readonly columns: ColumnPositions<IndicatorColumnKey>;
  readonly indicators: readonly IndicatorRecord[];
}

const HEADER_SCAN_ROWS = 30;

/** The header row (1-based) and where each known column is, or null when fewer than `min` match. */
export function findColumns<K extends string>(values: Grid, columns: readonly ColumnDef<K>[], min: number): { headerRow: number; positions: ColumnPositions<K> } | null {
  const byLabel = new Map(columns.map((c) => [fold(c.vi), c.key] as const));
  for (let r = 0; r < Math.min(values.length, HEADER_SCAN_ROWS); r++) {
    const positions: ColumnPositions<K> = {};
    let found = 0;
    (values[r] ?? []).forEach((cell, c) => {
      const key = byLabel.get(fold(textOfCell(cell)));
      if (key !== undefined && positions[key] === undefined) {
        positions[key] = c + 1;
        found++;
      }
    });
    if (found >= min) return { headerRow: r + 1, positions };
  }
  return null;
}

const AREA_BY_LABEL = new Map<string, AreaKey>(AREA_KEYS.map((k) => [fold(AREA_NAMES[k].vi), k]));

/** A setting's value to the right of its label ("Ngày đánh giá | | 30/09/2024"). */
function settingValue(values: Grid, headerRow: number, label: string): unknown {
  const want = fold(label);
  for (let r = 0; r < headerRow - 1; r++) {
    const row = values[r] ?? [];
    const at = row.findIndex((c) => fold(textOfCell(c)) === want);
    if (at < 0) continue;
    const fixed = row[TASK_LAYOUT.valueColumn - 1];
    if (fixed !== undefined && fixed !== '' && fixed !== null) return fixed;
    return row.slice(at + 1).find((c) => c !== '' && c !== null && c !== undefined);
  }
  return undefined;
}

const DROPPED_FOLDED = fold(DROPPED_FLAG.vi);

/** Header cells of the task table that name none of the tracker's columns: the official's own. */
function ownColumnsOf(header: readonly unknown[], positions: ColumnPositions<TaskColumnKey>): OwnColumn[] {
  const ours = new Set(Object.values(positions));
  const out: OwnColumn[] = [];
  header.forEach((cell, c) => {
    const text = textOfCell(cell);
    if (text !== '' && !ours.has(c + 1)) out.push({ column: c + 1, header: text });
  });
  return out;
}

export function readTaskSheet(values: Grid): TaskSheetRead {
  const found = findColumns(values, TASK_COLUMNS, 4);
  if (!found || found.positions.id === undefined || found.positions.title === undefined) {
    throw new HostError(`Không đọc được trang "${TASK_SHEET}": không thấy dòng tiêu đề cột (Mã, Nhiệm vụ, Hạn, Trạng thái…).`, 'Hãy tạo bảng theo dõi ở thẻ Nhập kế hoạch, hoặc khôi phục dòng tiêu đề cột.');
  }
  const { headerRow, positions } = found;
  const at = (row: readonly unknown[], key: TaskColumnKey): unknown => {
    const c = positions[key];
    return c === undefined ? undefined : row[c - 1];
  };
  const tasks: TaskRecord[] = [];
  for (let r = headerRow; r < values.length; r++) {
    const row = values[r] ?? [];
    const id = textOfCell(at(row, 'id'));
    if (id === '') continue;
    const areaLabel = textOfCell(at(row, 'area'));
    const state = textOfCell(at(row, 'state'));
    const flag = textOfCell(at(row, 'flag'));
    const doneRaw = at(row, 'doneDate');
    tasks.push({
      row: r + 1,
      id,
      // Group rows are headings: no state to pick and no flag.
      group: state === '' && flag === '' && positions.flag !== undefined,
      dropped: fold(flag) === DROPPED_FOLDED,
      area: AREA_BY_LABEL.get(fold(areaLabel)) ?? null,
      areaLabel,
      title: textOfCell(at(row, 'title')),
      lead: textOfCell(at(row, 'lead')),
      support: textOfCell(at(row, 'support')),
      output: textOfCell(at(row, 'output')),
      sourceRows: textOfCell(at(row, 'sourceRows')),
      dueText: textOfCell(at(row, 'dueText')),
      due: isoOfCell(at(row, 'due')),
      state,
      doneDate: isoOfCell(doneRaw),
      doneDateText: isoOfCell(doneRaw) === null ? textOfCell(doneRaw) : '',
      evidence: textOfCell(at(row, 'evidence')),
      note: textOfCell(at(row, 'note')),
      progress: { q1: textOfCell(at(row, PROGRESS_COLUMN.q1)), h1: textOfCell(at(row, PROGRESS_COLUMN.h1)), q3: textOfCell(at(row, PROGRESS_COLUMN.q3)), year: textOfCell(at(row, PROGRESS_COLUMN.year)) },
    });
  }
  const soon = numberOfCell(settingValue(values, headerRow, 'Số ngày sắp đến hạn'));
  return {
    headerRow,
    columns: positions,
    ownColumns: ownColumnsOf(values[headerRow - 1] ?? [], positions),
    asOf: isoOfCell(settingValue(values, headerRow, 'Ngày đánh giá')),
    soonDays: soon !== null && Number.isInteger(soon) && soon >= 0 ? soon : null,
    tasks,
  };
}

/** The Chỉ tiêu sheet; a missing sheet (null values) reads as no indicators. */
export function readIndicatorSheet(values: Grid | null): IndicatorSheetRead {
  if (values === null) return { headerRow: 0, columns: {}, indicators: [] };
  const found = findColumns(values, INDICATOR_COLUMNS, 4);
  if (!found || found.positions.taskId === undefined) {
    throw new HostError(`Không đọc được trang "${INDICATOR_SHEET}": không thấy dòng tiêu đề cột.`, 'Khôi phục dòng tiêu đề cột (Mã nhiệm vụ, Chỉ tiêu, Thực tế…) hoặc tạo lại bảng theo dõi.');
  }
  const { headerRow, positions } = found;
  const at = (row: readonly unknown[], key: IndicatorColumnKey): unknown => {
    const c = positions[key];
    return c === undefined ? undefined : row[c - 1];
  };
  const indicators: IndicatorRecord[] = [];
  const ordinal = new Map<string, number>();
  for (let r = headerRow; r < values.length; r++) {
    const row = values[r] ?? [];
    const taskId = textOfCell(at(row, 'taskId'));
    if (taskId === '') continue;
    const n = (ordinal.get(taskId) ?? 0) + 1;
    ordinal.set(taskId, n);
    indicators.push({
      ref: textOfCell(at(row, 'ref')) || `${taskId}:${n}`,
      row: r + 1,
      taskId,
      metric: textOfCell(at(row, 'metric')),
      op: textOfCell(at(row, 'op')),
      value: numberOfCell(at(row, 'value')),
      unit: textOfCell(at(row, 'unit')),
      text: textOfCell(at(row, 'text')),
      actual: numberOfCell(at(row, 'actual')),
      met: textOfCell(at(row, 'met')),
    });
  }
  return { headerRow, columns: positions, indicators };
}
