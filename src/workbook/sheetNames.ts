/** The names of the tracker's sheets and of its defined names. */

export const TASK_SHEET = 'Nhiệm vụ';
export const INDICATOR_SHEET = 'Chỉ tiêu';
export const LOG_SHEET = 'Nhật ký';
export const CRITERIA_SHEET = 'Bộ tiêu chí';
export const DASHBOARD_SHEET = 'Tổng hợp';
export const SETTINGS_SHEET = 'Cài đặt';
export const REPORT_SHEET = 'Báo cáo';
export const REMIND_SHEET = 'Đôn đốc';
export const SOURCE_SHEET_PREFIX = 'Nguồn - ';

/** Defined names: ASCII, because Google Sheets named ranges allow nothing else. */
export const AS_OF_NAME = 'NgayDanhGia';
export const SOON_DAYS_NAME = 'SoNgaySapDenHan';

/**
 * Whether two sheet names name the same sheet: Excel (and Google Sheets) compare them without
 * regard to case, so an official's "Tổng Hợp" is the sheet a tracker would call "Tổng hợp".
 * @example sameSheetName('Tổng Hợp', 'Tổng hợp') === true
 */
export function sameSheetName(a: string, b: string): boolean {
  return a.normalize('NFC').toLocaleLowerCase('vi') === b.normalize('NFC').toLocaleLowerCase('vi');
}

/** The name under which a workbook holds `name` ("Tổng Hợp" for "Tổng hợp"), or undefined. */
export function findSheetName(names: readonly string[], name: string): string | undefined {
  return names.find((n) => sameSheetName(n, name));
}

/** Excel's limit on a sheet name's length. */
export const MAX_SHEET_NAME = 31;

/**
 * A valid sheet name for the copy of a source table: the prefix, then the source's name with the
 * characters Excel forbids ([]:*?/\) replaced by spaces, without leading or trailing apostrophes,
 * cut to 31 characters.
 * @example sourceSheetName('Phụ lục 1') === 'Nguồn - Phụ lục 1'
 * @example sourceSheetName('KH/2024: [PL]') === 'Nguồn - KH 2024 PL'
 */
export function sourceSheetName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const full = cleaned === '' ? SOURCE_SHEET_PREFIX.replace(/ - $/, '') : SOURCE_SHEET_PREFIX + cleaned;
  // Cut by code points so a surrogate pair is never split; then Excel's no-apostrophe-at-the-end rule.
  return Array.from(full).slice(0, MAX_SHEET_NAME).join('').replace(/'+$/, '').trimEnd();
}
