/**
 * How plans head and name the rows of their component-index target table. Data, next to the
 * reader in areaTargets.ts. The header tables are written as plans write them (with diacritics)
 * and folded once by the phrase engine (src/core/text/phrases.ts, with `headerWords`, years
 * kept). TOTAL_ROW_PHRASES stays folded (no diacritics, lowercase, punctuation as spaces): the
 * reader puts it into a pattern as written, against folded row names.
 */

export type AreaTargetField = 'code' | 'name' | 'index' | 'rank' | 'owner';

/** Header words naming a column; the longest phrase found in a cell wins. */
export const AREA_TARGET_FIELD_PHRASES: ReadonlyArray<readonly [string, AreaTargetField]> = [
  ['STT', 'code'],
  ['TT', 'code'],
  ['chỉ số thành phần', 'name'],
  ['các chỉ số thành phần', 'name'],
  ['tên chỉ số', 'name'],
  ['lĩnh vực', 'name'],
  ['lĩnh vực đánh giá', 'name'],
  ['lĩnh vực chỉ số thành phần', 'name'],
  ['nội dung', 'name'],
  ['chỉ số', 'index'],
  ['giá trị chỉ số', 'index'],
  ['giá trị', 'index'],
  ['kết quả', 'index'],
  ['điểm', 'index'],
  ['tỷ lệ', 'index'],
  ['xếp hạng', 'rank'],
  ['thứ hạng', 'rank'],
  ['vị trí xếp hạng', 'rank'],
  ['thứ bậc', 'rank'],
  ['hạng', 'rank'],
  ['cơ quan chủ trì', 'owner'],
  ['cơ quan tham mưu', 'owner'],
  ['cơ quan chủ trì tham mưu', 'owner'],
  ['cơ quan chủ trì theo dõi', 'owner'],
  ['đơn vị chủ trì', 'owner'],
  ['đơn vị tham mưu', 'owner'],
  ['cơ quan phụ trách', 'owner'],
  ['đơn vị phụ trách', 'owner'],
  ['cơ quan chịu trách nhiệm', 'owner'],
  ['chủ trì', 'owner'],
  ['tham mưu', 'owner'],
  // "Đơn vị thực hiện/theo dõi", "Cơ quan theo dõi", "Cơ quan được giao", "Đơn vị đầu mối".
  ['theo dõi', 'owner'],
  ['cơ quan theo dõi', 'owner'],
  ['đơn vị theo dõi', 'owner'],
  ['đơn vị thực hiện', 'owner'],
  ['cơ quan thực hiện', 'owner'],
  ['đơn vị thực hiện theo dõi', 'owner'],
  ['cơ quan được giao', 'owner'],
  ['đơn vị được giao', 'owner'],
  ['cơ quan đầu mối', 'owner'],
  ['đơn vị đầu mối', 'owner'],
  ['phụ trách', 'owner'],
  ['chịu trách nhiệm', 'owner'],
];

/**
 * Words that put a column under this year's target ("Mục tiêu 2024", "Phấn đấu năm 2024"). Kept
 * narrow: an appendix header such as "Tiến độ theo kế hoạch" must not read as a target group.
 */
export const TARGET_GROUP_WORDS: readonly string[] = ['mục tiêu', 'phấn đấu', 'chỉ tiêu năm', 'kế hoạch năm', 'dự kiến năm'];
/** Words that put a column under last year's result. */
export const LAST_GROUP_WORDS: readonly string[] = ['năm trước', 'năm liền kề', 'kết quả năm', 'đã đạt'];

/** Names of the total row (the PAR INDEX as a whole); areas and SIPAS are read by areaOfTitle. */
export const TOTAL_ROW_PHRASES: readonly string[] = [
  'tong',
  'tong cong',
  'tong diem',
  'tong chi so',
  'chi so chung',
  'chi so cchc',
  'chi so cai cach hanh chinh',
  'chi so tong hop',
  'par index',
  'ket qua chung',
];

/**
 * Lines a page break leaves between two parts of the table, folded: a page number ("2", "- 2 -",
 * "2/5", "Trang 2", "Trang 2/5"), or the part's title repeated ("(tiếp theo)", "Phụ lục II (tiếp)").
 */
export const PAGE_MARK_RES: readonly RegExp[] = [/^(?:trang\s*)?\d{1,3}(?:\s*\/\s*\d{1,3})?$/, /(?:^|\s)tiep(?: theo)?$/];
