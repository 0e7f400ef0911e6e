/**
 * The Vietnamese messages of the target functions, in one place. They end up in spreadsheet cells
 * (CHECK, RATE), so they are short and say what to fix.
 */
export const TARGET_MESSAGES = {
  missingActual: 'Chưa có giá trị thực tế',
  unreadableActual: (text: string) => `Giá trị thực tế không đọc được: ${quote(text)}`,
  missingTarget: 'Chưa có chỉ tiêu',
  unreadableTarget: (text: string) => `Không đọc được chỉ tiêu: ${quote(text)}`,
  invalidTarget: 'Chỉ tiêu không hợp lệ',
  missingTotal: 'Thiếu tổng số',
  zeroTotal: 'Tổng số bằng 0',
  missingPart: 'Thiếu số đạt',
  notANumber: (label: string, text: string) => `${label} không phải là số: ${quote(text)}`,
  negative: (label: string, value: number) => `${label} không được âm: ${value}`,
  /** Names of RATE's arguments inside the messages above. */
  partLabel: 'Số đạt',
  totalLabel: 'Tổng số',
} as const;

/** Cell text quoted in a message, cut short so a long paragraph does not flood the cell. */
function quote(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `"${t.length > 60 ? `${t.slice(0, 57)}…` : t}"`;
}
