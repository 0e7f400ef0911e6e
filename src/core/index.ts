/**
 * The public core: pure TypeScript with no host API, the same in Node, the browser (task pane)
 * and Google Apps Script. webpack bundles it as the global `ParCore` (dist/web/par-core.js).
 */
export { importAppendix, type ImportOptions, type MergedArea } from './appendix/importAppendix';
export { importText, textFormatOf, type TextFormat } from './appendix/importDocument';
export { findHeader, meaningOfHeaderCell } from './appendix/header';
export { parseTextDocument } from './grid/documentGrid';
export { parseDelimited } from './grid/delimited';
export { parseDue, dueFromCell } from './due';
export { parseTargets, formatTarget, formatTargets, parseTargetSpec, checkTarget, rate } from './target';
export { areaOf, areaOfTitle, areaOfTaskText } from './areas/areaOf';
export { AREA_KEYS, type AreaKey } from './areas/areaKeys';
export { AREA_NAMES } from './areas/areaPhrases';
export { dueState, DUE_STATE_LABELS, DEFAULT_SOON_DAYS, type DueState } from './status/dueState';
export { cleanCellText, cellToText, fold, repairLegacyText } from './text';
export { PlanSchema, TaskSchema, TargetSchema, type Plan, type Task, type Target } from './plan/schema';
export {
  parseRule,
  formatRule,
  scoreWithRule,
  score,
  componentIndex,
  RuleError,
  type Rule,
  type Actual,
  CriterionSchema,
  criteriaTemplate,
  checkCriteria,
  CRITERIA_COLUMNS,
  readCriteriaGrid,
  criteriaToGrid,
  readLink,
  formatLink,
  linkedActuals,
  suggestLinks,
  scoreCriteria,
  areaIndices,
  pointsLost,
  type Criterion,
  type CriterionLink,
  type CriterionScore,
  type AreaIndex,
  type PointsLost,
  type LinkSuggestion,
} from './scoring';
export { taskDueState, isDoneState, type TaskDueStateInput } from './status/taskDueState';
export { FUNCTION_CATALOGUE, FUNCTION_IDS, runFunction, excelCodec, sheetsCodec, type FunctionId, type FunctionSpec, type HostCodec } from './functions';
export { AreaTargetSchema, type AreaTarget } from './plan/schema';
export { findAreaTargets } from './appendix/areaTargets';
