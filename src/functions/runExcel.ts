/// <reference types="custom-functions-runtime" />
/**
 * The Excel side of the PAR functions: the catalogue runner with Excel's codec — dates as serial
 * numbers, blanks as "", and each failing cell a `CustomFunctions.Error` (#VALUE! or #N/A with the
 * Vietnamese message Excel shows on the cell), so a bad cell never blanks the rest of a column.
 * The functions themselves (./functions.ts) are generated from the catalogue.
 */
import { excelCodec, FunctionCallError, runFunction, type CellError, type FunctionId } from '../core/functions';

function toExcelError(e: CellError): CustomFunctions.Error {
  const code = e.error === '#N/A' ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, e.message);
}

const codec = excelCodec(toExcelError);

/**
 * Runs a PAR function on Excel arguments (each a matrix, or null when omitted) and returns a
 * matrix: the shape of the broadcast ranges, or 1×1.
 */
// Office's custom-function runtime takes any cell values back.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function runExcel(id: FunctionId, args: unknown[]): any[][] {
  let out: unknown;
  try {
    out = runFunction(id, args, codec);
  } catch (e) {
    // Only a missing required argument gets here; Excel's metadata normally prevents it.
    if (e instanceof FunctionCallError) throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, e.message);
    throw e;
  }
  return Array.isArray(out) ? out : [[out]];
}
