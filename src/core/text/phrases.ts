/**
 * Vietnamese phrase matching, written once: phrase tables are written as users type them (with
 * diacritics), folded once when the table is made, and matched on word boundaries of folded text —
 * so "tự chủ" never matches inside "từ Chương trình" ("tu chu|ong"), and "CẢI CÁCH" matches "cai
 * cach" however it was typed.
 */
import { fold } from './fold';

/** One phrase of a table: the key it stands for, as written and as folded. */
export interface Phrase<K> {
  readonly key: K;
  readonly written: string;
  readonly folded: string;
  readonly pattern: RegExp;
}

/** A table of phrases per key, in the order written (the first key whose phrase matches wins). */
export interface PhraseTable<K> {
  readonly phrases: readonly Phrase<K>[];
  /** The same phrases, longest first (for longest-match readers). */
  readonly longestFirst: readonly Phrase<K>[];
}

/** Text as a regular-expression source that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escape = escapeRegExp;

/** A folded phrase as a pattern that matches only whole words (no letter or digit around it). */
export function wordPattern(folded: string, flags = ''): RegExp {
  return new RegExp(`(?<![a-z0-9])${escape(folded)}(?![a-z0-9])`, flags);
}

/**
 * A phrase as a regular-expression source for readers that need more than whole words (numbers,
 * years around it): folded, literal, any run of spaces between its words, and each placeholder
 * (e.g. `####` for a year) replaced by its source.
 * @example phraseSource('năm ####', { '####': '(\\d{4})' }) → 'nam\\s+(\\d{4})'
 */
export function phraseSource(phrase: string, placeholders: Readonly<Record<string, string>> = {}): string {
  let source = fold(phrase).split(' ').map(escape).join('\\s+');
  for (const [mark, replacement] of Object.entries(placeholders)) source = source.split(escape(mark)).join(replacement);
  return source;
}

/**
 * Phrases as one alternation, longest first (so "trong cả năm" is tried before "trong").
 * @example alternation(['trong', 'trong cả năm']) → 'trong\\s+ca\\s+nam|trong'
 */
export function alternation(phrases: readonly string[], placeholders: Readonly<Record<string, string>> = {}): string {
  return [...phrases]
    .sort((a, b) => fold(b).length - fold(a).length)
    .map((p) => phraseSource(p, placeholders))
    .join('|');
}

/**
 * A phrase table from rows of `[key, phrases]`, each phrase folded as the text it is matched
 * against will be (`normalise`, `fold` unless told).
 * @example phraseTable([['x', ['Tự chủ']]]).phrases[0].folded → 'tu chu'
 */
export function phraseTable<K>(rows: ReadonlyArray<readonly [K, readonly string[]]>, normalise: (text: string) => string = fold): PhraseTable<K> {
  const phrases = rows.flatMap(([key, written]) =>
    written.map((w) => {
      const folded = normalise(w);
      return { key, written: w, folded, pattern: wordPattern(folded) };
    }),
  );
  return { phrases, longestFirst: [...phrases].sort((a, b) => b.folded.length - a.folded.length) };
}

/**
 * The first key, in table order, one of whose phrases is a whole-word part of the folded text.
 * @example firstKey(phraseTable([['finance', ['tự chủ']]]), fold('Triển khai từ Chương trình')) → null
 */
export function firstKey<K>(table: PhraseTable<K>, folded: string): K | null {
  for (const p of table.phrases) if (p.pattern.test(folded)) return p.key;
  return null;
}

/**
 * The longest phrase of the table found as whole words in the folded text, with where it starts.
 * @example longestPhrase(phraseTable([['a', ['cơ quan']], ['b', ['cơ quan chủ trì']]]), 'co quan chu tri')?.phrase.key → 'b'
 */
export function longestPhrase<K>(table: PhraseTable<K>, folded: string): { readonly phrase: Phrase<K>; readonly index: number } | null {
  for (const phrase of table.longestFirst) {
    const m = phrase.pattern.exec(folded);
    if (m) return { phrase, index: m.index };
  }
  return null;
}

/**
 * The words of a header cell, as every header reader compares them: folded, "(…)" asides dropped,
 * punctuation as spaces, and the years dropped unless asked to keep them (a target table tells
 * last year's column from this year's by them).
 * @example headerWords('Thời gian hoàn thành (dự kiến) năm 2024') → 'thoi gian hoan thanh nam'
 * @example headerWords('Kết quả năm 2023', { keepYears: true }) → 'ket qua nam 2023'
 */
export function headerWords(text: string, opts: { keepYears?: boolean } = {}): string {
  const words = fold(text.replace(/\([^)]*\)/g, ' ')).replace(/[^a-z0-9]+/g, ' ');
  return (opts.keepYears ? words : words.replace(/\b(?:19|20)\d\d\b/g, ' ')).trim().replace(/\s+/g, ' ');
}

/**
 * Every phrase of the table in the text, longest first; a key for which `wholeCell` says so must
 * be the whole text (the short code words "stt", "tt", "mã" never count inside a sentence).
 * @example matchingPhrases(phraseTable([['code', ['STT']], ['title', ['nhiệm vụ']]], headerWords), 'nhiem vu cu the').map((p) => p.key).join() → 'title'
 */
export function matchingPhrases<K>(table: PhraseTable<K>, text: string, wholeCell: (key: K) => boolean = () => false): Phrase<K>[] {
  return table.longestFirst.filter((p) => (wholeCell(p.key) ? text === p.folded : p.pattern.test(text)));
}

/** Whether the folded text holds the (folded) phrase as whole words. */
export function hasWords(folded: string, phrase: string): boolean {
  return wordPattern(fold(phrase)).test(folded);
}
