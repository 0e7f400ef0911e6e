/**
 * How plans head and name the rows of their component-index target table, folded (no
 * diacritics, lowercase, punctuation as spaces). Data, next to the reader in areaTargets.ts.
 */

export type AreaTargetField = 'code' | 'name' | 'index' | 'rank' | 'owner';

/** Header words naming a column; the longest phrase found in a cell wins. */
export const AREA_TARGET_FIELD_PHRASES: ReadonlyArray<readonly [string, AreaTargetField]> = [
  ['stt', 'code'],
  ['tt', 'code'],
  ['chi so thanh phan', 'name'],
  ['cac chi so thanh phan', 'name'],
  ['ten chi so', 'name'],
  ['linh vuc', 'name'],
  ['linh vuc danh gia', 'name'],
  ['linh vuc chi so thanh phan', 'name'],
  ['noi dung', 'name'],
  ['chi so', 'index'],
  ['gia tri chi so', 'index'],
  ['gia tri', 'index'],
  ['ket qua', 'index'],
  ['diem', 'index'],
  ['ty le', 'index'],
  ['xep hang', 'rank'],
  ['thu hang', 'rank'],
  ['vi tri xep hang', 'rank'],
  ['thu bac', 'rank'],
  ['hang', 'rank'],
  ['co quan chu tri', 'owner'],
  ['co quan tham muu', 'owner'],
  ['co quan chu tri tham muu', 'owner'],
  ['co quan chu tri theo doi', 'owner'],
  ['don vi chu tri', 'owner'],
  ['don vi tham muu', 'owner'],
  ['co quan phu trach', 'owner'],
  ['don vi phu trach', 'owner'],
  ['co quan chiu trach nhiem', 'owner'],
  ['chu tri', 'owner'],
  ['tham muu', 'owner'],
  // "Đơn vị thực hiện/theo dõi", "Cơ quan theo dõi", "Cơ quan được giao", "Đơn vị đầu mối".
  ['theo doi', 'owner'],
  ['co quan theo doi', 'owner'],
  ['don vi theo doi', 'owner'],
  ['don vi thuc hien', 'owner'],
  ['co quan thuc hien', 'owner'],
  ['don vi thuc hien theo doi', 'owner'],
  ['co quan duoc giao', 'owner'],
  ['don vi duoc giao', 'owner'],
  ['co quan dau moi', 'owner'],
  ['don vi dau moi', 'owner'],
  ['phu trach', 'owner'],
  ['chiu trach nhiem', 'owner'],
];

/**
 * Words that put a column under this year's target ("Mục tiêu 2024", "Phấn đấu năm 2024"). Kept
 * narrow: an appendix header such as "Tiến độ theo kế hoạch" must not read as a target group.
 */
export const TARGET_GROUP_WORDS: readonly string[] = ['muc tieu', 'phan dau', 'chi tieu nam', 'ke hoach nam', 'du kien nam'];
/** Words that put a column under last year's result. */
export const LAST_GROUP_WORDS: readonly string[] = ['nam truoc', 'nam lien ke', 'ket qua nam', 'da dat'];

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
