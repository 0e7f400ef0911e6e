/** The plan's year and title, read from the title rows above the header or the document text. */
import { fold } from '../text/fold';

/**
 * The plan year: "… NĂM 2024", "Kế hoạch … năm 2024", "năm 2019 và những năm tiếp theo".
 * Title lines are searched first, then the document; a year inside a document number or a date
 * ("Kế hoạch số 46/KH-UBND, ngày 27/02/2024") is not a plan year. A plan for a period with no
 * year of its own is tracked from the period's first year.
 * @example findPlanYear(['CÁC NHIỆM VỤ … CHỈ SỐ PAR INDEX NĂM 2024']) → 2024
 */
export function findPlanYear(...sources: ReadonlyArray<readonly string[]>): number | null {
  for (const lines of sources) {
    for (const line of lines) {
      // "…, ngày 25 tháng 12 năm 2023" is when the document was signed, not the plan's year.
      const text = fold(line).replace(/\bngay\s+\S{1,3}\s+thang\s+\S{1,3}\s+nam\s+\d{4}/g, ' ');
      const m = /\bnam (20\d{2}|19\d{2})\b/.exec(text);
      if (m) return Number(m[1]);
    }
  }
  // A plan for a period ("… GIAI ĐOẠN 2025 - 2030") is tracked from its first year.
  for (const lines of sources) {
    for (const line of lines) {
      const m = /\bgiai doan ((?:19|20)\d{2})\s*[-–]\s*(?:19|20)\d{2}\b/.exec(fold(line));
      if (m) return Number(m[1]);
    }
  }
  return null;
}

/** Lines that frame a title but are not it. */
const NOT_TITLE = [/^phu luc\b[\s\dIVX.:-]*$/i, /^\(?kem theo\b/, /^so:/, /^stt\b/];

/**
 * The plan title: the title rows above the header, without "PHỤ LỤC" and the "(Kèm theo …)" line.
 * @example findPlanTitle(['PHỤ LỤC', 'CÁC NHIỆM VỤ, GIẢI PHÁP …', '(Kèm theo Kế hoạch số …)']) → 'CÁC NHIỆM VỤ, GIẢI PHÁP …'
 */
export function findPlanTitle(titleLines: readonly string[]): string {
  const lines = titleLines.map((l) => l.trim()).filter((l) => l && !NOT_TITLE.some((re) => re.test(fold(l))));
  // Keep the lines after the last "PHỤ LỤC" heading when there is one: what precedes is other matter.
  const lastAppendix = titleLines.map((l) => fold(l.trim())).reduce((acc, l, i) => (/^phu luc\b/.test(l) ? i : acc), -1);
  const fromAppendix = lastAppendix >= 0 ? titleLines.slice(lastAppendix + 1).map((l) => l.trim()).filter((l) => l && !NOT_TITLE.some((re) => re.test(fold(l)))) : lines;
  return (fromAppendix.length > 0 ? fromAppendix : lines).slice(0, 3).join(' ').replace(/\s+/g, ' ');
}
