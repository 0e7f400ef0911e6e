/** Scoring: rules, criteria sets, points and component indices (issue 5). */
export { RuleError, type Rule, type RuleKind, type Actual, type Band, type Bound } from './rule';
export { parseRule } from './parseRule';
export { formatRule } from './formatRule';
export { scoreWithRule, score, componentIndex, checkRuleMax } from './score';
export {
  CriterionSchema,
  CriterionLinkSchema,
  CriteriaSetSchema,
  criteriaTree,
  checkCriteria,
  compareCodes,
  type Criterion,
  type CriterionLink,
  type CriteriaSet,
  type CriteriaTree,
  type CriteriaProblem,
} from './criteria';
export { criteriaTemplate } from './criteriaTemplate';
export { CRITERIA_COLUMNS, readCriteriaGrid, criteriaToGrid, type CriteriaColumnKey, type CriteriaGridProblem, type CriteriaGridReading } from './criteriaGrid';
export { readLink, formatLink, indicatorRef, linkedActuals, suggestLinks, MIN_LINK_SCORE, type LinkSuggestion } from './links';
export { scoreCriteria, areaIndices, pointsLost, type CriterionScore, type AreaIndex, type PointsLost } from './scoreCriteria';
