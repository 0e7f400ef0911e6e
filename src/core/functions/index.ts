/** The PAR spreadsheet functions (design.md §5): one catalogue, one runner, a codec per host. */
export {
  FUNCTION_CATALOGUE,
  FUNCTION_IDS,
  functionSpec,
  type FunctionId,
  type FunctionSpec,
  type ParamSpec,
  type ParamKind,
  type ResultKind,
  type Words,
} from './catalogue';
export { runFunction, FunctionCallError, type HostCodec } from './runner';
export { excelCodec, sheetsCodec, isoOfSheetsDate, sheetsDateOfIso, SHEETS_TIME_ZONE } from './codecs';
export { IMPLEMENTATIONS } from './cells';
export { FUNCTION_MESSAGES } from './messages';
export { isCellError, type CellError, type CellResult, type CellValue, type ErrorCode } from './values';
