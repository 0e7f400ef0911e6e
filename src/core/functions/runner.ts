/**
 * The one runner of the PAR functions: takes the arguments as the host passes them (a single
 * value or a 2-D range each), decodes every cell through the host's codec, broadcasts ranges
 * against each other, reads each cell as its parameter's catalogue type says (./coerce.ts: the
 * first cell that cannot be read gives its error, and the function does not run), calls the
 * function's cell implementation with the typed values and encodes each result back.
 *
 * Broadcasting: the result has as many rows as the tallest range and as many columns as the
 * widest; a single value, a one-cell range, a one-row or a one-column range stretches along
 * the other ranges (so one target cell checks a whole column of actuals). Ranges that cannot
 * stretch to each other (10 rows against 5) give #VALUE! in every cell, never a guess.
 * One bad cell gives an error in that cell only; the rest of the column is computed.
 */
import { functionSpec, type FunctionId, type FunctionSpec, type ParamKind, type ResultKind } from './catalogue';
import { IMPLEMENTATIONS, type CellContext, type CellFunction, type TotalFunction } from './cells';
import { coerceArgs, type Arg } from './coerce';
import { FUNCTION_MESSAGES as M } from './messages';
import { isCellError, valueError, type CellError, type CellResult, type CellValue } from './values';

/** How a host's cell values map to core values and back (./codecs.ts). */
export interface HostCodec {
  /** A host cell value as the core reads it for a parameter of this kind; an error value when it cannot be. */
  decode(value: unknown, kind: ParamKind): CellValue | CellError;
  /** A result cell as the host shows it. */
  encode(result: CellResult, kind: ResultKind): unknown;
}

/** A call the host must refuse as a whole (a required argument left out), with a Vietnamese message. */
export class FunctionCallError extends Error {
  override name = 'FunctionCallError';
}

/** One argument seen as a grid: a single value is a 1×1 grid that is not a range. */
interface Grid {
  readonly rows: number;
  readonly cols: number;
  readonly range: boolean;
  at(row: number, col: number): unknown;
}

function gridOf(value: unknown): Grid {
  if (!Array.isArray(value)) return { rows: 1, cols: 1, range: false, at: () => value };
  // A flat array is one row; a 2-D array is rows of cells (Excel `any[][]`, Sheets ranges).
  const rows: readonly unknown[][] = value.length > 0 && value.every(Array.isArray) ? value : [value];
  let cols = 0;
  for (const row of rows) if (row.length > cols) cols = row.length;
  if (rows.length === 0 || cols === 0) return { rows: 1, cols: 1, range: true, at: () => null };
  return { rows: rows.length, cols, range: true, at: (r, c) => rows[r][c] };
}

const size = (g: Grid): string => `${g.rows}×${g.cols}`;

/** Missing required arguments are a misuse of the whole call, not a cell's problem. */
function checkArguments(spec: FunctionSpec, args: readonly unknown[]): void {
  spec.params.forEach((p, i) => {
    if (!p.optional && args[i] === undefined) {
      throw new FunctionCallError(`Thiếu tham số bắt buộc của ${spec.id}: ${p.id} (${p.label.vi})`);
    }
  });
}

/**
 * Runs one PAR function on host arguments. Returns one encoded value when every argument is a
 * single value, otherwise a 2-D array (one row per result row) — for INDEX, a 1×1 array.
 * Throws FunctionCallError only when a required argument is missing altogether.
 * For instance `runFunction('CHECK', [[[0.95], [0.85]], 'Đạt tỷ lệ tối thiểu 90%'], codec) → [[true], [false]]`.
 */
export function runFunction(id: FunctionId, args: readonly unknown[], codec: HostCodec): unknown {
  const spec = functionSpec(id);
  checkArguments(spec, args);
  const grids = spec.params.map((_, i) => gridOf(args[i]));
  const blankWhen = spec.blankWhen.map((name) => spec.params.findIndex((p) => p.id === name));
  const impl = IMPLEMENTATIONS[id];
  if (impl.shape === 'total') {
    const value = encodeSafely(() => runTotal(spec, grids, blankWhen, codec, impl.total), spec, codec);
    return grids.some((g) => g.range) ? [[value]] : value;
  }
  return runCells(spec, grids, blankWhen, codec, impl.cell);
}

function encodeSafely(compute: () => CellResult, spec: FunctionSpec, codec: HostCodec): unknown {
  let result: CellResult;
  try {
    result = compute();
  } catch (e) {
    result = valueError(M.unexpected(e instanceof Error ? e.message : String(e)));
  }
  return codec.encode(result, spec.result.kind);
}

function fill(rows: number, cols: number, value: unknown): unknown[][] {
  return Array.from({ length: rows }, () => new Array(cols).fill(value));
}

function memoKey(values: readonly CellValue[]): string {
  let key = '';
  for (const v of values) {
    key += v === null ? '\u0001' : typeof v === 'string' ? `s${v}` : typeof v === 'number' ? `n${v}` : `b${v}`;
    key += '\u0000';
  }
  return key;
}

function runCells(spec: FunctionSpec, grids: readonly Grid[], blankWhen: readonly number[], codec: HostCodec, cell: CellFunction): unknown {
  let rows = 1;
  let cols = 1;
  for (const g of grids) {
    rows = Math.max(rows, g.rows);
    cols = Math.max(cols, g.cols);
  }
  const isRange = grids.some((g) => g.range);
  const misfit = grids.find((g) => (g.rows !== 1 && g.rows !== rows) || (g.cols !== 1 && g.cols !== cols));
  if (misfit) {
    const other = grids.find((g) => g !== misfit && (g.rows !== misfit.rows || g.cols !== misfit.cols) && g.rows * g.cols > 1)!;
    return fill(rows, cols, codec.encode(valueError(M.shapeMismatch(size(other), size(misfit))), spec.result.kind));
  }

  const kinds = spec.params.map((p) => p.kind);
  // Single values are decoded once, not once per cell.
  const fixed = grids.map((g, i) => (g.rows === 1 && g.cols === 1 ? codec.decode(g.at(0, 0), kinds[i]) : undefined));
  const shared = new Map<string, unknown>();
  const ctx: CellContext = {
    once<T>(key: string, make: () => T): T {
      if (!shared.has(key)) shared.set(key, make());
      return shared.get(key) as T;
    },
  };
  // Equal arguments give equal results: a column repeating "Trong năm 2024" is read once.
  const done = new Map<string, unknown>();
  const blank = codec.encode(null, spec.result.kind);
  const values: (CellValue | CellError)[] = new Array(grids.length);

  const compute = (r: number, c: number): unknown => {
    let error: CellError | null = null;
    for (let i = 0; i < grids.length; i++) {
      const g = grids[i];
      const v = fixed[i] !== undefined ? fixed[i]! : codec.decode(g.at(g.rows === 1 ? 0 : r, g.cols === 1 ? 0 : c), kinds[i]);
      if (error === null && isCellError(v)) error = v;
      values[i] = v;
    }
    if (blankWhen.length > 0 && blankWhen.every((i) => values[i] === null)) return blank;
    if (error !== null) return codec.encode(error, spec.result.kind);
    const args = values as CellValue[];
    const key = memoKey(args);
    const known = done.get(key);
    if (known !== undefined || done.has(key)) return known;
    const out = encodeSafely(
      () => {
        const typed = coerceArgs(spec.id, args);
        return isCellError(typed) ? typed : cell(typed, ctx);
      },
      spec,
      codec,
    );
    done.set(key, out);
    return out;
  };

  if (!isRange) return compute(0, 0);
  const out: unknown[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row = new Array(cols);
    for (let c = 0; c < cols; c++) row[c] = compute(r, c);
    out[r] = row;
  }
  return out;
}

function runTotal(spec: FunctionSpec, grids: readonly Grid[], blankWhen: readonly number[], codec: HostCodec, total: TotalFunction): CellResult {
  const first = grids[0];
  const misfit = grids.find((g) => g.rows !== first.rows || g.cols !== first.cols);
  if (misfit) return valueError(M.shapeMismatch(size(first), size(misfit)));
  const ranges: CellValue[][] = [];
  for (let i = 0; i < grids.length; i++) {
    const g = grids[i];
    const list: CellValue[] = [];
    for (let r = 0; r < g.rows; r++) {
      for (let c = 0; c < g.cols; c++) {
        const v = codec.decode(g.at(r, c), spec.params[i].kind);
        if (isCellError(v)) return v;
        list.push(v);
      }
    }
    ranges.push(list);
  }
  if (blankWhen.length > 0 && blankWhen.every((i) => ranges[i].every((v) => v === null))) return null;
  // Read cell by cell across the ranges (the first cell's points, then its maximum, …).
  const typed: Arg[][] = ranges.map(() => []);
  for (let k = 0; k < ranges[0].length; k++) {
    const cell = coerceArgs(
      spec.id,
      ranges.map((r) => r[k]),
    );
    if (isCellError(cell)) return cell;
    cell.forEach((v, i) => typed[i].push(v));
  }
  return total(typed);
}
