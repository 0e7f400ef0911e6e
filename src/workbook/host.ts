/**
 * The port between the task pane / sidebar (src/ui) and a spreadsheet host. The UI only knows
 * this interface and the plain-data views below; each host (Excel through Office.js, Google Sheets
 * through google.script.run, the test fake) implements it with the pure operations in ./ops, so
 * the import, update and dashboard logic is written once.
 *
 * Everything crossing the port is JSON-safe: dates are ISO 'YYYY-MM-DD' strings, never `Date`
 * objects (google.script.run cannot carry them), and rows are 1-based sheet rows.
 */
import type { RollupData } from '../core/report/rollup';
import type { UnitRead } from './ops/rollup';
import type { CollectBuild, OfficeFile } from './ops/officeFiles';
import type { AreaKey } from '../core/areas/areaKeys';
import type { DueState } from '../core/status/dueState';
import type { FieldKey } from '../core/plan/schema';
import type { PeriodKey } from '../core/report/periods';
import type { ReportData } from '../core/report/report';
import type { Reminders } from '../core/report/reminders';
import type { Settings } from './settingsSheet';

/** Which cells to import: the whole active sheet, or only the selected range. */
export type ImportScope = 'sheet' | 'selection';

export interface ImportRequest {
  readonly scope?: ImportScope;
  /** Column overrides picked in the pane: 1-based sheet columns, or null to drop a column. */
  readonly columns?: Partial<Record<FieldKey, number | null>>;
  /** The plan year, overriding the one read from the title. */
  readonly year?: number | null;
  /** Add the Bộ tiêu chí sheet from the bundled template (kept as is when the workbook has one). */
  readonly criteria?: 'template' | null;
  /**
   * Re-import: old task IDs whose match the official refused in the review (a renumbered or
   * reworded task that is in fact another one). Such a task is kept as dropped, and the revised
   * plan's task it was matched to comes in as new.
   */
  readonly refuse?: readonly string[];
}

/** One field of a task that the revised plan changes: tracker value → plan value. */
export interface MergeFieldChange {
  /** Column key on Nhiệm vụ ('title', 'due', …). */
  readonly field: string;
  /** Its header ("Tiến độ"), as logged in Nhật ký. */
  readonly label: string;
  readonly old: string;
  readonly new: string;
}

export type MergeChangeKind = 'added' | 'changed' | 'rematched' | 'dropped';

export interface MergeTaskChange {
  readonly kind: MergeChangeKind;
  /** The task's ID after the merge (for a dropped task, the ID its kept row shows). */
  readonly id: string;
  /** The tracker's ID before the merge; '' for an added task. */
  readonly oldId: string;
  readonly title: string;
  /** What changes on the task's row (changed, rematched). */
  readonly fields: readonly MergeFieldChange[];
  /** Why a task was matched to another ID, for the official to accept or refuse ("rematched"). */
  readonly evidence?: string;
  /** Title similarity of a match by meaning, 0..1. */
  readonly similarity?: number;
  /** The task holds entries of the official's (state, date, evidence, note, actuals, own columns). */
  readonly hasEntries: boolean;
}

/** What a re-import will do to the tracker, shown before anything is written. */
export interface MergePreview {
  readonly counts: { readonly unchanged: number; readonly changed: number; readonly rematched: number; readonly added: number; readonly dropped: number };
  /** One entry per task that is not unchanged, in the plan's order, dropped tasks last. */
  readonly changes: readonly MergeTaskChange[];
  /** The official's own Nhiệm vụ columns, carried on their tasks' rows. */
  readonly ownColumns: readonly string[];
}

export interface ColumnChoice {
  readonly field: FieldKey;
  /** 1-based sheet column the field is read from, or null when none was found. */
  readonly column: number | null;
}

export interface SourceColumn {
  /** 1-based sheet column. */
  readonly column: number;
  /** Its letter ("C") and header text, for the dropdown. */
  readonly letter: string;
  readonly header: string;
}

export interface PreviewWarning {
  /** 1-based row of the source sheet, for "go to row"; null when the warning is about the whole table. */
  readonly row: number | null;
  readonly code: string;
  readonly message: string;
}

export interface ImportPreview {
  readonly sheetName: string;
  readonly scope: ImportScope;
  /** The A1 address of the cells read, e.g. "A1:F120". */
  readonly address: string;
  readonly year: number | null;
  readonly title: string;
  /** 1-based sheet rows of the table header; empty when none was found. */
  readonly headerRows: readonly number[];
  readonly columns: readonly ColumnChoice[];
  readonly sourceColumns: readonly SourceColumn[];
  readonly counts: { readonly tasks: number; readonly groups: number; readonly sections: number; readonly targets: number; readonly warnings: number };
  readonly warnings: readonly PreviewWarning[];
  /** True when the workbook already has the tracker sheets (creating again replaces generated columns only). */
  readonly trackerExists: boolean;
  /** When the workbook has a tracker: what the re-import changes, for the official to review. */
  readonly merge?: MergePreview;
}

export interface ImportDone {
  readonly sheets: readonly string[];
  readonly tasks: number;
  readonly indicators: number;
  readonly warnings: number;
  /** Tasks whose user-entered cells were carried over from an existing tracker. */
  readonly kept: number;
  /** Re-import: the counts of the merge applied, and the Nhật ký rows it wrote. */
  readonly merge?: MergePreview['counts'];
  readonly logged?: number;
}

export interface IndicatorView {
  /** 1-based row on the Chỉ tiêu sheet. */
  readonly row: number;
  readonly metric: string;
  /** The target as normalised ("≥ 90%") and as written. */
  readonly target: string;
  readonly text: string;
  readonly unit: string;
  readonly actual: number | null;
  readonly met: boolean | null;
}

export interface TaskView {
  readonly id: string;
  /** 1-based row on the Nhiệm vụ sheet. */
  readonly row: number;
  readonly group: boolean;
  readonly title: string;
  readonly area: AreaKey | null;
  readonly areaLabel: string;
  readonly lead: string;
  readonly dueText: string;
  readonly due: string | null;
  /** Trạng thái as in the sheet ("Đang thực hiện"); '' when blank. */
  readonly state: string;
  readonly doneDate: string | null;
  readonly evidence: string;
  readonly note: string;
  readonly flag: DueState;
  readonly indicators: readonly IndicatorView[];
  /** Kept from an earlier plan that no longer has it: shown, never counted in the plan's totals. */
  readonly dropped?: boolean;
}

export interface TaskList {
  readonly asOf: string;
  readonly soonDays: number;
  readonly tasks: readonly TaskView[];
  readonly leads: readonly string[];
  readonly areas: readonly { readonly key: AreaKey; readonly label: string }[];
  readonly states: readonly string[];
}

/** What the official edited; omitted fields are unchanged. */
export interface TaskChanges {
  readonly state?: string;
  readonly doneDate?: string | null;
  readonly evidence?: string;
  readonly note?: string;
  /** Actual values of the task's indicators, by Chỉ tiêu row. */
  readonly actuals?: readonly { readonly row: number; readonly value: number | null }[];
}

export interface SaveRequest {
  readonly id: string;
  readonly changes: TaskChanges;
  /** The task as the pane showed it: a cell changed in the sheet meanwhile is not overwritten. */
  readonly seen: TaskView;
}

export interface SaveDone {
  readonly task: TaskView;
  /** Cells written on the tracker sheets (the Nhật ký rows not counted). */
  readonly written: number;
  readonly logged: number;
}

export type StateCounts = Readonly<Record<DueState, number>>;

/** A component index of the dashboard, against this year's target. */
export interface AreaScoreView {
  readonly key: AreaKey | 'total';
  readonly label: string;
  readonly max: number;
  readonly points: number;
  /** points / max as a fraction; null while no criterion of the area is scored. */
  readonly index: number | null;
  readonly scored: number;
  readonly criteria: number;
  /** Target as on the Tổng hợp sheet ("> 85%"), with met / gap once there is an index. */
  readonly target: { readonly op: string; readonly value: number } | null;
  readonly met: boolean | null;
  readonly gap: number | null;
  readonly lastIndex: number | null;
}

export interface LostView {
  readonly code: string;
  readonly name: string;
  readonly areaLabel: string;
  readonly max: number;
  readonly points: number;
  readonly lost: number;
  /** The task the criterion reads from (its link), '' when none. */
  readonly taskId: string;
}

export interface ScoringView {
  readonly areas: readonly AreaScoreView[];
  /** Scored criteria losing the most points first. */
  readonly lost: readonly LostView[];
  /** Rows of the Bộ tiêu chí sheet that could not be read as they are (row, what is wrong). */
  readonly problems: readonly { readonly row: number; readonly message: string }[];
}

export interface DashboardView {
  readonly asOf: string;
  /** Present when the workbook has a Bộ tiêu chí sheet. */
  readonly scoring?: ScoringView;
  readonly total: number;
  readonly byState: StateCounts;
  readonly byArea: readonly { readonly key: AreaKey | null; readonly label: string; readonly counts: StateCounts; readonly total: number }[];
  readonly byLead: readonly { readonly lead: string; readonly counts: StateCounts; readonly total: number }[];
  readonly overdue: readonly TaskView[];
}

export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly label: string;
}

export interface SheetRow {
  readonly sheet: string;
  readonly row: number;
}

/** A failure the pane shows as is: what happened and what to do, in Vietnamese. */
export class HostError extends Error {
  constructor(
    message: string,
    readonly hint: string = '',
  ) {
    super(message);
    this.name = 'HostError';
  }
}

/** Build the periodic report of a period (at its cut-off unless `asOf` is given). */
export interface ReportRequest {
  readonly period: PeriodKey;
  readonly asOf?: string | null;
}

/** The report as built, after the Báo cáo sheet was written: the pane shows it and makes the .docx. */
export interface ReportDone {
  readonly sheet: string;
  readonly data: ReportData;
  readonly settings: Settings;
  readonly year: number;
}

/** Roll up many units' trackers (each read in the pane, then counted by readUnit) at a cut-off. */
export interface RollupHostRequest {
  readonly units: readonly UnitRead[];
  readonly asOf: string;
  readonly year?: number | null;
}

/** The roll-up as built: the sheets written into the open workbook, or (browser app) the file to download. */
export interface RollupDone {
  readonly data: RollupData;
  readonly sheets: readonly string[];
  readonly file?: TrackerFile;
}

/** The phiếu cập nhật of every lead office: their workbooks, for the pane to write and offer. */
export interface OfficeFilesRequest {
  readonly replyBy?: string | null;
}

export interface OfficeFilesDone {
  readonly files: readonly OfficeFile[];
}

/** Returned phiếu (read in the pane), previewed or applied to the tracker. */
export interface CollectRequest {
  readonly files: readonly { readonly file: string; readonly grid: readonly (readonly unknown[])[] }[];
  readonly apply: boolean;
  readonly acceptConflicts: boolean;
}

export interface CollectDone {
  readonly changes: CollectBuild['changes'];
  readonly conflicts: CollectBuild['conflicts'];
  readonly problems: CollectBuild['problems'];
  readonly applied: boolean;
  readonly logged: number;
}

/** The reminders of a day (Ngày đánh giá, else today, unless `asOf` is given). */
export interface RemindRequest {
  readonly asOf?: string | null;
}

export interface RemindDone {
  readonly sheet: string;
  readonly data: Reminders;
  readonly settings: Settings;
}

/** A plan read from a file (Word, Excel, CSV, text), to be written as a new source sheet. */
export interface SourceSheetRequest {
  /** The wanted sheet name; the host adds " (2)", " (3)"… when the workbook has a sheet of that name. */
  readonly sheetName: string;
  /** Cell values: text, numbers, Dates as ISO text are written as they are (text stays text, never a formula). */
  readonly grid: readonly (readonly (string | number | boolean | null)[])[];
  /** Merged areas, 1-based and inclusive. */
  readonly merges: readonly { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number }[];
}

/** A tracker workbook as a file, for the browser app to offer as a download. */
export interface TrackerFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface Host {
  readonly kind: 'excel' | 'sheets' | 'fake' | 'browser';
  /**
   * Writes a plan read from a file as a new sheet and makes it the active sheet, so the next
   * preview (scope 'sheet') reads it. Returns the sheet's name.
   */
  addSourceSheet(req: SourceSheetRequest): Promise<{ readonly sheetName: string }>;
  previewImport(req: ImportRequest): Promise<ImportPreview>;
  createTracker(req: ImportRequest, onProgress?: (p: Progress) => void): Promise<ImportDone>;
  listTasks(): Promise<TaskList>;
  saveTask(req: SaveRequest): Promise<SaveDone>;
  dashboard(): Promise<DashboardView>;
  /** Writes the Báo cáo sheet for a period and returns the report (one read, one write). */
  buildReport(req: ReportRequest): Promise<ReportDone>;
  /** Writes the Đôn đốc sheet and returns the reminders per office (one read, one write). */
  buildReminders(req: RemindRequest): Promise<RemindDone>;
  goTo(target: SheetRow): Promise<void>;
  /** Calls back when the user selects a row in the sheet; returns the unsubscribe. Optional. */
  watchSelection?(onSelect: (at: SheetRow) => void): () => void;
  /** Writes the roll-up of many units (Tổng hợp đơn vị, Quá hạn các đơn vị). Hosts that cannot read .xlsx files in the pane leave it out. */
  rollup?(req: RollupHostRequest): Promise<RollupDone>;
  /** The phiếu cập nhật of the lead offices (hosts whose pane can write .xlsx files). */
  officeFiles?(req: OfficeFilesRequest): Promise<OfficeFilesDone>;
  /** Returned phiếu previewed, or applied through the task save with a Nhật ký row per change. */
  collect?(req: CollectRequest): Promise<CollectDone>;
  /** The browser app: an existing tracker chosen to re-import into (its entries kept). */
  openTracker?(file: TrackerFile): Promise<{ readonly tasks: number }>;
  /** The browser app: the tracker as built, as an .xlsx file to download. */
  trackerFile?(): Promise<TrackerFile>;
}
