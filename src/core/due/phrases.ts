/**
 * The Vietnamese wording of deadlines, as data. Phrases are written as users type them (with
 * diacritics) and folded once by the phrase engine (`alternation` in core/text/phrases), so one
 * entry matches "Từ năm", "TỪ NĂM", "tu nam" and decomposed (NFD) input alike.
 * Three tables stay written folded (see `core/text/fold`: no diacritics, lowercase, single
 * spaces, đ → d): RELATIVE_YEARS, RECURRING_MARKERS and SCHEDULE_PHRASES, because `parseDue`
 * also looks the folded text it matched up in them as written; so do QUARTER_NUMBERS' keys.
 * A phrase lives here once; `parseDue` only turns these lists into patterns.
 */

/**
 * Words after "năm" that place a date relative to the plan year
 * ("quý IV của năm trước liền kề", "trước ngày 15/02 của năm sau").
 * Written folded: `parseDue` looks the folded words it matched up here as written.
 */
export const RELATIVE_YEARS: ReadonlyArray<{ words: string; offset: number }> = [
  { words: 'truoc lien ke', offset: -1 }, // năm trước liền kề: the year before the plan year
  { words: 'truoc', offset: -1 }, // năm trước
  { words: 'sau lien ke', offset: 1 }, // năm sau liền kề (năm đánh giá)
  { words: 'sau', offset: 1 }, // năm sau
  { words: 'tiep theo', offset: 1 }, // năm tiếp theo
  { words: 'ke tiep', offset: 1 }, // năm kế tiếp
  { words: 'thuc hien ke hoach', offset: 0 }, // năm thực hiện kế hoạch = the plan year
  { words: 'thuc hien', offset: 0 },
  { words: 'thuc', offset: 0 }, // "năm thực" cut by a page break before "hiện"
  { words: 'ke hoach', offset: 0 }, // năm kế hoạch
  { words: 'danh gia', offset: 0 }, // năm đánh giá: the year being assessed
  { words: 'nay', offset: 0 }, // năm nay
];

/**
 * Words before a bare "năm" that make it mean "the plan year" ("Trong năm", "Cả năm").
 * Without one of these, "năm" needs a number after it: "Báo cáo năm" is not a deadline.
 */
export const YEAR_PREFIXES: readonly string[] = [
  'trong',
  'trong cả',
  'trong suốt',
  'cả',
  'suốt',
  'cuối', // cuối năm: by the end of the year
  'hết',
  'đến hết',
  'đến cuối',
];

/** How often recurring work comes round; every kind is checked at 31/12 of the plan year. */
export type DueEvery = 'year' | 'quarter' | 'month' | 'week';

/**
 * Work that repeats rather than ends; checked at 31/12 of the plan year. "Định kỳ hàng năm"
 * is caught by "hang nam"; "định kỳ" alone ("cùng với báo cáo định kỳ") follows a reporting
 * cycle and is a schedule phrase instead. "Thường xuyên" (ongoing) is checked once a year.
 * Written folded: `parseDue` looks the folded words it matched up here as written.
 */
export const RECURRING_MARKERS: ReadonlyArray<{ words: string; every: DueEvery }> = [
  { words: 'thuong xuyen', every: 'year' }, // thường xuyên
  { words: 'hang nam', every: 'year' }, // hàng năm / hằng năm
  { words: 'moi nam', every: 'year' }, // mỗi năm
  { words: 'hang quy', every: 'quarter' }, // hàng quý / hằng quý
  { words: 'moi quy', every: 'quarter' }, // mỗi quý
  { words: 'hang thang', every: 'month' }, // hàng tháng / hằng tháng
  { words: 'moi thang', every: 'month' }, // mỗi tháng
  { words: 'hang tuan', every: 'week' }, // hàng tuần / hằng tuần
];

/**
 * Why a cell sets no fixed date: the name of the rule that read it. The date is set by
 * something outside the cell, or by an event that may or may not come.
 */
export type ScheduleReason = 'on-occurrence' | 'after-event' | 'on-request' | 'by-schedule';

/**
 * Deadlines set by something outside the cell (a plan, a schedule, a request, a report cycle, an
 * event): recognised, but no fixed date. A cell that also names a date still gets that date.
 * The longest phrase found wins, so "khi có yêu cầu" is a request, "khi có" alone an occurrence.
 * Written folded: `parseDue` looks the folded words it matched up here as written.
 */
export const SCHEDULE_PHRASES: ReadonlyArray<{ reason: ScheduleReason; words: readonly string[] }> = [
  {
    // Whenever the case arises: "Khi có phát sinh", "Khi phát sinh", "Khi có văn bản", "Nếu có
    // phát sinh". Not "phát sinh" alone ("TTHC có phát sinh hồ sơ" is a rate's wording) nor
    // "(nếu có)", which output cells put after any document.
    reason: 'on-occurrence',
    words: ['khi co', 'khi phat sinh', 'neu phat sinh', 'neu co phat sinh', 'khi can thiet'],
  },
  {
    // Once something else has happened: "Sau khi có Quy chế của Trung ương", "Sau khi … được
    // ban hành", "Chờ hướng dẫn của Trung ương".
    reason: 'after-event',
    words: ['sau khi', 'cho huong dan', 'cho quy dinh', 'cho van ban'],
  },
  {
    // When someone asks: "Theo yêu cầu của Sở Nội vụ", "Theo chỉ đạo của …", "Đột xuất".
    reason: 'on-request',
    words: [
      'theo yeu cau',
      // "… thực hiện theo thời gian" | "yêu cầu của Sở …": the continuation after a page break
      'yeu cau cua',
      'khi co yeu cau', // Khi có yêu cầu
      'khi duoc yeu cau',
      'theo ket luan', // Theo kết luận của thanh tra …
      'theo chi dao', // Theo chỉ đạo của …
      'dot xuat', // Đột xuất
    ],
  },
  {
    // Set by a plan, a roadmap, a rule or a report cycle elsewhere.
    reason: 'by-schedule',
    words: [
      'theo ke hoach', // Theo kế hoạch
      'theo tien do', // Theo tiến độ cụ thể của từng nhiệm vụ / triển khai của Trung ương / thời gian
      'theo quy dinh', // … phải đảm bảo theo quy định
      'theo huong dan', // Theo hướng dẫn của …
      'theo thoi gian', // Thực hiện theo thời gian yêu cầu …
      'theo lo trinh', // Theo lộ trình
      'theo thong bao', // Theo thông báo
      'truoc thoi han', // Trước thời hạn gửi nộp báo cáo …
      'cung voi bao cao', // Báo cáo kết quả cùng với báo cáo công tác CCHC định kỳ
      'dinh ky', // Báo cáo định kỳ
    ],
  },
];

/**
 * Words that open work with no end ("Kể từ năm 2026", "Từ năm 2026 trở đi"): before a year not
 * followed by the end of a period, the work goes on from that year, every year. "Bắt đầu" may
 * come first, with up to three words after it ("Bắt đầu triển khai từ năm 2026").
 */
export const START_CUES: readonly string[] = ['kể từ', 'từ'];
export const START_OPENERS: readonly string[] = ['bắt đầu', 'khởi đầu'];

/** Words after the start year that say the work goes on ("từ năm 2026 trở đi"). */
export const ONWARD_WORDS: readonly string[] = [
  'trở đi',
  'về sau',
  'trở về sau',
  'và các năm tiếp theo',
  'và các năm sau',
  'và những năm tiếp theo',
  'và những năm sau',
];

/**
 * Words that, right before a day/month written without a year ("trước 15/1", "ngày 05/6"),
 * show it is a date; without one, "3/4" could as well be a fraction or a count.
 */
export const DAY_MONTH_CUES: readonly string[] = [
  'ngày', // ngày 25/11
  'trước', // trước 15/1
  'đến', // đến 30/6
  'tới', // tới 30/6
  'vào', // vào 15/12
  'từ', // từ 01/7
  'hạn', // hạn 15/12
  'nhất', // chậm nhất 15/12
];

/**
 * What joins the two ends of a period ("Quý I/2024 - Quý III/2024", "từ tháng 3 đến tháng
 * 6/2024"): only the end of a period is a deadline.
 */
export const RANGE_LINKS: readonly string[] = ['-', 'đến', 'tới', 'cho đến', 'đến hết', 'tới hết'];

/**
 * Issuers that follow a document's date ("ngày 28/12/2023 của UBND tỉnh"): that date is when a
 * cited document was signed, not a deadline. Sở is left out on purpose: deadline cells name a
 * Sở as the recipient of a report more often than as the author of a cited document.
 */
export const ISSUERS: readonly string[] = [
  'UBND',
  'Ủy ban',
  'Chính phủ',
  'Thủ tướng',
  'Bộ',
  'HĐND',
  'Hội đồng',
  'Quốc hội',
  'Tỉnh ủy',
  'Huyện ủy',
  'Thành ủy',
  'Ban Chấp hành',
  'Ban Thường vụ',
  'Chủ tịch',
];

/** Quarter numbers as written after "quý"/"quí": Roman or Arabic. */
export const QUARTER_NUMBERS: Readonly<Record<string, number>> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
};
