/**
 * Scoring a whole criteria set: points of each leaf under its rule, parents summed, the component
 * index of each area, and the ranking of the points lost — what to fix first.
 */
import { AREA_KEYS, type AreaKey } from '../areas/areaKeys';
import { tidy } from '../target/number';
import { compareCodes, criteriaTree, type Criterion } from './criteria';
import { parseRule } from './parseRule';
import { RuleError, type Actual, type Rule } from './rule';
import { RULE_MESSAGES } from './ruleMessages';
import { scoreWithRule } from './score';

export interface CriterionScore {
  readonly code: string;
  readonly area: AreaKey;
  readonly name: string;
  readonly max: number;
  /** Points earned; for a parent the sum of its scored children; null when nothing under it is scored. */
  readonly points: number | null;
  /** Why a leaf has no points (no rule, unreadable rule, an actual the rule cannot take). */
  readonly error?: string;
  readonly leaf: boolean;
  /** Leaves under this criterion (itself, for a leaf) that have no points yet. */
  readonly unscored: number;
  readonly lastYearPoints?: number;
}

/**
 * Scores every criterion. A leaf with no actual in `actuals` (by code) is unscored without an
 * error; a leaf whose rule or actual is at fault is unscored with the error. A parent's points are
 * the sum of its children's points that are known. Results keep the order of `criteria`.
 * For instance `scoreCriteria(criteria, new Map([['1.1.1', 'Kịp thời'], ['1.1.2', 0.85]]))`.
 */
export function scoreCriteria(criteria: readonly Criterion[], actuals: ReadonlyMap<string, Actual>): CriterionScore[] {
  const tree = criteriaTree(criteria);
  const rules = new Map<string, Rule | RuleError>();
  const ruleOf = (text: string): Rule | RuleError => {
    let r = rules.get(text);
    if (r === undefined) {
      r = parseRule(text);
      rules.set(text, r);
    }
    return r;
  };

  const results = new Map<string, CriterionScore>();
  const base = (c: Criterion) => ({
    code: c.code,
    area: c.area,
    name: c.name,
    max: c.maxPoints,
    ...(c.lastYearPoints !== undefined ? { lastYearPoints: c.lastYearPoints } : {}),
  });
  for (const c of tree.leaves) {
    const leaf = { ...base(c), leaf: true };
    const actual = actuals.get(c.code);
    const unscored = (error?: string): CriterionScore => ({ ...leaf, points: null, unscored: 1, ...(error ? { error } : {}) });
    if (!c.rule || c.rule.trim() === '') {
      results.set(c.code, unscored(RULE_MESSAGES.empty));
      continue;
    }
    const rule = ruleOf(c.rule);
    if (rule instanceof RuleError) {
      results.set(c.code, unscored(rule.error));
      continue;
    }
    if (actual === undefined || actual === null || (typeof actual === 'string' && actual.trim() === '')) {
      results.set(c.code, unscored());
      continue;
    }
    const points = scoreWithRule(rule, actual, c.maxPoints);
    results.set(c.code, points instanceof RuleError ? unscored(points.error) : { ...leaf, points, unscored: 0 });
  }
  // Parents bottom-up: deepest codes first, so every child is done before its parent.
  const parents = [...tree.byCode.values()].filter((c) => tree.children.has(c.code));
  parents.sort((a, b) => b.code.split('.').length - a.code.split('.').length);
  for (const c of parents) {
    let points: number | null = null;
    let unscored = 0;
    for (const k of tree.children.get(c.code) ?? []) {
      const child = results.get(k);
      if (!child) continue;
      unscored += child.unscored;
      if (child.points !== null) points = (points ?? 0) + child.points;
    }
    results.set(c.code, { ...base(c), leaf: false, points: points === null ? null : tidy(points), unscored });
  }
  return [...tree.byCode.keys()].map((code) => results.get(code) as CriterionScore);
}

export interface AreaIndex {
  /** The area, or 'total' for the whole set (the last entry). */
  readonly area: AreaKey | 'total';
  readonly max: number;
  /** Sum of the leaves' points; unscored leaves count 0, as in the official index. */
  readonly points: number;
  /** points / max as a fraction 0..1; null when max is 0. */
  readonly index: number | null;
  readonly unscored: number;
}

/**
 * The component index of each area (sum of its leaves' points over the sum of their maximums), in
 * the areas' standard order, followed by the total.
 * For instance `areaIndices(scoreCriteria(criteria, actuals)).at(-1) → { area: 'total', max: 100, points: 81.25, index: 0.8125, unscored: 3 }`.
 */
export function areaIndices(scores: readonly CriterionScore[]): AreaIndex[] {
  const sums = new Map<AreaKey | 'total', { max: number; points: number; unscored: number }>();
  const add = (key: AreaKey | 'total', s: CriterionScore) => {
    const sum = sums.get(key) ?? { max: 0, points: 0, unscored: 0 };
    sum.max += s.max;
    sum.points += s.points ?? 0;
    sum.unscored += s.unscored;
    sums.set(key, sum);
  };
  for (const s of scores) {
    if (!s.leaf) continue;
    add(s.area, s);
    add('total', s);
  }
  const order: Array<AreaKey | 'total'> = [...AREA_KEYS, 'total'];
  return order
    .filter((k) => sums.has(k))
    .map((area) => {
      const { max, points, unscored } = sums.get(area) as { max: number; points: number; unscored: number };
      return { area, max: tidy(max), points: tidy(points), index: max > 0 ? tidy(points / max) : null, unscored };
    });
}

export interface PointsLost {
  readonly code: string;
  readonly area: AreaKey;
  readonly name: string;
  readonly max: number;
  readonly points: number;
  /** max − points */
  readonly lost: number;
}

/**
 * The scored leaf criteria, those losing the most points first (max − points, descending), ties
 * in code order. Unscored leaves are left out: what they will lose is not known yet.
 * For instance `pointsLost(scoreCriteria(criteria, actuals))[0] → { code: '6.1.1', max: 2, points: 0, lost: 2 }`.
 */
export function pointsLost(scores: readonly CriterionScore[]): PointsLost[] {
  return scores
    .filter((s): s is CriterionScore & { points: number } => s.leaf && s.points !== null)
    .map((s) => ({ code: s.code, area: s.area, name: s.name, max: s.max, points: s.points, lost: tidy(s.max - s.points) }))
    .sort((a, b) => b.lost - a.lost || compareCodes(a.code, b.code));
}
