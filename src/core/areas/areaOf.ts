/** Which area of the index a section title or a task belongs to, by meaning. */
import { fold } from '../text/fold';
import type { AreaKey } from './areaKeys';
import { AREA_HINT_PHRASES, AREA_NAME_PHRASES } from './areaPhrases';

function firstMatch(folded: string, table: typeof AREA_NAME_PHRASES): AreaKey | null {
  for (const [area, phrases] of table) {
    if (phrases.some((p) => folded.includes(p))) return area;
  }
  return null;
}

/** Spelling slips seen in real section titles ("CÁI CÁCH", "CAI CÁCH" for "CẢI CÁCH") fold alike. */
function foldTitle(text: string): string {
  return fold(text).replace(/\s*,\s*/g, ', ');
}

/**
 * The area a section or group title names outright, or null when it names none.
 * @example areaOfTitle('VII HIỆN ĐẠI HÓA HÀNH CHÍNH') === 'digital-government'
 * @example areaOfTitle('NHIỆM VỤ TRỌNG TÂM') === null
 */
export function areaOfTitle(text: string): AreaKey | null {
  return firstMatch(foldTitle(text), AREA_NAME_PHRASES);
}

/**
 * The area a task's own text suggests: an area named outright, else the strongest hint.
 * @example areaOfTaskText('Thực hiện các nội dung thuộc lĩnh vực cải cách tài chính công') === 'public-finance'
 */
export function areaOfTaskText(text: string): AreaKey | null {
  const folded = foldTitle(text);
  return firstMatch(folded, AREA_NAME_PHRASES) ?? firstMatch(folded, AREA_HINT_PHRASES);
}

/** AREA(text): the area of any text, 'other' when nothing matches. */
export function areaOf(text: string): AreaKey {
  return areaOfTaskText(text) ?? 'other';
}
