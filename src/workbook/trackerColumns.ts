/**
 * The column catalogue of the tracker sheets: one declarative table per sheet, from which the
 * builder lays out headers, formats, widths and formulas, and from which re-import will know
 * which columns it may rewrite (`generated`) and which belong to the official (`user`) and are
 * never overwritten.
 */

export type ColumnKind = 'text' | 'number' | 'date' | 'formula' | 'list';
export type ColumnOrigin = 'generated' | 'user';

export interface ColumnDef<K extends string = string> {
  readonly key: K;
  readonly vi: string;
  readonly en: string;
  /** Excel character widths, chosen so a landscape A4 printout fits one page wide. */
  readonly width: number;
  readonly kind: ColumnKind;
  readonly origin: ColumnOrigin;
  /** Hover note on the header: how to fill a user column, or what a formula does. */
  readonly noteVi?: string;
}

import { PERIOD_KEYS, PERIOD_NAMES, type PeriodKey } from '../core/report/periods';

export const DATE_FORMAT = 'dd/mm/yyyy';

/** The Nhiệm vụ column holding each report period's progress (kết quả kỳ này). */
export const PROGRESS_COLUMN = { q1: 'progressQ1', h1: 'progressH1', q3: 'progressQ3', year: 'progressYear' } as const satisfies Record<PeriodKey, string>;
export const TEXT_FORMAT = '@';

export const TASK_COLUMNS = [
  { key: 'id', vi: 'Mã', en: 'ID', width: 8, kind: 'text', origin: 'generated' },
  { key: 'area', vi: 'Lĩnh vực', en: 'Area', width: 15, kind: 'text', origin: 'generated' },
  { key: 'title', vi: 'Nhiệm vụ', en: 'Task', width: 38, kind: 'text', origin: 'generated' },
  { key: 'lead', vi: 'Cơ quan chủ trì', en: 'Lead office', width: 17, kind: 'text', origin: 'generated' },
  { key: 'support', vi: 'Cơ quan phối hợp', en: 'Supporting offices', width: 17, kind: 'text', origin: 'generated' },
  { key: 'output', vi: 'Kết quả/sản phẩm', en: 'Expected result', width: 36, kind: 'text', origin: 'generated' },
  { key: 'dueText', vi: 'Tiến độ', en: 'Timeline (as written)', width: 14, kind: 'text', origin: 'generated' },
  { key: 'due', vi: 'Hạn', en: 'Deadline', width: 10.5, kind: 'date', origin: 'generated' },
  {
    key: 'state',
    vi: 'Trạng thái',
    en: 'Status',
    width: 14,
    kind: 'list',
    origin: 'user',
    noteVi: 'Chọn trong danh sách. Cột do người theo dõi nhập, không bị ghi đè khi nhập lại kế hoạch.',
  },
  {
    key: 'doneDate',
    vi: 'Ngày hoàn thành',
    en: 'Completion date',
    width: 11,
    kind: 'date',
    origin: 'user',
    noteVi: 'Nhập ngày (dd/mm/yyyy). Có ngày hoàn thành thì nhiệm vụ được tính là đã hoàn thành.',
  },
  { key: 'evidence', vi: 'Minh chứng', en: 'Evidence', width: 14, kind: 'text', origin: 'user', noteVi: 'Số văn bản, đường dẫn tài liệu kiểm chứng.' },
  { key: 'note', vi: 'Ghi chú', en: 'Notes', width: 14, kind: 'text', origin: 'user' },
  {
    key: 'flag',
    vi: 'Cảnh báo',
    en: 'Alert',
    width: 14,
    kind: 'formula',
    origin: 'generated',
    noteVi: 'Công thức: so Hạn, Trạng thái, Ngày hoàn thành với Ngày đánh giá ở đầu trang.',
  },
  {
    key: 'reportState',
    vi: 'Tình trạng báo cáo',
    en: 'Report state',
    width: 15,
    kind: 'formula',
    origin: 'generated',
    noteVi:
      'Công thức: tình trạng tính như báo cáo gửi cấp trên, tại Ngày đánh giá (hoàn thành đúng hạn/quá hạn, đang thực hiện trong hạn, chưa hoàn thành quá hạn, không có thời hạn). Hoàn thành sau Ngày đánh giá thì chưa tính là hoàn thành.',
  },
  ...PERIOD_KEYS.map((k) => ({
    key: PROGRESS_COLUMN[k],
    vi: `Kết quả ${PERIOD_NAMES[k].vi.replace(/^Năm$/, 'cả năm')}`,
    en: `Progress, ${PERIOD_NAMES[k].en.toLowerCase()}`,
    width: 18,
    kind: 'text' as const,
    origin: 'user' as const,
    noteVi: `Kết quả thực hiện trong kỳ báo cáo ${PERIOD_NAMES[k].vi.toLowerCase()} (đã làm được gì, số văn bản). Báo cáo kỳ này lấy nội dung từ cột này.`,
  })),
  { key: 'sourceRows', vi: 'Nguồn', en: 'Source rows', width: 7, kind: 'text', origin: 'generated', noteVi: 'Dòng của bảng phụ lục gốc.' },
  {
    key: 'overdueNo',
    vi: 'TT quá hạn',
    en: 'Overdue no.',
    width: 7,
    kind: 'formula',
    origin: 'generated',
    noteVi: 'Công thức: số thứ tự của nhiệm vụ quá hạn, để trang Tổng hợp liệt kê chúng mà không cần phần bổ trợ.',
  },
] as const satisfies readonly ColumnDef[];
export type TaskColumnKey = (typeof TASK_COLUMNS)[number]['key'];

export const INDICATOR_COLUMNS = [
  { key: 'taskId', vi: 'Mã nhiệm vụ', en: 'Task ID', width: 10, kind: 'text', origin: 'generated' },
  { key: 'taskTitle', vi: 'Nhiệm vụ', en: 'Task', width: 30, kind: 'text', origin: 'generated' },
  { key: 'metric', vi: 'Chỉ tiêu', en: 'Metric', width: 34, kind: 'text', origin: 'generated' },
  { key: 'op', vi: 'Phép so sánh', en: 'Operator', width: 9, kind: 'text', origin: 'generated' },
  { key: 'value', vi: 'Giá trị', en: 'Value', width: 9, kind: 'number', origin: 'generated' },
  { key: 'unit', vi: 'Đơn vị', en: 'Unit', width: 9, kind: 'text', origin: 'generated' },
  { key: 'baselineYear', vi: 'Năm gốc', en: 'Baseline year', width: 8, kind: 'number', origin: 'generated' },
  { key: 'direction', vi: 'Xu hướng', en: 'Direction', width: 9, kind: 'text', origin: 'generated' },
  { key: 'text', vi: 'Nguyên văn', en: 'As written', width: 34, kind: 'text', origin: 'generated' },
  {
    key: 'actual',
    vi: 'Thực tế',
    en: 'Actual',
    width: 10,
    kind: 'number',
    origin: 'user',
    noteVi:
      'Kết quả đạt được, cùng đơn vị với chỉ tiêu (95% nhập 95%). Chỉ tiêu tăng/giảm so với năm gốc: nhập mức tăng/giảm (giảm 5% nhập 5%).',
  },
  {
    key: 'numerator',
    vi: 'Tử số',
    en: 'Numerator',
    width: 9,
    kind: 'number',
    origin: 'user',
    noteVi: 'Không bắt buộc. Có cả Tử số và Mẫu số thì thực tế = Tử số / Mẫu số. Chỉ tiêu so với năm gốc: Tử số = số năm nay.',
  },
  {
    key: 'denominator',
    vi: 'Mẫu số',
    en: 'Denominator',
    width: 9,
    kind: 'number',
    origin: 'user',
    noteVi: 'Không bắt buộc. Chỉ tiêu so với năm gốc: Mẫu số = số của năm gốc.',
  },
  {
    key: 'met',
    vi: 'Đạt?',
    en: 'Met?',
    width: 14,
    kind: 'formula',
    origin: 'generated',
    noteVi: 'Công thức: để trống đến khi có số thực tế, sau đó Đạt / Chưa đạt.',
  },
  {
    key: 'ref',
    vi: 'Mã chỉ tiêu',
    en: 'Indicator ID',
    width: 9,
    kind: 'text',
    origin: 'generated',
    noteVi: 'Mã nhiệm vụ:số thứ tự chỉ tiêu. Trang Bộ tiêu chí dùng mã này để lấy số thực tế.',
  },
] as const satisfies readonly ColumnDef[];
export type IndicatorColumnKey = (typeof INDICATOR_COLUMNS)[number]['key'];

/**
 * The 1-based position of a column in its catalogue.
 * @example columnIndex(TASK_COLUMNS, 'due') → 8
 */
export function columnIndex<K extends string>(columns: readonly ColumnDef<K>[], key: K): number {
  const i = columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`Không có cột "${key}" trong danh mục cột`);
  return i + 1;
}
