/**
 * Folding that remembers where each folded character came from, so a phrase matched on the
 * folded text ("ty le ho so") can be cut out of the original with its diacritics intact.
 */

/** Folded text and, for each of its characters, the index in the source it came from. */
export interface FoldedText {
  source: string;
  folded: string;
  /** at[i] is the source index of folded[i]; at[folded.length] is source.length. */
  at: number[];
}

/**
 * Folds character by character as `fold()` does (marks dropped, đ → d, lowercase), but keeps
 * every whitespace character as one space instead of collapsing runs, so positions stay mapped.
 * Expects NFC text: a precomposed Vietnamese letter folds to exactly one character.
 * @example foldWithPositions('Tỷ lệ').folded → 'ty le'
 */
export function foldWithPositions(source: string): FoldedText {
  let folded = '';
  const at: number[] = [];
  let index = 0;
  for (const ch of source) {
    const f = foldChar(ch);
    folded += f;
    for (let k = 0; k < f.length; k++) at.push(index);
    index += ch.length;
  }
  at.push(source.length);
  return { source, folded, at };
}

/** Folded form of each character met so far: the alphabet is small, normalising is not cheap. */
const FOLDED_CHARS = new Map<string, string>();

function foldChar(ch: string): string {
  let f = FOLDED_CHARS.get(ch);
  if (f === undefined) {
    f = /\s/.test(ch) ? ' ' : ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
    if (FOLDED_CHARS.size < 4096) FOLDED_CHARS.set(ch, f);
  }
  return f;
}

/** The source text behind folded[start, end). */
export function sourceSlice(text: FoldedText, start: number, end: number): string {
  return end <= start ? '' : text.source.slice(text.at[start], text.at[end]);
}
