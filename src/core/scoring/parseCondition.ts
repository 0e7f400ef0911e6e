/**
 * Reading the condition of one level of a rule — the part before ":" — as a band of numbers
 * ("Từ 70% đến dưới 90%", "Trên 90%", "≥ 90%", "70% - 90%", "4 lần/năm") or as a label
 * ("Kịp thời", "Không đạt"). Numbers are found in the text as written; only the words right
 * before and after each number decide what it bounds, so "Hoàn thành từ 80% kế hoạch trở lên"
 * reads as "từ 80% trở lên". Exact boundaries as written: "từ"/"đến" include the number,
 * "trên"/"dưới" exclude it.
 */
import { fold } from '../text/fold';
import { parseNumberVi } from '../target/number';
import { BOUND_WORDS, SUFFIX_WORDS, type BoundWord } from './rulePhrases';

export interface RawBound {
  /** The number as written (90 for "90%"): the rule decides on the scale once all levels are read. */
  readonly value: number;
  readonly inclusive: boolean;
}

export type Condition =
  | { readonly kind: 'label'; readonly label: string }
  | {
      readonly kind: 'numeric';
      readonly lower: RawBound | null;
      readonly upper: RawBound | null;
      /** Some number of the condition has a percent sign. */
      readonly percent: boolean;
      /** A single number with no comparison word ("4 lần", "100%"). */
      readonly bare: boolean;
      /** For a bare number: the words after it as written ("lần/năm"), "" when none. */
      readonly unit: string;
    };

/** Why a condition could not be read; the caller adds where it is. */
export type ConditionFault = 'tooManyNumbers' | 'badRange' | 'badBound';

const NUMBER = /(\d+(?:[.,]\d+)*)(\s*%)?/g;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LETTER_START = /^[a-z0-9]/;

const PREFIX_RES = BOUND_WORDS.map(([w, role]) => {
  const body = w.split(' ').map(escapeRe).join('\\s+');
  // Words must stand alone ("tu" in "tu" but not in "tuan"); symbols may touch the number.
  return [new RegExp(`${LETTER_START.test(w) ? '(?:^|[^a-z0-9])' : ''}${body}\\s*$`), role] as const;
});
const SUFFIX_RES = SUFFIX_WORDS.map(([w, role]) => [new RegExp(`^\\s*${w.split(' ').join('\\s+')}(?![a-z0-9])`), role] as const);

function prefixRole(text: string): BoundWord | null {
  const folded = fold(text);
  for (const [re, role] of PREFIX_RES) if (re.test(folded)) return role;
  return null;
}

function suffixRole(text: string): 'from' | 'upTo' | null {
  const folded = fold(text);
  for (const [re, role] of SUFFIX_RES) if (re.test(folded)) return role;
  return null;
}

/**
 * Reads a condition.
 * @example parseCondition('Từ 70% đến dưới 90%') → { kind: 'numeric', lower: { value: 70, inclusive: true }, upper: { value: 90, inclusive: false }, percent: true }
 * @example parseCondition('Không kịp thời') → { kind: 'label', label: 'Không kịp thời' }
 */
export function parseCondition(text: string): Condition | ConditionFault {
  const matches = [...text.matchAll(NUMBER)] as RegExpExecArray[];
  const numbers = matches
    .map((m) => ({ m, value: parseNumberVi(m[1]) }))
    .filter((n): n is { m: RegExpExecArray; value: number } => n.value !== null);
  if (numbers.length === 0) return { kind: 'label', label: text.trim() };
  if (numbers.length > 2) return 'tooManyNumbers';
  const percent = numbers.some((n) => n.m[2] !== undefined);
  const roles = numbers.map((n, i) => {
    const start = n.m.index ?? 0;
    const prevEnd = i === 0 ? 0 : (numbers[i - 1].m.index ?? 0) + numbers[i - 1].m[0].length;
    const end = start + n.m[0].length;
    const nextStart = i + 1 < numbers.length ? numbers[i + 1].m.index ?? text.length : text.length;
    const before = prefixRole(text.slice(prevEnd, start));
    const after = suffixRole(text.slice(end, nextStart));
    // "từ 90% trở lên" / "từ 50% trở xuống": the word after the number says which end it is.
    if (after === 'from' && before !== 'above') return 'from';
    if (after === 'upTo' && before !== 'below') return 'upTo';
    return before;
  });

  if (numbers.length === 1) {
    const value = numbers[0].value;
    const role = roles[0];
    const unitText = text.slice((numbers[0].m.index ?? 0) + numbers[0].m[0].length).trim();
    const bound = (inclusive: boolean): RawBound => ({ value, inclusive });
    const base = { kind: 'numeric' as const, percent, bare: false, unit: '' };
    switch (role) {
      case 'from':
        return { ...base, lower: bound(true), upper: null };
      case 'above':
        return { ...base, lower: bound(false), upper: null };
      case 'below':
        return { ...base, lower: null, upper: bound(false) };
      case 'upTo':
        return { ...base, lower: null, upper: bound(true) };
      case 'exact':
        return { ...base, lower: bound(true), upper: bound(true) };
      default:
        return { ...base, lower: bound(true), upper: bound(true), bare: true, unit: percent ? '' : unitText };
    }
  }

  const [first, second] = roles;
  if (!(first === null || first === 'from' || first === 'above')) return 'badBound';
  if (!(second === 'upTo' || second === 'below')) return 'badBound';
  const lower: RawBound = { value: numbers[0].value, inclusive: first !== 'above' };
  const upper: RawBound = { value: numbers[1].value, inclusive: second === 'upTo' };
  const ordered = lower.value < upper.value || (lower.value === upper.value && lower.inclusive && upper.inclusive);
  if (!ordered) return 'badRange';
  return { kind: 'numeric', lower, upper, percent, bare: false, unit: '' };
}
