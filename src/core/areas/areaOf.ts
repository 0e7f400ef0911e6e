/** Which area of the index a section title or a task belongs to, by meaning. */
import { fold } from '../text/fold';
import { firstKey, phraseTable } from '../text/phrases';
import type { AreaKey } from './areaKeys';
import { AREA_HINT_PHRASES, AREA_NAME_PHRASES } from './areaPhrases';

/** Spelling slips seen in real section titles ("CÁI CÁCH", "CAI CÁCH" for "CẢI CÁCH") fold alike; "CB,CC,VC" reads as "cb, cc, vc". */
function foldTitle(text: string): string {
  return fold(text).replace(/\s*,\s*/g, ', ');
}

const NAMES = phraseTable(AREA_NAME_PHRASES, foldTitle);
const HINTS = phraseTable(AREA_HINT_PHRASES, foldTitle);

/**
 * The area a section or group title names outright, or null when it names none.
 * @example areaOfTitle('VII HIỆN ĐẠI HÓA HÀNH CHÍNH') → 'digital-government'
 * @example areaOfTitle('NHIỆM VỤ TRỌNG TÂM') → null
 */
export function areaOfTitle(text: string): AreaKey | null {
  return firstKey(NAMES, foldTitle(text));
}

/**
 * The area a task's own text suggests: an area named outright, else the strongest hint.
 * @example areaOfTaskText('Thực hiện các nội dung thuộc lĩnh vực cải cách tài chính công') → 'public-finance'
 * @example areaOfTaskText('Triển khai các nhiệm vụ từ Chương trình tổng thể cải cách hành chính') → null
 */
export function areaOfTaskText(text: string): AreaKey | null {
  const folded = foldTitle(text);
  return firstKey(NAMES, folded) ?? firstKey(HINTS, folded);
}

/** AREA(text): the area of any text, 'other' when nothing matches. */
export function areaOf(text: string): AreaKey {
  return areaOfTaskText(text) ?? 'other';
}
