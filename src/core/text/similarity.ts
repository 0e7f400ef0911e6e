/**
 * How alike two task titles read, for matching a revised plan's tasks to the tracker's: the same
 * task reworded ("Tổ chức thực hiện…" → "Triển khai thực hiện…") or renumbered keeps most of its
 * syllables and their order. Diacritics-insensitive (a title retyped without accents still
 * matches), punctuation ignored.
 */
import { fold } from './fold';

/** The folded syllables of a text: "Công khai TTHC, kịp thời" → ['cong', 'khai', 'tthc', 'kip', 'thoi']. */
export function syllables(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((s) => s !== '');
}

/** How much a shared word (or word pair) says: 1 everywhere, or rarer words more (see wordWeights). */
export type WordWeight = (token: string) => number;

const EVEN: WordWeight = () => 1;

/** Weighted Sørensen–Dice coefficient of two multisets of strings. */
function dice(a: readonly string[], b: readonly string[], weight: WordWeight): number {
  if (a.length === 0 && b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1);
  let shared = 0;
  let total = 0;
  for (const x of a) total += weight(x);
  for (const y of b) {
    const w = weight(y);
    total += w;
    const n = counts.get(y) ?? 0;
    if (n > 0) {
      shared += w;
      counts.set(y, n - 1);
    }
  }
  return total === 0 ? 0 : (2 * shared) / total;
}

const pairs = (words: readonly string[]): string[] => words.slice(1).map((w, i) => `${words[i]} ${w}`);

/**
 * Weights from a set of titles (both plans'): a word or pair that most titles share ("thực hiện",
 * "các cơ quan") weighs little, a rare one ("biên chế") much — inverse document frequency.
 */
export function wordWeights(titles: readonly string[]): WordWeight {
  const df = new Map<string, number>();
  for (const title of titles) {
    const words = syllables(title);
    for (const token of new Set([...words, ...pairs(words)])) df.set(token, (df.get(token) ?? 0) + 1);
  }
  const n = Math.max(1, titles.length);
  return (token) => Math.log(1 + n / (df.get(token) ?? 1));
}

/**
 * Similarity of two titles from 0 (nothing shared) to 1 (the same words in the same order): the
 * mean of the Dice coefficients of their syllables and of their syllable pairs, so a reworded
 * title scores high while two titles sharing only common words do not — the more so with
 * `weight` from wordWeights over the titles being matched.
 * @example titleSimilarity('Công khai TTHC đầy đủ', 'Cong khai TTHC day du') → 1
 * @example titleSimilarity('Xử lý văn bản', 'Tuyển dụng công chức') → 0
 */
export function titleSimilarity(a: string, b: string, weight: WordWeight = EVEN): number {
  const wa = syllables(a);
  const wb = syllables(b);
  if (wa.length < 2 || wb.length < 2) return dice(wa, wb, weight);
  return (dice(wa, wb, weight) + dice(pairs(wa), pairs(wb), weight)) / 2;
}
