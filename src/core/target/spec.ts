/**
 * Reading a target that a user passes to CHECK: either the normalised form TARGET printed
 * ("≥ 90%", "giảm ≥ 3% so với 2021", several joined by ";"), a formula-style one (">=0.9"),
 * or the raw Vietnamese text of the cell ("Đạt tỷ lệ tối thiểu 90%").
 */
import { fold } from '../text/fold';
import type { Target, TargetOp } from '../plan/schema';
import { parseNumberVi, tidy } from './number';
import { parseTargets } from './parseTargets';
import { DIRECTION_WORDS } from './format';

/** Comparison symbols accepted in a normalised target, ASCII spellings included. */
const SPEC_OPS: ReadonlyArray<readonly [string, TargetOp]> = [
  ['>=', '>='],
  ['=>', '>='],
  ['≥', '>='],
  ['⩾', '>='],
  ['<=', '<='],
  ['=<', '<='],
  ['≤', '<='],
  ['⩽', '<='],
  ['>', '>'],
  ['<', '<'],
  ['=', '='],
];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const DIRECTIONS = Object.entries(DIRECTION_WORDS).map(([direction, word]) => [fold(word), direction] as const);
const SPEC_RE = new RegExp(
  `^(?:(${DIRECTIONS.map(([w]) => escapeRe(w)).join('|')})\\s*)?` +
    `(${SPEC_OPS.map(([s]) => escapeRe(s)).join('|')})\\s*` +
    `([+-]?\\d[\\d.,]*)\\s*(%)?` +
    `(?:\\s*so voi\\s*(?:nam\\s*)?((?:19|20)\\d\\d))?$`,
);

/**
 * One normalised target ("≥ 90%"), or null when the text is not in that form.
 * A bare fraction below 1 (">=0.9") is read as a percentage, because that is how a spreadsheet
 * stores 90%; a bare whole number (">= 1") is a count.
 */
function parseNormalised(part: string): Target | null {
  const m = SPEC_RE.exec(fold(part));
  if (!m) return null;
  const [, dir, symbol, digits, percent, year] = m;
  const n = parseNumberVi(digits);
  if (n === null) return null;
  const op = SPEC_OPS.find(([s]) => s === symbol)?.[1] ?? '>=';
  const fraction = !percent && n > 0 && n < 1;
  const target: Target = {
    metric: '',
    op,
    value: percent ? tidy(n / 100) : n,
    unit: percent || fraction ? '%' : Number.isInteger(n) ? 'count' : 'other',
    text: part.trim(),
  };
  const direction = DIRECTIONS.find(([w]) => w === dir)?.[1];
  if (direction) target.direction = direction as Target['direction'];
  if (year) target.baselineYear = Number(year);
  return target;
}

/**
 * The targets a text states: normalised parts ("≥ 90%; > 99%") when every part is in that form,
 * otherwise whatever `parseTargets` reads from it as Vietnamese. [] when neither finds a target.
 * @example parseTargetSpec('≥ 90%') → [{ op: '>=', value: 0.9, unit: '%', metric: '', text: '≥ 90%' }]
 * @example parseTargetSpec('>=0.9') → [{ op: '>=', value: 0.9, unit: '%' }]
 * @example parseTargetSpec('giảm ≥ 3% so với 2021') → [{ op: '>=', value: 0.03, direction: 'decrease', baselineYear: 2021 }]
 * @example parseTargetSpec('Đạt tỷ lệ tối thiểu 90%') → [{ metric: 'tỷ lệ', op: '>=', value: 0.9, unit: '%' }]
 */
export function parseTargetSpec(text: string): Target[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  const parts = text.split(/[;\n]/).filter((p) => p.trim() !== '');
  const normalised = parts.map(parseNormalised);
  if (normalised.every((t): t is Target => t !== null)) return normalised;
  return parseTargets(text);
}
