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
import { alternation } from '../text/phrases';
import type { DueKind } from '../plan/schema';
import { fold } from '../text/fold';
import { compareIso, isoDate, lastDayOfMonth, lastDayOfQuarter, parseIso } from '../dates';
import {
  DAY_MONTH_CUES,
  ISSUERS,
  ONWARD_WORDS,
  QUARTER_NUMBERS,
  RANGE_LINKS,
  RECURRING_MARKERS,
  RELATIVE_YEARS,
  SCHEDULE_PHRASES,
  START_CUES,
  START_OPENERS,
  YEAR_PREFIXES,
  type DueEvery,
  type ScheduleReason,
} from './phrases';

export type { DueEvery, ScheduleReason } from './phrases';

/**
 * The names of the rules that read deadlines, one per way of writing one. The parse result
 * names the rule that read the date driving the flag (or, for a cell with no date, the reason).
 */
export type DueRule =
  | 'document-number' // "số 167/2017/NĐ-CP": read so nothing else reads it, never a deadline
  | 'quarter-month-day' // "ngày 05, tháng cuối cùng của quý": the 5th of March, June, …
  | 'iso-date' // 2024-12-31
  | 'date' // 31/12/2024, 31-12-2024, 31.12.2024
  | 'date-in-words' // ngày 31 tháng 12 năm 2024
  | 'day-month' // trước 15/1, ngày 25/11 hàng năm
  | 'day-month-cell' // a cell that is only "15/02"
  | 'year-range' // 2021 - 2025, Năm 2025–2026 → its end
  | 'from-year' // Bắt đầu triển khai từ năm 2026: ongoing from that year
  | 'quarter' // Quý IV/2026, quý 2/2024
  | 'months-of-year' // 6 tháng đầu năm
  | 'month' // Tháng 02/2026, tháng 12 năm 2025, Tháng 12 hằng năm
  | 'recurring' // Thường xuyên, Hằng năm, Hàng quý
  | 'year' // Năm 2024, Trong năm
  | 'year-cell' // a cell that is only "2026"
  | 'date-value' // a date cell (serial number or Date), see dueFromCell
  | ScheduleReason; // no fixed date, and why

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
  /**
   * The rule that read the deadline driving the flag; for a cell with no fixed date, why
   * ('on-occurrence', 'after-event', 'on-request', 'by-schedule'). Null for an empty or unread
   * cell.
   */
  rule: DueRule | null;
  /** How often recurring work comes round (kind 'recurring'); null otherwise. */
  every: DueEvery | null;
}

/** A deadline found in the text; `dates` is empty when it needs a year nobody gave. */
interface Mention {
  start: number;
  end: number;
  kind: DueKind;
  dates: string[];
  rule: DueRule;
  every: DueEvery | null;
}

/** Where a mention's year comes from. */
type YearRef =
  | { type: 'fixed'; year: number } // written: "quý 2/2024"
  | { type: 'relative'; offset: number } // "của năm trước liền kề" = plan year − 1
  | { type: 'open' }; // not said: the plan year, or the next one (see DueContext.issued)

interface Scan {
  /** The folded text, with what the rules already read blanked out. */
  text: string;
  /** The rule being run: what it reads is named after it. */
  rule: DueRule;
  /** The plan year, or the year of issue when no plan year is known. */
  base: number | null;
  issued: string | null;
  mentions: Mention[];
  /** Where "thường xuyên", "hàng năm", … were seen, and how often each says. */
  recurring: Array<{ at: number; every: DueEvery }>;
}

interface Rule {
  name: DueRule;
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
  return { kind: 'none', due: null, dates: [], recognized: true, rule: null, every: null };
}

/** Text that no rule understood: the importer warns about it. */
export function unrecognizedDue(): DueInfo {
  return { kind: 'none', due: null, dates: [], recognized: false, rule: null, every: null };
}

/** A regex alternation of folded phrases, longest first so "trong ca" wins over "trong". */
const alt = (phrases: readonly string[]): string => alternation(phrases);

const RELATIVE = alt(RELATIVE_YEARS.map((r) => r.words));
/**
 * What opens work with no end: "bắt đầu" (up to three words after it: "bắt đầu triển khai từ"),
 * "kể từ", "từ" — never the "tư" of "đầu tư" (investment: "vốn đầu tư năm 2026").
 */
const START = `(?:(?:${alt(START_OPENERS)})(?: [a-z]+){0,3}?(?: (?:${alt(START_CUES)}))?` + `|(?<!dau )(?:${alt(START_CUES)}))`;
const END = '(?![a-z0-9])';
/** After fold() the only whitespace is single spaces; a comma may sit before the year. */
const GAP = '(?: ?, ?| )';

// Year readers, tried right where a phrase ends ("quý IV" + "/2024", " của năm trước liền kề").
const YEAR_AFTER_SEPARATOR = /(?: ?[/.-] ?)(\d{4})(?![\d/])/y;
const YEAR_AFTER_SPACE = / (\d{4})(?![\d/])/y;
const YEAR_AFTER_NAM_WORD = new RegExp(`${GAP}(?:(?:cua|trong|thuoc|vao) )?nam (?:(\\d{4})(?![\\d/])|(${RELATIVE})${END})`, 'y');
const YEAR_AFTER_NAM = new RegExp(` (?:(\\d{4})(?![\\d/])|(${RELATIVE})${END})`, 'y');
/** "ngày 25/11 hàng năm": every year, so the next occurrence, like a date with no year. */
const EVERY_YEAR = new RegExp(`${GAP}(?:cua )?(?:hang|moi) nam${END}`, 'y');

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
function readYear(text: string, pos: number, afterNam: boolean): { ref: YearRef; end: number; everyYear: boolean } {
  const readers = afterNam ? [YEAR_AFTER_NAM] : [YEAR_AFTER_SEPARATOR, YEAR_AFTER_NAM_WORD, YEAR_AFTER_SPACE, EVERY_YEAR];
  for (const re of readers) {
    const m = stickyAt(re, text, pos);
    if (!m) continue;
    const end = pos + m[0].length;
    if (m[1]) return { ref: { type: 'fixed', year: Number(m[1]) }, end, everyYear: false };
    if (m[2]) {
      return { ref: { type: 'relative', offset: relativeOffset(m[2]) }, end, everyYear: false };
    }
    return { ref: { type: 'open' }, end, everyYear: re === EVERY_YEAR };
  }
  return { ref: { type: 'open' }, end: pos, everyYear: false };
}

/**
 * The date a mention sets in the year its reference points to: [date], [] when no year is
 * known, null when the date cannot exist (31/02, month 13).
 */
function resolve(ref: YearRef, build: (year: number) => string | null, scan: Scan): string[] | null {
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

/**
 * Records what a rule read (unless the date cannot exist) and returns where it ends. `everyYear`:
 * the phrase ended with "hằng năm" ("Tháng 12 hằng năm", "ngày 25/11 hàng năm"), so the date
 * comes round each year: recurring, due on its date in the plan year.
 */
function mention(scan: Scan, start: number, end: number, kind: DueKind, dates: string[] | null, everyYear = false): number {
  if (dates === null) return end;
  scan.mentions.push({
    start,
    end,
    kind: everyYear ? 'recurring' : kind,
    dates,
    rule: scan.rule,
    every: everyYear ? 'year' : null,
  });
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
function readDayMonth(m: RegExpExecArray, start: number, scan: Scan, wholeCell: boolean): number | null {
  const [day, month] = [Number(m[2]), Number(m[3])];
  const { ref, end, everyYear } = readYear(scan.text, m.index + m[0].length, false);
  if (wholeCell && scan.text.slice(end).replace(/[ .;,]/g, '') !== '') return null;
  const dates = resolve(ref, (y) => isoDate(y, month, day), scan);
  return mention(scan, start, end, 'date', dates, everyYear);
}

/** More years after the first: "Năm 2025, 2026", "các năm 2025 và 2026". */
const NEXT_YEAR_IN_LIST = /(?: ?[,;] ?| va | ?, va )(\d{4})(?![\d/])/y;

/** "Năm 2025, 2026": each year a milestone, its 31/12 a deadline. */
function readYearList(scan: Scan, start: number, end: number, first: number): number {
  const dates = [endOfYear(first) as string];
  let at = end;
  for (let m = stickyAt(NEXT_YEAR_IN_LIST, scan.text, at); m !== null; ) {
    const year = Number(m[1]);
    if (year < MIN_BARE_YEAR || year > MAX_BARE_YEAR) break;
    dates.push(endOfYear(year) as string);
    at += m[0].length;
    m = stickyAt(NEXT_YEAR_IN_LIST, scan.text, at);
  }
  return mention(scan, start, at, 'year', dates);
}

const DOC_DATE = '(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}|\\d{1,2} thang \\d{1,2} nam \\d{4})';
/** Words that may follow "2024-" and still not make a document number ("Quý I/2024-Quý III/2024"). */
const NOT_DOC_TYPE = '(?!(?:quy|qui|thang|nam|ngay|den|tu)(?![a-z]))';

const RULES: readonly Rule[] = [
  {
    name: 'document-number',
    // Document numbers are not dates: "167/2017/NĐ-CP", "số 2233/QĐ-UBND", "20-CT/TU", and the
    // date of issue that follows one ("số 46/KH-UBND, ngày 27/02/2024") is not a deadline.
    pattern: new RegExp(`(^|[^a-z0-9])(?:so:? ?)?\\d+[a-z]?(?:[/-]\\d+)*[/-]${NOT_DOC_TYPE}[a-z]+(?:[/-][a-z]+)*` + `(?:,? (?:ngay )?${DOC_DATE})?`, 'g'),
    read: (m, start) => start + m[0].length - m[1].length,
  },
  {
    name: 'quarter-month-day',
    // "báo cáo quý gửi ngày 05, tháng cuối cùng của quý": the 5th of March, June, September and
    // December, each a deadline of its own.
    pattern: new RegExp(`(^|[^a-z0-9])ngay (\\d{1,2}),? (?:cua )?(?:cac )?thang cuoi(?: cung)? ` + `(?:cua )?(?:moi |hang |cac )?(?:quy|qui)${END}`, 'g'),
    read(m, start, scan) {
      const day = Number(m[2]);
      const { ref, end } = readYear(scan.text, m.index + m[0].length, false);
      const each = QUARTER_END_MONTHS.map((month) => resolve(ref, (y) => isoDate(y, month, day), scan));
      const possible = each.filter((d): d is string[] => d !== null);
      return mention(scan, start, end, 'date', possible.length > 0 ? possible.flat() : null);
    },
  },
  {
    name: 'iso-date',
    // 2024-12-31
    pattern: /(^|[^\d/.-])(\d{4})-(\d{2})-(\d{2})(?!\d|[/.-]\d)/g,
    read: (m, start, scan) => readFullDate(scan, start, m.index + m[0].length, [Number(m[2]), Number(m[3]), Number(m[4])]),
  },
  {
    name: 'date',
    // 31/12/2024, 31-12-2024, 31.12.2024 (the same separator twice)
    pattern: /(^|[^\d/.-])(\d{1,2})([/.-])(\d{1,2})\3(\d{4})(?!\d|[/.-]\d)/g,
    read: (m, start, scan) => readFullDate(scan, start, m.index + m[0].length, [Number(m[5]), Number(m[4]), Number(m[2])]),
  },
  {
    name: 'date-in-words',
    // ngày 31 tháng 12 năm 2024; ngày 15 tháng 02 (of the plan year)
    pattern: /(^|[^a-z0-9])ngay (\d{1,2}) thang (\d{1,2})(?!\d)/g,
    read(m, start, scan) {
      const [day, month] = [Number(m[2]), Number(m[3])];
      const { ref, end } = readYear(scan.text, m.index + m[0].length, false);
      if (ref.type === 'fixed') return readFullDate(scan, start, end, [ref.year, month, day]);
      return mention(
        scan,
        start,
        end,
        'date',
        resolve(ref, (y) => isoDate(y, month, day), scan),
      );
    },
  },
  {
    name: 'day-month',
    // trước 15/1, ngày 05/6, trước ngày 15/02 của năm sau, ngày 25/11 hàng năm. At most three cue
    // words ("chậm nhất trước ngày"), so a long run of them cannot make the search quadratic.
    pattern: new RegExp(`((?:^|[^a-z0-9])(?:(?:${alt(DAY_MONTH_CUES)}) ){1,3})(\\d{1,2})/(\\d{1,2})(?![\\d/])`, 'g'),
    read: (m, start, scan) => readDayMonth(m, start, scan, false),
  },
  {
    name: 'day-month-cell',
    // A cell that is only a day/month ("15/02", "15/02 hàng năm"): in a deadline column, a date.
    pattern: /(^)(\d{1,2})\/(\d{1,2})(?![\d/])/g,
    read: (m, start, scan) => readDayMonth(m, start, scan, true),
  },
  {
    name: 'year-range',
    // A period of years: "2021 - 2025", "2021-2025", "Giai đoạn 2021 – 2025" → its last year.
    pattern: /(^|[^a-z0-9/.-])(?:(?:giai doan|tu nam|tu|nam) )?(\d{4}) ?(?:-|den nam|toi nam|den|toi) ?(\d{4})(?![\d/])/g,
    read(m, start, scan) {
      const [from, to] = [Number(m[2]), Number(m[3])];
      if (from < MIN_BARE_YEAR || to > MAX_BARE_YEAR || to < from) return null;
      return mention(scan, start, m.index + m[0].length, 'year', [endOfYear(to) as string]);
    },
  },
  {
    name: 'from-year',
    // Work that starts and goes on: "Bắt đầu triển khai từ năm 2026", "Kể từ năm 2026", "Từ năm
    // 2026 trở đi" → recurring from that year, checked at 31/12 of the plan year (or of the start
    // year, when the plan year comes before it). A period ("Từ năm 2021 đến năm 2025") is not
    // this: the year-range rule has read it already, and an end right after is left alone.
    pattern: new RegExp(
      `(^|[^a-z0-9])(?:${START}) (?:nam )?(\\d{4})(?![\\d/])(?! ?(?:-|(?:${alt(RANGE_LINKS)})${END}))(?:${GAP}(?:${alt(ONWARD_WORDS)})${END})?`,
      'g',
    ),
    read(m, start, scan) {
      const from = Number(m[2]);
      if (from < MIN_BARE_YEAR || from > MAX_BARE_YEAR) return null;
      const checked = Math.max(scan.base ?? from, from);
      scan.mentions.push({
        start,
        end: m.index + m[0].length,
        kind: 'recurring',
        dates: [endOfYear(checked) as string],
        rule: scan.rule,
        every: 'year',
      });
      return m.index + m[0].length;
    },
  },
  {
    name: 'quarter',
    // Quý III năm 2024, Quí II-2024, quý 2/2024, Quý IV/2024, quý I năm thực hiện kế hoạch,
    // quý IV của năm trước liền kề, quý I của năm sau
    pattern: new RegExp(`(^|[^a-z0-9])(?:quy|qui) (iv|iii|ii|i|[1-4])${END}`, 'g'),
    read(m, start, scan) {
      const quarter = QUARTER_NUMBERS[m[2]];
      const { ref, end, everyYear } = readYear(scan.text, m.index + m[0].length, false);
      const dates = resolve(ref, (y) => lastDayOfQuarter(y, quarter), scan);
      return mention(scan, start, end, 'quarter', dates, everyYear);
    },
  },
  {
    name: 'months-of-year',
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
    name: 'month',
    // Tháng 6/2024, tháng 02 năm 2026, tháng 12 (of the plan year) → the month's last day;
    // "Tháng 12 hằng năm" → recurring, due at the end of December of the plan year.
    pattern: /(^|[^a-z0-9])thang (\d{1,2})(?!\d)/g,
    read(m, start, scan) {
      const month = Number(m[2]);
      const { ref, end, everyYear } = readYear(scan.text, m.index + m[0].length, false);
      const dates = resolve(ref, (y) => lastDayOfMonth(y, month), scan);
      return mention(scan, start, end, 'date', dates, everyYear);
    },
  },
  {
    name: 'recurring',
    // Thường xuyên, hàng năm, …: noted here, dated once the whole cell is read (see combine).
    pattern: new RegExp(`(^|[^a-z0-9])(${alt(RECURRING_MARKERS.map((r) => r.words))})${END}`, 'g'),
    read(m, start, scan) {
      const every = RECURRING_MARKERS.find((r) => r.words === m[2])?.every ?? 'year';
      scan.recurring.push({ at: start, every });
      return m.index + m[0].length;
    },
  },
  {
    name: 'year',
    // Năm 2024, Trong năm 2024, Trong năm, Cả năm, trong năm sau → 31/12 of that year.
    pattern: new RegExp(`(^|[^a-z0-9])(?:(${alt(YEAR_PREFIXES)}) )?nam${END}`, 'g'),
    read(m, start, scan) {
      const hasPrefix = m[2] !== undefined;
      const { ref, end } = readYear(scan.text, m.index + m[0].length, true);
      if (ref.type !== 'fixed' && !hasPrefix) return null; // "Báo cáo năm" is not a deadline
      if (ref.type === 'fixed') return readYearList(scan, start, end, ref.year);
      const year: YearRef = ref.type === 'open' ? { type: 'relative', offset: 0 } : ref;
      return mention(scan, start, end, 'year', resolve(year, endOfYear, scan));
    },
  },
  {
    name: 'year-cell',
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
const RANGE_LINK_AHEAD = new RegExp(`^(?:${alt(RANGE_LINKS.filter((l) => l !== '-'))})${END}`);
const SCHEDULE_REASON = new Map<string, ScheduleReason>(SCHEDULE_PHRASES.flatMap((g) => g.words.map((w) => [w, g.reason] as const)));
const SCHEDULE = new RegExp(`(?:^|[^a-z0-9])(${alt([...SCHEDULE_REASON.keys()])})${END}`);

function runRule(rule: Rule, scan: Scan): void {
  const re = rule.pattern;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(scan.text)) !== null) {
    const start = m.index + m[1].length;
    scan.rule = rule.name;
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
  const gap = folded.slice(a.end, b.start);
  // "… năm 2026 đến hết năm 2030": the link was read as part of the end ("đến hết năm").
  const linked = gap.trim() === '' && RANGE_LINK_AHEAD.test(folded.slice(b.start, b.end));
  if (!linked && !RANGE_LINK.test(gap)) return false;
  if (a.dates.length === 0 || b.dates.length === 0) return true;
  return [...b.dates].sort(compareIso)[0] >= [...a.dates].sort(compareIso)[a.dates.length - 1];
}

/** What was read from a cell: the answer and the phrases that gave it. */
interface Reading {
  info: DueInfo;
  folded: string;
  /** Every phrase read, in text order; `used` is false for the start of a period. */
  mentions: Array<Mention & { used: boolean }>;
}

/**
 * Turns what the rules found into the answer: recurring work, periods, the earliest date; with
 * no date at all, the reason the cell sets none.
 */
function combine(folded: string, scan: Scan): Reading {
  const mentions = scan.mentions;
  if (scan.recurring.length > 0) {
    // "Thường xuyên (trong) năm 2024": the year written in the cell wins over the plan year.
    const { at, every } = scan.recurring[0];
    const years = mentions.filter((m) => m.kind === 'year');
    for (const m of years) Object.assign(m, { kind: 'recurring', rule: 'recurring', every });
    if (years.length === 0) {
      const dates = scan.base === null ? [] : [endOfYear(scan.base) as string];
      mentions.push({ start: at, end: at, kind: 'recurring', dates, rule: 'recurring', every });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const read = mentions.map((m, i) => ({
    ...m,
    used: i + 1 >= mentions.length || !isPeriodStart(folded, m, mentions[i + 1]),
  }));
  const live = read.filter((m) => m.used);
  const dates = [...new Set(live.flatMap((m) => m.dates))].sort(compareIso);
  const answer = (m: Mention, due: string | null, ds: string[]): DueInfo => ({
    kind: m.kind,
    due,
    dates: ds,
    recognized: true,
    rule: m.rule,
    every: m.every,
  });
  let info: DueInfo;
  if (dates.length > 0) {
    const due = dates[0];
    info = answer(live.find((m) => m.dates.includes(due)) as Mention, due, dates);
  } else if (live.length > 0) {
    info = answer(live[0], null, []);
  } else {
    const m = SCHEDULE.exec(folded);
    const reason = m === null ? undefined : SCHEDULE_REASON.get(m[1]);
    info = reason === undefined ? unrecognizedDue() : { ...none(), kind: 'schedule', rule: reason };
  }
  return { info, folded, mentions: read };
}

const HTML_TAG = /<\/?[a-z][^<>]*>/gi;
const NBSP_ENTITY = /&nbsp;|&#160;/gi;
const DASHES = /[\u2010-\u2015\u2212]/g;

/**
 * The text as the rules read it: HTML remnants ("<p>", "<br>") gone, every dash a hyphen
 * ("2021 – 2025"), folded.
 * @example prepareDueText('<p>Quý III – 2024</p>') → 'quy iii - 2024'
 */
export function prepareDueText(text: string): string {
  return fold(text.replace(HTML_TAG, ' ').replace(NBSP_ENTITY, ' ').replace(DASHES, '-'));
}

function baseYear(ctx: DueContext, issued: string | null): number | null {
  if (typeof ctx.year === 'number' && Number.isInteger(ctx.year)) return ctx.year;
  return issued === null ? null : Number(issued.slice(0, 4));
}

function read(text: string, ctx: DueContext): Reading {
  const folded = prepareDueText(text);
  if (folded === '') return { info: none(), folded, mentions: [] };
  const issued = typeof ctx.issued === 'string' && parseIso(ctx.issued) ? ctx.issued : null;
  const base = baseYear(ctx, issued);
  const scan: Scan = { text: folded, rule: 'year', base, issued, mentions: [], recurring: [] };
  for (const rule of RULES) runRule(rule, scan);
  return combine(folded, scan);
}

/**
 * Reads a deadline cell: every date it sets, the earliest (which drives the overdue flag), the
 * kind of deadline, the rule that read it, and whether the text was understood at all.
 *
 * Dates without a year take the plan year (`ctx.year`); "năm sau"/"năm trước liền kề" shift it;
 * a period gives its end; "Thường xuyên"/"Hàng năm"/"Tháng 12 hằng năm" are recurring, checked
 * at their date in the plan year (31/12 unless one is written); "Bắt đầu triển khai từ năm 2026"
 * is recurring from that year; "Theo kế hoạch", "Khi có phát sinh", "Sau khi có Quy chế của
 * Trung ương", … are recognised but set no date, and `rule` says why; document numbers
 * ("số 167/2017/NĐ-CP") and the dates of cited documents are never read as deadlines.
 *
 * @example parseDue('Trong năm 2024') → { kind: 'year', due: '2024-12-31', dates: ['2024-12-31'], recognized: true, rule: 'year', every: null }
 * @example parseDue('Quí II-2024').due → '2024-06-30'
 * @example parseDue('trong quý IV của năm trước liền kề', { year: 2019 }).due → '2018-12-31'
 * @example parseDue('Tháng 12 hằng năm', { year: 2025 }) → { kind: 'recurring', every: 'year', due: '2025-12-31' }
 * @example parseDue('Khi có phát sinh') → { kind: 'schedule', due: null, rule: 'on-occurrence' }
 * @example parseDue('31/02/2024').recognized → false
 */
export function parseDue(text: string, ctx: DueContext = {}): DueInfo {
  return read(text, ctx).info;
}

/** One phrase a rule read, as `explainDue` shows it. */
export interface DueStep {
  rule: DueRule;
  /** The words read, as folded ("quy iv/2026"). */
  text: string;
  kind: DueKind;
  dates: string[];
  every: DueEvery | null;
  /** False when it only opens a period whose end is the deadline ("Quý I/2024 - …"). */
  used: boolean;
}

/** `parseDue`'s answer, with how it was reached. */
export interface DueExplanation extends DueInfo {
  /** The text as the rules read it (see `prepareDueText`). */
  folded: string;
  /** Every phrase the rules read, in text order (document numbers, being no deadline, left out). */
  steps: DueStep[];
}

/**
 * `parseDue`, explained: the answer, which rule read it, and every phrase read on the way. For
 * debugging a cell, and for tests to say which rule should fire.
 * @example explainDue('Quý I/2024 - Quý III/2024').steps.map((s) => [s.rule, s.used]) → [['quarter', false], ['quarter', true]]
 */
export function explainDue(text: string, ctx: DueContext = {}): DueExplanation {
  const { info, folded, mentions } = read(text, ctx);
  const steps = mentions.map((m) => ({
    rule: m.rule,
    text: folded.slice(m.start, m.end),
    kind: m.kind,
    dates: m.dates,
    every: m.every,
    used: m.used,
  }));
  return { ...info, folded, steps };
}
