/// <reference types="custom-functions-runtime" />
/**
 * The Excel side of the PAR functions: the catalogue runner with Excel's codec — dates as serial
 * numbers, blanks as "", and each failing cell a `CustomFunctions.Error` (#VALUE! or #N/A with the
 * Vietnamese message Excel shows on the cell), so a bad cell never blanks the rest of a column.
 * The functions themselves (./functions.ts) are generated from the catalogue.
 *
 * What Excel may pass besides plain values, and what is done with it:
 * - an error cell in an input range (functions.json sets `allowErrorForDataTypeAny`): that cell's
 *   result is an error too, saying which error the input holds; the other cells are computed;
 * - a data type (a formatted number, e.g. DUE's own result fed to STATUS): its `basicValue`.
 *
 * DUE's dates: a serial number (45565) reads as a date only in a date-formatted cell. Where the
 * build targets CustomFunctionsRuntime 1.4 (PAR_CF_RUNTIME, build/webpack.functions.js, which
 * then also sets `allowCustomDataForDataTypeAny`) and Excel has it, a date is returned as a
 * formatted number — `{ type: 'Double', basicValue, numberFormat: 'dd/mm/yyyy' }` (ExcelApi 1.19)
 * or the older `{ type: 'FormattedNumber', … }` (ExcelApi 1.16) — which Excel shows as 30/09/2024
 * in any cell; the value is still the serial, so arithmetic and native formulas work on it.
 */
import { excelCodec, FunctionCallError, runFunction, type CellError, type FunctionId, type HostCodec } from '../core/functions';

/** The CustomFunctionsRuntime version the build targets (webpack DefinePlugin); absent under jest and tsc. */
declare const PAR_CF_RUNTIME: string | undefined;

/** The number format of a date returned as a formatted number: day first, as Vietnamese documents write it. */
export const DATE_FORMAT = 'dd/mm/yyyy';

/** How a date result is returned: the serial, or a formatted number of one of the two data-type shapes. */
export type DateResult = 'serial' | 'Double' | 'FormattedNumber';

/** What the date decision reads from Office (injectable for tests). */
export interface RequirementsProbe {
  isSetSupported(name: string, version?: string): boolean;
}

/**
 * How this Excel gets a date result: a formatted number only when the build emitted the data-types
 * option (runtime 1.4) and Excel has CustomFunctionsRuntime 1.4 and at least ExcelApi 1.16;
 * `Double` with a number format from ExcelApi 1.19 (where `FormattedNumber` is deprecated).
 * Anything unknown or failing gives the serial, which every Excel takes.
 */
export function dateResultFor(buildRuntime: string | undefined, requirements: RequirementsProbe | undefined): DateResult {
  if (buildRuntime !== '1.4' || !requirements) return 'serial';
  try {
    if (!requirements.isSetSupported('CustomFunctionsRuntime', '1.4') || !requirements.isSetSupported('ExcelApi', '1.16')) return 'serial';
    return requirements.isSetSupported('ExcelApi', '1.19') ? 'Double' : 'FormattedNumber';
  } catch {
    return 'serial';
  }
}

function officeRequirements(): RequirementsProbe | undefined {
  try {
    return (globalThis as { Office?: { context?: { requirements?: RequirementsProbe } } }).Office?.context?.requirements;
  } catch {
    return undefined;
  }
}

/** An Excel error value among the inputs: a `CustomFunctions.Error`-like `{ code: '#…' }` or a data-type `{ type: 'Error' }`. */
function inputErrorCode(value: object): string | null {
  const v = value as { code?: unknown; type?: unknown; basicValue?: unknown; errorType?: unknown };
  if (typeof v.code === 'string' && v.code.startsWith('#')) return v.code;
  if (v.type === 'Error') {
    if (typeof v.basicValue === 'string' && v.basicValue.startsWith('#')) return v.basicValue;
    return typeof v.errorType === 'string' ? `#${v.errorType}` : '#VALUE!';
  }
  return null;
}

/** The error a result cell shows for an error in its input: #N/A stays #N/A (not there yet), the rest is #VALUE!. */
function inputError(code: string): CellError {
  return code === '#N/A' ? { error: '#N/A', message: 'Ô đầu vào đang là lỗi #N/A' } : { error: '#VALUE!', message: `Ô đầu vào đang là lỗi ${code}` };
}

/**
 * Excel's codec for the runner: the core's, plus error inputs and data types in (above), and a
 * date result in the shape `dates` says. `toHostError` makes what Excel shows for an error cell.
 */
export function excelFunctionCodec(toHostError: (e: CellError) => unknown, dates: DateResult): HostCodec {
  const base = excelCodec(toHostError);
  return {
    decode(value, kind) {
      if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
        const code = inputErrorCode(value);
        if (code) return inputError(code);
        if ('basicValue' in value) return base.decode((value as { basicValue: unknown }).basicValue, kind);
      }
      return base.decode(value, kind);
    },
    encode(result, kind) {
      const out = base.encode(result, kind);
      if (kind !== 'date' || dates === 'serial' || typeof out !== 'number') return out;
      return { type: dates, basicValue: out, numberFormat: DATE_FORMAT };
    },
  };
}

function toExcelError(e: CellError): CustomFunctions.Error {
  const code = e.error === '#N/A' ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, e.message);
}

let codec: HostCodec | null = null;

/**
 * Runs a PAR function on Excel arguments (each a matrix, or null when omitted) and returns a
 * matrix: the shape of the broadcast ranges, or 1×1.
 */
// Office's custom-function runtime takes any cell values back.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function runExcel(id: FunctionId, args: unknown[]): any[][] {
  // Decided at the first call, when Office has loaded (not when the bundle is evaluated).
  codec ??= excelFunctionCodec(toExcelError, dateResultFor(typeof PAR_CF_RUNTIME === 'string' ? PAR_CF_RUNTIME : undefined, officeRequirements()));
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
