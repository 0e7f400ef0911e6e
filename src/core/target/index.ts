/** Numeric targets of a plan: reading, printing and checking them (TARGET, CHECK, RATE). */
export { parseNumberVi, formatNumberVi } from './number';
export { parseTargets } from './parseTargets';
export { formatTarget, formatTargets } from './format';
export { parseTargetSpec } from './spec';
export { checkTarget, type CheckResult } from './check';
export { rate, type RateResult } from './rate';
export { TARGET_MESSAGES } from './messages';
