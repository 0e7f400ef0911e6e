/**
 * The one place the arguments of the PAR functions are checked: each parameter's cell is read as
 * its catalogue type says (./catalogue.ts `type`, `min`, `default`, `ifBlank`, `context`), and
 * the first cell that cannot be read gives its error before the function runs. A function body
 * (./cells.ts) receives the values as the catalogue declares them.
 */
import { readDate, readDeadline, readNumber, readText, readYear } from './args';
import { functionSpec, type FunctionId, type FunctionSpec, type ParamSpec, type ParamType } from './catalogue';
import { FUNCTION_MESSAGES as M } from './messages';
import { isCellError, missingError, valueError, type CellError, type CellValue } from './values';

/** A value as a function body receives it: blank is null, a date is ISO text. */
export type Arg = string | number | boolean | null;

type Reader = (value: CellValue, param: ParamSpec, read: (paramId: string) => Arg) => Arg | CellError;

const READERS: Readonly<Record<ParamType, Reader>> = {
  any: (value) => value,
  text: (value) => readText(value),
  number: (value, p) => readNumber(value, p.label.vi),
  date: (value, p) => readDate(value, p.label.vi),
  year: (value) => readYear(value),
  deadlineText(value, p, read) {
    const ctx: { year?: number | null; issued?: string | null } = {};
    if (p.context?.year !== undefined) ctx.year = read(p.context.year) as number | null;
    if (p.context?.issued !== undefined) ctx.issued = read(p.context.issued) as string | null;
    return readDeadline(value, ctx);
  },
};

const ORDERS = new Map<FunctionSpec, readonly number[]>();

/** The order a function's parameters are read in (indexes): its `order`, else theirs. */
export function readingOrder(spec: FunctionSpec): readonly number[] {
  let order = ORDERS.get(spec);
  if (!order) {
    const ids = spec.order ?? spec.params.map((p) => p.id);
    order = ids.map((id) => spec.params.findIndex((p) => p.id === id));
    ORDERS.set(spec, order);
  }
  return order;
}

/**
 * One cell's arguments (decoded, in parameter order) as the function receives them, or the error
 * of the first that cannot be read: each in reading order, then each `min` in reading order.
 * @example coerceArgs('STATUS', ['Quý III năm 2024', null, null, '2024-10-01', null]) → ['2024-09-30', null, null, '2024-10-01', 14]
 * @example coerceArgs('RATE', [-1, 'mười']) → { error: '#VALUE!', message: 'Tổng số không phải là số: "mười"' }
 */
export function coerceArgs(id: FunctionId, values: readonly CellValue[]): readonly Arg[] | CellError {
  const spec = functionSpec(id);
  const order = readingOrder(spec);
  const out: Arg[] = new Array<Arg>(spec.params.length).fill(null);
  const read = (paramId: string): Arg => out[spec.params.findIndex((p) => p.id === paramId)] ?? null;
  for (const i of order) {
    const p = spec.params[i];
    const v = READERS[p.type](values[i] ?? null, p, read);
    if (isCellError(v)) return v;
    if (v !== null) out[i] = v;
    else if (p.default !== undefined) out[i] = p.default;
    else if (p.ifBlank !== undefined) {
      const message = M.blank(spec.id, p.id, p.label.vi);
      return p.ifBlank === '#N/A' ? missingError(message) : valueError(message);
    }
  }
  for (const i of order) {
    const p = spec.params[i];
    const v = out[i];
    if (p.min !== undefined && typeof v === 'number' && v < p.min) return valueError(M.belowMin(p.label.vi, p.min, v));
  }
  return out;
}
