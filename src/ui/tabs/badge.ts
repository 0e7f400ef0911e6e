/** The deadline flag as a badge in the sheet's own Cảnh báo colours, always with its word. */
import { h } from '../dom';
import type { Lang } from '../i18n';
import { dueLabel, flagColours, type DueState } from '../labels';
import { DROPPED_FLAG } from '../../workbook/dueStatus';

export function flagBadge(flag: DueState, lang: Lang, testid: string): HTMLElement {
  const badge = h('span', { className: 'par-badge', testid, attrs: { 'data-flag': flag }, text: dueLabel(flag, lang) });
  const { background, color } = flagColours(flag);
  if (background) {
    // CSSOM, not a style attribute string: allowed under a strict Content-Security-Policy.
    badge.style.background = background;
    badge.style.borderColor = background;
  }
  if (color) badge.style.color = color;
  return badge;
}

/** The badge of a task the plan no longer has (kept by a re-import): in place of its deadline flag. */
export function droppedBadge(lang: Lang, testid: string): HTMLElement {
  const badge = h('span', { className: 'par-badge', testid, attrs: { 'data-flag': 'dropped' }, text: DROPPED_FLAG[lang] });
  badge.style.background = `#${DROPPED_FLAG.fill}`;
  badge.style.borderColor = `#${DROPPED_FLAG.fill}`;
  badge.style.color = `#${DROPPED_FLAG.fontColor}`;
  return badge;
}
