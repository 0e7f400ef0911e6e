/**
 * The Vietnamese messages of rule errors, in one place. They end up in spreadsheet cells
 * (PAR.SCORE) and in the criteria sheet's problem list, so they say what was expected.
 */
import { formatNumberVi } from '../target/number';

const EXAMPLE_BANDS = '"Trên 90%: 2; Từ 70% đến 90%: 1; Dưới 70%: 0"';

/** Rule text quoted in a message, cut short so a long paragraph does not flood the cell. */
export function quote(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `"${t.length > 60 ? `${t.slice(0, 57)}…` : t}"`;
}

/** "mức 2 "Từ 70% đến 90%: 1" (ký tự 18)": where in the rule text the fault is. */
export function where(index: number, segment: string, position: number): string {
  return `mức ${index + 1} ${quote(segment)} (ký tự ${position + 1})`;
}

export const RULE_MESSAGES = {
  empty: `Chưa có cách tính điểm: cần các mức như ${EXAMPLE_BANDS}, hoặc "Tỷ lệ × điểm tối đa", "Đạt: 1; Không đạt: 0"`,
  notText: 'Cách tính điểm phải là văn bản',
  unreadable: (text: string) =>
    `Không đọc được cách tính điểm ${quote(text)}: cần các mức "điều kiện: điểm" cách nhau bởi dấu ";" (ví dụ ${EXAMPLE_BANDS}), hoặc "Tỷ lệ × điểm tối đa"`,
  oneLevel: (text: string) => `Cách tính điểm ${quote(text)} chỉ có một mức: cần ít nhất hai mức, cách nhau bởi dấu ";" (ví dụ ${EXAMPLE_BANDS})`,
  noSeparator: (at: string) => `Ở ${at}: thiếu dấu ":" giữa điều kiện và số điểm (ví dụ "Trên 90%: 2")`,
  noCondition: (at: string) => `Ở ${at}: thiếu điều kiện trước dấu ":" (ví dụ "Trên 90%", "Đạt", "4 lần")`,
  badPoints: (at: string, text: string) => `Ở ${at}: số điểm ${quote(text)} không phải là số (cần một số như "1" hoặc "0,5")`,
  tooManyNumbers: (at: string) => `Ở ${at}: điều kiện có quá hai số; cần một mức như "Từ 70% đến dưới 90%"`,
  badRange: (at: string) => `Ở ${at}: khoảng không hợp lệ (cận dưới phải nhỏ hơn cận trên, ví dụ "Từ 70% đến 90%")`,
  badBound: (at: string) => `Ở ${at}: không rõ số nào là cận dưới, số nào là cận trên (ví dụ "Từ 70% đến dưới 90%")`,
  mixed: (numeric: string, label: string) =>
    `Không trộn được mức theo số (${quote(numeric)}) với mức theo chữ (${quote(label)}): viết tất cả các mức theo số (ví dụ "Dưới 70%: 0") hoặc tất cả theo chữ`,
  overlap: (a: string, b: string) => `Hai mức ${quote(a)} và ${quote(b)} chồng lên nhau: mỗi giá trị chỉ được thuộc một mức (dùng "đến dưới" để tách)`,
  duplicateLabel: (at: string) => `Ở ${at}: mức này bị lặp lại`,
  negativePoints: (at: string) => `Ở ${at}: số điểm không được âm`,
  // scoring
  missingActual: 'Chưa có giá trị thực tế',
  badMax: (max: unknown) => `Điểm tối đa phải là một số không âm (đang là ${quote(String(max))})`,
  overMax: (level: string, points: number, max: number) =>
    `Mức ${quote(level)} cho ${formatNumberVi(points)} điểm, vượt điểm tối đa ${formatNumberVi(max)}`,
  notANumber: (actual: unknown, rule: string) => `Giá trị thực tế ${quote(String(actual))} không phải là số, trong khi cách tính điểm ${quote(rule)} cần một số (tỷ lệ như 95% hoặc 0,95)`,
  negativeActual: (actual: number) => `Giá trị thực tế không được âm: ${formatNumberVi(actual)}`,
  noBand: (actual: string, rule: string) => `Giá trị ${actual} không thuộc mức nào của cách tính điểm ${quote(rule)}`,
  notYesNo: (actual: unknown, yes: string, no: string) => `Giá trị ${quote(String(actual))} không phải "${yes}" hoặc "${no}"`,
  notCategory: (actual: unknown, labels: readonly string[]) =>
    `Giá trị ${quote(String(actual))} không phải một trong các mức: ${labels.map((l) => `"${l}"`).join(', ')}`,
  notACount: (actual: unknown) => `Giá trị thực tế ${quote(String(actual))} không phải là số lần (cần một số như 3)`,
  zeroMax: 'Tổng điểm tối đa phải lớn hơn 0',
  lengthMismatch: (points: number, max: number) => `Số ô điểm (${points}) khác số ô điểm tối đa (${max})`,
  badPointsCell: (value: unknown) => `Điểm ${quote(String(value))} không phải là số`,
} as const;
