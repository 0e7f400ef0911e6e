/**
 * CHECK: does an actual value meet a target?
 */
import { TargetSchema, type Target, type TargetOp } from '../plan/schema';
import { readCellNumber, tidy } from './number';
import { parseTargetSpec } from './spec';
import { TARGET_MESSAGES } from './messages';

export type CheckResult = { met: boolean } | { error: string };

/** Two values this close are equal: 0.7052 and 70.52 / 100 must compare as the same rate. */
function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** `actual op value`, with float noise treated as equality (exactly 99% is not "> 99%"). */
export function compare(actual: number, op: TargetOp, value: number): boolean {
  const equal = nearlyEqual(actual, value);
  switch (op) {
    case '>=':
      return equal || actual > value;
    case '>':
      return !equal && actual > value;
    case '<=':
      return equal || actual < value;
    case '<':
      return !equal && actual < value;
    case '=':
      return equal;
  }
}

/**
 * Whether the actual value meets the target (all of them, when the target text states several).
 *
 * The actual value is a number or numeric text ("95%", "0,95", "95"). Against a percentage
 * target it is a fraction, as spreadsheets store percentages (0.95 = 95%); a number above 1
 * without a "%" sign is taken as a percent number instead (95 → 0.95), since no rate exceeds
 * 100% in these plans and users often type "95". For a decrease or increase target the actual is
 * the change achieved against the baseline year (0.035 = 3.5% lower), compared with the value.
 * Counts and other measures compare as plain numbers.
 *
 * Errors (Vietnamese) instead of a guess: no actual value, an unreadable one, no or an unreadable
 * target.
 * @example checkTarget(0.9, '≥ 90%') → { met: true }
 * @example checkTarget(0.99, '> 99%') → { met: false }
 * @example checkTarget('95%', 'Đạt tỷ lệ tối thiểu 90%') → { met: true }
 * @example checkTarget('', '≥ 90%') → { error: 'Chưa có giá trị thực tế' }
 */
export function checkTarget(actual: unknown, target: Target | string): CheckResult {
  const targets = targetsOf(target);
  if ('error' in targets) return targets;
  const cell = readCellNumber(actual);
  if (cell.kind === 'missing') return { error: TARGET_MESSAGES.missingActual };
  if (cell.kind === 'unreadable') return { error: TARGET_MESSAGES.unreadableActual(cell.text) };
  const met = targets.list.every((t) => {
    const value = t.unit === '%' && !cell.percent && cell.value > 1 ? tidy(cell.value / 100) : cell.value;
    return compare(value, t.op, t.value);
  });
  return { met };
}

function targetsOf(target: unknown): { list: Target[] } | { error: string } {
  if (target === undefined || target === null || (typeof target === 'string' && target.trim() === '')) {
    return { error: TARGET_MESSAGES.missingTarget };
  }
  if (typeof target === 'string') {
    const list = parseTargetSpec(target);
    return list.length > 0 ? { list } : { error: TARGET_MESSAGES.unreadableTarget(target) };
  }
  const parsed = TargetSchema.safeParse(target);
  return parsed.success ? { list: [parsed.data] } : { error: TARGET_MESSAGES.invalidTarget };
}
