/**
 * The core text module: pure string functions shared by every surface (CLI, Excel add-in,
 * Apps Script). No Node-only API here, so that it runs in a browser and in Apps Script V8.
 */
export { fold } from './fold';
export { cleanCellText } from './cleanText';
export { cellToText } from './cellText';
export { decodeHtmlEntities } from './htmlEntities';
export { stripHtmlRemnants } from './htmlRemnants';
export { tidyWhitespace } from './whitespace';
export { convertLegacy, detectLegacyEncoding, repairLegacyText } from './legacy';
export type { LegacyEncoding, RepairLegacyOptions } from './legacy';
export { isVietnameseSyllable } from './vietnameseSyllable';
