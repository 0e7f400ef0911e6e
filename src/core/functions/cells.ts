/**
 * What each PAR function does with one cell (or, for INDEX, with whole ranges), on core values:
 * dates are ISO text, blanks are null, and a failure is an error value, never an exception.
 * The runner (./runner.ts) decodes host values, broadcasts ranges, reads each cell as the
 * catalogue's parameter types say (./coerce.ts) and calls these only when every cell could be read.
 */
import { AREA_NAMES } from '../areas/areaPhrases';
import { areaOf } from '../areas/areaOf';
import { componentIndex, parseRule, RuleError, scoreWithRule, type Rule } from '../scoring';
import { DUE_STATE_LABELS } from '../status/dueState';
import { taskDueState } from '../status/taskDueState';
import { checkTarget, formatTargets, parseTargetSpec, rate, TARGET_MESSAGES } from '../target';
import { fold } from '../text/fold';
import type { FunctionId } from './catalogue';
import type { Arg } from './coerce';
import { FUNCTION_MESSAGES as M } from './messages';
import { valueError, type CellResult, type CellValue } from './values';

/** Work shared by the cells of one call, e.g. a target text broadcast down a whole column. */
export interface CellContext {
  once<T>(key: string, make: () => T): T;
}

/** One cell's arguments, read as the catalogue's types say (./coerce.ts). */
export type CellFunction = (args: readonly Arg[], ctx: CellContext) => CellResult;
/** Whole ranges in (each flattened row by row, all of one length, cells read as for CellFunction), one value out. */
export type TotalFunction = (ranges: readonly (readonly Arg[])[]) => CellResult;

export type Implementation = { shape: 'cells'; cell: CellFunction } | { shape: 'total'; total: TotalFunction };

/**
 * A cell function whose arguments are typed as its catalogue entry declares them: the runner
 * coerces every cell before the call (./coerce.ts), so the tuple each body declares is what
 * arrives — kept in step with the catalogue by hand, one comment line per body.
 */
function cells<A extends readonly Arg[]>(cell: (args: A, ctx: CellContext) => CellResult): Implementation {
  return { shape: 'cells', cell: cell as unknown as CellFunction };
}

/** text: deadlineText (with year, issued), year: year, issued: date. */
const due = ([deadline]: readonly [string | null, number | null, string | null]): CellResult => deadline;

/** due: deadlineText, state: text, doneDate: date, asOf: date (never blank), soonDays: number ≥ 0 (14). */
function status([dueDate, state, doneDate, asOf, soonDays]: readonly [string | null, string | null, string | null, string, number]): CellResult {
  const key = taskDueState({ due: dueDate, stateText: state, doneDate, asOf, soonDays });
  return DUE_STATE_LABELS[key].vi;
}

/** text: text. */
function target([text]: readonly [string | null]): CellResult {
  const targets = parseTargetSpec(text ?? '');
  return targets.length > 0 ? formatTargets(targets) : null;
}

/** actual: any (checkTarget reads it), target: text (never blank). */
function check([actual, text]: readonly [CellValue, string], ctx: CellContext): CellResult {
  // Parsed once per call: the target is usually one cell broadcast down a column of actuals.
  const targets = ctx.once(`target\u0000${text}`, () => parseTargetSpec(text));
  if (targets.length === 0) return valueError(TARGET_MESSAGES.unreadableTarget(text));
  for (const t of targets) {
    const r = checkTarget(actual, t);
    if ('error' in r) return valueError(r.error);
    if (!r.met) return false;
  }
  return true;
}

/** part: number ≥ 0 (not blank: blankWhen), total: number ≥ 0 (never blank). */
function rateOf([part, total]: readonly [number, number]): CellResult {
  const r = rate(part, total);
  return 'value' in r ? r.value : valueError(r.error);
}

/** actual: any (the rule reads it), max: number (never blank), rule: text (never blank). */
function scoreOf([actual, max, text]: readonly [CellValue, number, string], ctx: CellContext): CellResult {
  const rule = ctx.once(`rule\u0000${text}`, (): Rule | RuleError => parseRule(text));
  if (rule instanceof RuleError) return valueError(rule.error);
  const points = scoreWithRule(rule, actual, max);
  return points instanceof RuleError ? valueError(points.error) : points;
}

/** points: number, max: number — whole ranges. */
function index(ranges: readonly (readonly Arg[])[]): CellResult {
  const [points, max] = ranges as readonly (readonly (number | null)[])[];
  const p: number[] = [];
  const m: number[] = [];
  for (let i = 0; i < points.length; i++) {
    // Blank cells count as 0, as in SUM(points)/SUM(max); a range with nothing in it is blank.
    if (points[i] === null && max[i] === null) continue;
    p.push(points[i] ?? 0);
    m.push(max[i] ?? 0);
  }
  if (p.length === 0) return null;
  const index = componentIndex(p, m);
  return index instanceof RuleError ? valueError(index.error) : index;
}

/** AREA's second argument: what to return. */
const AREA_FORMS: Readonly<Record<string, 'vi' | 'en' | 'key'>> = { vi: 'vi', en: 'en', key: 'key', ma: 'key' };

/** text: text, form: text ("vi" when blank). */
function area([text, form]: readonly [string | null, string]): CellResult {
  const wanted = AREA_FORMS[fold(form)];
  if (!wanted) return valueError(M.badAreaForm(form));
  const key = areaOf(text ?? '');
  return wanted === 'key' ? key : AREA_NAMES[key][wanted];
}

export const IMPLEMENTATIONS: Readonly<Record<FunctionId, Implementation>> = {
  DUE: cells(due),
  STATUS: cells(status),
  TARGET: cells(target),
  CHECK: cells(check),
  RATE: cells(rateOf),
  SCORE: cells(scoreOf),
  INDEX: { shape: 'total', total: index },
  AREA: cells(area),
};
