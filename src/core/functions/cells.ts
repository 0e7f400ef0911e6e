/**
 * What each PAR function does with one cell (or, for INDEX, with whole ranges), on core values:
 * dates are ISO text, blanks are null, and a failure is an error value, never an exception.
 * The runner (./runner.ts) decodes host values, broadcasts ranges and calls these.
 */
import { AREA_NAMES } from '../areas/areaPhrases';
import { areaOf } from '../areas/areaOf';
import { componentIndex, parseRule, RuleError, scoreWithRule, type Rule } from '../scoring';
import { DUE_STATE_LABELS } from '../status/dueState';
import { taskDueState } from '../status/taskDueState';
import { checkTarget, formatTargets, parseTargetSpec, rate, TARGET_MESSAGES } from '../target';
import { fold } from '../text/fold';
import { readDate, readDeadline, readNumber, readText, readYear } from './args';
import { functionSpec, type FunctionId } from './catalogue';
import { FUNCTION_MESSAGES as M } from './messages';
import { isCellError, missingError, valueError, type CellResult, type CellValue } from './values';

/** Work shared by the cells of one call, e.g. a target text broadcast down a whole column. */
export interface CellContext {
  once<T>(key: string, make: () => T): T;
}

export type CellFunction = (args: readonly CellValue[], ctx: CellContext) => CellResult;
/** Whole ranges in (each flattened row by row, all of one length), one value out. */
export type TotalFunction = (ranges: readonly (readonly CellValue[])[]) => CellResult;

export type Implementation = { shape: 'cells'; cell: CellFunction } | { shape: 'total'; total: TotalFunction };

/** The Vietnamese label of a parameter, for messages: label('STATUS', 'asOf') === 'Ngày đánh giá'. */
function label(id: FunctionId, param: string): string {
  return functionSpec(id).params.find((p) => p.id === param)?.label.vi ?? param;
}

function due([text, year, issued]: readonly CellValue[]): CellResult {
  const y = readYear(year);
  if (isCellError(y)) return y;
  const i = readDate(issued, label('DUE', 'issued'));
  if (isCellError(i)) return i;
  return readDeadline(text, { year: y, issued: i });
}

function status([dueValue, state, doneDate, asOf, soonDays]: readonly CellValue[]): CellResult {
  const on = readDate(asOf, label('STATUS', 'asOf'));
  if (isCellError(on)) return on;
  if (on === null) return valueError(M.missingAsOf);
  const dueDate = readDeadline(dueValue, {});
  if (isCellError(dueDate)) return dueDate;
  const done = readDate(doneDate, label('STATUS', 'doneDate'));
  if (isCellError(done)) return done;
  const soon = readNumber(soonDays, label('STATUS', 'soonDays'));
  if (isCellError(soon)) return soon;
  if (soon !== null && soon < 0) return valueError(M.negative(label('STATUS', 'soonDays'), soon));
  const key = taskDueState({
    due: dueDate,
    stateText: typeof state === 'string' ? state : null,
    doneDate: done,
    asOf: on,
    soonDays: soon,
  });
  return DUE_STATE_LABELS[key].vi;
}

function target([text]: readonly CellValue[]): CellResult {
  const targets = parseTargetSpec(readText(text) ?? '');
  return targets.length > 0 ? formatTargets(targets) : null;
}

function check([actual, targetValue]: readonly CellValue[], ctx: CellContext): CellResult {
  const text = readText(targetValue);
  if (text === null) return missingError(TARGET_MESSAGES.missingTarget);
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

function rateOf([part, total]: readonly CellValue[]): CellResult {
  const r = rate(part, total);
  if ('value' in r) return r.value;
  return r.error === TARGET_MESSAGES.missingTotal ? missingError(r.error) : valueError(r.error);
}

function scoreOf([actual, max, ruleValue]: readonly CellValue[], ctx: CellContext): CellResult {
  const maxLabel = label('SCORE', 'max');
  const m = readNumber(max, maxLabel);
  if (isCellError(m)) return m;
  if (m === null) return missingError(M.missing(maxLabel));
  const text = readText(ruleValue);
  if (text === null) return missingError(M.missing(label('SCORE', 'rule')));
  const rule = ctx.once(`rule\u0000${text}`, (): Rule | RuleError => parseRule(text));
  if (rule instanceof RuleError) return valueError(rule.error);
  const points = scoreWithRule(rule, actual, m);
  return points instanceof RuleError ? valueError(points.error) : points;
}

function index([points, max]: readonly (readonly CellValue[])[]): CellResult {
  const p: number[] = [];
  const m: number[] = [];
  for (let i = 0; i < points.length; i++) {
    const pi = readNumber(points[i], label('INDEX', 'points'));
    if (isCellError(pi)) return pi;
    const mi = readNumber(max[i], label('INDEX', 'max'));
    if (isCellError(mi)) return mi;
    // Blank cells count as 0, as in SUM(points)/SUM(max); a range with nothing in it is blank.
    if (pi === null && mi === null) continue;
    p.push(pi ?? 0);
    m.push(mi ?? 0);
  }
  if (p.length === 0) return null;
  const index = componentIndex(p, m);
  return index instanceof RuleError ? valueError(index.error) : index;
}

/** AREA's second argument: what to return. */
const AREA_FORMS: Readonly<Record<string, 'vi' | 'en' | 'key'>> = { vi: 'vi', en: 'en', key: 'key', ma: 'key' };

function area([text, form]: readonly CellValue[]): CellResult {
  const wanted = form === null ? 'vi' : AREA_FORMS[fold(String(form))];
  if (!wanted) return valueError(M.badAreaForm(form));
  const key = areaOf(readText(text) ?? '');
  return wanted === 'key' ? key : AREA_NAMES[key][wanted];
}

export const IMPLEMENTATIONS: Readonly<Record<FunctionId, Implementation>> = {
  DUE: { shape: 'cells', cell: due },
  STATUS: { shape: 'cells', cell: status },
  TARGET: { shape: 'cells', cell: target },
  CHECK: { shape: 'cells', cell: check },
  RATE: { shape: 'cells', cell: rateOf },
  SCORE: { shape: 'cells', cell: scoreOf },
  INDEX: { shape: 'total', total: index },
  AREA: { shape: 'cells', cell: area },
};
