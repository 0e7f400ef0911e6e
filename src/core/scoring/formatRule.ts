/**
 * Printing a rule in its canonical Vietnamese form, the one the criteria sheet shows after a
 * rule is read: `parseRule(formatRule(r))` gives `r` back.
 */
import { formatNumberVi, tidy } from '../target/number';
import type { Band, BandsRule, Bound, Rule } from './rule';

function value(v: number, unit: BandsRule['unit']): string {
  return unit === '%' ? `${formatNumberVi(tidy(v * 100))}%` : formatNumberVi(v);
}

/**
 * The condition of one band: "Từ 70% đến dưới 90%", "Trên 90%", "Bằng 100%".
 * @example formatBandCondition({ lower: { value: 0.7, inclusive: true }, upper: { value: 0.9, inclusive: false } }, '%') → 'Từ 70% đến dưới 90%'
 */
export function formatBandCondition(band: Pick<Band, 'lower' | 'upper'>, unit: BandsRule['unit']): string {
  const { lower, upper } = band;
  const v = (b: Bound) => value(b.value, unit);
  if (lower && upper) {
    if (lower.value === upper.value && lower.inclusive && upper.inclusive) return `Bằng ${v(lower)}`;
    return `${lower.inclusive ? 'Từ' : 'Trên'} ${v(lower)} đến ${upper.inclusive ? '' : 'dưới '}${v(upper)}`;
  }
  if (lower) return lower.inclusive ? `Từ ${v(lower)} trở lên` : `Trên ${v(lower)}`;
  if (upper) return upper.inclusive ? `Từ ${v(upper)} trở xuống` : `Dưới ${v(upper)}`;
  return 'Mọi giá trị';
}

/**
 * The canonical text of a rule.
 * @example formatRule({ kind: 'proportional' }) → 'Tỷ lệ × điểm tối đa'
 * For instance `formatRule(parseRule('tren 90%:2;70%-90%:1;duoi 70%:0')) → 'Trên 90%: 2; Từ 70% đến 90%: 1; Dưới 70%: 0'`.
 */
export function formatRule(rule: Rule): string {
  const pts = formatNumberVi;
  switch (rule.kind) {
    case 'proportional':
      return 'Tỷ lệ × điểm tối đa';
    case 'yesno':
      return `${rule.yes.label}: ${pts(rule.yes.points)}; ${rule.no.label}: ${pts(rule.no.points)}`;
    case 'categories':
      return rule.categories.map((c) => `${c.label}: ${pts(c.points)}`).join('; ');
    case 'counts':
      return rule.levels.map((l) => `${formatNumberVi(l.count)}${rule.unit ? ` ${rule.unit}` : ''}: ${pts(l.points)}`).join('; ');
    case 'bands':
      return rule.bands.map((b) => `${formatBandCondition(b, rule.unit)}: ${pts(b.points)}`).join('; ');
  }
}
