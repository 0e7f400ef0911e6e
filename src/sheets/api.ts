/**
 * The contract between the sidebar (browser, google.script.run) and the Apps Script server
 * functions: the top-level function names of src/sheets/entry/menu.js and the shapes only this
 * host needs. Everything else crossing is the Host port's data (src/workbook/host.ts), which is
 * JSON-safe by design: google.script.run refuses Date arguments and turns a returned Date into a
 * null result.
 */
import type { ImportDone, Progress } from '../workbook/host';

/** Top-level server functions the sidebar calls (each one a `function` in entry/menu.js). */
export const SERVER = {
  previewImport: 'parPreviewImport',
  createTracker: 'parCreateTracker',
  listTasks: 'parListTasks',
  saveTask: 'parSaveTask',
  dashboard: 'parDashboard',
  buildReport: 'parBuildReport',
  buildReminders: 'parBuildReminders',
  addSourceSheet: 'parAddSourceSheet',
  officeFiles: 'parOfficeFiles',
  collect: 'parCollect',
  rollup: 'parRollup',
  goTo: 'parGoTo',
  activeRow: 'parActiveRow',
} as const;
export type ServerFunction = (typeof SERVER)[keyof typeof SERVER];

/** Menu items, each opening the sidebar on a tab. */
export const SIDEBAR_TABS = ['import', 'update', 'dashboard', 'report'] as const;
export type SidebarTab = (typeof SIDEBAR_TABS)[number];

export function isSidebarTab(value: unknown): value is SidebarTab {
  return typeof value === 'string' && (SIDEBAR_TABS as readonly string[]).includes(value);
}

/**
 * Where a chunked tracker creation goes on. The first call writes every value and formula (so
 * nothing the official typed can be lost between calls) and styles the first block of rows; each
 * following call styles the next block. The source is named explicitly because the active sheet
 * may have changed in between.
 */
export interface CreateStep {
  /** 0-based model row the next block starts at. */
  readonly offset: number;
  /** The source sheet and the A1 address read by the first call. */
  readonly sheetName: string;
  readonly address: string;
  /** The tracker's layout as the first call built it; a follow-up that builds another stops. */
  readonly fingerprint: string;
}

export interface CreateResult {
  readonly done: ImportDone;
  readonly progress: Progress;
  /** The next call's step, or null when the tracker is complete. */
  readonly next: CreateStep | null;
}
