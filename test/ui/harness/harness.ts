/**
 * The browser entry of the pane tests: mounts the real UI (src/ui) on the fake host and exposes
 * `window.parHarness` for the test to drive and inspect it.
 */
import { mountApp, type MountedApp } from '../../../src/ui';
import type { Lang, TabKey } from '../../../src/ui';
import type { Host, SheetRow } from '../../../src/workbook/host';
import { FakeWorkbook, type Failure, type FakeOptions } from './fakeHost';

export interface StartOptions extends FakeOptions {
  readonly lang?: Lang;
  readonly initialTab?: TabKey;
  /** Create the tracker before mounting (tests that start on the update or dashboard tab). */
  readonly withTracker?: boolean;
}

export interface Harness {
  start(options: StartOptions): void;
  calls(method?: string): { method: string; args: unknown }[];
  failNext(method: keyof Host, failure: Failure): void;
  select(at: SheetRow): void;
  sheet(name: string): unknown[][] | null;
  /** Types into a cell of the fake workbook, as an official would in the sheet (1-based). */
  setCell(name: string, row: number, column: number, value: string | number): void;
  /** Pastes another appendix (a revised plan) into the source sheet. */
  setSource(grid: unknown[][]): void;
  show(tab: TabKey): void;
  dispose(): void;
}

let workbook: FakeWorkbook | null = null;
let app: MountedApp | null = null;

const harness: Harness = {
  start(options) {
    app?.dispose();
    workbook = new FakeWorkbook(options);
    if (options.withTracker) workbook.build();
    const root = document.getElementById('root')!;
    app = mountApp(root, workbook.host(), { lang: options.lang, initialTab: options.initialTab });
  },
  calls(method) {
    const all = workbook?.calls ?? [];
    return JSON.parse(JSON.stringify(method ? all.filter((c) => c.method === method) : all));
  },
  failNext(method, failure) {
    workbook?.failNext(method, failure);
  },
  select(at) {
    workbook?.select(at);
  },
  sheet(name) {
    const values = workbook?.sheets.get(name);
    return values ? JSON.parse(JSON.stringify(values)) : null;
  },
  setCell(name, row, column, value) {
    const values = workbook?.sheets.get(name);
    if (!values) throw new Error(`no sheet ${name}`);
    values[row - 1][column - 1] = value;
  },
  setSource(grid) {
    workbook?.setSource(grid);
  },
  show(tab) {
    app?.show(tab);
  },
  dispose() {
    app?.dispose();
    app = null;
  },
};

(window as unknown as { parHarness: Harness }).parHarness = harness;
