/**
 * The columns of the Bộ tiêu chí sheet. The first ones are the criteria set itself (what the
 * province edits, read back by core's readCriteriaGrid by their header words); the rest are the
 * workbook's own formulas: the actual fetched through the link, the points, the points lost and
 * their rank, which the Tổng hợp sheet looks up.
 */
import type { ColumnDef } from '../trackerColumns';

export const CRITERIA_SHEET_COLUMNS = [
  { key: 'code', vi: 'Mã', en: 'Code', width: 7, kind: 'text', origin: 'user' },
  { key: 'area', vi: 'Lĩnh vực', en: 'Area', width: 18, kind: 'text', origin: 'user' },
  { key: 'name', vi: 'Tên tiêu chí', en: 'Criterion', width: 40, kind: 'text', origin: 'user' },
  { key: 'maxPoints', vi: 'Điểm tối đa', en: 'Max points', width: 8, kind: 'number', origin: 'user' },
  {
    key: 'rule',
    vi: 'Cách tính điểm',
    en: 'Scoring rule',
    width: 30,
    kind: 'text',
    origin: 'user',
    noteVi: 'Ví dụ: "Trên 90%: 2; Từ 70% đến 90%: 1; Dưới 70%: 0", "Tỷ lệ × điểm tối đa", "Đạt: 1; Không đạt: 0". Công thức Điểm được tạo từ ô này khi tạo trang.',
  },
  {
    key: 'link',
    vi: 'Liên kết',
    en: 'Linked to',
    width: 10,
    kind: 'text',
    origin: 'user',
    noteVi: 'Mã chỉ tiêu (trang Chỉ tiêu, ví dụ VII-5:1) để lấy số thực tế, hoặc mã nhiệm vụ (ví dụ II-3): hoàn thành = Đạt.',
  },
  {
    key: 'actual',
    vi: 'Thực tế',
    en: 'Actual',
    width: 10,
    kind: 'formula',
    origin: 'user',
    noteVi: 'Lấy theo Liên kết. Có thể nhập trực tiếp (tỷ lệ 95% nhập 95%; Đạt/Không đạt; số lần).',
  },
  { key: 'points', vi: 'Điểm', en: 'Points', width: 7, kind: 'formula', origin: 'generated', noteVi: 'Công thức theo Cách tính điểm; #N/A khi Thực tế không hợp với cách tính.' },
  { key: 'lastYear', vi: 'Điểm năm trước', en: "Last year's points", width: 8, kind: 'number', origin: 'user' },
  { key: 'evidence', vi: 'Cần minh chứng', en: 'Evidence required', width: 8, kind: 'list', origin: 'user' },
  { key: 'survey', vi: 'Điều tra XHH', en: 'Survey', width: 8, kind: 'list', origin: 'user', noteVi: 'Có: điểm do điều tra xã hội học chấm.' },
  { key: 'lost', vi: 'Điểm mất', en: 'Points lost', width: 7, kind: 'formula', origin: 'generated', noteVi: 'Điểm tối đa − Điểm, với tiêu chí đã có điểm.' },
  { key: 'rank', vi: 'Hạng mất điểm', en: 'Loss rank', width: 7, kind: 'formula', origin: 'generated', noteVi: '1 = tiêu chí mất nhiều điểm nhất (cần khắc phục trước).' },
  { key: 'tasks', vi: 'Nhiệm vụ liên quan', en: 'Related tasks', width: 30, kind: 'text', origin: 'generated' },
] as const satisfies readonly ColumnDef[];
export type CriteriaSheetColumnKey = (typeof CRITERIA_SHEET_COLUMNS)[number]['key'];

export const CRITERIA_LAYOUT = { titleRow: 1, noteRow: 2, headerRow: 3 } as const;

export const YES_NO = { yes: 'Có', no: 'Không' } as const;
