/**
 * The words plans use around a numeric target, as data. Each phrase is written once, in
 * Vietnamese with its diacritics; the reader folds them (`fold`) so "Phấn đấu", "Phần đầu" and
 * "Phân đầu" — spelling slips seen in real plans — all match the same way.
 */
import type { TargetOp } from '../plan/schema';

/** What a word right before the number says about it. */
export interface OperatorWord {
  phrase: string;
  /** The comparison it sets; absent for words that only introduce the number. */
  op?: TargetOp;
  direction?: 'increase' | 'decrease';
  /** True when the word alone makes a bare number a target ("đạt 85", but not "từ 3"). */
  marks: boolean;
}

/**
 * Words read backwards from a number, as long as they follow each other ("phải đạt tối thiểu
 * từ 70%"). The comparison nearest the number wins. A plan's rate target is a floor, so a number
 * with no comparison word is read as "≥".
 */
export const OPERATOR_WORDS: readonly OperatorWord[] = [
  { phrase: 'không vượt quá', op: '<=', marks: true },
  { phrase: 'không quá', op: '<=', marks: true },
  { phrase: 'tối đa', op: '<=', marks: true },
  { phrase: 'không dưới', op: '>=', marks: true },
  { phrase: 'không ít hơn', op: '>=', marks: true },
  { phrase: 'tối thiểu', op: '>=', marks: true },
  { phrase: 'ít nhất', op: '>=', marks: true },
  { phrase: 'cao hơn', op: '>', marks: true },
  { phrase: 'nhiều hơn', op: '>', marks: true },
  { phrase: 'hơn', op: '>', marks: true },
  { phrase: 'vượt quá', op: '>', marks: true },
  { phrase: 'vượt', op: '>', marks: true },
  { phrase: 'trên', op: '>', marks: true },
  { phrase: 'thấp hơn', op: '<', marks: true },
  { phrase: 'ít hơn', op: '<', marks: true },
  { phrase: 'dưới', op: '<', marks: true },
  // Symbols typed into a cell ("tỷ lệ ≥ 90%") read like the words.
  { phrase: '>=', op: '>=', marks: true },
  { phrase: '≥', op: '>=', marks: true },
  { phrase: '<=', op: '<=', marks: true },
  { phrase: '≤', op: '<=', marks: true },
  { phrase: '>', op: '>', marks: true },
  { phrase: '<', op: '<', marks: true },
  { phrase: 'giảm', direction: 'decrease', marks: true },
  { phrase: 'tăng', direction: 'increase', marks: true },
  // "đạt tỷ lệ 90%": the words belong to the operator, not to the metric.
  { phrase: 'đạt tỷ lệ', marks: true },
  { phrase: 'đạt tỉ lệ', marks: true },
  { phrase: 'đạt', marks: true },
  // Only introduce the number: "từ X" needs "trở lên" to be a floor; "bình quân", "phải" qualify it.
  { phrase: 'từ', marks: false },
  { phrase: 'bình quân', marks: false },
  { phrase: 'phải', marks: false },
];

/** Words after the number (or after the things it counts) that set the comparison. */
export const SUFFIX_WORDS: ReadonlyArray<{ phrase: string; op: TargetOp }> = [
  { phrase: 'trở lên', op: '>=' },
  { phrase: 'trở xuống', op: '<=' },
];

/** Unit words that make a number a measure other than a count ("85 điểm", "05 ngày làm việc"). */
export const MEASURE_UNITS: readonly string[] = [
  'điểm',
  'ngày làm việc',
  'ngày',
  'giờ',
  'phút',
  'tuần',
  'tháng',
  'năm',
  'tuổi',
  'triệu đồng',
  'tỷ đồng',
  'nghìn đồng',
  'đồng',
];

/**
 * Words right before a number that make it a reference, not a target: document numbers
 * ("Nghị định số 167/2017"), dates ("ngày 10", "năm 2024"), articles ("Điều 23", "khoản 2"),
 * levels ("mức độ 3") and standards ("ISO 9001"). Not checked for percentages, which are always
 * measures.
 */
export const REFERENCE_WORDS: readonly string[] = [
  'số',
  'ngày',
  'tháng',
  'năm',
  'quý',
  'quí',
  'điều',
  'khoản',
  'điểm',
  'mục',
  'chương',
  'phụ lục',
  'giai đoạn',
  'mức độ',
  'khóa',
  'thứ',
  'đợt',
  'ISO',
  'TCVN',
  'phiên bản',
];

/**
 * Words that, right after a number, end the target rather than name what it counts:
 * "đạt 70% và tỷ lệ …", "giảm 3% so với năm 2021", "đạt 100% trong năm".
 */
export const CLOSING_WORDS: readonly string[] = [
  'và',
  'hoặc',
  'hay',
  'so với',
  'trở lên',
  'trở xuống',
  'trong',
  'theo',
  'trước',
  'sau',
  'vào',
  'khi',
  'để',
  'nhằm',
];

/** Where a metric starts inside a longer phrase: "Năm 2024, phấn đấu tỷ lệ giải ngân …". */
export const METRIC_ANCHORS: readonly string[] = ['tỷ lệ', 'tỉ lệ'];

/** "so với năm 2021": the baseline of an increase or decrease; `####` stands for the year. */
export const BASELINE_PHRASES: readonly string[] = ['so với năm ####', 'so với ####'];

/**
 * Words that open a target sentence without naming what is measured; trimmed from the start of
 * a metric. `####` stands for a year ("Trong năm 2024 có ít nhất 01 …").
 */
export const LEADING_FILLERS: readonly string[] = [
  'bảo đảm',
  'đảm bảo',
  'phấn đấu',
  'đồng thời',
  'trong đó',
  'trong năm ####',
  'năm ####',
  'cần',
  'phải',
  'có',
  'và',
  'hoặc',
];

/**
 * Words left dangling at the end of a metric, before the comparison: "tỷ lệ giải ngân vốn đầu
 * tư công của đạt …", "tập huấn đảm bảo 100% …".
 */
export const TRAILING_FILLERS: readonly string[] = ['của', 'phải', 'là', 'đều', 'và', 'hoặc', 'thì', 'cần', 'sẽ', 'đã', 'bảo đảm', 'đảm bảo'];

/**
 * Also dangling where the things one target counts end and the next metric starts:
 * "100% các sở, ngành … có | tỷ lệ xử lý văn bản … đạt từ 80%". Kept before a number
 * ("Mỗi cơ quan … có ít nhất 01 sáng kiến").
 */
export const COUNTED_TRAILING_FILLERS: readonly string[] = ['có'];

/** Joiners between two targets of one sentence, where the second one's metric starts. */
export const TARGET_SEPARATORS: readonly string[] = [',', 'và', 'hoặc'];

/** A verb near a baseline that gives the direction when none sits right before the number. */
export const DIRECTION_VERBS: ReadonlyArray<{ phrase: string; direction: 'increase' | 'decrease' }> = [
  { phrase: 'giảm', direction: 'decrease' },
  { phrase: 'tăng', direction: 'increase' },
];

/** Not a direction: "tăng cường" (strengthen). */
export const NOT_DIRECTION: readonly string[] = ['tăng cường'];
