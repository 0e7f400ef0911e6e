/** The command line's errors: one line each, Vietnamese then English, naming the file. */

const MESSAGES = {
  usage: (p: { usage: string }) => p.usage,
  'file-missing': (p: { file: string }) => `Lỗi: không tìm thấy tệp ${p.file} / Error: file not found: ${p.file}`,
  'file-unreadable': (p: { file: string }) => `Lỗi: không đọc được tệp ${p.file} / Error: cannot read ${p.file}`,
  'xlsx-unreadable': (p: { file: string }) => `Lỗi: ${p.file} không phải tệp Excel .xlsx hợp lệ / Error: ${p.file} is not a valid .xlsx workbook`,
  'sheet-missing': (p: { file: string; sheet: string; available: string }) =>
    `Lỗi: ${p.file} không có trang "${p.sheet}" (có: ${p.available}) / Error: ${p.file} has no sheet "${p.sheet}" (has: ${p.available})`,
  'format-unsupported': (p: { file: string; ext: string }) =>
    `Lỗi: không đọc được định dạng ${p.ext} của ${p.file}; hãy lưu thành .xlsx, .csv hoặc .txt / Error: ${p.ext} is not supported (${p.file}); save it as .xlsx, .csv or .txt`,
  'no-table': (p: { file: string }) =>
    `Lỗi: không tìm thấy bảng phụ lục nhiệm vụ trong ${p.file} (cần dòng tiêu đề có STT, Nhiệm vụ, Cơ quan chủ trì, Tiến độ…) / Error: no appendix table found in ${p.file}`,
  'write-failed': (p: { file: string }) => `Lỗi: không ghi được tệp ${p.file} / Error: cannot write ${p.file}`,
  'bad-year': (p: { year: string }) => `Lỗi: năm không hợp lệ "${p.year}" / Error: invalid year "${p.year}"`,
  'no-criteria': (p: { file: string }) =>
    `Lỗi: không đọc được tiêu chí nào trong ${p.file} (cần dòng tiêu đề có Mã, Tên tiêu chí, Điểm tối đa, Cách tính điểm) / Error: no criteria found in ${p.file}`,
  'bad-date': (p: { date: string }) => `Lỗi: ngày không hợp lệ "${p.date}" (cần YYYY-MM-DD) / Error: invalid date "${p.date}" (expected YYYY-MM-DD)`,
} as const;

type Code = keyof typeof MESSAGES;

export class CliError extends Error {
  constructor(
    readonly code: Code,
    readonly params: Record<string, string>,
  ) {
    super((MESSAGES[code] as (p: Record<string, string>) => string)(params));
  }
}

/** The one line to print for any failure, a CliError or not. */
export function messageOf(e: unknown): string {
  if (e instanceof CliError) return e.message;
  const detail = e instanceof Error ? e.message : String(e);
  return `Lỗi không mong đợi: ${detail} / Unexpected error: ${detail}`;
}
