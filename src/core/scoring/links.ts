/**
 * Where a criterion reads its actual value: an indicator of the Chỉ tiêu sheet, written
 * "<task ID>:<n>" (the n-th target of the task, from 1: "VII-5:1"), or a task, written by its ID
 * ("VII-5", read as done / not done). Suggested links match criteria to indicators by area and
 * wording; the user edits them in the criteria sheet.
 */
import type { Plan } from '../plan/schema';
import { fold } from '../text/fold';
import { criteriaTree, type Criterion, type CriterionLink } from './criteria';
import { parseRule } from './parseRule';
import type { Actual } from './rule';

const ID_RE = /^([A-Za-z0-9][A-Za-z0-9.+#-]*)(?::(\d+))?$/;
/** Optional words before the reference, folded: "Chỉ tiêu VII-5:1", "Nhiệm vụ VII-5". */
const PREFIX_RE = /^(chi tieu|ct|nhiem vu|nv)(?:\s*:\s*|\s+)/;

/**
 * The reference of the n-th (1-based) indicator of a task.
 * @example indicatorRef('VII-5', 1) → 'VII-5:1'
 */
export function indicatorRef(taskId: string, n: number): string {
  return `${taskId}:${n}`;
}

/**
 * Reads a link cell: "VII-5:1" (or "Chỉ tiêu VII-5:1") is an indicator, "VII-5" (or "Nhiệm vụ
 * VII-5") a task; empty is no link. Anything else gives an error message saying what is expected.
 * @example readLink('VII-5:1') → { link: { kind: 'indicator', ref: 'VII-5:1' } }
 * @example readLink('Nhiệm vụ III-1.2') → { link: { kind: 'task', ref: 'III-1.2' } }
 */
export function readLink(text: string): { link?: CriterionLink; error?: string } {
  const trimmed = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (trimmed === '') return {};
  // Folding NFC Vietnamese keeps one character per character, so the prefix length carries over.
  const prefix = PREFIX_RE.exec(fold(trimmed));
  const word = prefix?.[1];
  const m = ID_RE.exec(trimmed.slice(prefix ? prefix[0].length : 0));
  const expected = 'cần mã chỉ tiêu dạng "VII-5:1" (nhiệm vụ VII-5, chỉ tiêu thứ 1) hoặc mã nhiệm vụ dạng "VII-5"';
  if (!m) return { error: `Liên kết "${trimmed}" không hợp lệ: ${expected}` };
  const [, id, n] = m;
  if (n !== undefined) {
    if (word === 'nhiem vu' || word === 'nv' || Number(n) < 1) return { error: `Liên kết "${trimmed}" không hợp lệ: ${expected}` };
    return { link: { kind: 'indicator', ref: indicatorRef(id, Number(n)) } };
  }
  if (word === 'chi tieu' || word === 'ct') return { error: `Liên kết "${trimmed}" thiếu số thứ tự chỉ tiêu (ví dụ "${id}:1")` };
  return { link: { kind: 'task', ref: id } };
}

/**
 * The text of a link cell.
 * @example formatLink({ kind: 'indicator', ref: 'VII-5:1' }) → 'VII-5:1'
 */
export function formatLink(link: CriterionLink): string {
  return link.ref;
}

/**
 * The actual of each linked criterion, from the indicator and task values the caller reads from
 * the workbook (a task's value is usually true when done). Unlinked or unknown links are left out.
 * For instance `linkedActuals(criteria, (ref) => indicators.get(ref), (id) => doneTasks.has(id))`.
 */
export function linkedActuals(
  criteria: readonly Criterion[],
  indicator: (ref: string) => Actual | undefined,
  task: (id: string) => Actual | undefined,
): Map<string, Actual> {
  const out = new Map<string, Actual>();
  for (const c of criteria) {
    if (!c.link) continue;
    const value = c.link.kind === 'indicator' ? indicator(c.link.ref) : task(c.link.ref);
    if (value !== undefined) out.set(c.code, value);
  }
  return out;
}

// ---- suggestions ------------------------------------------------------------------------------

/** Words that say nothing about which rate a text is about. */
const STOP_WORDS = new Set(
  'cac cua va duoc trong tren theo cho voi nam so ty le dat thuc hien co la ve tai toi thieu bao dam dam 100 mot nhung da de khi tu den phai vao quy dinh muc do hoan thanh'.split(
    ' ',
  ),
);

function words(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of fold(text).split(/[^a-z0-9]+/)) if (w.length > 1 && !STOP_WORDS.has(w) && !/^\d+$/.test(w)) out.add(w);
  return out;
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return (2 * common) / (a.size + b.size);
}

/** How much less an indicator of another area counts. */
const OTHER_AREA_FACTOR = 0.5;
/** Below this a suggestion is noise. */
export const MIN_LINK_SCORE = 0.25;

export interface LinkSuggestion {
  readonly code: string;
  readonly link: CriterionLink;
  /** 0..1: word overlap of the criterion name with the indicator's metric and task, halved across areas. */
  readonly score: number;
  readonly metric: string;
  readonly taskTitle: string;
}

/** A rule read from a rate: bands in percent, or proportional. */
function isRateRule(rule: string | undefined): boolean {
  if (!rule) return false;
  const r = parseRule(rule);
  return r.kind === 'proportional' || (r.kind === 'bands' && r.unit === '%');
}

/**
 * For each leaf criterion with a rate rule, no link and not from the survey, the plan's percent indicator whose
 * metric and task wording best matches the criterion's name, preferring its own area.
 * For instance `suggestLinks(criteriaTemplate().criteria, plan)[0] → { code: '3.3.2', link: { kind: 'indicator', ref: 'III-3.1:1' }, score: 1 } for seed 000`.
 */
export function suggestLinks(criteria: readonly Criterion[], plan: Pick<Plan, 'tasks'>): LinkSuggestion[] {
  const indicators = plan.tasks.flatMap((t) =>
    t.targets
      .map((target, i) => ({ target, i }))
      .filter(({ target }) => target.unit === '%')
      .map(({ target, i }) => ({
        ref: indicatorRef(t.id, i + 1),
        area: t.area,
        metric: target.metric,
        taskTitle: t.title,
        words: words(`${target.metric} ${t.title}`),
      })),
  );
  const out: LinkSuggestion[] = [];
  for (const c of criteriaTree(criteria).leaves) {
    // Survey points come from the sociological survey, not from the plan's indicators.
    if (c.link || c.survey || !isRateRule(c.rule)) continue;
    const mine = words(c.name);
    let best: (typeof indicators)[number] | null = null;
    let bestScore = 0;
    for (const ind of indicators) {
      const s = dice(mine, ind.words) * (ind.area === c.area ? 1 : OTHER_AREA_FACTOR);
      if (s > bestScore) {
        best = ind;
        bestScore = s;
      }
    }
    if (best && bestScore >= MIN_LINK_SCORE) {
      out.push({
        code: c.code,
        link: { kind: 'indicator', ref: best.ref },
        score: Math.round(bestScore * 100) / 100,
        metric: best.metric,
        taskTitle: best.taskTitle,
      });
    }
  }
  return out;
}
