/**
 * The review step of a re-import (design.md §7.1): before anything is written, the official sees
 * what the revised plan changes in the tracker — tasks added, changed (field: old → new),
 * matched under another number (with why), and no longer in the plan (kept, greyed) — and can
 * refuse a match that is wrong. A refused match re-previews: the old task is kept as dropped and
 * the plan's task comes in as new.
 */
import type { MergePreview, MergeTaskChange } from '../../workbook/host';
import { append, h, uid } from '../dom';
import type { MessageKey, Translate } from '../i18n';

const KINDS = ['rematched', 'changed', 'added', 'dropped'] as const;

export interface MergeReviewProps {
  readonly merge: MergePreview;
  /** Old IDs whose match the official refused so far. */
  readonly refused: ReadonlySet<string>;
  readonly t: Translate;
  readonly busy: boolean;
  /** The official accepts (true) or refuses (false) the match of an old task ID. */
  readonly onMatch: (oldId: string, accept: boolean) => void;
}

/** A match the official may refuse: by meaning under another number, or the same number with a new title. */
const refusable = (c: MergeTaskChange): boolean => c.kind === 'rematched' || (c.kind === 'changed' && c.fields.some((f) => f.field === 'title'));

function changeItem(c: MergeTaskChange, p: MergeReviewProps): HTMLElement {
  const { t } = p;
  const head = h(
    'div',
    { className: 'par-merge-head' },
    h('span', { className: 'par-merge-id', text: c.kind === 'rematched' ? `${c.oldId} → ${c.id}` : c.id }),
    h('span', { text: c.title }),
  );
  const item = h(
    'li',
    { className: `par-merge-item par-merge-${c.kind}`, testid: 'merge-change', attrs: { 'data-kind': c.kind, 'data-id': c.id, 'data-old-id': c.oldId } },
    head,
  );
  if (c.evidence) item.appendChild(h('div', { className: 'par-hint', testid: 'merge-evidence', text: c.evidence }));
  if (c.fields.length > 0) {
    const fields = h('ul', { className: 'par-merge-fields' });
    for (const f of c.fields) {
      append(
        fields,
        h('li', {}, h('span', { className: 'par-muted', text: `${f.label}: ` }), h('del', { text: f.old || '∅' }), ' → ', h('ins', { text: f.new || '∅' })),
      );
    }
    item.appendChild(fields);
  }
  if (c.kind === 'dropped') item.appendChild(h('div', { className: 'par-hint', text: t(c.hasEntries ? 'merge.droppedKept' : 'merge.droppedEmpty') }));
  if (refusable(c)) {
    const box = h('input', { testid: 'merge-accept', attrs: { type: 'checkbox', id: uid('match'), 'data-old-id': c.oldId } });
    box.checked = !p.refused.has(c.oldId);
    box.disabled = p.busy;
    box.addEventListener('change', () => p.onMatch(c.oldId, box.checked));
    item.appendChild(h('label', { className: 'par-check', attrs: { for: box.id } }, box, h('span', { text: t('merge.accept') })));
  }
  return item;
}

/** Refused matches show as the dropped and added tasks they become; a refused old ID is listed to take back. */
function refusedList(p: MergeReviewProps): HTMLElement | null {
  if (p.refused.size === 0) return null;
  const list = h('ul', { className: 'par-merge-list', testid: 'merge-refused' });
  for (const oldId of p.refused) {
    const box = h('input', { testid: 'merge-accept', attrs: { type: 'checkbox', id: uid('match'), 'data-old-id': oldId } });
    box.checked = false;
    box.disabled = p.busy;
    box.addEventListener('change', () => p.onMatch(oldId, box.checked));
    list.appendChild(
      h('li', {}, h('label', { className: 'par-check', attrs: { for: box.id } }, box, h('span', { text: p.t('merge.refused', { id: oldId }) }))),
    );
  }
  return list;
}

export function mergeReview(p: MergeReviewProps): HTMLElement {
  const { t, merge } = p;
  const wrap = h('div', { className: 'par-merge', testid: 'merge-review' }, h('h3', { text: t('merge.title') }));
  const counts = h('ul', { className: 'par-counts', testid: 'merge-counts' });
  for (const k of ['unchanged', ...KINDS] as const) {
    append(
      counts,
      h(
        'li',
        { className: 'par-count' },
        h('span', { className: 'par-count-value', testid: `merge-count-${k}`, text: String(merge.counts[k]) }),
        h('span', { className: 'par-count-label', text: t(`merge.count.${k}` as MessageKey) }),
      ),
    );
  }
  wrap.appendChild(counts);
  if (merge.changes.length === 0) wrap.appendChild(h('p', { className: 'par-muted', testid: 'merge-nothing', text: t('merge.nothing') }));
  for (const kind of KINDS) {
    const items = merge.changes.filter((c) => c.kind === kind);
    if (items.length === 0) continue;
    wrap.appendChild(h('h4', { text: `${t(`merge.kind.${kind}` as MessageKey)} (${items.length})` }));
    const list = h('ul', { className: 'par-merge-list' });
    for (const c of items) list.appendChild(changeItem(c, p));
    wrap.appendChild(list);
  }
  const refused = refusedList(p);
  if (refused) wrap.appendChild(refused);
  if (merge.ownColumns.length > 0)
    wrap.appendChild(h('p', { className: 'par-hint', testid: 'merge-own-columns', text: t('merge.ownColumns', { columns: merge.ownColumns.join(', ') }) }));
  wrap.appendChild(h('p', { className: 'par-hint', text: t('merge.logged') }));
  return wrap;
}
