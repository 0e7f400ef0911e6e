/**
 * The criteria model: the scored criteria of the index, nested by code — lĩnh vực "1" →
 * tiêu chí "1.1" → tiêu chí thành phần "1.1.4". A parent's maximum is the sum of its children's.
 */
import { z } from '../zodConfig';
import { AreaKeySchema } from '../plan/schema';
import { tidy, formatNumberVi } from '../target/number';
import { parseRule } from './parseRule';
import { RuleError } from './rule';
import { checkRuleMax } from './score';

/** Where a criterion reads its actual: an indicator of the Chỉ tiêu sheet ("VII-5:1") or a task's state ("VII-5"). */
export const CriterionLinkSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('indicator'), ref: z.string().min(1) }),
  z.object({ kind: z.literal('task'), ref: z.string().min(1) }),
]);
export type CriterionLink = z.infer<typeof CriterionLinkSchema>;

export const CRITERION_CODE = /^\d+(?:\.\d+)*$/;

export const CriterionSchema = z.object({
  /** "1", "1.1", "1.1.4": the nesting is read from the code. */
  code: z.string().regex(CRITERION_CODE),
  area: AreaKeySchema,
  name: z.string().min(1),
  maxPoints: z.number().finite().nonnegative(),
  /** Scoring rule as written (parseRule reads it); none on parents, whose points are their children's sum. */
  rule: z.string().optional(),
  link: CriterionLinkSchema.optional(),
  lastYearPoints: z.number().finite().nonnegative().optional(),
  evidenceRequired: z.boolean(),
  /** Points that come from the sociological survey (điều tra xã hội học), not from self-assessment. */
  survey: z.boolean(),
  /** A template value, to be replaced by the province's own set. */
  template: z.boolean().optional(),
});
export type Criterion = z.infer<typeof CriterionSchema>;

export const CriteriaSetSchema = z.object({
  note: z.string(),
  template: z.boolean(),
  sources: z.array(z.string()),
  criteria: z.array(CriterionSchema),
});
export type CriteriaSet = z.infer<typeof CriteriaSetSchema>;

/**
 * Orders codes as numbers, part by part.
 * @example ['1.10', '1.2', '1'].sort(compareCodes) → ['1', '1.2', '1.10']
 */
export function compareCodes(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if (pa[i] === undefined) return -1;
    if (pb[i] === undefined) return 1;
    if (pa[i] !== pb[i]) return pa[i] - pb[i];
  }
  return 0;
}

/** How deep a code is: 1 lĩnh vực, 2 tiêu chí, 3 tiêu chí thành phần. */
export const codeDepth = (code: string): number => code.split('.').length;

export interface CriteriaTree {
  readonly byCode: ReadonlyMap<string, Criterion>;
  /** Child codes of each code, in code order. */
  readonly children: ReadonlyMap<string, readonly string[]>;
  /** The nearest listed ancestor of each code, null at the top. */
  readonly parent: ReadonlyMap<string, string | null>;
  /** Criteria without children: the ones that are scored by a rule. */
  readonly leaves: readonly Criterion[];
  /** Top-level criteria (no listed ancestor). */
  readonly roots: readonly Criterion[];
}

/**
 * The nesting of a criteria list, by code; a code's parent is its nearest listed prefix. The first
 * of duplicated codes wins.
 * For instance `criteriaTree(criteria).children.get('1.1') → ['1.1.1', '1.1.2']`.
 */
export function criteriaTree(criteria: readonly Criterion[]): CriteriaTree {
  const byCode = new Map<string, Criterion>();
  for (const c of criteria) if (!byCode.has(c.code)) byCode.set(c.code, c);
  const children = new Map<string, string[]>();
  const parent = new Map<string, string | null>();
  for (const code of byCode.keys()) {
    const parts = code.split('.');
    let p: string | null = null;
    for (let n = parts.length - 1; n > 0 && p === null; n--) {
      const prefix = parts.slice(0, n).join('.');
      if (byCode.has(prefix)) p = prefix;
    }
    parent.set(code, p);
    if (p !== null) {
      const list = children.get(p) ?? [];
      list.push(code);
      children.set(p, list);
    }
  }
  for (const list of children.values()) list.sort(compareCodes);
  const all = [...byCode.values()];
  return {
    byCode,
    children,
    parent,
    leaves: all.filter((c) => !children.has(c.code)),
    roots: all.filter((c) => parent.get(c.code) === null),
  };
}

export interface CriteriaProblem {
  readonly code: string;
  /** The field at fault; 'code' for problems of the row as a whole. */
  readonly field: 'code' | 'area' | 'maxPoints' | 'rule' | 'link';
  readonly message: string;
}

/**
 * Checks a criteria set: duplicated codes, missing levels, parents whose maximum is not the sum
 * of their children's, leaves without a readable rule, rules giving more than the maximum,
 * children in another area than their parent. One problem per fault; nothing is thrown.
 * For instance `checkCriteria([{ code: '1', maxPoints: 3, … }, { code: '1.1', maxPoints: 2, … }]) → [{ code: '1', field: 'maxPoints', message: 'Điểm tối đa của 1 (3) khác tổng điểm tối đa của các tiêu chí con (2)' }]`.
 */
export function checkCriteria(criteria: readonly Criterion[]): CriteriaProblem[] {
  const problems: CriteriaProblem[] = [];
  const seen = new Set<string>();
  for (const c of criteria) {
    if (seen.has(c.code)) problems.push({ code: c.code, field: 'code', message: `Mã ${c.code} bị trùng` });
    seen.add(c.code);
  }
  const tree = criteriaTree(criteria);
  for (const c of tree.byCode.values()) {
    const p = tree.parent.get(c.code) ?? null;
    const depth = codeDepth(c.code);
    if (depth > 1 && (p === null || codeDepth(p) !== depth - 1)) {
      const missing = c.code
        .split('.')
        .slice(0, depth - 1)
        .join('.');
      problems.push({ code: c.code, field: 'code', message: `Thiếu tiêu chí cha ${missing} của ${c.code}` });
    }
    if (p !== null) {
      const parentArea = tree.byCode.get(p)?.area;
      if (parentArea && parentArea !== c.area) {
        problems.push({ code: c.code, field: 'area', message: `Lĩnh vực của ${c.code} khác lĩnh vực của tiêu chí cha ${p}` });
      }
    }
    const kids = tree.children.get(c.code);
    if (kids) {
      const sum = tidy(kids.reduce((s, k) => s + (tree.byCode.get(k)?.maxPoints ?? 0), 0));
      if (sum !== tidy(c.maxPoints)) {
        problems.push({
          code: c.code,
          field: 'maxPoints',
          message: `Điểm tối đa của ${c.code} (${formatNumberVi(c.maxPoints)}) khác tổng điểm tối đa của các tiêu chí con (${formatNumberVi(sum)})`,
        });
      }
      continue;
    }
    if (c.rule === undefined || c.rule.trim() === '') {
      problems.push({ code: c.code, field: 'rule', message: `Tiêu chí ${c.code} chưa có cách tính điểm` });
      continue;
    }
    const rule = parseRule(c.rule);
    const fault = rule instanceof RuleError ? rule : checkRuleMax(rule, c.maxPoints);
    if (fault) problems.push({ code: c.code, field: 'rule', message: `Tiêu chí ${c.code}: ${fault.error}` });
  }
  return problems;
}
