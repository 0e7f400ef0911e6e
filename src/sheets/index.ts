/**
 * The Google Sheets bundle (global `ParSheets` in Apps Script): what the hand-written top-level
 * entry files in src/sheets/entry/ delegate to. Nothing here may call a Google service at load
 * time — only inside the functions the entry files call.
 */
export * as functions from './functions';
export * as server from './server';
