/**
 * Reading a deadline cell ("Tiến độ", "Thời gian hoàn thành", …) into dates (design.md §6).
 *
 * How it reads: the text is folded (no diacritics, lowercase, single spaces), then a list of
 * rules, most specific first, each finds its phrases and blanks them out so that a later, looser
 * rule cannot read the same words again ("quý 2/2024" is a quarter, never day 2 of month 20;
 * "số 167/2017/NĐ-CP" is a document, never a date). What the rules found is then combined:
 * periods keep their end, "Thường xuyên" takes the year written in the cell, and the earliest
 * date drives the flag. The Vietnamese wording lives in ./phrases.ts.
 */
import type { DueKind } from '../plan/schema';
import { fold } from '../text/fold';
import { compareIso, isoDate, lastDayOfMonth, lastDayOfQuarter, parseIso } from '../dates';
import {
  DAY_MONTH_CUES,
  ISSUERS,
  QUARTER_NUMBERS,
  RANGE_LINKS,
  RECURRING_MARKERS,
  RELATIVE_YEARS,
  SCHEDULE_PHRASES,
  YEAR_PREFIXES,
} from './phrases';

/** What a deadline is read against. */
export interface DueContext {
  /** The plan year (from the plan's title, or given); dates without a year take it. */
  year?: number | null;
  /**
   * The date the plan was issued (ISO). A day/month or quarter written without any year that
   * would fall before it means the next occurrence: a plan issued on 14/11/2019 that asks for a
   * report "trước 15/1" means 15/01/2020. Also stands in for the year when `year` is unknown.
   */
  issued?: string | null;
}

/** A deadline cell, read. */
export interface DueInfo {
  /** What kind of deadline the earliest date is (or the cell is, when it sets no date). */
  kind: DueKind;
  /** The earliest date: the one that drives the overdue flag. */
  due: string | null;
  /** Every date the text sets, ascending, without duplicates. */
  dates: string[];
  /** False when non-empty text matched no rule: the importer warns about it. */
  recognized: boolean;
}

/** A deadline found in the text; `dates` is empty when it needs a year nobody gave. */
interface Mention {
  start: number;
  end: number;
  kind: DueKind;
  dates: string[];
}

/** Where a mention's year comes from. */
type YearRef =
  | { type: 'fixed'; year: number } // written: "quý 2/2024"
  | { type: 'relative'; offset: number } // "của năm trước liền kề" = plan year − 1
  | { type: 'open' }; // not said: the plan year, or the next one (see DueContext.issued)

interface Scan {
  /** The folded text, with what the rules already read blanked out. */
  text: string;
  /** The plan year, or the year of issue when no plan year is known. */
  base: number | null;
  issued: string | null;
  mentions: Mention[];
  /** Where "thường xuyên", "hàng năm", … were seen. */
  recurring: number[];
}

interface Rule {
  /** Global pattern; group 1 is the boundary before the phrase and is not part of it. */
  pattern: RegExp;
  /** Reads one match starting at `start`; returns where the phrase ends, or null to skip it. */
  read(m: RegExpExecArray, start: number, scan: Scan): number | null;
}

/** Blanks out text already read. Not a space and not a letter, so nothing matches across it. */
const READ = '\u0001';

/** Years a bare number may be (a whole cell "2024", a period "2021 - 2025"). */
const MIN_BARE_YEAR = 1990;
const MAX_BARE_YEAR = 2100;

/** An empty cell: nothing to read, nothing to warn about. */
function none(): DueInfo {
  return { kind: 'none', due: null, dates: [], recognized: true };
}

/** Text that no rule understood: the importer warns about it. */
export function unrecognizedDue(): DueInfo {
  return { kind: 'none', due: null, dates: [], recognized: false };
}

/** A regex alternation of folded phrases, longest first so "trong ca" wins over "trong". */
function alt(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))
    .join('|');
}

const RELATIVE = alt(RELATIVE_YEARS.map((r) => r.words));
const END = '(?![a-z0-9])';
/** After fold() the only whitespace is single spaces; a comma may sit before the year. */
const GAP = '(?: ?, ?| )';

// Year readers, tried right where a phrase ends ("quý IV" + "/2024", " của năm trước liền kề").
const YEAR_AFTER_SEPARATOR = /(?: ?[/.-] ?)(\d{4})(?![\d/])/y;
const YEAR_AFTER_SPACE = / (\d{4})(?![\d/])/y;
const YEAR_AFTER_NAM_WORD = new RegExp(
  `${GAP}(?:(?:cua|trong|thuoc|vao) )?nam (?:(\\d{4})(?![\\d/])|(${RELATIVE})${END})`,
  'y',
);
const YEAR_AFTER_NAM = new RegExp(` (?:(\\d{4})(?![\\d/])|(${RELATIVE})${END})`, 'y');
/** "ngày 25/11 hàng năm": every year, so the next occurrence, like a date with no year. */
const EVERY_YEAR = new RegExp(`${GAP}(?:hang|moi) nam${END}`, 'y');

function stickyAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function relativeOffset(words: string): number {
  return RELATIVE_YEARS.find((r) => r.words === words)?.offset ?? 0;
}

/**
 * Reads the year written after a phrase. `afterNam`: the phrase already ended with "năm", so
 * only the number or the relative words follow ("6 tháng đầu năm" + " 2024").
 */
function readYear(text: string, pos: number, afterNam: boolean): { ref: YearRef; end: number } {
  const readers = afterNam
    ? [YEAR_AFTER_NAM]
    : [YEAR_AFTER_SEPARATOR, YEAR_AFTER_NAM_WORD, YEAR_AFTER_SPACE, EVERY_YEAR];
  for (const re of readers) {
    const m = stickyAt(re, text, pos);
    if (!m) continue;
    const end = pos + m[0].length;
    if (m[1]) return { ref: { type: 'fixed', year: Number(m[1]) }, end };
    if (m[2]) return { ref: { type: 'relative', offset: relativeOffset(m[2]) }, end };
    return { ref: { type: 'open' }, end };
  }
  return { ref: { type: 'open' }, end: pos };
}

/**
 * The date a mention sets in the year its reference points to: [date], [] when no year is
 * known, null when the date cannot exist (31/02, month 13).
 */
function resolve(
  ref: YearRef,
  build: (year: number) => string | null,
  scan: Scan,
): string[] | null {
  if (ref.type === 'fixed') {
    const d = build(ref.year);
    return d === null ? null : [d];
  }
  // 2000 is a leap year: only a day/month that exists in no year fails here.
  if (build(2000) === null) return null;
  if (scan.base === null) return [];
  const year = ref.type === 'relative' ? scan.base + ref.offset : scan.base;
  let d = build(year);
  if (ref.type === 'open' && d !== null && scan.issued !== null && d < scan.issued) {
    d = build(year + 1);
  }
  return d === null ? null : [d];
}

/** Records what a rule read (unless the date cannot exist) and returns where it ends. */
function mention(
  scan: Scan,
  start: number,
  end: number,
  kind: DueKind,
  dates: string[] | null,
): number {
  if (dates !== null) scan.mentions.push({ start, end, kind, dates });
  return end;
}

const endOfYear = (year: number): string | null => isoDate(year, 12, 31);

/** The months whose last days close the quarters. */
const QUARTER_END_MONTHS = [3, 6, 9, 12];

const ISSUER_AFTER = new RegExp(`,? cua (?:${alt(ISSUERS)})${END}`, 'y');

/** A written date followed by "của UBND …" is when a cited document was signed. */
function isCitation(text: string, end: number): boolean {
  return stickyAt(ISSUER_AFTER, text, end) !== null;
}

/** A fixed, full date (day, month and year all written). */
type Ymd = [year: number, month: number, day: number];

function readFullDate(scan: Scan, start: number, end: number, ymd: Ymd): number {
  if (isCitation(scan.text, end)) return end; // read, so blanked out, but not a deadline
  const iso = isoDate(...ymd);
  return mention(scan, start, end, 'date', iso === null ? null : [iso]);
}

/**
 * A day/month whose year comes after it or from the plan. `wholeCell`: only when nothing else
 * follows, since a bare "3/4" inside a sentence is as likely a fraction.
 */
function readDayMonth(
  m: RegExpExecArray,
  start: number,
  scan: Scan,
  wholeCell: boolean,
): number | null {
  const [day, month] = [Number(m[2]), Number(m[3])];
  const { ref, end } = readYear(scan.text, m.index + m[0].length, false);
  if (wholeCell && scan.text.slice(end).replace(/[ .;,]/g, '') !== '') return null;
  return mention(scan, start, end, 'date', resolve(ref, (y) => isoDate(y, month, day), scan));
}

const DOC_DATE = '(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}|\\d{1,2} thang \\d{1,2} nam \\d{4})';
/** Words that may follow "2024-" and still not make a document number ("Quý I/2024-Quý III/2024"). */
const NOT_DOC_TYPE = '(?!(?:quy|qui|thang|nam|ngay|den|tu)(?![a-z]))';

const RULES: readonly Rule[] = [
  {
    // Document numbers are not dates: "167/2017/NĐ-CP", "số 2233/QĐ-UBND", "20-CT/TU", and the
    // date of issue that follows one ("số 46/KH-UBND, ngày 27/02/2024") is not a deadline.
    pattern: new RegExp(
      `(^|[^a-z0-9])(?:so:? ?)?\\d+[a-z]?(?:[/-]\\d+)*[/-]${NOT_DOC_TYPE}[a-z]+(?:[/-][a-z]+)*` +
        `(?:,? (?:ngay )?${DOC_DATE})?`,
      'g',
    ),
    read: (m, start) => start + m[0].length - m[1].length,
  },
  {
    // "báo cáo quý gửi ngày 05, tháng cuối cùng của quý": the 5th of March, June, September and
    // December, each a deadline of its own.
    pattern: new RegExp(
      `(^|[^a-z0-9])ngay (\\d{1,2}),? (?:cua )?(?:cac )?thang cuoi(?: cung)? ` +
        `(?:cua )?(?:moi |hang |cac )?(?:quy|qui)${END}`,
      'g',
    ),
    read(m, start, scan) {
      const day = Number(m[2]);
      const { ref, end } = readYear(scan.text, m.index + m[0].length, false);
      const each = QUARTER_END_MONTHS.map((month) =>
        resolve(ref, (y) => isoDate(y, month, day), scan),
      );
      const possible = each.filter((d): d is string[] => d !== null);
      return mention(scan, start, end, 'date', possible.length > 0 ? possible.flat() : null);
    },
  },
  {
    // 2024-12-31
    pattern: /(^|[^\d/.-])(\d{4})-(\d{2})-(\d{2})(?!\d|[/.-]\d)/g,
    read: (m, start, scan) =>
      readFullDate(scan, start, m.index + m[0].length, [Number(m[2]), Number(m[3]), Number(m[4])]),
  },
  {
    // 31/12/2024, 31-12-2024, 31.12.2024 (the same separator twice)
    pattern: /(^|[^\d/.-])(\d{1,2})([/.-])(\d{1,2})\3(\d{4})(?!\d|[/.-]\d)/g,
    read: (m, start, scan) =>
      readFullDate(scan, start, m.index + m[0].length, [Number(m[5]), Number(m[4]), Number(m[2])]),
  },
  {
    // ngày 31 tháng 12 năm 2024; ngày 15 tháng 02 (of the plan year)
    pattern: /(^|[^a-z0-9])ngay (\d{1,2}) thang (\d{1,2})(?!\d)/g,
    read(m, start, scan) {
      const [day, month] = [Number(m[2]), Number(m[3])];
      const { ref, end } = readYear(scan.text, m.index + m[0].length, false);
      if (ref.type === 'fixed') return readFullDate(scan, start, end, [ref.year, month, day]);
      return mention(scan, start, end, 'date', resolve(ref, (y) => isoDate(y, month, day), scan));
    },
  },
  {
    // trước 15/1, ngày 05/6, trước ngày 15/02 của năm sau, ngày 25/11 hàng năm. At most three cue
    // words ("chậm nhất trước ngày"), so a long run of them cannot make the search quadratic.
    pattern: new RegExp(
      `((?:^|[^a-z0-9])(?:(?:${alt(DAY_MONTH_CUES)}) ){1,3})(\\d{1,2})/(\\d{1,2})(?![\\d/])`,
      'g',
    ),
    read: (m, start, scan) => readDayMonth(m, start, scan, false),
  },
  {
    // A cell that is only a day/month ("15/02", "15/02 hàng năm"): in a deadline column, a date.
    pattern: /(^)(\d{1,2})\/(\d{1,2})(?![\d/])/g,
    read: (m, start, scan) => readDayMonth(m, start, scan, true),
  },
  {
    // A period of years: "2021 - 2025", "2021-2025", "Giai đoạn 2021 – 2025" → its last year.
    pattern:
      /(^|[^a-z0-9/.-])(?:(?:giai doan|tu nam|tu|nam) )?(\d{4}) ?(?:-|den nam|toi nam|den|toi) ?(\d{4})(?![\d/])/g,
    read(m, start, scan) {
      const [from, to] = [Number(m[2]), Number(m[3])];
      if (from < MIN_BARE_YEAR || to > MAX_BARE_YEAR || to < from) return null;
      return mention(scan, start, m.index + m[0].length, 'year', [endOfYear(to) as string]);
    },
  },
  {
    // Quý III năm 2024, Quí II-2024, quý 2/2024, Quý IV/2024, quý I năm thực hiện kế hoạch,
    // quý IV của năm trước liền kề, quý I của năm sau
    pattern: new RegExp(`(^|[^a-z0-9])(?:quy|qui) (iv|iii|ii|i|[1-4])${END}`, 'g'),
    read(m, start, scan) {
      const quarter = QUARTER_NUMBERS[m[2]];
      const { ref, end } = readYear(scan.text, m.index + m[0].length, false);
      const dates = resolve(ref, (y) => lastDayOfQuarter(y, quarter), scan);
      return mention(scan, start, end, 'quarter', dates);
    },
  },
  {
    // "6 tháng đầu năm" → 30/06; "6 tháng cuối năm" → 31/12 (of the plan year unless written).
    pattern: /(^|[^a-z0-9])(\d{1,2}) thang (dau|cuoi) nam(?![a-z0-9])/g,
    read(m, start, scan) {
      const months = Number(m[2]);
      if (months < 1 || months > 12) return null;
      const read = readYear(scan.text, m.index + m[0].length, true);
      // "đầu năm" already names the year: the plan year, not the next one.
      const ref: YearRef = read.ref.type === 'open' ? { type: 'relative', offset: 0 } : read.ref;
      const build = m[3] === 'dau' ? (y: number) => lastDayOfMonth(y, months) : endOfYear;
      return mention(scan, start, read.end, 'date', resolve(ref, build, scan));
    },
  },
  {
    // Tháng 6/2024, tháng 6 năm 2024, tháng 12 (of the plan year) → the month's last day.
    pattern: /(^|[^a-z0-9])thang (\d{1,2})(?!\d)/g,
    read(m, start, scan) {
      const month = Number(m[2]);
      const { ref, end } = readYear(scan.text, m.index + m[0].length, false);
      return mention(scan, start, end, 'date', resolve(ref, (y) => lastDayOfMonth(y, month), scan));
    },
  },
  {
    // Thường xuyên, hàng năm, …: noted here, dated once the whole cell is read (see combine).
    pattern: new RegExp(`(^|[^a-z0-9])(?:${alt(RECURRING_MARKERS)})${END}`, 'g'),
    read(m, start, scan) {
      scan.recurring.push(start);
      return m.index + m[0].length;
    },
  },
  {
    // Năm 2024, Trong năm 2024, Trong năm, Cả năm, trong năm sau → 31/12 of that year.
    pattern: new RegExp(`(^|[^a-z0-9])(?:(${alt(YEAR_PREFIXES)}) )?nam${END}`, 'g'),
    read(m, start, scan) {
      const hasPrefix = m[2] !== undefined;
      const { ref, end } = readYear(scan.text, m.index + m[0].length, true);
      if (ref.type !== 'fixed' && !hasPrefix) return null; // "Báo cáo năm" is not a deadline
      const year: YearRef = ref.type === 'open' ? { type: 'relative', offset: 0 } : ref;
      return mention(scan, start, end, 'year', resolve(year, endOfYear, scan));
    },
  },
  {
    // A cell that is only a year ("2024", e.g. "Trong năm" | "2024" split by a page break).
    pattern: /(^)(\d{4})\.?$/g,
    read(m, start, scan) {
      const year = Number(m[2]);
      if (year < MIN_BARE_YEAR || year > MAX_BARE_YEAR) return null;
      return mention(scan, start, m[0].length, 'year', [endOfYear(year) as string]);
    },
  },
];

const RANGE_LINK = new RegExp(`^ ?(?:${alt(RANGE_LINKS)})(?: ngay)? ?$`);
const SCHEDULE = new RegExp(`(?:^|[^a-z0-9])(?:${alt(SCHEDULE_PHRASES)})${END}`);

function runRule(rule: Rule, scan: Scan): void {
  const re = rule.pattern;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(scan.text)) !== null) {
    const start = m.index + m[1].length;
    const end = rule.read(m, start, scan);
    if (end === null) {
      re.lastIndex = start + 1; // skipped: let the phrase's own words be read by later matches
      continue;
    }
    scan.text = scan.text.slice(0, start) + READ.repeat(end - start) + scan.text.slice(end);
    re.lastIndex = Math.max(end, start + 1);
  }
}

/**
 * Whether `a` only opens a period that `b` closes ("Quý I/2024 - Quý III/2024", "từ tháng 3 đến
 * tháng 6/2024"): a period is due at its end. Recurring work is never one end of a period, and a
 * "period" that ends before it starts is a list, not a period.
 */
function isPeriodStart(folded: string, a: Mention, b: Mention): boolean {
  if (a.kind === 'recurring' || b.kind === 'recurring') return false;
  if (!RANGE_LINK.test(folded.slice(a.end, b.start))) return false;
  if (a.dates.length === 0 || b.dates.length === 0) return true;
  return [...b.dates].sort(compareIso)[0] >= [...a.dates].sort(compareIso)[a.dates.length - 1];
}

/**
 * Turns what the rules found into the answer: recurring work, periods, the earliest date.
 */
function combine(folded: string, scan: Scan): DueInfo {
  const mentions = scan.mentions;
  if (scan.recurring.length > 0) {
    // "Thường xuyên (trong) năm 2024": the year written in the cell wins over the plan year.
    const years = mentions.filter((m) => m.kind === 'year');
    for (const m of years) m.kind = 'recurring';
    if (years.length === 0) {
      const at = scan.recurring[0];
      const dates = scan.base === null ? [] : [endOfYear(scan.base) as string];
      mentions.push({ start: at, end: at, kind: 'recurring', dates });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const live = mentions.filter(
    (m, i) => i + 1 >= mentions.length || !isPeriodStart(folded, m, mentions[i + 1]),
  );
  const dates = [...new Set(live.flatMap((m) => m.dates))].sort(compareIso);
  if (dates.length > 0) {
    const due = dates[0];
    const first = live.find((m) => m.dates.includes(due)) as Mention;
    return { kind: first.kind, due, dates, recognized: true };
  }
  if (live.length > 0) return { kind: live[0].kind, due: null, dates: [], recognized: true };
  if (SCHEDULE.test(folded)) return { kind: 'schedule', due: null, dates: [], recognized: true };
  return unrecognizedDue();
}

const HTML_TAG = /<\/?[a-z][^<>]*>/gi;
const NBSP_ENTITY = /&nbsp;|&#160;/gi;
const DASHES = /[\u2010-\u2015\u2212]/g;

/**
 * The text as the rules read it: HTML remnants ("<p>", "<br>") gone, every dash a hyphen
 * ("2021 – 2025"), folded.
 * @example prepareDueText('<p>Quý III – 2024</p>') === 'quy iii - 2024'
 */
export function prepareDueText(text: string): string {
  return fold(text.replace(HTML_TAG, ' ').replace(NBSP_ENTITY, ' ').replace(DASHES, '-'));
}

function baseYear(ctx: DueContext, issued: string | null): number | null {
  if (typeof ctx.year === 'number' && Number.isInteger(ctx.year)) return ctx.year;
  return issued === null ? null : Number(issued.slice(0, 4));
}

/**
 * Reads a deadline cell: every date it sets, the earliest (which drives the overdue flag), the
 * kind of deadline, and whether the text was understood at all.
 *
 * Dates without a year take the plan year (`ctx.year`); "năm sau"/"năm trước liền kề" shift it;
 * a period gives its end; "Thường xuyên"/"Hàng năm" are checked at 31/12; "Theo kế hoạch",
 * "Theo yêu cầu của Sở Nội vụ", … are recognised but set no date; document numbers
 * ("số 167/2017/NĐ-CP") and the dates of cited documents are never read as deadlines.
 *
 * @example parseDue('Trong năm 2024')
 * // { kind: 'year', due: '2024-12-31', dates: ['2024-12-31'], recognized: true }
 * @example parseDue('Quí II-2024').due === '2024-06-30'
 * @example parseDue('trong quý IV của năm trước liền kề', { year: 2019 }).due === '2018-12-31'
 * @example parseDue('Thường xuyên', { year: 2024 }).kind === 'recurring'
 * @example parseDue('Theo kế hoạch') // { kind: 'schedule', due: null, dates: [], recognized: true }
 * @example parseDue('31/02/2024').recognized === false
 */
export function parseDue(text: string, ctx: DueContext = {}): DueInfo {
  const folded = prepareDueText(text);
  if (folded === '') return none();
  const issued = typeof ctx.issued === 'string' && parseIso(ctx.issued) ? ctx.issued : null;
  const base = baseYear(ctx, issued);
  const scan: Scan = { text: folded, base, issued, mentions: [], recurring: [] };
  for (const rule of RULES) runRule(rule, scan);
  return combine(folded, scan);
}
