/**
 * The Nhập kế hoạch (import) tab: from the cells of the active sheet (or the selection) to the
 * preview the pane shows, and to the tracker workbook model a host renders. Pure: a host reads
 * the source range once, calls these, and writes the model.
 *
 * Re-import keeps what officials typed: the user columns of an existing tracker (Trạng thái,
 * Ngày hoàn thành, Minh chứng, Ghi chú; Thực tế, Tử số, Mẫu số) are carried over by task ID, and
 * the Số ngày sắp đến hạn setting when it is a valid number of days.
 */
import { importAppendix, type MergedArea } from '../../core/appendix/importAppendix';
import type { ColumnMap } from '../../core/appendix/header';
import { FIELD_KEYS, type FieldKey, type Plan } from '../../core/plan/schema';
import { buildTrackerModel, type CriteriaInput, type TrackerOptions } from '../buildTracker';
import { criteriaTemplate, readCriteriaGrid } from '../../core/scoring';
import { withSuggestedLinks } from '../scoring/linkCriteria';
import { HostError, type ImportDone, type ImportPreview, type ImportRequest, type SourceColumn } from '../host';
import { columnLetter, type Cell, type CellValue, type RowModel, type SheetModel, type WorkbookModel } from '../model';
import { CRITERIA_SHEET, INDICATOR_SHEET, TASK_SHEET } from '../sheetNames';
import { INDICATOR_COLUMNS, TASK_COLUMNS } from '../trackerColumns';
import { TASK_LAYOUT } from '../buildTaskSheet';
import { fold } from '../../core/text';
import { isoOfCell, numberOfCell, textOfCell } from './cellValues';
import { findColumns, readIndicatorSheet, readTaskSheet, type Grid } from './readTracker';
import { mergeTypedTargets, readDashboardTargets } from './dashboardTargets';
import { typedCriterionActuals } from './scoring';
import { CRITERIA_SHEET_COLUMNS } from '../scoring/criteriaColumns';
import type { TrackerValues } from './taskList';

/** The cells a host read for an import, with where they sit on the sheet. */
export interface SourceRange {
  readonly sheetName: string;
  readonly values: Grid;
  /** 1-based sheet row and column of values[0][0]. */
  readonly firstRow: number;
  readonly firstColumn: number;
  /** Merged areas in sheet coordinates (1-based, inclusive), where the host reports them. */
  readonly merges?: readonly MergedArea[];
}

/** The most cells an import reads: beyond this the pane asks for a selection instead. */
export const MAX_IMPORT_CELLS = 2_000_000;

export function rangeAddress(src: SourceRange): string {
  const rows = src.values.length;
  const cols = src.values.reduce((w, r) => Math.max(w, r.length), 0);
  if (rows === 0 || cols === 0) return `${columnLetter(src.firstColumn)}${src.firstRow}`;
  return `${columnLetter(src.firstColumn)}${src.firstRow}:${columnLetter(src.firstColumn + cols - 1)}${src.firstRow + rows - 1}`;
}

function checkSource(src: SourceRange): void {
  const cells = src.values.reduce((n, r) => n + r.length, 0);
  if (src.values.length === 0 || cells === 0) {
    throw new HostError(`Trang "${src.sheetName}" không có dữ liệu để nhập.`, 'Mở trang có bảng phụ lục kế hoạch (hoặc chọn vùng bảng) rồi thử lại.');
  }
  if (cells > MAX_IMPORT_CELLS) {
    throw new HostError(`Vùng đọc quá lớn (${cells.toLocaleString('vi-VN')} ô).`, 'Chọn đúng vùng bảng phụ lục rồi chọn "Vùng đang chọn".');
  }
}

/** Pane choices (1-based sheet columns) → the importer's 0-based columns of the range. */
function columnOverrides(src: SourceRange, req: ImportRequest): ColumnMap | undefined {
  if (!req.columns) return undefined;
  const out: Record<string, number | undefined> = {};
  for (const [field, column] of Object.entries(req.columns) as [FieldKey, number | null | undefined][]) {
    if (column === undefined) continue;
    // null drops the column: an explicit undefined overrides what the header said.
    out[field] = column === null ? undefined : column - src.firstColumn;
  }
  return out as ColumnMap;
}

function relativeMerges(src: SourceRange): MergedArea[] {
  return (src.merges ?? []).map((m) => ({
    top: m.top - src.firstRow + 1,
    bottom: m.bottom - src.firstRow + 1,
    left: m.left - src.firstColumn + 1,
    right: m.right - src.firstColumn + 1,
  }));
}

export function planFromSource(src: SourceRange, req: ImportRequest): Plan {
  checkSource(src);
  return importAppendix(src.values as unknown[][], {
    year: req.year ?? undefined,
    columns: columnOverrides(src, req),
    merges: relativeMerges(src),
  });
}

function sourceColumns(src: SourceRange, plan: Plan): SourceColumn[] {
  const width = src.values.reduce((w, r) => Math.max(w, r.length), 0);
  const header = (c: number): string =>
    plan.headerRows
      .map((r) => textOfCell(src.values[r - 1]?.[c]))
      .filter((t, i, all) => t !== '' && all.indexOf(t) === i)
      .join(' / ');
  return Array.from({ length: width }, (_, c) => ({ column: src.firstColumn + c, letter: columnLetter(src.firstColumn + c), header: header(c) }));
}

export function previewImport(src: SourceRange, req: ImportRequest, trackerExists: boolean): ImportPreview {
  const plan = planFromSource(src, req);
  const tasks = plan.tasks.filter((t) => !t.group);
  const toSheetRow = (r: number): number => r + src.firstRow - 1;
  return {
    sheetName: src.sheetName,
    scope: req.scope ?? 'sheet',
    address: rangeAddress(src),
    year: plan.year,
    title: plan.title,
    headerRows: plan.headerRows.map(toSheetRow),
    columns: FIELD_KEYS.map((field) => {
      const c = plan.columns[field];
      return { field, column: c === undefined ? null : c + src.firstColumn };
    }),
    sourceColumns: sourceColumns(src, plan),
    counts: {
      tasks: tasks.length,
      groups: plan.tasks.length - tasks.length,
      sections: plan.sections.length,
      targets: plan.tasks.reduce((n, t) => n + t.targets.length, 0),
      warnings: plan.warnings.length,
    },
    warnings: plan.warnings.map((w) => ({ row: w.row > 0 ? toSheetRow(w.row) : null, code: w.code, message: w.message })),
    trackerExists,
  };
}

// ---- carrying user cells over a re-import ----

const TASK_USER = TASK_COLUMNS.map((c, i) => ({ key: c.key, index: i, origin: c.origin, kind: c.kind })).filter((c) => c.origin === 'user');
const INDICATOR_USER = INDICATOR_COLUMNS.map((c, i) => ({ key: c.key, index: i, origin: c.origin })).filter((c) => c.origin === 'user');

function keptValue(raw: unknown, kind: string): CellValue | null {
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

function withCell(cells: readonly Cell[], index: number, value: CellValue): Cell[] {
  const out = cells.slice();
  out[index] = { ...out[index], value };
  return out;
}

/** The Nhiệm vụ setting whose value (column C) is the "due soon" window, in days. */
const SOON_DAYS_LABEL = 'Số ngày sắp đến hạn';

/**
 * A settings row of the new Nhiệm vụ sheet with the official's Số ngày sắp đến hạn kept (read as
 * a valid non-negative integer, else the default stays). Ngày đánh giá is not carried: its cell
 * usually holds TODAY()'s result, and copying that value would freeze the date.
 */
function keptSetting(row: RowModel, soonDays: number | null): RowModel {
  const label = row.cells[0]?.value;
  if (soonDays === null || label?.type !== 'text' || fold(label.text) !== fold(SOON_DAYS_LABEL)) return row;
  return { ...row, cells: withCell(row.cells, TASK_LAYOUT.valueColumn - 1, { type: 'number', number: soonDays }) };
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

/** The model with the user cells of the existing tracker filled in; counts the tasks with entries of their own kept. */
export function carryOverUserCells(model: WorkbookModel, existing: TrackerValues): { model: WorkbookModel; kept: number } {
  const taskRaw = new Map<string, readonly unknown[]>();
  const taskRead = readTaskSheet(existing.tasks);
  for (const t of taskRead.tasks) taskRaw.set(t.id, existing.tasks[t.row - 1] ?? []);
  const indRead = readIndicatorSheet(existing.indicators);
  // An indicator is known by its task, its metric and which of the task's same-worded metrics it
  // is (VII-1.1 has the same wording twice): stable when the plan gains or loses other targets.
  const indicatorKey = occurrenceKeys();
  const indRaw = new Map<string, readonly unknown[]>();
  for (const i of indRead.indicators) indRaw.set(indicatorKey(i.taskId, i.metric), existing.indicators?.[i.row - 1] ?? []);

  let kept = 0;
  const sheets = model.sheets.map((sheet): SheetModel => {
    if (sheet.name === TASK_SHEET) {
      const rows = sheet.rows.map((row): RowModel => {
        if (row.role === 'setting') return keptSetting(row, taskRead.soonDays);
        if (row.role !== 'task' || !row.taskId) return row;
        const raw = taskRaw.get(row.taskId);
        if (!raw) return row;
        let cells = row.cells;
        let any = false;
        for (const c of TASK_USER) {
          const at = taskRead.columns[c.key];
          const value = at === undefined ? null : keptValue(raw[at - 1], c.kind);
          if (value) {
            // A state the import itself writes ("Chưa thực hiện") is not the official's work.
            if (JSON.stringify(value) !== JSON.stringify(cells[c.index]?.value)) any = true;
            cells = withCell(cells, c.index, value);
          }
        }
        if (any) kept++;
        return { ...row, cells };
      });
      return { ...sheet, rows };
    }
    if (sheet.name === INDICATOR_SHEET) {
      const metricAt = INDICATOR_COLUMNS.findIndex((c) => c.key === 'metric');
      const newKey = occurrenceKeys();
      const rows = sheet.rows.map((row): RowModel => {
        if (row.role !== 'indicator' || !row.taskId) return row;
        const metric = row.cells[metricAt]?.value;
        const raw = indRaw.get(newKey(row.taskId, metric?.type === 'text' ? metric.text : ''));
        if (!raw) return row;
        let cells = row.cells;
        for (const c of INDICATOR_USER) {
          const at = indRead.columns[c.key];
          const value = at === undefined ? null : keptValue(raw[at - 1], 'number');
          if (value) cells = withCell(cells, c.index, value);
        }
        return { ...row, cells };
      });
      return { ...sheet, rows };
    }
    return sheet;
  });
  return { model: { ...model, sheets }, kept };
}

/** The criteria set for a new tracker: the workbook's own sheet when it has one, else the template on request. */
function criteriaFor(plan: Plan, req: ImportRequest, existing: TrackerValues | null): CriteriaInput | null {
  if (existing?.criteria) {
    const read = readCriteriaGrid(existing.criteria.map((r) => [...r]));
    if (read.criteria.length > 0) return { criteria: read.criteria, template: false };
  }
  if (req.criteria !== 'template') return null;
  return { criteria: withSuggestedLinks(criteriaTemplate().criteria, plan).criteria, template: true };
}

/** A criteria sheet with the workbook's formula columns where the dashboard expects them. */
function hasTrackerLayout(values: Grid): boolean {
  const found = findColumns(values, CRITERIA_SHEET_COLUMNS, CRITERIA_SHEET_COLUMNS.length);
  return found !== null && CRITERIA_SHEET_COLUMNS.every((c, i) => found.positions[c.key] === i + 1);
}

/** The rebuilt criteria sheet with the actuals typed in the pasted one, by criterion code. */
function withTypedActuals(sheet: SheetModel, pasted: Grid): SheetModel {
  const typed = new Map<string, CellValue>();
  for (const [code, raw] of typedCriterionActuals(pasted)) {
    typed.set(code, typeof raw === 'number' ? { type: 'number', number: raw } : { type: 'text', text: textOfCell(raw) });
  }
  const actualIndex = CRITERIA_SHEET_COLUMNS.findIndex((c) => c.key === 'actual');
  return {
    ...sheet,
    rows: sheet.rows.map((row) => {
      const value = row.taskId === undefined ? undefined : typed.get(row.taskId);
      return value ? { ...row, cells: withCell(row.cells, actualIndex, value) } : row;
    }),
  };
}

export interface TrackerBuild {
  readonly model: WorkbookModel;
  readonly done: ImportDone;
}

/**
 * The tracker for a source range. `existing` is the current tracker's values when the workbook
 * has one: its user cells are kept.
 */
export function trackerFromSource(src: SourceRange, req: ImportRequest, existing: TrackerValues | null, opts: TrackerOptions = {}): TrackerBuild {
  const plan = planFromSource(src, req);
  if (plan.tasks.length === 0) {
    const why = plan.warnings[0]?.message ?? 'không thấy nhiệm vụ nào';
    throw new HostError(`Không tạo bảng theo dõi: ${why}`, 'Kiểm tra trang đang mở có phải bảng phụ lục, hoặc chọn đúng các cột ở phần "Cột".');
  }
  const criteria = criteriaFor(plan, req, existing);
  // Targets typed on the existing Tổng hợp sheet are the official's: laid over the plan's table.
  const targets = existing?.dashboard ? mergeTypedTargets(plan.areaTargets ?? [], readDashboardTargets(existing.dashboard)) : plan.areaTargets;
  let model = buildTrackerModel({ ...plan, ...(targets ? { areaTargets: targets } : {}) }, { name: src.sheetName, grid: src.values }, { ...opts, ...(criteria ? { criteria } : {}) });
  if (existing?.criteria && criteria) {
    model = {
      ...model,
      sheets: model.sheets.map((s) => {
        if (s.name !== CRITERIA_SHEET) return s;
        // The official's criteria sheet in the tracker's own layout is theirs: scored by the new
        // dashboard, never rewritten. A set pasted in another layout is rewritten in this one
        // (every criterion and each actual typed for it kept), so the Tổng hợp formulas find
        // its columns.
        return hasTrackerLayout(existing.criteria!) ? { ...s, ifExists: 'keep' as const } : withTypedActuals(s, existing.criteria!);
      }),
    };
  }
  let kept = 0;
  if (existing) ({ model, kept } = carryOverUserCells(model, existing));
  return {
    model,
    done: {
      sheets: model.sheets.map((s) => s.name),
      tasks: plan.tasks.filter((t) => !t.group).length,
      indicators: plan.tasks.reduce((n, t) => n + t.targets.length, 0),
      warnings: plan.warnings.length,
      kept,
    },
  };
}
