/**
 * An in-memory fake of exactly the part of the Excel JavaScript API the adapter uses, with
 * Office.js's batching semantics, so batching is really tested:
 * - every call on a proxy object is QUEUED and runs, in order, at `context.sync()`;
 * - a loaded property (values, rowIndex, items, isNullObject…) can only be read after the sync
 *   that loaded it; before, it throws PropertyNotLoaded as Office.js does;
 * - *OrNullObject proxies resolve to null objects, and what hangs off them too
 *   (`nullChaining: 'throw'` makes a call on a null object fail instead, to test that path);
 * - syncs are counted, request/response sizes measured, and with `platform: 'web'` a request or
 *   response over 5 MB fails with Excel on the web's error codes;
 * - every write is recorded with the sync it ran in;
 * - charts: `worksheet.charts.add` makes a series per column (or row) of the range as Excel does,
 *   names are not unique (getItem returns the first), clearing cells leaves charts, and the
 *   ExcelApi 1.7/1.8 members fail with ApiNotFound below those versions.
 * Plain TypeScript without Node imports: jest uses it directly and the end-to-end test bundles
 * it into the browser page in place of Office's script.
 *
 * The fake lives in ./fake/, one file per object family: context.ts (Excel.run, sync counting,
 * payload sizes, the write log), proxy.ts (queued calls, loading), range.ts, rangeFormats.ts
 * (format, data validation, conditional formats), worksheet.ts, tables.ts, charts.ts and
 * collections.ts (workbook, worksheets, names). This file re-exports it for the tests.
 */
export * from './fake';
