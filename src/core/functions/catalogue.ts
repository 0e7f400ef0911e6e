/**
 * The PAR spreadsheet functions (design.md §5), declared once: names and descriptions in
 * Vietnamese and English, parameters with their kinds, which parameters may be left out, what
 * comes back. Everything hosts show or register is produced from this table by
 * scripts/gen-function-entries.js — the Excel `@customfunction` wrappers and their Vietnamese
 * metadata, the Apps Script `PAR_*` entry functions — and the one runner (./runner.ts) reads it
 * to decode arguments, broadcast ranges and coerce each cell to its parameter's type (./coerce.ts)
 * before the function runs, so a function body (./cells.ts) receives typed values and a wrong
 * cell's error never reaches it. A new function is one entry here and one body there.
 *
 * Pure data: no imports, so the generator and the docs read it without loading the core.
 */

/** What a parameter holds; the host codec decodes dates by it (Excel serials, Sheets Dates). */
export type ParamKind = 'text' | 'number' | 'date' | 'any';
/**
 * What the function body receives for a parameter, once the runner has read the cell
 * (./coerce.ts; blank is null unless a default or `ifBlank` says otherwise):
 * - 'any': the cell as decoded (text, number, boolean, ISO date text), for functions that read it their own way;
 * - 'text': text as typed, numbers and booleans as they print;
 * - 'number': a number, numeric text read the Vietnamese way ("1.234", "0,95", "95%"); `min` bounds it;
 * - 'date': an ISO date, from a date, a serial or a date typed as text (day first);
 * - 'year': a plan year 1900…9999;
 * - 'deadlineText': the ISO deadline a progress text sets (null when it sets no fixed date), read
 *   with the plan year and issue date of the parameters named in `context`.
 */
export type ParamType = 'any' | 'text' | 'number' | 'date' | 'year' | 'deadlineText';
/** What a function returns; a 'date' result is encoded as the host's date. */
export type ResultKind = 'text' | 'number' | 'date' | 'boolean';
export type Lang = 'vi' | 'en';
export type Words = Readonly<Record<Lang, string>>;

export interface ParamSpec {
  /** Name in code, in Excel's en-US metadata and in Apps Script. */
  readonly id: string;
  /** Name in Excel's vi-VN metadata: ASCII without spaces, so it is safe everywhere. */
  readonly viName: string;
  /** What the value is, in two or three words (error messages, docs). */
  readonly label: Words;
  readonly description: Words;
  /** What the host passes: the codec decodes by it, and the generated entries declare it. */
  readonly kind: ParamKind;
  /** What the function receives (./coerce.ts); a cell that cannot be read gives its error instead. */
  readonly type: ParamType;
  /** 'number': the least value allowed (checked once every cell of the call is read). */
  readonly min?: number;
  /** The value the function receives for a blank cell or a parameter left out. */
  readonly default?: number | string;
  /** A blank cell is an error with this code instead of null (the message: FUNCTION_MESSAGES.blank). */
  readonly ifBlank?: '#VALUE!' | '#N/A';
  /** 'deadlineText': the parameters giving the plan year and the issue date it is read with. */
  readonly context?: { readonly year?: string; readonly issued?: string };
  /** May be left out of the call (Excel passes null, Apps Script undefined). */
  readonly optional?: true;
  /**
   * Optional only by position, because optional parameters come before it: left out, the
   * function gives an error saying so (STATUS's as-of date: a function never reads the clock).
   */
  readonly needed?: true;
}

export interface FunctionSpec {
  /** Excel id (PAR.<id>) and Apps Script name (PAR_<id>). */
  readonly id: FunctionId;
  /** Name shown in Excel: en-US is the id, vi-VN is ASCII Vietnamese (typed without diacritics). */
  readonly name: Words;
  readonly description: Words;
  readonly params: readonly ParamSpec[];
  readonly result: { readonly kind: ResultKind; readonly description: Words };
  /**
   * 'cells': one result per cell, ranges broadcast against each other (a column in, a column
   * out). 'total': whole ranges in, one value out.
   */
  readonly shape: 'cells' | 'total';
  /** A cell whose values for all of these parameters are blank gives a blank result. */
  readonly blankWhen: readonly string[];
  /**
   * The order the parameters are read in, when it is not theirs: the first wrong cell's error is
   * the one shown. Parameters named in a `context` come before the one reading them.
   */
  readonly order?: readonly string[];
}

export const FUNCTION_IDS = ['DUE', 'STATUS', 'TARGET', 'CHECK', 'RATE', 'SCORE', 'INDEX', 'AREA'] as const;
export type FunctionId = (typeof FUNCTION_IDS)[number];

export const FUNCTION_CATALOGUE: readonly FunctionSpec[] = [
  {
    id: 'DUE',
    name: { en: 'DUE', vi: 'HAN' },
    description: {
      vi: 'Hạn hoàn thành mà văn bản tiến độ đặt ra, dạng ngày (mốc sớm nhất nếu có nhiều mốc); để trống khi không có ngày cố định ("Theo kế hoạch").',
      en: 'The deadline a progress text sets, as a date (the earliest when it sets several); empty when it sets no fixed date ("Theo kế hoạch").',
    },
    params: [
      {
        id: 'text',
        viName: 'tien_do',
        label: { vi: 'Tiến độ', en: 'Deadline text' },
        description: {
          vi: 'Văn bản tiến độ ("Quý III năm 2024", "Trước ngày 31/12/2024", "Thường xuyên") hoặc một ngày.',
          en: 'The progress text ("Quý III năm 2024", "Trước ngày 31/12/2024", "Thường xuyên") or a date.',
        },
        kind: 'any',
        type: 'deadlineText',
        context: { year: 'year', issued: 'issued' },
      },
      {
        id: 'year',
        viName: 'nam',
        label: { vi: 'Năm kế hoạch', en: 'Plan year' },
        description: {
          vi: 'Năm kế hoạch, cho văn bản không ghi năm ("Trong năm", "Thường xuyên", "Quý II").',
          en: 'The plan year, for texts that state none ("Trong năm", "Thường xuyên", "Quý II").',
        },
        kind: 'number',
        type: 'year',
        optional: true,
      },
      {
        id: 'issued',
        viName: 'ngay_ban_hanh',
        label: { vi: 'Ngày ban hành', en: 'Issue date' },
        description: {
          vi: 'Ngày ban hành kế hoạch: một ngày/tháng không ghi năm mà rơi trước ngày này thì tính sang năm sau.',
          en: 'The date the plan was issued: a day and month without a year that falls before it means the next year.',
        },
        kind: 'date',
        type: 'date',
        optional: true,
      },
    ],
    result: { kind: 'date', description: { vi: 'Hạn hoàn thành (ngày).', en: 'The deadline (a date).' } },
    shape: 'cells',
    blankWhen: ['text'],
    order: ['year', 'issued', 'text'],
  },
  {
    id: 'STATUS',
    name: { en: 'STATUS', vi: 'CANHBAO' },
    description: {
      vi: 'Cảnh báo tiến độ của nhiệm vụ vào ngày đánh giá: Quá hạn, Sắp đến hạn, Trong hạn, Hoàn thành, Hoàn thành trễ hoặc Không thời hạn.',
      en: 'Where a task stands on the as-of date: Quá hạn, Sắp đến hạn, Trong hạn, Hoàn thành, Hoàn thành trễ or Không thời hạn (overdue … no deadline).',
    },
    params: [
      {
        id: 'due',
        viName: 'han',
        label: { vi: 'Hạn', en: 'Deadline' },
        description: {
          vi: 'Hạn hoàn thành: một ngày, hoặc văn bản tiến độ; để trống nếu không có hạn.',
          en: 'The deadline: a date, or a progress text; blank when there is none.',
        },
        kind: 'date',
        type: 'deadlineText',
      },
      {
        id: 'state',
        viName: 'trang_thai',
        label: { vi: 'Trạng thái', en: 'State' },
        description: {
          vi: 'Trạng thái nhiệm vụ; "Hoàn thành" nghĩa là đã xong.',
          en: 'The task state; "Hoàn thành" means done.',
        },
        kind: 'text',
        type: 'text',
      },
      {
        id: 'doneDate',
        viName: 'ngay_hoan_thanh',
        label: { vi: 'Ngày hoàn thành', en: 'Completion date' },
        description: {
          vi: 'Ngày hoàn thành; đã nhập ngày thì nhiệm vụ tính là hoàn thành.',
          en: 'The completion date; a task with one counts as done.',
        },
        kind: 'date',
        type: 'date',
        optional: true,
      },
      {
        id: 'asOf',
        viName: 'ngay_danh_gia',
        label: { vi: 'Ngày đánh giá', en: 'As-of date' },
        description: {
          vi: 'Ngày đánh giá, thường là TODAY(); cần nhập: hàm không tự lấy ngày hôm nay.',
          en: 'The as-of date, usually TODAY(); needed: the function never reads the clock itself.',
        },
        kind: 'date',
        type: 'date',
        ifBlank: '#VALUE!',
        optional: true,
        needed: true,
      },
      {
        id: 'soonDays',
        viName: 'so_ngay_bao_truoc',
        label: { vi: 'Số ngày báo trước', en: 'Days of warning' },
        description: {
          vi: 'Số ngày trước hạn thì báo "Sắp đến hạn" (mặc định 14).',
          en: 'How many days before the deadline a task is "Sắp đến hạn" (due soon); 14 by default.',
        },
        kind: 'number',
        type: 'number',
        min: 0,
        default: 14,
        optional: true,
      },
    ],
    result: {
      kind: 'text',
      description: { vi: 'Cảnh báo tiến độ.', en: 'The deadline state, in Vietnamese.' },
    },
    shape: 'cells',
    blankWhen: ['due', 'state', 'doneDate'],
    order: ['asOf', 'due', 'state', 'doneDate', 'soonDays'],
  },
  {
    id: 'TARGET',
    name: { en: 'TARGET', vi: 'CHITIEU' },
    description: {
      vi: 'Các chỉ tiêu số trong văn bản, dạng chuẩn ("≥ 90%", "> 99%", "≥ 1", "giảm ≥ 3% so với 2021"); để trống nếu không có.',
      en: 'The numeric targets a text states, normalised ("≥ 90%", "> 99%", "≥ 1", "giảm ≥ 3% so với 2021"); empty when there are none.',
    },
    params: [
      {
        id: 'text',
        viName: 'van_ban',
        label: { vi: 'Văn bản', en: 'Text' },
        description: {
          vi: 'Kết quả/sản phẩm của nhiệm vụ, ví dụ "Đạt tỷ lệ tối thiểu 90%".',
          en: 'The expected result of the task, e.g. "Đạt tỷ lệ tối thiểu 90%".',
        },
        kind: 'text',
        type: 'text',
      },
    ],
    result: {
      kind: 'text',
      description: { vi: 'Chỉ tiêu dạng chuẩn, cách nhau bởi "; ".', en: 'The targets, normalised, separated by "; ".' },
    },
    shape: 'cells',
    blankWhen: ['text'],
  },
  {
    id: 'CHECK',
    name: { en: 'CHECK', vi: 'KIEMTRA' },
    description: {
      vi: 'TRUE nếu giá trị thực tế đạt chỉ tiêu (mọi chỉ tiêu, khi có nhiều), FALSE nếu chưa; để trống khi chưa có giá trị thực tế.',
      en: 'TRUE when the actual value meets the target (all of them, when there are several), FALSE when not; empty until there is an actual value.',
    },
    params: [
      {
        id: 'actual',
        viName: 'thuc_te',
        label: { vi: 'Giá trị thực tế', en: 'Actual value' },
        description: {
          vi: 'Giá trị thực tế; tỷ lệ là phân số như bảng tính lưu (95% = 0,95).',
          en: 'The actual value; a rate is a fraction, as spreadsheets store it (95% = 0.95).',
        },
        kind: 'number',
        type: 'any',
      },
      {
        id: 'target',
        viName: 'chi_tieu',
        label: { vi: 'Chỉ tiêu', en: 'Target' },
        description: {
          vi: 'Chỉ tiêu: văn bản gốc ("Đạt tỷ lệ tối thiểu 90%") hoặc dạng chuẩn ("≥ 90%").',
          en: 'The target: the original text ("Đạt tỷ lệ tối thiểu 90%") or its normalised form ("≥ 90%").',
        },
        kind: 'text',
        type: 'text',
        ifBlank: '#N/A',
      },
    ],
    result: { kind: 'boolean', description: { vi: 'Đạt hay chưa đạt.', en: 'Whether the target is met.' } },
    shape: 'cells',
    blankWhen: ['actual'],
  },
  {
    id: 'RATE',
    name: { en: 'RATE', vi: 'TYLE' },
    description: {
      vi: 'Tỷ lệ số đạt / tổng số, dạng phân số (định dạng ô là %); báo lỗi khi tổng số bằng 0 hoặc bị thiếu.',
      en: 'Part over total, as a fraction (format the cell as %); an error when the total is zero or missing.',
    },
    params: [
      {
        id: 'part',
        viName: 'so_dat',
        label: { vi: 'Số đạt', en: 'Part' },
        description: { vi: 'Số đạt, ví dụ số hồ sơ đúng hạn.', en: 'The part, e.g. files handled on time.' },
        kind: 'number',
        type: 'number',
        min: 0,
      },
      {
        id: 'total',
        viName: 'tong_so',
        label: { vi: 'Tổng số', en: 'Total' },
        description: { vi: 'Tổng số, ví dụ tổng số hồ sơ.', en: 'The total, e.g. all files.' },
        kind: 'number',
        type: 'number',
        min: 0,
        ifBlank: '#N/A',
      },
    ],
    result: { kind: 'number', description: { vi: 'Tỷ lệ (0,9 = 90%).', en: 'The rate (0.9 = 90%).' } },
    shape: 'cells',
    blankWhen: ['part'],
    order: ['total', 'part'],
  },
  {
    id: 'SCORE',
    name: { en: 'SCORE', vi: 'DIEM' },
    description: {
      vi: 'Điểm của một tiêu chí theo cách tính điểm (theo mức hoặc theo tỷ lệ), từ giá trị thực tế và điểm tối đa; để trống khi chưa có giá trị thực tế.',
      en: 'The points a criterion earns under its scoring rule (bands or proportional), from the actual value and the maximum points; empty until there is an actual value.',
    },
    params: [
      {
        id: 'actual',
        viName: 'thuc_te',
        label: { vi: 'Giá trị thực tế', en: 'Actual value' },
        description: {
          vi: 'Giá trị thực tế: tỷ lệ (0,95), số lượng, TRUE/FALSE hoặc văn bản ("Có").',
          en: 'The actual value: a rate (0.95), a count, TRUE/FALSE or text ("Có").',
        },
        kind: 'any',
        type: 'any',
      },
      {
        id: 'max',
        viName: 'diem_toi_da',
        label: { vi: 'Điểm tối đa', en: 'Maximum points' },
        description: { vi: 'Điểm tối đa của tiêu chí.', en: 'The maximum points of the criterion.' },
        kind: 'number',
        type: 'number',
        ifBlank: '#N/A',
      },
      {
        id: 'rule',
        viName: 'cach_tinh',
        label: { vi: 'Cách tính điểm', en: 'Scoring rule' },
        description: {
          vi: 'Cách tính điểm, ví dụ "Trên 90%: 2; Từ 70% đến 90%: 1; Dưới 70%: 0" hoặc "Tỷ lệ × điểm tối đa".',
          en: 'The scoring rule, e.g. "Trên 90%: 2; Từ 70% đến 90%: 1; Dưới 70%: 0" or "Tỷ lệ × điểm tối đa" (proportional).',
        },
        kind: 'text',
        type: 'text',
        ifBlank: '#N/A',
      },
    ],
    result: { kind: 'number', description: { vi: 'Điểm đạt.', en: 'The points.' } },
    shape: 'cells',
    blankWhen: ['actual'],
  },
  {
    id: 'INDEX',
    name: { en: 'INDEX', vi: 'CHISO' },
    description: {
      vi: 'Chỉ số thành phần: tổng điểm đạt / tổng điểm tối đa của cả vùng, một giá trị dạng phân số (định dạng ô là %).',
      en: 'Component index: the sum of points over the sum of maximum points of the whole ranges, one value as a fraction (format the cell as %).',
    },
    params: [
      {
        id: 'points',
        viName: 'diem',
        label: { vi: 'Điểm đạt', en: 'Points' },
        description: { vi: 'Điểm đạt của các tiêu chí (một vùng).', en: 'The points of the criteria (a range).' },
        kind: 'number',
        type: 'number',
      },
      {
        id: 'max',
        viName: 'diem_toi_da',
        label: { vi: 'Điểm tối đa', en: 'Maximum points' },
        description: {
          vi: 'Điểm tối đa của các tiêu chí (vùng cùng kích thước).',
          en: 'The maximum points of the criteria (a range of the same size).',
        },
        kind: 'number',
        type: 'number',
      },
    ],
    result: { kind: 'number', description: { vi: 'Chỉ số (0,85 = 85%).', en: 'The index (0.85 = 85%).' } },
    shape: 'total',
    blankWhen: ['points', 'max'],
  },
  {
    id: 'AREA',
    name: { en: 'AREA', vi: 'LINHVUC' },
    description: {
      vi: 'Lĩnh vực (chỉ số thành phần) mà tiêu đề mục hoặc nhiệm vụ thuộc về; "Khác" nếu không nhận ra.',
      en: 'The area (component index) a section title or task belongs to; "Khác" (other) when none is recognised.',
    },
    params: [
      {
        id: 'text',
        viName: 'van_ban',
        label: { vi: 'Văn bản', en: 'Text' },
        description: {
          vi: 'Tiêu đề mục ("III. CẢI CÁCH THỦ TỤC HÀNH CHÍNH") hoặc nội dung nhiệm vụ.',
          en: 'A section title ("III. CẢI CÁCH THỦ TỤC HÀNH CHÍNH") or a task.',
        },
        kind: 'text',
        type: 'text',
      },
      {
        id: 'form',
        viName: 'dang',
        label: { vi: 'Dạng kết quả', en: 'Form' },
        description: {
          vi: '"vi" (mặc định): tên tiếng Việt; "en": tên tiếng Anh; "key": mã lĩnh vực ("procedures").',
          en: '"vi" (default): the Vietnamese name; "en": the English name; "key": the area key ("procedures").',
        },
        kind: 'text',
        type: 'text',
        default: 'vi',
        optional: true,
      },
    ],
    result: { kind: 'text', description: { vi: 'Tên hoặc mã lĩnh vực.', en: 'The area name or key.' } },
    shape: 'cells',
    blankWhen: ['text'],
  },
];

/** The declaration of one function. */
export function functionSpec(id: FunctionId): FunctionSpec {
  const spec = FUNCTION_CATALOGUE.find((f) => f.id === id);
  if (!spec) throw new RangeError(`Unknown PAR function: ${id}`);
  return spec;
}
