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
import { IMPORT_LIMITS } from '../../core/appendix/limits';
import { importMessage } from '../../core/appendix/messages';
import type { ColumnMap } from '../../core/appendix/header';
import { FIELD_KEYS, type FieldKey, type Plan } from '../../core/plan/schema';
import { buildTrackerModel, type CriteriaInput, type SourceTable, type TrackerOptions } from '../buildTracker';
import { criteriaTemplate, readCriteriaGrid } from '../../core/scoring';
import { withSuggestedLinks } from '../scoring/linkCriteria';
import { HostError, type ImportDone, type ImportPreview, type ImportRequest, type MergePreview, type SourceColumn } from '../host';
import type { LogEntry } from '../logSheet';
import { mergeTracker, withCell, type MergeLogContext } from './mergeTracker';
import { columnLetter, type CellValue, type RowModel, type SheetModel, type WorkbookModel } from '../model';
import { CRITERIA_SHEET, TASK_SHEET } from '../sheetNames';
import { TASK_LAYOUT } from '../buildTaskSheet';
import { fold } from '../../core/text';
import { textOfCell } from './cellValues';
import { findColumns, readTaskSheet, type Grid } from './readTracker';
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
  /** The host could not read the merged areas (Excel's 512-area limit): the plan says so. */
  readonly mergesUnread?: boolean;
}

/** The most cells an import reads: beyond this the pane asks for a selection instead. */
export const MAX_IMPORT_CELLS = IMPORT_LIMITS.cells;

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
  const plan = importAppendix(src.values as unknown[][], {
    year: req.year ?? undefined,
    columns: columnOverrides(src, req),
    merges: relativeMerges(src),
  });
  if (src.mergesUnread) plan.warnings.unshift({ row: 0, code: 'merges-unread', message: importMessage('merges-unread', 0, {}) });
  return plan;
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

/**
 * The preview the pane shows. `existing` is the tracker's values when the workbook has one (or
 * just `true` when the host knows a tracker exists but did not read it): the preview then lists
 * what the re-import changes, for the official to review before anything is written.
 */
export function previewImport(src: SourceRange, req: ImportRequest, existing: TrackerValues | boolean | null): ImportPreview {
  const plan = planFromSource(src, req);
  const trackerExists = existing !== null && existing !== false;
  const merge = typeof existing === 'object' && existing !== null && plan.tasks.length > 0 ? trackerFromPlan(plan, { name: src.sheetName, grid: src.values }, req, existing).merge : undefined;
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
    ...(merge ? { merge } : {}),
  };
}

// ---- re-import keeps what officials typed (mergeTracker) ----

/** The Nhiệm vụ setting whose value (column C) is the "due soon" window, in days. */
const SOON_DAYS_LABEL = 'Số ngày sắp đến hạn';

/**
 * The Nhiệm vụ sheet with the official's Số ngày sắp đến hạn kept (read as a valid non-negative
 * integer, else the default stays). Ngày đánh giá is not carried: its cell usually holds TODAY()'s
 * result, and copying that value would freeze the date.
 */
function withKeptSettings(model: WorkbookModel, existing: TrackerValues): WorkbookModel {
  const soonDays = readTaskSheet(existing.tasks).soonDays;
  if (soonDays === null) return model;
  const keep = (row: RowModel): RowModel => {
    const label = row.cells[0]?.value;
    if (row.role !== 'setting' || label?.type !== 'text' || fold(label.text) !== fold(SOON_DAYS_LABEL)) return row;
    return { ...row, cells: withCell(row.cells, TASK_LAYOUT.valueColumn - 1, { type: 'number', number: soonDays }) };
  };
  return { ...model, sheets: model.sheets.map((s) => (s.name === TASK_SHEET ? { ...s, rows: s.rows.map(keep) } : s)) };
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
  /** Re-import: what the merge changed (the preview the official reviewed), and its Nhật ký rows. */
  readonly merge?: MergePreview;
  readonly log: readonly LogEntry[];
}

export interface TrackerBuildOptions extends TrackerOptions {
  /** Who and when, for the Nhật ký rows of a re-import. */
  readonly log?: MergeLogContext;
}

/**
 * The tracker for a source range. `existing` is the current tracker's values when the workbook
 * has one: its user cells are kept.
 */
export function trackerFromSource(src: SourceRange, req: ImportRequest, existing: TrackerValues | null, opts: TrackerBuildOptions = {}): TrackerBuild {
  return trackerFromPlan(planFromSource(src, req), { name: src.sheetName, grid: src.values }, req, existing, opts);
}

/** The tracker for a plan already read (the CLI reads documents its own way), merged over `existing`. */
export function trackerFromPlan(plan: Plan, source: SourceTable, req: ImportRequest, existing: TrackerValues | null, opts: TrackerBuildOptions = {}): TrackerBuild {
  if (plan.tasks.length === 0) {
    const why = plan.warnings[0]?.message ?? 'không thấy nhiệm vụ nào';
    throw new HostError(`Không tạo bảng theo dõi: ${why}`, 'Kiểm tra trang đang mở có phải bảng phụ lục, hoặc chọn đúng các cột ở phần "Cột".');
  }
  const criteria = criteriaFor(plan, req, existing);
  // Targets typed on the existing Tổng hợp sheet are the official's: laid over the plan's table.
  const targets = existing?.dashboard ? mergeTypedTargets(plan.areaTargets ?? [], readDashboardTargets(existing.dashboard)) : plan.areaTargets;
  const { log: logCtx, ...trackerOpts } = opts;
  let model = buildTrackerModel({ ...plan, ...(targets ? { areaTargets: targets } : {}) }, source, { ...trackerOpts, ...(criteria ? { criteria } : {}) });
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
  const merged = existing ? mergeTracker(withKeptSettings(model, existing), plan, existing, new Set(req.refuse ?? []), logCtx) : null;
  if (merged) model = merged.model;
  return {
    model,
    done: {
      sheets: model.sheets.map((s) => s.name),
      tasks: plan.tasks.filter((t) => !t.group).length,
      indicators: plan.tasks.reduce((n, t) => n + t.targets.length, 0),
      warnings: plan.warnings.length,
      kept: merged?.kept ?? 0,
      ...(merged ? { merge: merged.preview.counts, logged: merged.log.length } : {}),
    },
    ...(merged ? { merge: merged.preview } : {}),
    log: merged?.log ?? [],
  };
}
