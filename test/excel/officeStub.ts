/**
 * What the end-to-end test serves in place of Office's script
 * (https://appsforoffice.microsoft.com/lib/1/hosted/office.js): the fake Excel over a workbook
 * whose active sheet holds `window.__PAR_SHEETS__` (set just before this bundle), and the bits of
 * `Office` and `CustomFunctions` the task pane and functions.js touch. `window.parFake` lets the
 * test read the workbook back.
 */
import { fakeExcelWith, type FakeExcel } from './fakeExcel';
import type { CellScalar } from './fakeWorkbook';

interface StubWindow {
  __PAR_SHEETS__: Record<string, CellScalar[][]>;
  parFake: FakeExcel;
  Excel: unknown;
  Office: unknown;
  CustomFunctions: unknown;
}

const w = window as unknown as StubWindow;
const fake = fakeExcelWith(w.__PAR_SHEETS__, { platform: 'desktop' });
w.parFake = fake;
w.Excel = fake.namespace;

const info = { host: 'Excel', platform: 'PC' };
w.Office = {
  HostType: { Excel: 'Excel' },
  PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline' },
  onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
    return Promise.resolve().then(() => {
      callback?.(info);
      return info;
    });
  },
  context: {
    displayLanguage: 'vi-VN',
    platform: 'PC',
    requirements: { isSetSupported: (name: string, version?: string) => name === 'ExcelApi' && fake.supports(version ?? '1.1') },
  },
};

/** functions.js registers its functions; the pane does not use them. */
class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}
const registered: string[] = [];
w.CustomFunctions = {
  associate: (id: string) => void registered.push(id),
  Error: CustomFunctionError,
  ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!', nullReference: '#NULL!', invalidName: '#NAME?', invalidReference: '#REF!' },
  registered,
};
