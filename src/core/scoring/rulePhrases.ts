/**
 * The words of scoring rules, folded (no diacritics, lowercase), as the official index documents
 * write them. Data, not logic: a province that writes its rules differently adds a phrase here.
 */

/** Words before a number that open a band from below or close it from above. */
export type BoundWord = 'from' | 'above' | 'below' | 'upTo' | 'exact';

/**
 * Comparison words written just before a number, longest first where one ends another
 * ("đến dưới" before "dưới"; ">=" before "=").
 */
export const BOUND_WORDS: ReadonlyArray<readonly [string, BoundWord]> = [
  ['den duoi', 'below'],
  ['khong vuot qua', 'upTo'],
  ['khong qua', 'upTo'],
  ['khong duoi', 'from'],
  ['lon hon hoac bang', 'from'],
  ['nho hon hoac bang', 'upTo'],
  ['lon hon', 'above'],
  ['cao hon', 'above'],
  ['nho hon', 'below'],
  ['thap hon', 'below'],
  ['it nhat', 'from'],
  ['toi thieu', 'from'],
  ['toi da', 'upTo'],
  ['tren', 'above'],
  ['duoi', 'below'],
  ['tu', 'from'],
  ['den', 'upTo'],
  ['toi', 'upTo'],
  ['bang', 'exact'],
  ['>=', 'from'],
  ['=>', 'from'],
  ['≥', 'from'],
  ['⩾', 'from'],
  ['<=', 'upTo'],
  ['=<', 'upTo'],
  ['≤', 'upTo'],
  ['⩽', 'upTo'],
  ['>', 'above'],
  ['<', 'below'],
  ['=', 'exact'],
  // A dash between two numbers ("70% - 90%") closes the range, both ends included.
  ['-', 'upTo'],
  ['–', 'upTo'],
  ['—', 'upTo'],
];

/** Words after a number that make it an open-ended bound ("từ 90% trở lên"). */
export const SUFFIX_WORDS: ReadonlyArray<readonly [string, 'from' | 'upTo']> = [
  ['tro len', 'from'],
  ['tro xuong', 'upTo'],
];

/**
 * The proportional rule: "Tỷ lệ × điểm tối đa" and its spellings, matched on the folded text
 * with spaces, brackets and a leading "Điểm =" removed.
 */
export const PROPORTIONAL_FORMS: readonly RegExp[] = [
  /^(?:(?:so)?diem(?:datduoc)?=)?tyle(?:%|phantram)?(?:dat(?:duoc)?)?[x×*](?:so)?diemtoida$/,
  /^(?:(?:so)?diem(?:datduoc)?=)?(?:so)?diemtoida[x×*]tyle(?:%|phantram)?(?:dat(?:duoc)?)?$/,
];

/** A two-level rule is yes/no when its labels are one of these pairs (yes first), folded. */
export const YES_NO_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['co', 'khong'],
  ['co', 'khong co'],
  ['dat', 'khong dat'],
  ['dat', 'chua dat'],
];

/** Negations that turn a yes label into its no label: "Hoàn thành" / "Không hoàn thành". */
export const NEGATIONS: readonly string[] = ['khong', 'chua'];

/** Actual values read as yes / no for a yes/no rule, besides the rule's own labels (folded). */
export const YES_ACTUALS: readonly string[] = ['co', 'dat', 'x', 'true', 'yes', '1', 'hoan thanh', 'da thuc hien'];
export const NO_ACTUALS: readonly string[] = ['khong', 'khong co', 'khong dat', 'chua dat', 'false', 'no', '0', 'chua', 'chua thuc hien', 'chua hoan thanh'];

/** Words after the points of a level ("2 điểm", "0,5đ"), dropped. */
export const POINT_WORDS: readonly string[] = ['diem', 'd'];

/** Marks between a level's condition and its points. */
export const POINT_SEPARATORS: readonly string[] = [':', '→', '⇒', '=>', '->'];
