/** The plan's year and title, read from the title rows above the header or the document text. */
import { fold } from '../text/fold';
import { firstKey, phraseTable } from '../text/phrases';
import { REMEDY_PHRASES } from './narrativePhrases';

/**
 * When a document was signed: "…, ngày 25 tháng 12 năm 2023", with the day or the month left blank
 * in a draft ("ngày   tháng 01 năm 2024").
 */
const SIGNED_DATE = /\bngay\s*(?:\S{1,3}\s+)?thang\s*(?:\S{1,3}\s+)?nam\s+((?:19|20)\d{2})\b/g;
/** The same, for reading the year of one date line. */
const SIGNED_DATE_ONCE = new RegExp(SIGNED_DATE.source);

/**
 * The plan year: "… NĂM 2024", "Kế hoạch … năm 2024", "năm 2019 và những năm tiếp theo".
 * Title lines are searched first, then the document; a year inside a document number or a date
 * ("Kế hoạch số 46/KH-UBND, ngày 27/02/2024") is not a plan year. A plan for a period with no
 * year of its own is tracked from the period's first year; a plan naming no year at all, from the
 * year it was signed.
 * @example findPlanYear(['CÁC NHIỆM VỤ … CHỈ SỐ PAR INDEX NĂM 2024']) → 2024
 * @example findPlanYear(['Lộc Bình, ngày   tháng 01 năm 2024', 'Khắc phục … chỉ số CCHC năm 2023']) → 2023
 */
export function findPlanYear(...sources: ReadonlyArray<readonly string[]>): number | null {
  for (const lines of sources) {
    for (const line of lines) {
      // The date a document was signed is not the plan's year.
      const text = fold(line).replace(SIGNED_DATE, ' ');
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
  return signedYear(...sources);
}

/**
 * The year the document was signed, from its date line, or null.
 * @example signedYear(['Lộc Bình, ngày   tháng 01 năm 2024']) → 2024
 */
export function signedYear(...sources: ReadonlyArray<readonly string[]>): number | null {
  for (const lines of sources) {
    for (const line of lines) {
      const m = SIGNED_DATE_ONCE.exec(fold(line));
      if (m) return Number(m[1]);
    }
  }
  return null;
}

const REMEDY = phraseTable([['remedy', REMEDY_PHRASES]]);

/**
 * A plan that remedies last year's index ("Khắc phục các tiêu chí bị đánh giá thấp … năm 2023",
 * signed in 2024) is carried out, and tracked, in the year it was signed: the year it names is the
 * index it looks back on. Null for any other plan.
 * @example remedyYear(['Khắc phục các tiêu chí bị đánh giá thấp tại chỉ số CCHC năm 2023'], ['ngày 10 tháng 01 năm 2024']) → { assessed: 2023, year: 2024 }
 */
export function remedyYear(titleLines: readonly string[], contextLines: readonly string[] = []): { assessed: number; year: number } | null {
  const titled = titleLines.filter((l) => firstKey(REMEDY, fold(l)) !== null);
  if (titled.length === 0) return null;
  const assessed = findPlanYear(titled);
  const signed = signedYear(titleLines, contextLines);
  return assessed !== null && signed === assessed + 1 ? { assessed, year: signed } : null;
}

/**
 * The title a document gives under its "KẾ HOẠCH" heading (the line or two after it, before the
 * grounds "Căn cứ …"), or null.
 * @example titleUnderHeading(['Số: /KH-UBND', 'KẾ HOẠCH', 'Khắc phục các tiêu chí bị đánh giá thấp năm 2023', 'Căn cứ …']) → 'Khắc phục các tiêu chí bị đánh giá thấp năm 2023'
 */
export function titleUnderHeading(lines: readonly string[]): string | null {
  const at = lines.findIndex((l) =>
    /^(?:ke hoach|chuong trinh|de an)$/.test(
      fold(l)
        .replace(/[^a-z ]/g, '')
        .trim(),
    ),
  );
  if (at < 0) return null;
  const title: string[] = [];
  for (const line of lines.slice(at + 1, at + 3)) {
    if (line.length > 250 || /^(can cu|thuc hien|de\s)/.test(fold(line))) break;
    title.push(line.trim());
  }
  return title.length > 0 ? title.join(' ').replace(/\s+/g, ' ') : null;
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
  const fromAppendix =
    lastAppendix >= 0
      ? titleLines
          .slice(lastAppendix + 1)
          .map((l) => l.trim())
          .filter((l) => l && !NOT_TITLE.some((re) => re.test(fold(l))))
      : lines;
  return (fromAppendix.length > 0 ? fromAppendix : lines).slice(0, 3).join(' ').replace(/\s+/g, ' ');
}
