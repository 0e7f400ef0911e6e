// Fakes the Google Sheets and Apps Script services the add-on uses, in memory (see ../fakeSpreadsheetApp.ts).
// Counts every service call and the cells it touches (counting.ts); each object family has its file.
export { type CellInput, type FakeCell } from './cells';
export { type FakeChart } from './charts';
export { Counters, EXECUTION_LIMIT_MS, FakeClock } from './counting';
export { FakeGoogle, USERINFO_EMAIL, type FakeOptions } from './google';
export { FakeRange } from './range';
export { FakeHtmlOutput, FakeLock, FakeMenu, FakeUi } from './services';
export { FakeSheet } from './sheet';
export { FakeSpreadsheet } from './spreadsheet';
export { formatDateIn } from './time';
export { type FakeConditionalRule, type FakeValidation } from './validation';
