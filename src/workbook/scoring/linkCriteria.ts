/**
 * Criteria ready for a tracker: each rate criterion without a link gets the indicator core
 * suggests for it (by area and wording), so a fresh Bộ tiêu chí sheet already scores from the
 * plan. The links stay plain text in the sheet, for the official to correct.
 */
import type { Plan } from '../../core/plan/schema';
import { MIN_LINK_SCORE, suggestLinks, type Criterion } from '../../core/scoring';

export function withSuggestedLinks(criteria: readonly Criterion[], plan: Pick<Plan, 'tasks'>): { criteria: Criterion[]; linked: number } {
  const suggestions = new Map(suggestLinks(criteria, plan).filter((s) => s.score >= MIN_LINK_SCORE).map((s) => [s.code, s.link]));
  let linked = 0;
  const out = criteria.map((c) => {
    const link = c.link ? undefined : suggestions.get(c.code);
    if (!link) return c;
    linked++;
    return { ...c, link };
  });
  return { criteria: out, linked };
}
