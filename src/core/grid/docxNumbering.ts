/**
 * Word's automatic list numbering, which is not in a paragraph's text: "1.", "1.2.", "III.", "a)"
 * and bullets drawn by Word from word/numbering.xml (and paragraph styles in word/styles.xml that
 * carry a list). Plans number their area headings, their tasks and even a table's STT column this
 * way, so the importer sees the labels a reader sees: each numbered paragraph gets its label in
 * front of its text, and every bullet reads as "-".
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';

/** One level of a list: its number format ("decimal", "upperRoman", "bullet"…), label text ("%1.%2."), start. */
export interface ListLevel {
  readonly format: string;
  readonly text: string;
  readonly start: number;
}

/** The lists of a document: levels per list (w:numId), and the list a paragraph style carries. */
export interface DocxNumbering {
  readonly lists: ReadonlyMap<string, readonly ListLevel[]>;
  readonly styles: ReadonlyMap<string, { readonly numId: string; readonly ilvl: number }>;
}

export const NO_NUMBERING: DocxNumbering = { lists: new Map(), styles: new Map() };

const attr = (tag: SaxesTagPlain, name: string): string | undefined => {
  const v = tag.attributes[name];
  return typeof v === 'string' ? v : undefined;
};

/** The lists of word/numbering.xml: each w:num's abstract list, with the start overrides it sets. */
export function parseNumberingXml(xml: string): Map<string, ListLevel[]> {
  const abstract = new Map<string, ListLevel[]>();
  const nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  let abstractId: string | null = null;
  let level: { ilvl: number; format: string; text: string; start: number } | null = null;
  let num: { id: string; abstractId: string; starts: Map<number, number> } | null = null;
  let overrideLevel: number | null = null;
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    switch (tag.name) {
      case 'w:abstractNum':
        abstractId = attr(tag, 'w:abstractNumId') ?? null;
        if (abstractId !== null) abstract.set(abstractId, []);
        break;
      case 'w:lvl':
        if (abstractId !== null) level = { ilvl: Number(attr(tag, 'w:ilvl') ?? 0), format: 'decimal', text: '', start: 1 };
        break;
      case 'w:numFmt':
        if (level) level.format = attr(tag, 'w:val') ?? 'decimal';
        break;
      case 'w:lvlText':
        if (level) level.text = attr(tag, 'w:val') ?? '';
        break;
      case 'w:start':
        if (level) level.start = Number(attr(tag, 'w:val') ?? 1);
        else if (num && overrideLevel !== null) num.starts.set(overrideLevel, Number(attr(tag, 'w:val') ?? 1));
        break;
      case 'w:startOverride':
        if (num && overrideLevel !== null) num.starts.set(overrideLevel, Number(attr(tag, 'w:val') ?? 1));
        break;
      case 'w:num':
        num = { id: attr(tag, 'w:numId') ?? '', abstractId: '', starts: new Map() };
        break;
      case 'w:abstractNumId':
        if (num) num.abstractId = attr(tag, 'w:val') ?? '';
        break;
      case 'w:lvlOverride':
        overrideLevel = Number(attr(tag, 'w:ilvl') ?? 0);
        break;
      default:
        break;
    }
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'w:lvl' && level && abstractId !== null) {
      const levels = abstract.get(abstractId)!;
      levels[level.ilvl] = { format: level.format, text: level.text, start: level.start };
      level = null;
    } else if (tag.name === 'w:abstractNum') abstractId = null;
    else if (tag.name === 'w:lvlOverride') overrideLevel = null;
    else if (tag.name === 'w:num' && num) {
      nums.set(num.id, num);
      num = null;
    }
  });
  parser.write(xml).close();
  const lists = new Map<string, ListLevel[]>();
  for (const [id, n] of nums) {
    const levels = abstract.get(n.abstractId);
    if (levels)
      lists.set(
        id,
        levels.map((l, i) => (n.starts.has(i) ? { ...l, start: n.starts.get(i)! } : l)),
      );
  }
  return lists;
}

/** The list each paragraph style of word/styles.xml carries ("Heading 2" numbered "1.", "2."…). */
export function parseStylesNumbering(xml: string): Map<string, { numId: string; ilvl: number }> {
  const styles = new Map<string, { numId: string; ilvl: number }>();
  let style: { id: string; numId: string | null; ilvl: number } | null = null;
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    if (tag.name === 'w:style') style = { id: attr(tag, 'w:styleId') ?? '', numId: null, ilvl: 0 };
    else if (style && tag.name === 'w:numId') style.numId = attr(tag, 'w:val') ?? null;
    else if (style && tag.name === 'w:ilvl') style.ilvl = Number(attr(tag, 'w:val') ?? 0);
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'w:style' && style) {
      if (style.numId && style.numId !== '0') styles.set(style.id, { numId: style.numId, ilvl: style.ilvl });
      style = null;
    }
  });
  parser.write(xml).close();
  return styles;
}

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function roman(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) for (; n >= value; n -= value) out += letters;
  return out;
}

/** Vietnamese lists count a, b, c, d, đ, e…: Word's letters do not have "đ"; labels are as Word draws them. */
function letter(n: number): string {
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

/**
 * A counter as a level's format writes it.
 * @example formatCounter(4, 'upperRoman') → 'IV'
 * @example formatCounter(2, 'lowerLetter') → 'b'
 */
export function formatCounter(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letter(n).toUpperCase();
    case 'lowerLetter':
      return letter(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** Counts the numbered paragraphs of a document in order and gives each its label. */
export class ListCounter {
  private readonly counts = new Map<string, number[]>();

  constructor(private readonly numbering: DocxNumbering) {}

  /**
   * The label of the next paragraph in a list ("2.1.", "III.", "-" for any bullet), or null when
   * the paragraph is in none (its own w:numPr, else its style's).
   */
  next(numId: string | null, ilvl: number | null, styleId: string | null): string | null {
    const fromStyle = styleId ? this.numbering.styles.get(styleId) : undefined;
    const id = numId ?? fromStyle?.numId ?? null;
    if (id === null || id === '0') return null;
    const levels = this.numbering.lists.get(id);
    const at = ilvl ?? fromStyle?.ilvl ?? 0;
    const level = levels?.[at];
    if (!levels || !level) return null;
    if (level.format === 'bullet') return '-';
    const counts = this.counts.get(id) ?? [];
    for (let i = 0; i < at; i++) if (counts[i] === undefined) counts[i] = levels[i]?.start ?? 1;
    counts[at] = counts[at] === undefined ? level.start : counts[at] + 1;
    counts.length = at + 1;
    this.counts.set(id, counts);
    return level.text.replace(/%(\d)/g, (_, k: string) => {
      const i = Number(k) - 1;
      return formatCounter(counts[i] ?? levels[i]?.start ?? 1, levels[i]?.format ?? 'decimal');
    });
  }
}
