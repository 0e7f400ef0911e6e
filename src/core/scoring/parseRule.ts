/**
 * Reading a scoring rule written the way the official index documents write it, in one cell:
 * levels separated by ";" (or line breaks), each "condition: points".
 *
 * - bands:        "Trên 90%: 2; Từ 70% đến 90%: 1; Dưới 70%: 0" (also "từ … đến dưới …", "≥", "<",
 *                 "từ 90% trở lên", "70% - 90%", a bare "100%"); boundaries exactly as written
 * - proportional: "Tỷ lệ × điểm tối đa" (also "x", "*", "Điểm = tỷ lệ % x điểm tối đa")
 * - yes/no:       "Đạt: 1; Không đạt: 0", "Có: 1; Không: 0", "Hoàn thành: 1; Không hoàn thành: 0"
 * - categories:   "Kịp thời: 1; Không kịp thời: 0,5; Không ban hành: 0"
 * - counts:       "4 lần/năm: 20; 3 lần: 15; 2 lần: 10; 1 lần: 5" (bare counts, no comparison word)
 * Decimal commas everywhere; words matched without diacritics.
 */
import { fold } from '../text/fold';
import { parseNumberVi, tidy } from '../target/number';
import { parseCondition, type Condition, type RawBound } from './parseCondition';
import { RuleError, type Band, type Bound, type Rule } from './rule';
import { RULE_MESSAGES, where } from './ruleMessages';
import { NEGATIONS, POINT_SEPARATORS, POINT_WORDS, PROPORTIONAL_FORMS, YES_NO_PAIRS } from './rulePhrases';

/** One level of the rule text, with where it starts (0-based character offset). */
interface Level {
  readonly index: number;
  readonly text: string;
  readonly position: number;
  readonly condition: Condition;
  readonly points: number;
}

function fail(message: string, segment?: string, position?: number): RuleError {
  return new RuleError(message, segment, position);
}

/** Cuts the text into levels at ";" and line breaks, keeping each level's offset. */
function segments(text: string): Array<{ text: string; position: number }> {
  const out: Array<{ text: string; position: number }> = [];
  const re = /[^;\n\r]+/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim().replace(/[.,]$/, '').trim();
    if (trimmed) out.push({ text: trimmed, position: (m.index ?? 0) + lead });
  }
  return out;
}

/** The last point separator of a level (a condition may hold "=" or "-", the points never do). */
function splitLevel(text: string): { condition: string; points: string } | null {
  let at = -1;
  let width = 0;
  for (const sep of POINT_SEPARATORS) {
    const i = text.lastIndexOf(sep);
    if (i > at) {
      at = i;
      width = sep.length;
    }
  }
  if (at < 0) return null;
  return { condition: text.slice(0, at).trim(), points: text.slice(at + width).trim() };
}

const POINT_WORDS_RE = new RegExp(`\\s*(?:${POINT_WORDS.join('|')})\\s*$`);

/** "2", "0,5 điểm", "(1đ)" → the number, or null. */
function readPoints(text: string): number | null {
  const folded = fold(text)
    .replace(/^\(|\)$/g, '')
    .trim()
    .replace(POINT_WORDS_RE, '');
  return parseNumberVi(folded);
}

function readLevel(seg: { text: string; position: number }, index: number): Level | RuleError {
  const at = where(index, seg.text, seg.position);
  const parts = splitLevel(seg.text);
  if (!parts) return fail(RULE_MESSAGES.noSeparator(at), seg.text, seg.position);
  if (!parts.condition) return fail(RULE_MESSAGES.noCondition(at), seg.text, seg.position);
  const points = readPoints(parts.points);
  if (points === null) return fail(RULE_MESSAGES.badPoints(at, parts.points), seg.text, seg.position);
  if (points < 0) return fail(RULE_MESSAGES.negativePoints(at), seg.text, seg.position);
  const condition = parseCondition(parts.condition);
  if (typeof condition === 'string') return fail(RULE_MESSAGES[condition](at), seg.text, seg.position);
  return { index, text: seg.text, position: seg.position, condition, points };
}

function isProportional(text: string): boolean {
  const squeezed = fold(text).replace(/[\s()[\].]/g, '');
  return PROPORTIONAL_FORMS.some((re) => re.test(squeezed));
}

/** Yes/no when the two labels are a known pair or one negates the other ("Hoàn thành" / "Không hoàn thành"). */
function yesNoOrder(a: string, b: string): 'ab' | 'ba' | null {
  const fa = fold(a);
  const fb = fold(b);
  for (const [yes, no] of YES_NO_PAIRS) {
    if (fa === yes && fb === no) return 'ab';
    if (fb === yes && fa === no) return 'ba';
  }
  for (const neg of NEGATIONS) {
    if (fb === `${neg} ${fa}`) return 'ab';
    if (fa === `${neg} ${fb}`) return 'ba';
  }
  return null;
}

function labelRule(levels: readonly Level[]): Rule | RuleError {
  const seen = new Set<string>();
  for (const l of levels) {
    const key = fold((l.condition as { label: string }).label);
    if (seen.has(key)) return fail(RULE_MESSAGES.duplicateLabel(where(l.index, l.text, l.position)), l.text, l.position);
    seen.add(key);
  }
  const labelled = levels.map((l) => ({ label: (l.condition as { label: string }).label, points: l.points }));
  if (labelled.length === 2) {
    const order = yesNoOrder(labelled[0].label, labelled[1].label);
    if (order) {
      const [yes, no] = order === 'ab' ? labelled : [labelled[1], labelled[0]];
      return { kind: 'yesno', yes, no };
    }
  }
  return { kind: 'categories', categories: labelled };
}

type NumericCondition = Extract<Condition, { kind: 'numeric' }>;

function scaled(bound: RawBound | null, percent: boolean): Bound | null {
  return bound ? { value: percent ? tidy(bound.value / 100) : bound.value, inclusive: bound.inclusive } : null;
}

/** Two bands share a value: some value is inside both. */
function overlaps(a: Band, b: Band): boolean {
  const belowUpper = (lower: Bound | null, upper: Bound | null) =>
    !lower || !upper || lower.value < upper.value || (lower.value === upper.value && lower.inclusive && upper.inclusive);
  return belowUpper(a.lower, b.upper) && belowUpper(b.lower, a.upper);
}

function numericRule(levels: readonly Level[]): Rule | RuleError {
  const conditions = levels.map((l) => l.condition as NumericCondition);
  const percent = conditions.some((c) => c.percent);
  if (!percent && conditions.every((c) => c.bare)) {
    const counts = new Set<number>();
    for (const l of levels) {
      const count = (l.condition as NumericCondition).lower?.value ?? 0;
      if (counts.has(count)) return fail(RULE_MESSAGES.duplicateLabel(where(l.index, l.text, l.position)), l.text, l.position);
      counts.add(count);
    }
    return {
      kind: 'counts',
      unit: conditions[0].unit,
      levels: levels.map((l) => ({ count: (l.condition as NumericCondition).lower?.value ?? 0, points: l.points })),
    };
  }
  const bands: Band[] = levels.map((l, i) => ({
    lower: scaled(conditions[i].lower, percent),
    upper: scaled(conditions[i].upper, percent),
    points: l.points,
  }));
  for (let i = 0; i < bands.length; i++) {
    for (let j = i + 1; j < bands.length; j++) {
      if (overlaps(bands[i], bands[j])) return fail(RULE_MESSAGES.overlap(levels[i].text, levels[j].text), levels[j].text, levels[j].position);
    }
  }
  return { kind: 'bands', unit: percent ? '%' : 'number', bands };
}

/**
 * Reads a scoring rule. Returns a RuleError (Vietnamese, naming the level and what was expected)
 * for anything it cannot read.
 * @example parseRule('Trên 90%: 2; Từ 70% đến 90%: 1; Dưới 70%: 0') → { kind: 'bands', unit: '%' }
 * @example parseRule('Tỷ lệ × điểm tối đa') → { kind: 'proportional' }
 * @example parseRule('Đạt: 1; Không đạt: 0') → { kind: 'yesno', yes: { label: 'Đạt', points: 1 }, no: { label: 'Không đạt', points: 0 } }
 * @example parseRule('4 lần/năm: 20; 3 lần: 15') → { kind: 'counts', unit: 'lần/năm', levels: [{ count: 4, points: 20 }, { count: 3, points: 15 }] }
 * @example parseRule('Trên 90%: 2') → { kind: 'error', error: 'Cách tính điểm "Trên 90%: 2" chỉ có một mức: cần ít nhất hai mức, cách nhau bởi dấu ";" (ví dụ "Trên 90%: 2; Từ 70% đến 90%: 1; Dưới 70%: 0")', segment: 'Trên 90%: 2' }
 */
export function parseRule(text: string): Rule | RuleError {
  if (typeof text !== 'string') return fail(RULE_MESSAGES.notText);
  const normalised = text.normalize('NFC');
  if (normalised.trim() === '') return fail(RULE_MESSAGES.empty);
  if (isProportional(normalised)) return { kind: 'proportional' };
  const segs = segments(normalised);
  if (segs.length < 2) {
    if (segs.length === 1 && !splitLevel(segs[0].text)) return fail(RULE_MESSAGES.unreadable(normalised), normalised, 0);
    // Read the one level first, so a malformed level says what is wrong with it.
    if (segs.length === 1) {
      const one = readLevel(segs[0], 0);
      if (one instanceof RuleError) return one;
    }
    return fail(RULE_MESSAGES.oneLevel(normalised), normalised, 0);
  }
  const levels: Level[] = [];
  for (const [i, seg] of segs.entries()) {
    const level = readLevel(seg, i);
    if (level instanceof RuleError) return level;
    levels.push(level);
  }
  const numeric = levels.find((l) => l.condition.kind === 'numeric');
  const label = levels.find((l) => l.condition.kind === 'label');
  if (numeric && label) return fail(RULE_MESSAGES.mixed(numeric.text, label.text), label.text, label.position);
  return numeric ? numericRule(levels) : labelRule(levels);
}
