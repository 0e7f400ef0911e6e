/**
 * Reading the numeric targets of an "expected result" cell ("Kết quả/sản phẩm", "Yêu cầu năm …"):
 * "Bảo đảm tỷ lệ hồ sơ giải quyết đúng hạn trên 99%" → { metric: "tỷ lệ hồ sơ giải quyết đúng
 * hạn", op: ">", value: 0.99, unit: "%" }.
 *
 * How a cell is read:
 * 1. The cell is cut into clauses at ";", ":", line breaks, list items and sentence ends.
 * 2. In each clause, a number is a target when it is a percentage, a zero-padded count
 *    ("01 sáng kiến"), or has a comparison word before it ("tối thiểu 5") or "trở lên" after it.
 *    Dates, document numbers and article numbers are skipped by the characters and words around
 *    them ("167/2017", "ngày 10", "Điều 23"); a bare "4 cấp chính quyền" is not a target.
 * 3. The words before the number set the comparison ("trên" → ">"), read backwards as long as
 *    they follow each other ("phải đạt tối thiểu từ 70%").
 * 4. The metric is the clause text around the number: the words before it (from the last "tỷ lệ"
 *    if any, without openers such as "Bảo đảm", "Phấn đấu") and, when the number is followed by
 *    the things it counts ("100% hồ sơ …"), those words too.
 * All matching is done on folded text (no diacritics), so decomposed (NFD) input and spelling
 * slips in the diacritics read the same; `metric` and `text` are cut from the original (NFC).
 */
import { alternation, phraseSource as engineSource } from '../text/phrases';
import { fold } from '../text/fold';
import type { Target, TargetOp } from '../plan/schema';
import { foldWithPositions, sourceSlice, type FoldedText } from './foldPositions';
import { parseNumberVi, tidy } from './number';
import {
  BASELINE_PHRASES,
  CLOSING_WORDS,
  COUNTED_TRAILING_FILLERS,
  DIRECTION_VERBS,
  LEADING_FILLERS,
  MEASURE_UNITS,
  METRIC_ANCHORS,
  NOT_DIRECTION,
  OPERATOR_WORDS,
  REFERENCE_WORDS,
  SUFFIX_WORDS,
  TARGET_SEPARATORS,
  TRAILING_FILLERS,
  type OperatorWord,
} from './phrases';

// ---- compiled phrase tables ---------------------------------------------------------------

const YEAR = '((?:19|20)\\d\\d)';
const NOT_WORD = '[^\\p{L}\\p{N}]';
const WORD_END = `(?=$|${NOT_WORD})`;

/** A phrase as a regex source: any run of spaces between its words, `####` a year. */
const phraseSource = (phrase: string): string => engineSource(phrase, { '####': YEAR });
/** Phrases as one alternation, longest first. */
const alts = (phrases: readonly string[]): string => alternation(phrases, { '####': YEAR });

/** Word-bounded at the start only when the phrase starts with a letter (not for "≥", ">="). */
function startBoundary(phrase: string): string {
  return /^[\p{L}\p{N}]/u.test(fold(phrase)) ? `(^|${NOT_WORD})` : '()';
}

const byLengthDesc = (a: string, b: string): number => fold(b).length - fold(a).length;

/** Matches a phrase ending right at the end of the text: group 1 is what precedes it. */
function endingWith(phrases: readonly string[]): RegExp {
  return new RegExp(`(^|${NOT_WORD})(?:${alts(phrases)})\\s*$`, 'u');
}

/** Matches a phrase at the very start of the text (after spaces), as whole words. */
function startingWith(phrases: readonly string[]): RegExp {
  return new RegExp(`^\\s*(?:${alts(phrases)})${WORD_END}`, 'u');
}

/** Matches every whole-word occurrence of the phrases. */
function everywhere(phrases: readonly string[]): RegExp {
  return new RegExp(`(^|${NOT_WORD})(${alts(phrases)})${WORD_END}`, 'gu');
}

const OPERATOR_MATCHERS = [...OPERATOR_WORDS]
  .sort((a, b) => byLengthDesc(a.phrase, b.phrase))
  .map((word) => ({ word, re: new RegExp(`${startBoundary(word.phrase)}(?:${phraseSource(word.phrase)})\\s*$`, 'u') }));
const SUFFIX_MATCHERS = SUFFIX_WORDS.map((s) => ({ op: s.op, re: startingWith([s.phrase]), anywhere: everywhere([s.phrase]) }));
const UNIT_RE = startingWith(MEASURE_UNITS);
const REFERENCE_RE = new RegExp(`(^|${NOT_WORD})(?:${alts(REFERENCE_WORDS)})\\s*[:.]?\\s*$`, 'u');
const CLOSING_RE = startingWith(CLOSING_WORDS);
const BASELINE_AT_START = new RegExp(`^\\s*(?:${BASELINE_PHRASES.map(phraseSource).join('|')})${WORD_END}`, 'u');
const BASELINE_ANYWHERE = new RegExp(`(^|${NOT_WORD})(?:${BASELINE_PHRASES.map(phraseSource).join('|')})${WORD_END}`, 'u');
const ANCHORS = everywhere(METRIC_ANCHORS);
const SEPARATORS = new RegExp(
  `,|(?:^|${NOT_WORD})(?:${TARGET_SEPARATORS.filter((s) => s !== ',')
    .map(phraseSource)
    .join('|')})${WORD_END}`,
  'gu',
);
const LEADING_FILLER_RE = startingWith(LEADING_FILLERS);
const TRAILING_FILLER_RE = endingWith(TRAILING_FILLERS);
const COUNTED_TRAILING_FILLER_RE = endingWith([...TRAILING_FILLERS, ...COUNTED_TRAILING_FILLERS]);
const DIRECTION_RE = everywhere(DIRECTION_VERBS.map((d) => d.phrase));
const NOT_DIRECTION_RE = startingWith(NOT_DIRECTION);
const CONNECTIVE_RE = startingWith(['và', 'hoặc']);
const PUNCT_START = /^[\s,;:.\-–—+•*·]+/u;
const PUNCT_END = /[\s,;:.\-–—+•*·]+$/u;
const LIST_NUMBER = /^\s*(?:\d{1,2}|[a-z])[.)](?=\s)/u;

// ---- cleaning and clauses -----------------------------------------------------------------

/** NFC, HTML remnants out ("<p>", "<br>" end a clause; "<b>" just goes), entities decoded. */
function clean(text: string): string {
  return text
    .normalize('NFC')
    .replace(/<\/?(?:p|li|ul|ol|br|div|tr|td|h\d)\b[^<>]*>/gi, '\n')
    .replace(/<\/?[a-z][^<>]*>/gi, '')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&amp;/gi, '&')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>');
}

/** URLs hold dots and digits that are neither sentence ends nor numbers. */
function maskUrls(folded: string): string {
  return folded.replace(/(?:https?:\/\/|www\.)\S+/g, (m) => ' '.repeat(m.length));
}

/** [start, end) ranges of the clauses: cut at ; ! ? | and line breaks, at ". " and ":" (not "9001:2008"). */
function clauses(f: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i <= f.length; i++) {
    const c = f[i];
    const cut =
      i === f.length ||
      ';!?|\n\r'.includes(c) ||
      (c === '.' && (i + 1 === f.length || /\s/.test(f[i + 1]))) ||
      (c === ':' && !(/\d/.test(f[i - 1] ?? '') && /\d/.test(f[i + 1] ?? '')));
    if (cut) {
      if (i > start) out.push([start, i]);
      start = i + 1;
    }
  }
  return out;
}

// ---- finding the numbers that are targets -------------------------------------------------

interface Hit {
  /** Folded index of the first operator word (the number itself when there is none). */
  opStart: number;
  numStart: number;
  /** End of the target phrase proper: number, unit, "trở lên", "so với năm N". */
  end: number;
  value: number;
  unit: Target['unit'];
  words: OperatorWord[];
  suffixOp?: TargetOp;
  baselineYear?: number;
  /** The number is followed by the things it counts ("100% hồ sơ …", "01 sáng kiến"). */
  counts: boolean;
  leadStart: number;
  thingsEnd: number;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Operator words right before `to`, nearest first, and where the first of them starts. */
function operatorsBefore(f: string, from: number, to: number): { start: number; words: OperatorWord[] } {
  const words: OperatorWord[] = [];
  let pos = to;
  scan: while (pos > from) {
    const before = f.slice(from, pos);
    for (const { word, re } of OPERATOR_MATCHERS) {
      const m = re.exec(before);
      if (m) {
        words.push(word);
        pos = from + m.index + m[1].length;
        continue scan;
      }
    }
    break;
  }
  return { start: pos, words };
}

/** Digits glued to "/", ":", "-" or letters belong to a date, a document number or a code. */
function isReferenceShape(f: string, start: number, end: number): boolean {
  const prev = f[start - 1];
  const next = f[end];
  if (isWordChar(prev) || isWordChar(next)) return true;
  if (prev !== undefined && '/\\:.-'.includes(prev) && isWordChar(f[start - 2])) return true;
  if (next !== undefined && '/\\:-'.includes(next) && isWordChar(f[end + 1])) return true;
  return false;
}

function findHits(f: string, from: number, to: number): Hit[] {
  const hits: Hit[] = [];
  let floor = from;
  const numbers = /\d+(?:[.,]\d+)*/g;
  numbers.lastIndex = from;
  for (let m = numbers.exec(f); m && m.index < to; m = numbers.exec(f)) {
    const numStart = m.index;
    const numEnd = numStart + m[0].length;
    if (numStart < floor || isReferenceShape(f, numStart, numEnd)) continue;
    const raw = parseNumberVi(m[0]);
    if (raw === null) continue;

    let end = numEnd;
    let unit: Target['unit'] = 'count';
    const percent = /^\s*%/.exec(f.slice(end, to));
    const measure = percent ? null : UNIT_RE.exec(f.slice(end, to));
    if (percent) {
      unit = '%';
      end += percent[0].length;
    } else if (measure) {
      unit = 'other';
    }
    if (unit !== '%' && REFERENCE_RE.test(f.slice(from, numStart))) continue;

    const { start: opStart, words } = operatorsBefore(f, floor, numStart);
    const zeroPadded = /^0\d/.test(m[0]) && /^\s+\p{L}/u.test(f.slice(numEnd, to));
    if (measure) end += measure[0].length;

    let suffixOp: TargetOp | undefined;
    for (const s of SUFFIX_MATCHERS) {
      const sm = s.re.exec(f.slice(end, to));
      if (sm) {
        suffixOp = s.op;
        end += sm[0].length;
        break;
      }
    }
    let baselineYear: number | undefined;
    const bm = BASELINE_AT_START.exec(f.slice(end, to));
    if (bm) {
      baselineYear = Number(bm.slice(1).find((g) => g !== undefined));
      end += bm[0].length;
    }

    const isTarget = unit === '%' || zeroPadded || suffixOp !== undefined || words.some((w) => w.marks);
    if (!isTarget) continue;

    const rest = f.slice(end, to);
    const counts = /^\s*\p{L}/u.test(rest) && !CLOSING_RE.test(rest) && baselineYear === undefined && suffixOp === undefined;
    const value = unit === '%' ? tidy(raw / 100) : raw;
    hits.push({ opStart, numStart, end, value, unit, words, suffixOp, baselineYear, counts, leadStart: from, thingsEnd: end });
    floor = end;
  }
  return hits;
}

/** A phrase found in the folded text: where the phrase itself starts and ends, and its groups. */
interface Found {
  start: number;
  end: number;
  groups: string[];
}

/**
 * Every match of `re` inside f[from, to), with positions in f. Group 1, when the regex has one, is
 * the boundary before the word (see `everywhere`) and is not part of the match.
 */
function findAll(re: RegExp, f: string, from: number, to: number): Found[] {
  const part = f.slice(from, to);
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const out: Found[] = [];
  for (let m = global.exec(part); m; m = global.exec(part)) {
    out.push({ start: from + m.index + (m[1]?.length ?? 0), end: from + m.index + m[0].length, groups: m.slice(1) });
    if (m[0].length === 0) global.lastIndex++;
  }
  return out;
}

const last = <T>(items: readonly T[]): T | undefined => items[items.length - 1];

/**
 * Shares the words between two targets of one clause. Words after a target that counts things
 * ("100% các sở, ngành … có tỷ lệ xử lý … đạt từ 80%") belong to it up to where the next metric
 * starts: the last "tỷ lệ", else the last "," / "và" / "hoặc".
 */
function shareClause(f: string, hits: Hit[], from: number, to: number): void {
  hits.forEach((hit, i) => {
    const next = hits[i + 1];
    if (!next) {
      hit.thingsEnd = hit.counts ? to : hit.end;
      return;
    }
    let split: number;
    if (!hit.counts) split = hit.end;
    else {
      const anchor = last(findAll(ANCHORS, f, hit.end, next.opStart));
      const separator = last(findAll(SEPARATORS, f, hit.end, next.opStart));
      split = anchor?.start ?? separator?.start ?? (next.counts ? next.opStart : hit.end);
    }
    hit.thingsEnd = hit.counts ? split : hit.end;
    next.leadStart = split;
  });
  if (hits[0]) hits[0].leadStart = from;
}

// ---- building a target --------------------------------------------------------------------

/** Narrows f[start, end) by dropping punctuation, list numbers and (optionally) filler words at its ends. */
function trimRange(f: string, start: number, end: number, fillers: { leading: boolean; trailing: false | RegExp }): [number, number] {
  let s = start;
  let e = end;
  for (let changed = true; changed && s < e; ) {
    changed = false;
    const head = f.slice(s, e);
    const m = PUNCT_START.exec(head) ?? LIST_NUMBER.exec(head) ?? CONNECTIVE_RE.exec(head) ?? (fillers.leading ? LEADING_FILLER_RE.exec(head) : null);
    if (m && m[0].length > 0) {
      s += m[0].length;
      changed = true;
    }
  }
  for (let changed = true; changed && s < e; ) {
    changed = false;
    const tail = f.slice(s, e);
    const p = PUNCT_END.exec(tail);
    if (p) {
      e = s + p.index;
      changed = true;
      continue;
    }
    const t = fillers.trailing ? fillers.trailing.exec(tail) : null;
    if (t) {
      e = s + t.index + t[1].length;
      changed = true;
    }
  }
  return [s, Math.max(s, e)];
}

/** The direction set before the number ("giảm 3%"), else by a verb earlier in a sentence with a baseline. */
function directionOf(f: string, hit: Hit, baselineYear: number | undefined): Target['direction'] {
  const word = hit.words.find((w) => w.direction);
  if (word) return word.direction;
  if (baselineYear === undefined) return undefined;
  // "giảm chi … bình quân 10% so với năm 2015": the verb sits before the metric, not before the number.
  const verbs = findAll(DIRECTION_RE, f, hit.leadStart, hit.opStart).filter((v) => !NOT_DIRECTION_RE.test(f.slice(v.start, hit.opStart)));
  const verb = last(verbs);
  return verb ? DIRECTION_VERBS.find((d) => fold(d.phrase) === verb.groups[1])?.direction : undefined;
}

function targetOf(t: FoldedText, hit: Hit): Target {
  const f = t.folded;
  // Lead: from the last "tỷ lệ" before the operator, if any.
  const anchor = last(findAll(ANCHORS, f, hit.leadStart, hit.opStart));
  const [ls, le] = trimRange(f, anchor?.start ?? hit.leadStart, hit.opStart, { leading: true, trailing: TRAILING_FILLER_RE });
  const pieces = [sourceSlice(t, ls, le)];

  let suffixOp = hit.suffixOp;
  let baselineYear = hit.baselineYear;
  if (hit.counts) {
    // "có từ 03 sáng kiến, giải pháp mới trở lên": the comparison and the baseline may follow the things.
    const cuts: Array<[number, number]> = [];
    for (const s of SUFFIX_MATCHERS) {
      const [sm] = findAll(s.anywhere, f, hit.end, hit.thingsEnd);
      if (sm && suffixOp === undefined) {
        suffixOp = s.op;
        cuts.push([sm.start, sm.end]);
      }
    }
    const [bm] = findAll(BASELINE_ANYWHERE, f, hit.end, hit.thingsEnd);
    if (bm && baselineYear === undefined) {
      baselineYear = Number(bm.groups.slice(1).find((g) => g !== undefined));
      cuts.push([bm.start, bm.end]);
    }
    cuts.sort((a, b) => a[0] - b[0]);
    let at = hit.end;
    for (const [cs, ce] of [...cuts, [hit.thingsEnd, hit.thingsEnd] as [number, number]]) {
      const [s, e] = trimRange(f, at, cs, { leading: false, trailing: COUNTED_TRAILING_FILLER_RE });
      pieces.push(sourceSlice(t, s, e));
      at = ce;
    }
  }
  let metric = pieces
    .filter((p) => p.trim() !== '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (metric === '') {
    // "Đạt tỷ lệ tối thiểu 90%": the only word naming the measure is inside the operator.
    const inOperator = last(findAll(ANCHORS, f, hit.opStart, hit.numStart));
    if (inOperator) metric = sourceSlice(t, inOperator.start, inOperator.end);
  }

  const [ts, te] = trimRange(f, hit.leadStart, hit.counts ? hit.thingsEnd : hit.end, { leading: false, trailing: COUNTED_TRAILING_FILLER_RE });
  const target: Target = {
    metric,
    op: hit.words.find((w) => w.op)?.op ?? suffixOp ?? '>=',
    value: hit.value,
    unit: hit.unit,
    text: sourceSlice(t, ts, te).replace(/\s+/g, ' ').trim(),
  };
  const direction = directionOf(f, hit, baselineYear);
  if (baselineYear !== undefined) target.baselineYear = baselineYear;
  if (direction) target.direction = direction;
  return target;
}

/**
 * Every numeric target in a cell of expected results, in reading order. Never throws: anything
 * that is not text, or text with no target, gives [].
 * @example parseTargets('Bảo đảm tỷ lệ hồ sơ giải quyết đúng hạn trên 99%')[0] → { metric: 'tỷ lệ hồ sơ giải quyết đúng hạn', op: '>', value: 0.99, unit: '%' }
 * @example parseTargets('Tổ chức tối thiểu 01 cuộc đối thoại giữa lãnh đạo xã với người dân')[0] → { metric: 'Tổ chức cuộc đối thoại giữa lãnh đạo xã với người dân', op: '>=', value: 1, unit: 'count' }
 * @example parseTargets('Số lượng đơn vị sự nghiệp công lập giảm tối thiểu 3% so với năm 2021')[0] → { metric: 'Số lượng đơn vị sự nghiệp công lập', op: '>=', value: 0.03, unit: '%', direction: 'decrease', baselineYear: 2021 }
 * @example parseTargets('Thực hiện theo quy định tại khoản 2 Điều 23 Luật Quản lý, sử dụng tài sản công') → []
 */
export function parseTargets(text: string): Target[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  // Every target has a numeral; most cells of a large plan have none, so skip the full reading.
  if (!/\d/.test(text)) return [];
  try {
    const t = foldWithPositions(clean(text));
    const f = maskUrls(t.folded);
    const out: Target[] = [];
    for (const [from, to] of clauses(f)) {
      const hits = findHits(f, from, to);
      shareClause(f, hits, from, to);
      for (const hit of hits) out.push(targetOf({ ...t, folded: f }, hit));
    }
    return out;
  } catch {
    // A cell we cannot read yields no target rather than breaking the whole import or formula.
    return [];
  }
}
