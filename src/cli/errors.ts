/** The command line's errors: one line each, Vietnamese then English, naming the file. */
import { bothLanguages, fileMessage } from '../files/messages';

const MESSAGES = {
  usage: (p: { usage: string }) => p.usage,
  'file-missing': (p: { file: string }) => `Lỗi: không tìm thấy tệp ${p.file} / Error: file not found: ${p.file}`,
  'file-unreadable': (p: { file: string }) => `Lỗi: không đọc được tệp ${p.file} / Error: cannot read ${p.file}`,
  'xlsx-unreadable': (p: Record<string, string>) => bothLanguages(fileMessage('xlsx-unreadable', p)),
  'sheet-missing': (p: { file: string; sheet: string; available: string }) =>
    `Lỗi: ${p.file} không có trang "${p.sheet}" (có: ${p.available}) / Error: ${p.file} has no sheet "${p.sheet}" (has: ${p.available})`,
  'format-unsupported': (p: Record<string, string>) => bothLanguages(fileMessage('format-unsupported', p)),
  'no-table': (p: Record<string, string>) => bothLanguages(fileMessage('no-table', p)),
  'write-failed': (p: { file: string }) =>
    `Lỗi: không ghi được tệp ${p.file} (ổ đĩa đầy hoặc không có quyền ghi); tệp cũ, nếu có, vẫn nguyên vẹn / Error: cannot write ${p.file} (disk full or no permission); any previous file is intact`,
  'bad-year': (p: { year: string }) => `Lỗi: năm không hợp lệ "${p.year}" / Error: invalid year "${p.year}"`,
  'no-criteria': (p: { file: string }) =>
    `Lỗi: không đọc được tiêu chí nào trong ${p.file} (cần dòng tiêu đề có Mã, Tên tiêu chí, Điểm tối đa, Cách tính điểm) / Error: no criteria found in ${p.file}`,
  'out-exists': (p: { file: string }) =>
    `Lỗi: ${p.file} đã có; để nhập lại kế hoạch mà giữ số liệu đã nhập, dùng --into ${p.file} (hoặc --force để ghi đè, tệp cũ được lưu bản sao) / Error: ${p.file} exists; to re-import keeping its entries use --into ${p.file} (or --force to replace it, the old file kept as a backup)`,
  'out-is-input': (p: { file: string }) =>
    `Lỗi: không ghi đè lên tệp kế hoạch nguồn ${p.file}; chọn tên tệp khác cho bảng theo dõi / Error: refusing to write over the input file ${p.file}; choose another name for the tracker`,
  'tracker-missing': (p: { file: string }) =>
    `Lỗi: không tìm thấy bảng theo dõi ${p.file}; tạo mới bằng -o ${p.file} / Error: tracker not found: ${p.file}; create it with -o ${p.file}`,
  'not-a-tracker': (p: { file: string }) =>
    `Lỗi: ${p.file} không có trang "Nhiệm vụ" của bảng theo dõi / Error: ${p.file} is not a tracker (no "Nhiệm vụ" sheet)`,
  'tracker-refused': (p: { file: string; reason: string }) => `Lỗi: không nhập lại vào ${p.file}: ${p.reason} / Error: cannot re-import into ${p.file}`,
  'criteria-into': (p: { file: string }) =>
    `Lỗi: khi nhập lại, bảng theo dõi ${p.file} giữ Bộ tiêu chí của nó; chỉ dùng được --criteria mau khi chưa có / Error: on re-import ${p.file} keeps its own criteria; only --criteria mau (when it has none) is allowed`,
  'backup-failed': (p: { file: string; backup: string }) =>
    `Lỗi: không lưu được bản sao ${p.backup}; ${p.file} chưa bị thay đổi / Error: cannot write the backup ${p.backup}; ${p.file} is unchanged`,
  'docx-unreadable': (p: Record<string, string>) => bothLanguages(fileMessage('docx-unreadable', p)),
  'save-as-docx': (p: Record<string, string>) => bothLanguages(fileMessage('save-as-docx', p)),
  'encoding-unknown': (p: Record<string, string>) => bothLanguages(fileMessage('encoding-unknown', p)),
  'too-large': (p: Record<string, string>) => bothLanguages(fileMessage('too-large', p)),
  'bad-period': (p: { period: string }) =>
    `Lỗi: kỳ báo cáo không hợp lệ "${p.period}" (q1, h1, q3 hoặc year) / Error: invalid report period "${p.period}" (q1, h1, q3 or year)`,
  'out-not-xlsx': (p: { file: string }) => `Lỗi: ${p.file}: tệp tổng hợp cần đuôi .xlsx / Error: ${p.file}: the roll-up file must end in .xlsx`,
  'out-not-docx': (p: { file: string }) => `Lỗi: ${p.file}: tệp báo cáo cần đuôi .docx / Error: ${p.file}: the report file must end in .docx`,
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
