/**
 * The Vietnamese wording of deadlines, as data. Every phrase is written folded (see
 * `core/text/fold`: no diacritics, lowercase, single spaces, đ → d), so one entry matches
 * "Thường xuyên", "THƯỜNG XUYÊN", "thuong xuyen" and decomposed (NFD) input alike.
 * A phrase lives here once; `parseDue` only turns these lists into patterns.
 */

/**
 * Words after "năm" that place a date relative to the plan year
 * ("quý IV của năm trước liền kề", "trước ngày 15/02 của năm sau").
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
  'trong ca',
  'trong suot',
  'ca',
  'suot',
  'cuoi', // cuối năm: by the end of the year
  'het',
  'den het',
  'den cuoi',
];

/**
 * Work that repeats rather than ends; checked at 31/12 of the plan year. "Định kỳ hàng năm"
 * is caught by "hang nam"; "định kỳ" alone ("cùng với báo cáo định kỳ") follows a reporting
 * cycle and is a schedule phrase instead.
 */
export const RECURRING_MARKERS: readonly string[] = [
  'thuong xuyen', // thường xuyên
  'hang nam', // hàng năm / hằng năm
  'moi nam', // mỗi năm
  'hang quy', // hàng quý
  'hang thang', // hàng tháng
  'hang tuan', // hàng tuần
];

/**
 * Deadlines set by something outside the cell (a plan, a schedule, a request, a report cycle):
 * recognised, but no fixed date. A cell that also names a date still gets that date.
 */
export const SCHEDULE_PHRASES: readonly string[] = [
  'theo ke hoach', // Theo kế hoạch
  'theo tien do', // Theo tiến độ cụ thể của từng nhiệm vụ / triển khai của Trung ương / thời gian
  'theo yeu cau', // Theo yêu cầu của Sở Nội vụ
  // "… thực hiện theo thời gian" | "yêu cầu của Sở …": the continuation after a page break
  'yeu cau cua',
  'khi co', // Khi có yêu cầu, khi có văn bản
  'theo ket luan', // Theo kết luận của thanh tra …
  'theo chi dao', // Theo chỉ đạo của …
  'theo quy dinh', // … phải đảm bảo theo quy định
  'theo huong dan', // Theo hướng dẫn của …
  'theo thoi gian', // Thực hiện theo thời gian yêu cầu …
  'theo lo trinh', // Theo lộ trình
  'theo thong bao', // Theo thông báo
  'truoc thoi han', // Trước thời hạn gửi nộp báo cáo …
  'cung voi bao cao', // Báo cáo kết quả cùng với báo cáo công tác CCHC định kỳ
  'dinh ky', // Báo cáo định kỳ
  'dot xuat', // Đột xuất
  'sau khi', // Sau khi … được ban hành
];

/**
 * Words that, right before a day/month written without a year ("trước 15/1", "ngày 05/6"),
 * show it is a date; without one, "3/4" could as well be a fraction or a count.
 */
export const DAY_MONTH_CUES: readonly string[] = [
  'ngay', // ngày 25/11
  'truoc', // trước 15/1
  'den', // đến 30/6
  'toi', // tới 30/6
  'vao', // vào 15/12
  'tu', // từ 01/7
  'han', // hạn 15/12
  'nhat', // chậm nhất 15/12
];

/**
 * What joins the two ends of a period ("Quý I/2024 - Quý III/2024", "từ tháng 3 đến tháng
 * 6/2024"): only the end of a period is a deadline.
 */
export const RANGE_LINKS: readonly string[] = ['-', 'den', 'toi', 'cho den', 'den het', 'toi het'];

/**
 * Issuers that follow a document's date ("ngày 28/12/2023 của UBND tỉnh"): that date is when a
 * cited document was signed, not a deadline. Sở is left out on purpose: deadline cells name a
 * Sở as the recipient of a report more often than as the author of a cited document.
 */
export const ISSUERS: readonly string[] = [
  'ubnd',
  'uy ban',
  'chinh phu',
  'thu tuong',
  'bo',
  'hdnd',
  'hoi dong',
  'quoc hoi',
  'tinh uy',
  'huyen uy',
  'thanh uy',
  'ban chap hanh',
  'ban thuong vu',
  'chu tich',
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
