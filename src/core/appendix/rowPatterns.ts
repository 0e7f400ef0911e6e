/** Recognising what a row's STT cell and text say: section numerals, task numbers, noise. */

const ROMAN = '(?:XX|XIX|XVIII|XVII|XVI|XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)';
/** "III", "III.", "IV -", "Phần II", with the title maybe following in the same cell. */
const SECTION_CODE = new RegExp(`^(?:PH[AẦ]N\\s+)?(${ROMAN})(?:\\s*[.:)\\-–]\\s*|\\s+|$)(.*)$`, 'u');
/** "1", "1.", "2.3.1", "1.1.", "4.1 " */
const TASK_NUMBER = /^(\d{1,3}(?:\.\d{1,3})*)\.?$/;
/** "a)", "b.", "đ)" sub-items */
const LETTER_ITEM = /^([a-zđ])[.)]$/;
const BULLET = /^[-+*•–]$/;

export interface SectionCode {
  code: string;
  title: string;
}

/**
 * Reads a section numeral, with any title in the same cell ("I CÔNG TÁC CHỈ ĐẠO…").
 * The title part, when present, must start with an upper-case letter, so a task text that merely
 * begins with the letter "I" is not taken for a section.
 * @example readSectionCode('III CẢI CÁCH THỦ TỤC HÀNH CHÍNH') → { code: 'III', title: 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH' }
 */
export function readSectionCode(cell: string): SectionCode | null {
  const m = SECTION_CODE.exec(cell.trim());
  if (!m) return null;
  const title = m[2].trim();
  if (title && !/^\p{Lu}/u.test(title)) return null;
  return { code: m[1], title };
}

/** The task number of an STT cell without its trailing dot, or null. */
export function readTaskNumber(cell: string): string | null {
  const t = cell.trim();
  const m = TASK_NUMBER.exec(t) ?? LETTER_ITEM.exec(t);
  return m ? m[1] : null;
}

export function isBulletCode(cell: string): boolean {
  return BULLET.test(cell.trim());
}

/** Mostly upper-case letters: a heading typed in capitals. */
export function isUpperCaseHeading(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 6) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length >= 0.8;
}

/** Starts like the middle of a sentence: a lower-case letter or trailing punctuation. */
export function startsMidSentence(text: string): boolean {
  return /^[\p{Ll},;:)\].]/u.test(text.trim());
}

/** A cell that is not a task: a page number, "1/", "- 3 -", a lone symbol. */
export function isNoiseText(text: string): boolean {
  const t = text.trim();
  if (!t) return false;
  if (/^[-–(]?\s*\d{1,4}\s*[/)–-]?\s*(?:\d{1,4})?$/.test(t)) return true;
  if (/^(trang|page)\s*\d+/i.test(t)) return true;
  return t.replace(/[^\p{L}]/gu, '').length === 0 && t.length <= 12;
}

/** "1 | 2 | 3 | 4 …" or "(1) | (2) …": the column-number row under a header. */
export function isColumnNumberRow(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  if (filled.length < 3) return false;
  const nums = filled.map((c) => /^\(?(\d{1,2})\)?$/.exec(c)).map((m) => (m ? Number(m[1]) : NaN));
  if (nums.some((n) => Number.isNaN(n))) return false;
  // 1..n in any order: columns may have been reordered after the numbers were typed.
  const sorted = [...nums].sort((a, b) => a - b);
  return sorted.every((n, i) => i === 0 || n === sorted[i - 1] + 1);
}
