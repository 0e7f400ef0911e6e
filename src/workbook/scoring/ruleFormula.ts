/**
 * A scoring rule as a native spreadsheet formula, so the Bộ tiêu chí sheet scores its criteria
 * in Excel, LibreOffice and Google Sheets without the add-in (design.md §4: a workbook opened
 * where the add-in is not installed must still read right). The formula applies the same rule as
 * core's `scoreWithRule`: a blank actual gives a blank, an actual the rule cannot take gives #N/A
 * (the add-in's PAR.SCORE says why in words).
 *
 * Numbers are written with a dot and names in English, as both hosts' formula APIs expect.
 */
import type { Band, Rule } from '../../core/scoring';

const num = (n: number): string => String(+n.toPrecision(12));
const str = (s: string): string => `"${s.replace(/"/g, '""')}"`;

function bandCondition(band: Band, a: string): string {
  const parts: string[] = [];
  if (band.lower) parts.push(`${a}${band.lower.inclusive ? '>=' : '>'}${num(band.lower.value)}`);
  if (band.upper) parts.push(`${a}${band.upper.inclusive ? '<=' : '<'}${num(band.upper.value)}`);
  if (parts.length === 0) return 'TRUE';
  return parts.length === 1 ? parts[0] : `AND(${parts.join(',')})`;
}

/** IF(c1,v1,IF(c2,v2,…,otherwise)) from a list of (condition, value). */
function chain(cases: readonly (readonly [string, string])[], otherwise: string): string {
  return cases.reduceRight((acc, [cond, value]) => `IF(${cond},${value},${acc})`, otherwise);
}

/**
 * The points formula (without '=') for an actual in cell `a` and a maximum in cell `max`.
 * @example ruleFormula({ kind: 'proportional' }, '$G5', '$D5') → 'IF($G5="","",IF(ISNUMBER($G5),MIN($D5,MAX(0,$G5*$D5)),NA()))'
 */
export function ruleFormula(rule: Rule, a: string, max: string): string {
  const body = ((): string => {
    switch (rule.kind) {
      case 'proportional':
        return `IF(ISNUMBER(${a}),MIN(${max},MAX(0,${a}*${max})),NA())`;
      case 'bands':
        return `IF(ISNUMBER(${a}),${chain(rule.bands.map((b) => [bandCondition(b, a), num(b.points)] as const), 'NA()')},NA())`;
      case 'counts': {
        const levels = [...rule.levels].sort((x, y) => y.count - x.count);
        return `IF(ISNUMBER(${a}),${chain(levels.map((l) => [`${a}>=${num(l.count)}`, num(l.points)] as const), '0')},NA())`;
      }
      case 'yesno':
        return chain(
          [
            [`OR(${a}=TRUE,${a}=1,${a}=${str(rule.yes.label)})`, num(rule.yes.points)],
            [`OR(${a}=FALSE,${a}=0,${a}=${str(rule.no.label)})`, num(rule.no.points)],
          ],
          'NA()',
        );
      case 'categories':
        return chain(rule.categories.map((c) => [`${a}=${str(c.label)}`, num(c.points)] as const), 'NA()');
    }
  })();
  return `IF(${a}="","",${body})`;
}

/** The values an official may pick as the actual of a rule, for a dropdown; null when it is a number. */
export function ruleChoices(rule: Rule): string[] | null {
  if (rule.kind === 'yesno') return [rule.yes.label, rule.no.label];
  if (rule.kind === 'categories') return rule.categories.map((c) => c.label);
  return null;
}
