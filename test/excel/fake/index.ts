// Fakes the Excel JavaScript API the adapter uses (Excel.run and its object model), in memory.
// Counts syncs and request/response bytes and records every write: see context.ts; each family has its file.
import { colLetters, parseAddress, type CellScalar } from '../fakeWorkbook';
import { FakeExcel, type FakeOptions } from './context';

export { FakeError, FakeWorkbookState } from '../fakeWorkbook';
export { FakeContext, FakeExcel, type FakeOptions, type WriteRecord } from './context';
export { MAX_MERGED_AREAS, RangeProxy } from './range';
export { WorksheetProxy } from './worksheet';

/** Column letters, for tests that check cells by address. */
export { colLetters, parseAddress };

/** A fake with the given sheets, the first active. */
export function fakeExcelWith(sheets: Record<string, readonly (readonly CellScalar[])[]>, options: FakeOptions = {}): FakeExcel {
  const fake = new FakeExcel(options);
  for (const [name, values] of Object.entries(sheets)) fake.state.addSheet(name, values);
  return fake;
}
