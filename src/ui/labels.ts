/**
 * Domain words in the pane's language, taken from where the domain keeps them — area names from
 * core/areas, deadline states from core/status, task states from the workbook's Trạng thái
 * dropdown — so the pane never spells them differently from the sheet.
 */
import type { AreaKey } from '../core/areas/areaKeys';
import { AREA_NAMES } from '../core/areas/areaPhrases';
import { DUE_STATE_LABELS, DUE_STATES, type DueState } from '../core/status/dueState';
import { dueFlag, TASK_STATES } from '../workbook/dueStatus';
import type { Lang } from './i18n';

export { DUE_STATES, type DueState };

export function dueLabel(state: DueState, lang: Lang): string {
  return DUE_STATE_LABELS[state][lang];
}

/** A Trạng thái value (as in the sheet, Vietnamese) in the pane's language; unknown text as is. */
export function taskStateLabel(vi: string, lang: Lang): string {
  if (lang === 'vi') return vi;
  return TASK_STATES.find((s) => s.vi === vi)?.en ?? vi;
}

/** The area's name; `fallback` (the sheet's own label) when the key is unknown. */
export function areaLabel(key: AreaKey | null, fallback: string, lang: Lang): string {
  return key ? AREA_NAMES[key][lang] : fallback;
}

/** The sheet's colours for a deadline state (Cảnh báo column), as CSS colours; '' = none. */
export function flagColours(state: DueState): { background: string; color: string } {
  const f = dueFlag(state);
  return { background: f.fill ? `#${f.fill}` : '', color: f.fontColor ? `#${f.fontColor}` : '' };
}
