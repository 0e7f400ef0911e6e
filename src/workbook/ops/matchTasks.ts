/**
 * Which task of the tracker a task of the revised plan is (re-import, design.md §7.1): by ID,
 * then by meaning. A plan revised by the province inserts, drops and rewords tasks, and every
 * number after an inserted or dropped one shifts, so an ID alone is no proof: an ID match must
 * also read alike, and a task left over is matched by a similar title in the same section.
 *
 * Pairs are chosen best-first over every candidate (greedy on a score), so a task that moved
 * (II-1 → II-2) goes to its own title rather than to the task that took its old number.
 */
import { titleSimilarity, wordWeights } from '../../core/text/similarity';

export interface MatchCandidate {
  readonly id: string;
  readonly title: string;
  /** Section key ("IV"), '' when unknown. */
  readonly section: string;
  /** Area key, null when unknown. */
  readonly area: string | null;
}

export interface TaskMatch<O, N> {
  readonly old: O;
  readonly new: N;
  /** 'id': the same ID and alike; 'meaning': another ID, matched by a similar title. */
  readonly by: 'id' | 'meaning';
  /** Title similarity, 0..1. */
  readonly similarity: number;
}

export interface MatchResult<O, N> {
  readonly matches: readonly TaskMatch<O, N>[];
  readonly added: readonly N[];
  readonly dropped: readonly O[];
}

/** Same ID and at least this alike: the same task, decided without comparing it to any other. */
export const UNCHANGED_SIMILARITY = 0.95;
/**
 * Same ID: the titles need only share half their words and word pairs (a reworded task). Lower, two
 * tasks that merely both begin "Thực hiện các quy định về …" would pass.
 */
export const SAME_ID_SIMILARITY = 0.5;
/** Another ID in the same section: a clearly similar title. */
export const SAME_SECTION_SIMILARITY = 0.6;
/** Another section: only a near-identical title (a task moved between sections). */
export const ANY_SECTION_SIMILARITY = 0.9;

/** The section part of a tracker task ID: "IV-1.2" → "IV"; '' when the ID has none. */
export function sectionOfId(id: string): string {
  const at = id.indexOf('-');
  return at > 0 ? id.slice(0, at) : '';
}

function sameSection(a: MatchCandidate, b: MatchCandidate): boolean {
  if (a.section !== '' && b.section !== '') return a.section === b.section;
  return a.area !== null && a.area === b.area;
}

/**
 * Matches tracker tasks to the revised plan's. `refused` holds old IDs whose match the official
 * turned down in the review: those are matched to nothing (kept as dropped; the plan's task they
 * were matched to comes in as added).
 */
export function matchTasks<O extends MatchCandidate, N extends MatchCandidate>(
  olds: readonly O[],
  news: readonly N[],
  refused: ReadonlySet<string> = new Set(),
): MatchResult<O, N> {
  // The usual case first, cheaply: the same ID and (nearly) the same title. Only what is left is
  // compared pairwise, so a re-import of an unchanged 10,000-task plan does no quadratic work.
  // Words most titles share ("Thực hiện các quy định về …") weigh little in the comparison.
  const weight = wordWeights([...olds.map((o) => o.title), ...news.map((n) => n.title)]);
  const similar = (a: string, b: string): number => titleSimilarity(a, b, weight);
  const newById = new Map<string, number>();
  news.forEach((n, ni) => newById.set(n.id, ni));
  const oldTaken = new Set<number>();
  const newTaken = new Set<number>();
  const matches: TaskMatch<O, N>[] = [];
  olds.forEach((o, oi) => {
    const ni = newById.get(o.id);
    if (ni === undefined || newTaken.has(ni) || refused.has(o.id)) return;
    const similarity = similar(o.title, news[ni].title);
    if (similarity < UNCHANGED_SIMILARITY) return;
    oldTaken.add(oi);
    newTaken.add(ni);
    matches.push({ old: o, new: news[ni], by: 'id', similarity });
  });

  const candidates: { o: number; n: number; score: number; similarity: number; byId: boolean }[] = [];
  const leftNew = news.map((n, ni) => ({ n, ni })).filter((x) => !newTaken.has(x.ni));
  olds.forEach((o, oi) => {
    if (oldTaken.has(oi) || refused.has(o.id)) return;
    for (const { n, ni } of leftNew) {
      const byId = o.id === n.id;
      const near = sameSection(o, n);
      // Across sections only a near-identical title may match: skip titles of clearly other lengths.
      if (!byId && !near && Math.abs(o.title.length - n.title.length) > Math.max(o.title.length, n.title.length) / 4) continue;
      const similarity = similar(o.title, n.title);
      const ok = byId ? similarity >= SAME_ID_SIMILARITY : similarity >= ANY_SECTION_SIMILARITY || (near && similarity >= SAME_SECTION_SIMILARITY);
      // The ID counts as a little evidence: between two equally alike titles, the same number wins.
      if (ok) candidates.push({ o: oi, n: ni, similarity, byId, score: similarity + (byId ? 0.1 : 0) + (near ? 0.05 : 0) });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.o - b.o || a.n - b.n);
  for (const c of candidates) {
    if (oldTaken.has(c.o) || newTaken.has(c.n)) continue;
    oldTaken.add(c.o);
    newTaken.add(c.n);
    matches.push({ old: olds[c.o], new: news[c.n], by: c.byId ? 'id' : 'meaning', similarity: c.similarity });
  }
  const order = new Map<N, number>(news.map((n, i) => [n, i]));
  matches.sort((a, b) => order.get(a.new)! - order.get(b.new)!);
  return {
    matches,
    added: news.filter((_, i) => !newTaken.has(i)),
    dropped: olds.filter((_, i) => !oldTaken.has(i)),
  };
}
