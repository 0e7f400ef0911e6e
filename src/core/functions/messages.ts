/**
 * The Vietnamese messages of the PAR functions, in one place. They end up in spreadsheet cells
 * (Excel shows them on the error; Google Sheets shows them as the cell text), so they are short
 * and say what to fix. Messages of the target and scoring rules come from those modules.
 */
import { TARGET_MESSAGES } from '../target/messages';

/** Cell text quoted in a message, cut short so a long paragraph does not flood the cell. */
export function quote(value: unknown): string {
  const t = String(value).replace(/\s+/g, ' ').trim();
  return `"${t.length > 60 ? `${t.slice(0, 57)}…` : t}"`;
}

export const FUNCTION_MESSAGES = {
  shapeMismatch: (a: string, b: string) => `Các vùng không cùng kích thước: ${a} và ${b}`,
  unreadableDue: (text: unknown) => `Không đọc được thời hạn: ${quote(text)}`,
  dueNeedsYear: (text: unknown) => `Thời hạn ${quote(text)} không ghi năm: cần năm kế hoạch`,
  notADate: (label: string, value: unknown) => `${label} không phải là ngày: ${quote(value)}`,
  notANumber: (label: string, value: unknown) => `${label} không phải là số: ${quote(value)}`,
  badYear: (value: unknown) => `Năm kế hoạch không hợp lệ: ${quote(value)} (cần một năm như 2024)`,
  missingAsOf: 'Thiếu ngày đánh giá: nhập TODAY() hoặc một ngày',
  negative: (label: string, value: number) => `${label} không được âm: ${value}`,
  /** A number below its parameter's `min`. */
  belowMin: (label: string, min: number, value: number): string =>
    min === 0 ? FUNCTION_MESSAGES.negative(label, value) : `${label} phải từ ${min} trở lên: ${value}`,
  missing: (label: string) => `Thiếu ${label.toLowerCase()}`,
  /** A blank cell of a parameter with `ifBlank`: "Thiếu <label>" unless the function says more. */
  blank: (functionId: string, paramId: string, label: string): string => BLANK_MESSAGES[`${functionId}.${paramId}`] ?? FUNCTION_MESSAGES.missing(label),
  badAreaForm: (value: unknown) => `Dạng kết quả không hợp lệ: ${quote(value)} (dùng "vi", "en" hoặc "key")`,
  notAValue: (value: unknown) => `Giá trị không đọc được: ${quote(value)}`,
  unexpected: (detail: string) => `Lỗi không mong đợi: ${detail}`,
} as const;

/** What a blank cell says where "Thiếu <label>" would not say what to do. */
const BLANK_MESSAGES: Readonly<Record<string, string>> = {
  'STATUS.asOf': FUNCTION_MESSAGES.missingAsOf,
  'CHECK.target': TARGET_MESSAGES.missingTarget,
};
