/**
 * What an official is told about a plan file that cannot be read, in Vietnamese and English: one
 * text for the command line (both, on one line), the browser app and the pane (in their language).
 */
import type { LimitKind } from '../core/appendix/limits';

export interface FileNote {
  readonly vi: string;
  readonly en: string;
}

const LIMIT_WHAT: Record<LimitKind, (n: number) => string> = {
  bytes: (n) => `${(n / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`,
  rows: (n) => `${n.toLocaleString('vi-VN')} dòng`,
  cells: (n) => `${n.toLocaleString('vi-VN')} ô`,
};

const ENCODING_NAMES: Record<string, string> = { 'windows-1258': 'Windows-1258', tcvn3: 'TCVN3 (phông .VnTime)', vni: 'VNI' };

type Params = Record<string, string>;

const FILE_MESSAGES = {
  'xlsx-unreadable': (p: Params) => ({ vi: `Lỗi: ${p.file} không phải tệp Excel .xlsx hợp lệ`, en: `Error: ${p.file} is not a valid .xlsx workbook` }),
  'docx-unreadable': (p: Params) => ({
    vi: `Lỗi: ${p.file} không phải tệp Word .docx hợp lệ; mở bằng Word và lưu lại dạng .docx`,
    en: `Error: ${p.file} is not a valid Word .docx file; open it in Word and save it as .docx`,
  }),
  'save-as-docx': (p: Params) => ({
    vi: `Lỗi: chưa đọc được tệp ${p.ext} (${p.file}); mở bằng Word và chọn Lưu thành (Save As) › Tài liệu Word (.docx), hoặc chép bảng phụ lục sang Excel (.xlsx), rồi nhập tệp đó`,
    en: `Error: ${p.ext} files cannot be read (${p.file}); open it in Word and save it as a Word document (.docx), or copy the appendix table to Excel (.xlsx), and import that`,
  }),
  'format-unsupported': (p: Params) => ({
    vi: `Lỗi: không đọc được định dạng ${p.ext} của ${p.file}; hãy lưu thành .xlsx, .csv hoặc .txt`,
    en: `Error: ${p.ext} is not supported (${p.file}); save it as .xlsx, .csv or .txt`,
  }),
  'encoding-unknown': (p: Params) => ({
    vi: `Lỗi mã hoá ký tự: ${p.file} không phải văn bản Unicode (UTF-8, UTF-16) và không đọc được như mã tiếng Việt cũ (TCVN3, VNI, Windows-1258); mở tệp trong Excel và lưu lại dạng "CSV UTF-8 (Comma delimited)" hoặc "Unicode Text"`,
    en: `Encoding error: ${p.file} is neither Unicode text (UTF-8, UTF-16) nor a Vietnamese legacy encoding (TCVN3, VNI, Windows-1258); open it in Excel and save it as "CSV UTF-8" or "Unicode Text"`,
  }),
  'too-large': (p: Params) => {
    const what = LIMIT_WHAT[p.kind as LimitKind];
    const size = what(Number(p.size));
    const limit = what(Number(p.limit));
    return {
      vi: `Lỗi: ${p.file} quá lớn để nhập (${size}, tối đa ${limit}); bảng phụ lục kế hoạch không lớn như vậy — hãy lưu riêng bảng phụ lục rồi nhập`,
      en: `Error: ${p.file} is too large to import (${size}, at most ${limit}); save the appendix table on its own and import that`,
    };
  },
  'no-table': (p: Params) => ({
    vi: `Lỗi: không tìm thấy bảng phụ lục nhiệm vụ trong ${p.file} (cần dòng tiêu đề có STT, Nhiệm vụ, Cơ quan chủ trì, Tiến độ…, hoặc các mục lĩnh vực đánh số với nội dung thực hiện bên dưới)`,
    en: `Error: no appendix table found in ${p.file} (nor area headings with what to do under them)`,
  }),
  'other-table': (p: Params) => ({
    vi: `${p.file} còn một bảng khác (tiêu đề "${p.header}", ${p.rows} dòng) không được đưa vào: chỉ bảng lớn nhất được nhập. Nếu cần theo dõi bảng đó, lưu nó thành tệp riêng và nhập vào một bảng theo dõi khác.`,
    en: `${p.file} has another table (header "${p.header}", ${p.rows} rows) that is left out: only the largest is imported. To track it, save it as a file of its own and import it into another tracker.`,
  }),
  'encoding-converted': (p: Params) => ({
    vi: `${p.file}: tệp mã ${ENCODING_NAMES[p.encoding] ?? p.encoding} đã được chuyển sang Unicode — vui lòng kiểm tra lại`,
    en: `${ENCODING_NAMES[p.encoding]?.replace(' (phông .VnTime)', '') ?? p.encoding} text converted to Unicode — please check`,
  }),
} as const;

export type FileMessageCode = keyof typeof FILE_MESSAGES;

export function fileMessage(code: FileMessageCode, params: Params): FileNote {
  return FILE_MESSAGES[code](params);
}

/** Both languages on one line, as the command line prints them. */
export const bothLanguages = (m: FileNote): string => `${m.vi} / ${m.en}`;
