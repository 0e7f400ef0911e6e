/**
 * Import warnings: one catalogue, Vietnamese first with English beside it, so the CLI, the task
 * pane and the sidebar all say the same thing. A warning names the source row and what was done.
 */
export const IMPORT_MESSAGES = {
  'no-header': {
    vi: (_: object) => 'Không tìm thấy dòng tiêu đề của bảng phụ lục (cần các cột như STT, Nhiệm vụ, Cơ quan chủ trì, Tiến độ)',
    en: (_: object) => 'No appendix header row found (expected columns such as STT, Nhiệm vụ, Cơ quan chủ trì, Tiến độ)',
  },
  'no-year': {
    vi: (_: object) => 'Không xác định được năm kế hoạch; hạn như "Thường xuyên" sẽ không có ngày (dùng --year để chỉ định)',
    en: (_: object) => 'Plan year not found; deadlines such as "Thường xuyên" get no date (use --year)',
  },
  'header-repeated': {
    vi: (_: object) => 'Dòng tiêu đề lặp lại (sang trang) — bỏ qua',
    en: (_: object) => 'Repeated header row (page break) — skipped',
  },
  'column-numbers': {
    vi: (_: object) => 'Dòng đánh số cột (1, 2, 3…) — bỏ qua',
    en: (_: object) => 'Column-number row (1, 2, 3…) — skipped',
  },
  noise: {
    vi: (p: { text: string }) => `Dòng không phải nhiệm vụ ("${p.text}", có thể là số trang) — bỏ qua`,
    en: (p: { text: string }) => `Not a task ("${p.text}", probably a page number) — skipped`,
  },
  'orphan-row': {
    vi: (p: { text: string }) => `Dòng không thuộc nhiệm vụ nào ("${p.text}") — bỏ qua`,
    en: (p: { text: string }) => `Row belongs to no task ("${p.text}") — skipped`,
  },
  'after-table': {
    vi: (p: { text: string }) => `Dòng ngoài bảng ("${p.text}") — bỏ qua`,
    en: (p: { text: string }) => `Line outside the table ("${p.text}") — skipped`,
  },
  'section-continued': {
    vi: (p: { section: string }) => `Dòng nối tiếp tiêu đề phần ${p.section} (sang trang) — đã ghép vào tiêu đề`,
    en: (p: { section: string }) => `Continues the heading of section ${p.section} (page break) — joined to it`,
  },
  'inherited-merged': {
    vi: (p: { fields: string; from: number }) => `Ô trống (${p.fields}) được lấy theo dòng ${p.from} ở trên (ô gộp trong bản gốc)`,
    en: (p: { fields: string; from: number }) => `Empty ${p.fields} taken from row ${p.from} above (merged cell in the source)`,
  },
  'no-lead': {
    vi: (p: { code: string }) => `Nhiệm vụ ${p.code} không có cơ quan chủ trì`,
    en: (p: { code: string }) => `Task ${p.code} has no lead office`,
  },
  'due-unreadable': {
    vi: (p: { text: string }) => `Không đọc được thời hạn "${p.text}" — để trống cột Hạn`,
    en: (p: { text: string }) => `Deadline "${p.text}" not understood — Hạn left empty`,
  },
  'duplicate-code': {
    vi: (p: { code: string; id: string }) => `Số thứ tự ${p.code} bị trùng — mã nhiệm vụ đặt là ${p.id}`,
    en: (p: { code: string; id: string }) => `Duplicate number ${p.code} — task ID set to ${p.id}`,
  },
  'legacy-encoding': {
    vi: (p: { encoding: string }) => `Văn bản mã ${p.encoding} (phông cũ) đã được chuyển sang Unicode — vui lòng kiểm tra lại`,
    en: (p: { encoding: string }) => `Legacy ${p.encoding} text converted to Unicode — please check`,
  },
  'cell-too-long': {
    vi: (p: { column: number; length: number; max: number }) =>
      `Ô ở cột ${p.column} dài ${p.length} ký tự, quá ${p.max} ký tự một ô Excel chứa được — đã cắt bớt`,
    en: (p: { column: number; length: number; max: number }) =>
      `Cell in column ${p.column} has ${p.length} characters, more than the ${p.max} an Excel cell holds — cut`,
  },
  'csv-quote': {
    vi: (p: { line: number }) => `Dấu ngoặc kép mở ô ở dòng ${p.line} của tệp không được đóng đúng — đã bỏ dấu đó để không nuốt hay làm lệch các dòng sau`,
    en: (p: { line: number }) =>
      `Quote opening a cell on line ${p.line} of the file is not closed properly — dropped so the rows after it are read as they are`,
  },
  'csv-ragged': {
    vi: (p: { cells: number; header: number }) =>
      `Dòng có ${p.cells} ô, nhiều hơn ${p.header} cột của dòng tiêu đề — các ô thừa không được đọc, hãy kiểm tra dấu phân cách`,
    en: (p: { cells: number; header: number }) =>
      `Row has ${p.cells} cells, more than the header's ${p.header} — the extra cells are not read; check the delimiters`,
  },
  'merges-unread': {
    vi: (_: object) =>
      'Excel không trả về các ô gộp của bảng (quá nhiều ô gộp) — đã nhập không theo ô gộp; ô trống dưới một ô gộp dọc sẽ không được điền, hãy kiểm tra cột Tiến độ và Cơ quan chủ trì',
    en: (_: object) =>
      'Excel would not give the merged cells of the table (too many) — imported without them; cells under a vertical merge are not filled, check the deadline and lead columns',
  },
  'indicator-table': {
    vi: (p: { count: number }) =>
      `Bảng chỉ tiêu: ${p.count} chỉ tiêu được nhập thành nhiệm vụ (chỉ tiêu, cơ quan theo dõi, giá trị cần đạt) — hạn lấy theo giai đoạn hoặc mốc năm ghi trong chỉ tiêu`,
    en: (p: { count: number }) =>
      `Indicator table: ${p.count} indicators imported as tasks (indicator, office in charge, value to reach) — deadlines from their phase or the year they name`,
  },
  'due-from-phase': {
    vi: (p: { phase: string }) => `Không có cột thời hạn — hạn lấy theo giai đoạn "${p.phase}"`,
    en: (p: { phase: string }) => `No deadline column — deadline taken from the phase "${p.phase}"`,
  },
  'due-from-column': {
    vi: (p: { column: string }) => `Không có cột thời hạn — hạn lấy theo năm ghi ở tiêu đề cột "${p.column}"`,
    en: (p: { column: string }) => `No deadline column — deadline taken from the year in the column header "${p.column}"`,
  },
  'due-from-text': {
    vi: (p: { text: string }) => `Không có cột thời hạn — hạn lấy theo mốc "${p.text}" ghi trong chỉ tiêu`,
    en: (p: { text: string }) => `No deadline column — deadline taken from "${p.text}" in the indicator's text`,
  },
  'narrative-plan': {
    vi: (p: { tasks: number; areas: number }) =>
      `Kế hoạch không có bảng phụ lục: ${p.tasks} nhiệm vụ ở ${p.areas} lĩnh vực được đọc từ lời văn (mỗi gạch đầu dòng một nhiệm vụ) — hãy kiểm tra lại trong bản xem trước`,
    en: (p: { tasks: number; areas: number }) =>
      `The plan has no appendix table: ${p.tasks} tasks in ${p.areas} areas were read from its prose (one per bullet) — check them in the preview`,
  },
  'narrative-no-lead': {
    vi: (_: object) => 'Kế hoạch không giao cơ quan chủ trì cho từng nội dung — cột Cơ quan chủ trì để trống, hãy điền trong bảng theo dõi',
    en: (_: object) => 'The plan names no lead office for its contents — the lead column is left empty; fill it in the tracker',
  },
  'remedy-year': {
    vi: (p: { assessed: number; year: number }) => `Kế hoạch khắc phục kết quả Chỉ số năm ${p.assessed}, ban hành năm ${p.year} — theo dõi cho năm ${p.year}`,
    en: (p: { assessed: number; year: number }) => `A plan remedying the ${p.assessed} index, issued in ${p.year} — tracked for ${p.year}`,
  },
  'other-table': {
    vi: (p: { header: string; rows: number }) =>
      `Tài liệu còn một bảng khác (tiêu đề "${p.header}", ${p.rows} dòng) chưa được nhập — chỉ bảng lớn nhất được nhập; nếu cần theo dõi bảng đó, lưu nó thành tệp riêng và nhập vào một bảng theo dõi khác`,
    en: (p: { header: string; rows: number }) =>
      `The document has another table (header "${p.header}", ${p.rows} rows) that was not imported — only the largest is; to track it, save it as a file of its own and import it into another tracker`,
  },
  'cell-error': {
    vi: (p: { text: string }) => `Ô có giá trị lỗi ${p.text}`,
    en: (p: { text: string }) => `Cell holds an error value ${p.text}`,
  },
} as const;

export type ImportMessageCode = keyof typeof IMPORT_MESSAGES;
type ParamsOf<C extends ImportMessageCode> = Parameters<(typeof IMPORT_MESSAGES)[C]['vi']>[0];

/** The Vietnamese message of a warning, prefixed with its row ("Dòng 12: …"). */
export function importMessage<C extends ImportMessageCode>(code: C, row: number, params: ParamsOf<C>, lang: 'vi' | 'en' = 'vi'): string {
  const text = (IMPORT_MESSAGES[code][lang] as (p: ParamsOf<C>) => string)(params);
  if (row <= 0) return text;
  return lang === 'vi' ? `Dòng ${row}: ${text}` : `Row ${row}: ${text}`;
}
