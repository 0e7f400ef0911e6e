/**
 * The normalised form of a target, as the TARGET function shows it: "≥ 90%", "> 99%", "≥ 1",
 * "giảm ≥ 3% so với 2021". `parseTargetSpec` reads it back.
 */
import type { Target, TargetOp } from '../plan/schema';
import { formatNumberVi } from './number';

/** How each comparison prints. */
export const OP_SYMBOLS: Readonly<Record<TargetOp, string>> = {
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
  '=': '=',
};

/** How each direction prints, before the comparison. */
export const DIRECTION_WORDS: Readonly<Record<NonNullable<Target['direction']>, string>> = {
  decrease: 'giảm',
  increase: 'tăng',
};

/**
 * One target in normalised form. Percentages print as percent numbers (value 0.7052 → "70,52%"),
 * with the Vietnamese decimal comma; counts and other measures print the bare number.
 * @example formatTarget({ metric: '', op: '>=', value: 0.9, unit: '%', text: '' }) → '≥ 90%'
 * @example formatTarget({ metric: '', op: '>', value: 0.99, unit: '%', text: '' }) → '> 99%'
 * @example formatTarget({ metric: '', op: '>=', value: 1, unit: 'count', text: '' }) → '≥ 1'
 * @example formatTarget({ metric: '', op: '>=', value: 0.03, unit: '%', direction: 'decrease', baselineYear: 2021, text: '' }) → 'giảm ≥ 3% so với 2021'
 */
export function formatTarget(t: Target): string {
  const number = t.unit === '%' ? `${formatNumberVi(t.value * 100)}%` : formatNumberVi(t.value);
  const parts = [t.direction ? DIRECTION_WORDS[t.direction] : '', `${OP_SYMBOLS[t.op]} ${number}`];
  if (t.baselineYear !== undefined) parts.push(`so với ${t.baselineYear}`);
  return parts.filter(Boolean).join(' ');
}

/**
 * Several targets in normalised form, joined by "; " (what TARGET shows for a cell).
 * For instance `formatTargets(parseTargets('Đạt 100%; tỷ lệ hồ sơ đạt 70%')) → '≥ 100%; ≥ 70%'`.
 */
export function formatTargets(targets: readonly Target[]): string {
  return targets.map(formatTarget).join('; ');
}
