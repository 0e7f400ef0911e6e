/**
 * What the PAR functions read and write inside the core, whatever the host: plain values, with
 * dates as ISO 'YYYY-MM-DD' text and percentages as fractions (95% = 0.95), and a per-cell error
 * value instead of an exception, so one bad cell never blanks a whole column.
 */

/** A cell as the core reads it, after the host codec: blank is null, a date is ISO text. */
export type CellValue = string | number | boolean | null;

/** The spreadsheet error a cell shows: #VALUE! for input that is wrong, #N/A for input not there yet. */
export type ErrorCode = '#VALUE!' | '#N/A';

/** A cell's error, with a Vietnamese message saying what to fix. */
export interface CellError {
  readonly error: ErrorCode;
  readonly message: string;
}

/** What one cell of a result holds: a value, blank (null), or an error. */
export type CellResult = CellValue | CellError;

export function valueError(message: string): CellError {
  return { error: '#VALUE!', message };
}

export function missingError(message: string): CellError {
  return { error: '#N/A', message };
}

export function isCellError(value: unknown): value is CellError {
  return (
    typeof value === 'object' &&
    value !== null &&
    ((value as CellError).error === '#VALUE!' || (value as CellError).error === '#N/A') &&
    typeof (value as CellError).message === 'string'
  );
}
