/**
 * Plans written as prose, with no appendix table (design.md §1, "narrative plans"): each area of
 * the index is a numbered heading ("1. Nội dung công tác chỉ đạo, điều hành CCHC", "IV. CẢI CÁCH
 * TỔ CHỨC BỘ MÁY"), and under it paragraphs or bullets of what to do, with their targets inside
 * ("phấn đấu có từ 03 sáng kiến trở lên", "giảm 10% … so với năm 2021"), and lists of
 * sub-criteria to keep at full points ("… (đạt điểm tối đa) về: A; B; C").
 *
 * The reader works on a grid whose rows are the document's paragraphs (one text cell each), so
 * a document and the source sheet written from it read alike. It gives the first-pass entries the
 * table reader gives (sections and items), and buildTasks does the rest: ids, areas, targets.
 */
import { areaOfTitle } from '../areas/areaOf';
import { startsOffice } from '../offices/offices';
import { foldWithPositions, sourceSlice } from '../target/foldPositions';
import { fold } from '../text/fold';
import { longestPhrase, phraseTable, wordPattern } from '../text/phrases';
import { END_OF_PLAN_PHRASES, FULL_POINTS_PHRASES, LEAD_INTRO_PHRASES, LEAD_VERB } from './narrativePhrases';
import type { RawEntry, RawItem, RawSection } from './readRows';
import { startsMidSentence } from './rowPatterns';

/** What the prose gave: entries for buildTasks, the lines above the first heading, the plan's lead. */
export interface NarrativeReading {
  entries: RawEntry[];
  /** Lines above the first heading: the plan's number, date, title and grounds. */
  titleLines: string[];
  /** The office the plan puts in charge of all of it, '' when it names none. */
  planLead: string;
  /** How many area headings were read. */
  areas: number;
}

/** A plan is read from prose only when at least this many area headings hold tasks. */
const MIN_AREAS = 2;
/** A heading is a short line; a numbered paragraph of text runs longer. */
const MAX_HEADING = 200;

const FULL_POINTS = phraseTable([['full', FULL_POINTS_PHRASES]]);
const END_OF_PLAN = phraseTable([['end', END_OF_PLAN_PHRASES]]);
const LEAD_INTRO = phraseTable([['intro', LEAD_INTRO_PHRASES]]);
const LEAD_VERB_PATTERN = wordPattern(fold(LEAD_VERB), 'g');

interface Paragraph {
  text: string;
  rows: number[];
  bullet: boolean;
}

interface Heading {
  /** Roman numerals are level 1, "1." level 2, "1.1." level 3, "a)" level 5. */
  level: number;
  code: string;
  title: string;
}

const ROMAN = /^(?:(?:PHẦN|Phần)\s+)?([IVXL]{1,6})\s*[.):–-]\s*(\p{Lu}.*)$/u;
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){0,3})\s*[.)]\s*(\S.*)$/u;
const LETTERED = /^([a-zđ])\s*[.)]\s+(\S.*)$/u;
const BULLET = /^[-+•*–]\s*/;

/** The heading a paragraph is, or null. */
function headingOf(text: string): Heading | null {
  if (text.length > MAX_HEADING || /[;,]$/.test(text)) return null;
  const roman = ROMAN.exec(text);
  if (roman) return { level: 1, code: roman[1], title: roman[2].trim() };
  const numbered = NUMBERED.exec(text);
  if (numbered) return { level: 2 + (numbered[1].match(/\./g) ?? []).length, code: numbered[1], title: numbered[2].trim() };
  const lettered = LETTERED.exec(text);
  if (lettered) return { level: 5, code: lettered[1], title: lettered[2].trim() };
  return null;
}

/** The text of each row (its cells joined), with the marks a pasted document leaves on emphasis. */
function rowTexts(grid: readonly (readonly string[])[]): Array<{ text: string; row: number }> {
  const out: Array<{ text: string; row: number }> = [];
  grid.forEach((cells, r) => {
    const text = cells
      .map((c) => c.trim())
      .filter(Boolean)
      .join(' ')
      .replace(/^[*_#\s]+|[*_\s]+$/g, '')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .trim();
    if (text) out.push({ text, row: r + 1 });
  });
  return out;
}

/** Paragraphs: a line starting mid-sentence (a page broke it) goes on with the one before. */
function paragraphs(lines: ReadonlyArray<{ text: string; row: number }>): Paragraph[] {
  const out: Paragraph[] = [];
  for (const { text, row } of lines) {
    const bullet = BULLET.test(text) && !/^[-–]\s*\d/.test(text);
    const body = bullet ? text.replace(BULLET, '').trim() : text;
    if (body === '') continue;
    const last = out[out.length - 1];
    if (last && !bullet && startsMidSentence(body) && !headingOf(last.text)) {
      last.text = `${last.text} ${body}`;
      last.rows.push(row);
      continue;
    }
    out.push({ text: body, rows: [row], bullet });
  }
  return out;
}

/** Capitalises the first letter of an item cut out of a list ("rà soát …" → "Rà soát …"). */
const capitalised = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/**
 * A "keep at full points" list: the words before its colon, and its items (cut at ";" and at
 * the end of each sentence), or null when the paragraph is not one.
 * @example fullPointsList('Tiếp tục quan tâm các tiêu chí thành phần (đạt điểm tối đa) về: Ban hành Kế hoạch CCHC kịp thời; kiểm tra CCHC đạt 100% kế hoạch.')?.items → ['Ban hành Kế hoạch CCHC kịp thời', 'Kiểm tra CCHC đạt 100% kế hoạch']
 */
export function fullPointsList(text: string): { intro: string; items: string[] } | null {
  const colon = text.indexOf(':');
  if (colon < 0 || colon > 200) return null;
  const intro = text.slice(0, colon).trim();
  if (!longestPhrase(FULL_POINTS, fold(intro))) return null;
  const items = text
    .slice(colon + 1)
    .split(/;\s*|\.\s+(?=\p{Lu})/u)
    .map((s) => s.trim().replace(/[.;,\s]+$/, ''))
    .filter((s) => s.length > 0)
    .map(capitalised);
  if (items.length < 2) return null;
  return { intro: intro.replace(/\s+(?:về|ve)$/i, ''), items };
}

/**
 * The office a sentence puts in charge ("Giao Phòng Nội vụ chủ trì, phối hợp …", "(Văn phòng
 * UBND huyện chủ trì)"), or null.
 * @example leadNamedIn('Giao Phòng Nội vụ chủ trì, phối hợp với các cơ quan triển khai Kế hoạch này.') → 'Phòng Nội vụ'
 * @example leadNamedIn('Phòng Nội vụ (cơ quan thường trực) theo dõi, đôn đốc việc thực hiện.') → null
 */
export function leadNamedIn(text: string): string | null {
  const f = foldWithPositions(text);
  for (const m of f.folded.matchAll(LEAD_VERB_PATTERN)) {
    const before = sourceSlice(f, 0, m.index ?? 0);
    // The clause the verb ends: back to the last break, asides in brackets left out.
    const clause = before
      .replace(/\([^)]*\)/g, ' ')
      .split(/[,;:.(\n]\s*/)
      .pop()!
      .replace(/\s+/g, ' ')
      .trim();
    let name = clause;
    const intro = longestPhrase(LEAD_INTRO, fold(name));
    if (intro && intro.index === 0) name = name.slice(name.split(/\s+/).slice(0, intro.phrase.folded.split(' ').length).join(' ').length).trim();
    name = name.replace(/\s+(?:là cơ quan|làm cơ quan)$/iu, '').trim();
    if (name && name.length <= 80 && startsOffice(name)) return name;
  }
  return null;
}

/**
 * Reads a plan written as prose into sections (one per area heading) and items (one per
 * paragraph or bullet under it; a "keep at full points" list as a group whose items are its
 * children). Null when the text does not read as such a plan.
 */
export function readNarrative(grid: readonly (readonly string[])[]): NarrativeReading | null {
  const entries: RawEntry[] = [];
  const titleLines: string[] = [];
  const outside: string[] = [];
  let area: { level: number; section: RawSection; index: number; next: number } | null = null;
  let sections = 0;
  let numbered: { item: RawItem; children: number } | null = null;
  let seenHeading = false;

  const push = (item: Omit<RawItem, 'kind' | 'bullet' | 'sectionIndex'>): RawItem => {
    const raw: RawItem = { kind: 'item', bullet: false, sectionIndex: area!.index, ...item };
    entries.push(raw);
    return raw;
  };
  const fields = (text: string) => {
    const title = text.replace(/[;,\s]+$/, '');
    return { title, lead: leadNamedIn(title) ?? '', support: '', output: '', dueText: '', unit: '' };
  };

  for (const p of paragraphs(rowTexts(grid))) {
    if (longestPhrase(END_OF_PLAN, fold(p.text))?.index === 0) break;
    const heading = p.bullet ? null : headingOf(p.text);
    if (heading && !(area && heading.level > area.level)) {
      seenHeading = true;
      numbered = null;
      const key = areaOfTitle(heading.title);
      if (key) {
        const section: RawSection = { kind: 'section', code: heading.code, title: heading.title, row: p.rows[0] };
        entries.push(section);
        area = { level: heading.level, section, index: sections++, next: 1 };
      } else {
        area = null;
        outside.push(p.text);
      }
      continue;
    }
    if (!seenHeading) titleLines.push(p.text);
    if (!area) {
      if (seenHeading) outside.push(p.text);
      continue;
    }
    // "(Chi tiết theo Bảng phân công nhiệm vụ gửi kèm)": an aside, not a task.
    if (/^\(.*\)\.?$/.test(p.text)) continue;
    const text = heading ? heading.title : p.text;
    const list = fullPointsList(text);
    if (list) {
      const code = String(area.next++);
      const group = push({ code, fields: { ...fields(list.intro), lead: '' }, rows: p.rows });
      list.items.forEach((item, i) => push({ code: `${code}.${i + 1}`, fields: fields(item), rows: p.rows }));
      numbered = heading ? { item: group, children: list.items.length } : null;
      continue;
    }
    if (p.bullet && numbered) {
      // A bullet under a numbered point of the area is that point's child.
      push({ code: `${numbered.item.code}.${++numbered.children}`, fields: fields(text), rows: p.rows });
      numbered.item.fields.lead = '';
      continue;
    }
    const item = push({ code: String(area.next++), fields: fields(text), rows: p.rows });
    numbered = heading ? { item, children: 0 } : null;
  }

  const withTasks = new Set(entries.filter((e): e is RawItem => e.kind === 'item').map((e) => e.sectionIndex));
  if (withTasks.size < MIN_AREAS) return null;
  const planLead = outside.map((line) => leadNamedIn(line)).find((l) => l !== null) ?? '';
  if (planLead) {
    // A group (an item with children numbered under it) takes no lead, as in a table.
    const parents = new Set(
      entries.flatMap((e) => (e.kind === 'item' && e.code.includes('.') ? [`${e.sectionIndex}:${e.code.slice(0, e.code.lastIndexOf('.'))}`] : [])),
    );
    for (const e of entries) if (e.kind === 'item' && !e.fields.lead && !parents.has(`${e.sectionIndex}:${e.code}`)) e.fields.lead = planLead;
  }
  return { entries, titleLines, planLead, areas: withTasks.size };
}
