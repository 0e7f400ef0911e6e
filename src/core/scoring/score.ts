/**
 * Points for one criterion under its rule (PAR.SCORE), and the component index of a set of
 * criteria (PAR.INDEX). Percent actuals are fractions, as spreadsheets store them (95% = 0.95).
 */
import { fold } from '../text/fold';
import { formatNumberVi, parseNumberVi, readCellNumber, tidy } from '../target/number';
import { formatBandCondition, formatRule } from './formatRule';
import { parseRule } from './parseRule';
import { RuleError, type Actual, type Band, type BandsRule, type Rule } from './rule';
import { RULE_MESSAGES } from './ruleMessages';
import { NO_ACTUALS, YES_ACTUALS } from './rulePhrases';

/** The points of every level of a rule (none for proportional, which scales the maximum). */
function levelPoints(rule: Rule): readonly number[] {
  switch (rule.kind) {
    case 'proportional':
      return [];
    case 'yesno':
      return [rule.yes.points, rule.no.points];
    case 'categories':
      return rule.categories.map((c) => c.points);
    case 'counts':
      return rule.levels.map((l) => l.points);
    case 'bands':
      return rule.bands.map((b) => b.points);
  }
}

/** How the i-th level of a rule is written, for a message. */
function levelText(rule: Rule, i: number): string {
  switch (rule.kind) {
    case 'proportional':
      return formatRule(rule);
    case 'yesno':
      return i === 0 ? rule.yes.label : rule.no.label;
    case 'categories':
      return rule.categories[i].label;
    case 'counts':
      return `${formatNumberVi(rule.levels[i].count)} ${rule.unit}`.trim();
    case 'bands':
      return formatBandCondition(rule.bands[i], rule.unit);
  }
}

/**
 * Checks a rule against a criterion's maximum: no level may give more than the maximum. Returns
 * null when it holds, else the RuleError.
 * @example checkRuleMax({ kind: 'yesno', yes: { label: 'Đạt', points: 1 }, no: { label: 'Không đạt', points: 0 } }, 1) → null
 * @example checkRuleMax({ kind: 'yesno', yes: { label: 'Đạt', points: 2 }, no: { label: 'Không đạt', points: 0 } }, 1) → { kind: 'error', error: 'Mức "Đạt" cho 2 điểm, vượt điểm tối đa 1', segment: 'Đạt' }
 */
export function checkRuleMax(rule: Rule, max: number): RuleError | null {
  if (typeof max !== 'number' || !Number.isFinite(max) || max < 0) return new RuleError(RULE_MESSAGES.badMax(max));
  const points = levelPoints(rule);
  for (let i = 0; i < points.length; i++) {
    // tidy only when it matters: 0.1 + 0.2 of a sum is not above a maximum of 0.3.
    if (points[i] > max && tidy(points[i]) > tidy(max)) {
      const text = levelText(rule, i);
      return new RuleError(RULE_MESSAGES.overMax(text, points[i], max), text);
    }
  }
  return null;
}

/** A numeric actual: a number, or text such as "95%", "0,95". */
function numericActual(actual: Actual, rule: Rule): number | RuleError {
  if (actual === null || (typeof actual === 'string' && actual.trim() === '')) return new RuleError(RULE_MESSAGES.missingActual);
  if (typeof actual === 'boolean') return new RuleError(RULE_MESSAGES.notANumber(actual, formatRule(rule)));
  const read = readCellNumber(actual);
  if (read.kind !== 'number') return new RuleError(RULE_MESSAGES.notANumber(actual, formatRule(rule)));
  return tidy(read.value);
}

function inBand(band: Band, v: number): boolean {
  const { lower, upper } = band;
  if (lower && (v < lower.value || (v === lower.value && !lower.inclusive))) return false;
  if (upper && (v > upper.value || (v === upper.value && !upper.inclusive))) return false;
  return true;
}

function scoreBands(rule: BandsRule, actual: Actual): number | RuleError {
  const v = numericActual(actual, rule);
  if (v instanceof RuleError) return v;
  if (rule.unit === '%' && v < 0) return new RuleError(RULE_MESSAGES.negativeActual(v));
  const band = rule.bands.find((b) => inBand(b, v));
  if (!band) {
    const shown = rule.unit === '%' ? `${formatNumberVi(tidy(v * 100))}%` : formatNumberVi(v);
    return new RuleError(RULE_MESSAGES.noBand(shown, formatRule(rule)));
  }
  return band.points;
}

function scoreYesNo(rule: Extract<Rule, { kind: 'yesno' }>, actual: Actual): number | RuleError {
  if (actual === null) return new RuleError(RULE_MESSAGES.missingActual);
  if (typeof actual === 'boolean') return actual ? rule.yes.points : rule.no.points;
  if (typeof actual === 'number') {
    if (actual === 1) return rule.yes.points;
    if (actual === 0) return rule.no.points;
  } else {
    const f = fold(actual);
    if (f === '') return new RuleError(RULE_MESSAGES.missingActual);
    if (f === fold(rule.yes.label)) return rule.yes.points;
    if (f === fold(rule.no.label)) return rule.no.points;
    if (YES_ACTUALS.includes(f)) return rule.yes.points;
    if (NO_ACTUALS.includes(f)) return rule.no.points;
  }
  return new RuleError(RULE_MESSAGES.notYesNo(actual, rule.yes.label, rule.no.label));
}

/** The category an actual names: the same words, else the longest category named inside the actual. */
function scoreCategories(rule: Extract<Rule, { kind: 'categories' }>, actual: Actual): number | RuleError {
  if (actual === null || (typeof actual === 'string' && actual.trim() === '')) return new RuleError(RULE_MESSAGES.missingActual);
  const labels = rule.categories.map((c) => c.label);
  if (typeof actual !== 'string') return new RuleError(RULE_MESSAGES.notCategory(actual, labels));
  const f = fold(actual)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const words = (s: string) =>
    fold(s)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const exact = rule.categories.find((c) => words(c.label) === f);
  if (exact) return exact.points;
  const inside = rule.categories.filter((c) => ` ${f} `.includes(` ${words(c.label)} `)).sort((a, b) => words(b.label).length - words(a.label).length);
  if (inside.length > 0) return inside[0].points;
  return new RuleError(RULE_MESSAGES.notCategory(actual, labels));
}

/** Counts: the points of the largest listed count not above the actual; 0 below the smallest. */
function scoreCounts(rule: Extract<Rule, { kind: 'counts' }>, actual: Actual): number | RuleError {
  if (actual === null) return new RuleError(RULE_MESSAGES.missingActual);
  let n: number | null = null;
  if (typeof actual === 'number') n = Number.isFinite(actual) ? actual : null;
  else if (typeof actual === 'string') {
    if (actual.trim() === '') return new RuleError(RULE_MESSAGES.missingActual);
    const m = /^\s*(\d+(?:[.,]\d+)?)(?![\d%])/.exec(actual);
    n = m ? parseNumberVi(m[1]) : null;
  }
  if (n === null) return new RuleError(RULE_MESSAGES.notACount(actual));
  if (n < 0) return new RuleError(RULE_MESSAGES.negativeActual(n));
  let best: { count: number; points: number } | null = null;
  for (const level of rule.levels) {
    if (level.count <= n && (!best || level.count > best.count)) best = level;
  }
  return best ? best.points : 0;
}

/**
 * Points for an actual under a rule, never above `max`. Returns a RuleError when the rule gives
 * more than `max` anywhere, or when the actual is missing or of a kind the rule cannot take.
 * @example scoreWithRule(parseRule('Trên 90%: 2; Từ 70% đến 90%: 1; Dưới 70%: 0'), 0.9, 2) → 1
 * @example scoreWithRule({ kind: 'proportional' }, 0.8, 2) → 1.6
 * @example scoreWithRule(parseRule('4 lần/năm: 20; 3 lần: 15; 2 lần: 10; 1 lần: 5'), 6, 20) → 20
 * @example scoreWithRule({ kind: 'proportional' }, '', 2) → { kind: 'error', error: 'Chưa có giá trị thực tế' }
 */
export function scoreWithRule(rule: Rule, actual: Actual, max: number): number | RuleError {
  const over = checkRuleMax(rule, max);
  if (over) return over;
  switch (rule.kind) {
    case 'proportional': {
      const v = numericActual(actual, rule);
      if (v instanceof RuleError) return v;
      if (v < 0) return new RuleError(RULE_MESSAGES.negativeActual(v));
      return Math.min(max, tidy(v * max));
    }
    case 'bands':
      return scoreBands(rule, actual);
    case 'yesno':
      return scoreYesNo(rule, actual);
    case 'categories':
      return scoreCategories(rule, actual);
    case 'counts':
      return scoreCounts(rule, actual);
  }
}

/**
 * SCORE(actual, max, rule): parses the rule text and scores the actual; a RuleError when the rule
 * cannot be read or cannot take the actual.
 * @example score(0.95, 2, 'Trên 90%: 2; Từ 70% đến 90%: 1; Dưới 70%: 0') → 2
 * @example score('khong kip thoi', 1, 'Kịp thời: 1; Không kịp thời: 0,5; Không ban hành: 0') → 0.5
 * @example score('một nửa', 1, 'Đạt: 1; Không đạt: 0') → { kind: 'error', error: 'Giá trị "một nửa" không phải "Đạt" hoặc "Không đạt"' }
 */
export function score(actual: Actual, max: number, ruleText: string): number | RuleError {
  const rule = parseRule(ruleText);
  return rule instanceof RuleError ? rule : scoreWithRule(rule, actual, max);
}

/**
 * INDEX(points, max): the component index, sum(points) / sum(max), as a fraction 0..1.
 * Returns a RuleError when the sums cannot be taken or sum(max) is not above 0.
 * @example componentIndex([2, 1, 0.5], [2, 2, 1]) → 0.7
 * @example componentIndex([0], [0]) → { kind: 'error', error: 'Tổng điểm tối đa phải lớn hơn 0' }
 */
export function componentIndex(points: readonly number[], max: readonly number[]): number | RuleError {
  if (points.length !== max.length) return new RuleError(RULE_MESSAGES.lengthMismatch(points.length, max.length));
  let p = 0;
  let m = 0;
  for (let i = 0; i < points.length; i++) {
    if (typeof points[i] !== 'number' || !Number.isFinite(points[i])) return new RuleError(RULE_MESSAGES.badPointsCell(points[i]));
    if (typeof max[i] !== 'number' || !Number.isFinite(max[i]) || max[i] < 0) return new RuleError(RULE_MESSAGES.badMax(max[i]));
    p += points[i];
    m += max[i];
  }
  if (!(m > 0)) return new RuleError(RULE_MESSAGES.zeroMax);
  return tidy(p / m);
}
