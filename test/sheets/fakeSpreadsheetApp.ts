/**
 * An in-memory Google Sheets for the Apps Script tests: the subset of SpreadsheetApp,
 * Spreadsheet, Sheet, Range, the validation and conditional-format builders, Ui/Menu,
 * HtmlService, LockService, Session and Utilities the add-on uses, behaving as Sheets does where
 * it matters to us, and counting every service call.
 *
 * Where Sheets would surprise the code, the fake does too:
 * - a string written with setValues into a cell not formatted '@' is parsed as typed: "=…" (and
 *   "+…"/"-…" followed by text) becomes a formula, "1.10" the number 1.1, "85%" the number 0.85
 *   — so a test sees text written before its cell was made text;
 * - getRange outside the sheet's rows/columns throws; a setValues of the wrong shape throws;
 * - dates are stored as instants and read back as fresh `Date` objects of the script's realm
 *   (`DateCtor`), like getValues does; a formula's value comes from `evaluate` (TODAY() built in);
 * - Sheet.clear() clears content and formats, not notes, validations or conditional formats;
 * - insertSheet makes the new sheet active; createFilter on a sheet that has one throws.
 * Every mutating call also records whether the document lock was held.
 *
 * The fake lives in ./fake/, one file per object family: google.ts (the globals: SpreadsheetApp,
 * HtmlService, LockService, Session, Utilities), spreadsheet.ts, sheet.ts, range.ts, cells.ts
 * (cell values, A1), validation.ts (validation and conditional-format rules), charts.ts,
 * services.ts (lock, HTML output, Ui and menus), time.ts (zones) and counting.ts (call counters,
 * the simulated clock). This file re-exports it for the tests.
 */
export * from './fake';
