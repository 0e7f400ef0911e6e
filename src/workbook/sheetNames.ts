/** The names of the tracker's sheets and of its defined names. */

export const TASK_SHEET = 'Nhiệm vụ';
export const INDICATOR_SHEET = 'Chỉ tiêu';
export const LOG_SHEET = 'Nhật ký';
export const CRITERIA_SHEET = 'Bộ tiêu chí';
export const DASHBOARD_SHEET = 'Tổng hợp';
export const SETTINGS_SHEET = 'Cài đặt';
export const REPORT_SHEET = 'Báo cáo';
export const REMIND_SHEET = 'Đôn đốc';
export const ROLLUP_SHEET = 'Tổng hợp đơn vị';
export const ROLLUP_OVERDUE_SHEET = 'Quá hạn các đơn vị';
export const SOURCE_SHEET_PREFIX = 'Nguồn - ';

/** Defined names: ASCII, because Google Sheets named ranges allow nothing else. */
export const AS_OF_NAME = 'NgayDanhGia';
export const SOON_DAYS_NAME = 'SoNgaySapDenHan';

/**
 * Whether two sheet names name the same sheet: Excel (and Google Sheets) compare them without
 * regard to case, so an official's "Tổng Hợp" is the sheet a tracker would call "Tổng hợp".
 * @example sameSheetName('Tổng Hợp', 'Tổng hợp') → true
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
 * @example sourceSheetName('Phụ lục 1') → 'Nguồn - Phụ lục 1'
 * @example sourceSheetName('KH/2024: [PL]') → 'Nguồn - KH 2024 PL'
 */
export function sourceSheetName(name: string): string {
  const cleaned = cleanName(name);
  return fitSheetName(cleaned === '' ? SOURCE_SHEET_PREFIX.replace(/ - $/, '') : SOURCE_SHEET_PREFIX + cleaned);
}

/** A name without the characters Excel forbids in sheet names ([]:*?/\), spaces collapsed. */
const cleanName = (name: string): string =>
  name
    .normalize('NFC')
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Cut by code points so a surrogate pair is never split; then Excel's no-apostrophe-at-the-ends rule. */
const fitSheetName = (name: string): string =>
  Array.from(name)
    .slice(0, MAX_SHEET_NAME)
    .join('')
    .replace(/^'+|'+$/g, '')
    .trim();

const TRACKER_SHEETS = [TASK_SHEET, INDICATOR_SHEET, LOG_SHEET, CRITERIA_SHEET, DASHBOARD_SHEET, SETTINGS_SHEET, REPORT_SHEET, REMIND_SHEET];

/**
 * The sheet a plan read from a file goes to: the file's name as a valid sheet name ("Phụ lục"
 * when nothing is left of it), never a tracker sheet's name, and " (2)", " (3)"… after it when
 * the workbook has a sheet of that name.
 * @example newSourceSheetName('KH 45: 2024.docx', ['KH 45 2024']) → 'KH 45 2024 (2)'
 */
export function newSourceSheetName(fileName: string, existing: readonly string[]): string {
  const base = fitSheetName(cleanName(fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''))) || 'Phụ lục';
  const taken = (n: string): boolean => [...existing, ...TRACKER_SHEETS].some((e) => sameSheetName(e, n));
  if (!taken(base)) return base;
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const name =
      Array.from(base)
        .slice(0, MAX_SHEET_NAME - suffix.length)
        .join('')
        .trimEnd() + suffix;
    if (!taken(name)) return name;
  }
}
