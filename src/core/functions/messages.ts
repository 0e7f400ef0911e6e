/**
 * The Vietnamese messages of the PAR functions, in one place. They end up in spreadsheet cells
 * (Excel shows them on the error; Google Sheets shows them as the cell text), so they are short
 * and say what to fix. Messages of the target and scoring rules come from those modules.
 */

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
  missing: (label: string) => `Thiếu ${label.toLowerCase()}`,
  badAreaForm: (value: unknown) => `Dạng kết quả không hợp lệ: ${quote(value)} (dùng "vi", "en" hoặc "key")`,
  notAValue: (value: unknown) => `Giá trị không đọc được: ${quote(value)}`,
  unexpected: (detail: string) => `Lỗi không mong đợi: ${detail}`,
} as const;
