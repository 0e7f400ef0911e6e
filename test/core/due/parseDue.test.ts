import type { DueKind } from '../../../src/core/plan/schema';
import { explainDue, parseDue, prepareDueText, type DueContext, type DueEvery, type DueInfo, type DueRule } from '../../../src/core/due';

/** What a cell should give, apart from the rule that read it (asserted where a row names it). */
type Want = Pick<DueInfo, 'kind' | 'due' | 'dates' | 'recognized'>;

/** What a cell should give: the kind and every date; `due` is the earliest, by definition. */
function on(kind: DueKind, ...dates: string[]): Want {
  const sorted = [...new Set(dates)].sort();
  return { kind, due: sorted[0] ?? null, dates: sorted, recognized: true };
}
const SCHEDULE = on('schedule');
const EMPTY = on('none');
const UNREAD: Want = { kind: 'none', due: null, dates: [], recognized: false };

interface Row {
  why: string;
  text: string;
  ctx?: DueContext;
  want: Want;
  /** The rule that should read it (checked with explainDue), where the row is about that. */
  rule?: DueRule;
  /** For recurring work: how often it comes round. */
  every?: DueEvery | null;
}

/** A cell as a one-line test title: quoted, control characters escaped, long cells cut. */
function shown(text: string): string {
  const quoted = JSON.stringify(text);
  return quoted.length > 90 ? quoted.slice(0, 89) + '…"' : quoted;
}

function table(rows: Row[]): void {
  test.each(rows.map((row) => ({ ...row, shown: shown(row.text) })))('$why: $shown', ({ text, ctx, want, rule, every }) => {
    const { folded, steps, ...info } = explainDue(text, ctx);
    expect(parseDue(text, ctx)).toEqual(info);
    expect({ kind: info.kind, due: info.due, dates: info.dates, recognized: info.recognized }).toEqual(want);
    // A cell that sets a deadline, or says why it sets none, names the rule that read it.
    expect(info.rule !== null).toBe(want.recognized && want.kind !== 'none');
    expect(info.every !== null).toBe(want.kind === 'recurring');
    if (rule !== undefined) expect({ rule: info.rule, folded, steps }).toMatchObject({ rule });
    if (every !== undefined) expect(info.every).toBe(every);
  });
}

const Y2024: DueContext = { year: 2024 };
const Y2019: DueContext = { year: 2019 };

describe('seed 000-appendix ("Tiến độ", plan year 2024)', () => {
  table([
    { why: 'the year named', text: 'Trong năm 2024', ctx: Y2024, want: on('year', '2024-12-31') },
    { why: 'recurring, checked at the end of the plan year', text: 'Thường xuyên', ctx: Y2024, want: on('recurring', '2024-12-31') },
    { why: 'follows each task’s own schedule', text: 'Theo tiến độ cụ thể của từng nhiệm vụ', ctx: Y2024, want: SCHEDULE },
    { why: 'follows the central government’s schedule', text: 'Theo tiến độ triển khai của Trung ương', ctx: Y2024, want: SCHEDULE },
    { why: 'an empty deadline cell', text: '', ctx: Y2024, want: EMPTY },
    // Rows split across pages (task 4.5, 6.1.2 and the end of 1.4), as they appear, then merged.
    { why: 'page-split head "Trong" alone means nothing', text: 'Trong', ctx: Y2024, want: UNREAD },
    { why: 'page-split tail "năm 2024" is still that year', text: 'năm 2024', ctx: Y2024, want: on('year', '2024-12-31') },
    { why: 'page-split head "Trong năm" is the plan year', text: 'Trong năm', ctx: Y2024, want: on('year', '2024-12-31') },
    { why: 'page-split tail that is only a year', text: '2024', ctx: Y2024, want: on('year', '2024-12-31') },
    { why: 'page-split merge of "Trong" + "năm 2024"', text: 'Trong năm 2024', ctx: Y2024, want: on('year', '2024-12-31') },
    { why: 'stray word repeated on the next page is not a deadline', text: 'vụ', ctx: Y2024, want: UNREAD },
    { why: 'merged with the stray repeat it is still a schedule', text: 'Theo tiến độ cụ thể của từng nhiệm vụ vụ', ctx: Y2024, want: SCHEDULE },
  ]);
});

describe('seed 002-two-row-header ("Thời gian chậm nhất phải hoàn thành", plan year 2024)', () => {
  table([
    { why: 'the date written, "at the latest before"', text: 'Chậm nhất trước ngày 31/12/2024', ctx: Y2024, want: on('date', '2024-12-31') },
    { why: 'follows the task’s own timing', text: 'Theo tiến độ thời gian', ctx: Y2024, want: SCHEDULE },
    { why: 'the year named', text: 'Trong năm 2024', ctx: Y2024, want: on('year', '2024-12-31') },
    { why: 'recurring, checked at the end of the plan year', text: 'Thường xuyên', ctx: Y2024, want: on('recurring', '2024-12-31') },
    { why: 'the last day of the quarter', text: 'Quý III năm 2024', ctx: Y2024, want: on('quarter', '2024-09-30') },
    { why: 'the date written after "Trước"', text: 'Trước 31/12/2024', ctx: Y2024, want: on('date', '2024-12-31') },
  ]);
});

// 003: the report-schedule cell of task I.2, as printed on three pages, then merged.
const REPORTS_PAGE_1 = '1. Báo cáo định kỳ về CCHC, gửi đến Sở Nội vụ (báo cáo quý gửi ngày 05, tháng cuối cùng của quý; báo cáo 6 tháng gửi ngày 05/6';
const REPORTS_PAGE_2 =
  '<p>hàng năm; báo cáo năm gửi ngày 25/11 hàng năm);</p> <p>2. Báo cáo năm về kiểm tra, rà soát VBQPPPL, gửi về Sở Tư pháp trước ngày 15/02 của năm sau liền kề năm đánh giá;</p> <p>3. Báo cáo năm về theo dõi tình hình thi hành pháp luật thực hiện theo quy định của Chính phủ về chế độ báo cáo của cơ quan hành chính nhà nước và theo hướng dẫn của cơ quan nhà nước có thẩm quyền;</p> <p>4. Báo cáo năm về đào tạo, bồi dưỡng công chức, viên chức, thực hiện theo thời gian yêu cầu của Sở Nội vụ;</p> <p>5. Báo cáo định kỳ về kết quả ứng dụng CNTT, Thực hiện theo thời gian</p>';
const REPORTS_PAGE_3 = 'yêu cầu của Sở Thông tin và Truyền thông.';
const REPORTS = [REPORTS_PAGE_1, REPORTS_PAGE_2, REPORTS_PAGE_3].join(' ');

describe('seed 003-markdown ("Thời gian hoàn thành", plan year 2019)', () => {
  table([
    {
      why: 'several deadlines: Q4 of the year before and Q1 of the plan year; the periodic report sets none',
      text: '1. Kế hoạch CCHC; Kế hoạch tuyên truyền CCHC ban hành trong quý IV của năm trước liền kề; Kế hoạch kiểm tra công tác CCHC ban hành trong quý I năm thực hiện kế hoạch; 2. Báo cáo kết quả cùng với báo cáo công tác CCHC định kỳ.',
      ctx: Y2019,
      want: on('quarter', '2018-12-31', '2019-03-31'),
    },
    {
      why: 'quarterly reports on the 5th of each quarter’s last month, and the 6-month report on 05/6',
      text: REPORTS_PAGE_1,
      ctx: Y2019,
      want: on('date', '2019-03-05', '2019-06-05', '2019-09-05', '2019-12-05'),
    },
    {
      why: 'page 2 alone: a leading "hàng năm" (recurring), 25/11 every year, and 15/02 of the next year',
      text: REPORTS_PAGE_2,
      ctx: Y2019,
      want: on('recurring', '2019-11-25', '2019-12-31', '2020-02-15'),
      rule: 'day-month',
      every: 'year',
    },
    { why: 'page 3 alone: "as required by" the department', text: REPORTS_PAGE_3, ctx: Y2019, want: SCHEDULE },
    {
      why: 'the merged cell keeps every report date; "05/6 hàng năm" stays a date',
      text: REPORTS,
      ctx: Y2019,
      want: on('date', '2019-03-05', '2019-06-05', '2019-09-05', '2019-11-25', '2019-12-05', '2020-02-15'),
    },
    { why: 'recurring through the plan year', text: 'Thường xuyên trong năm', ctx: Y2019, want: on('recurring', '2019-12-31') },
    { why: 'follows a plan', text: 'Theo kế hoạch', ctx: Y2019, want: SCHEDULE },
    { why: 'Q4 of the year before the plan year', text: 'Ban hành trong quý IV của năm trước liền kề', ctx: Y2019, want: on('quarter', '2018-12-31') },
    { why: 'goes with the periodic report', text: 'Báo cáo kết quả cùng với báo cáo công tác kiểm soát TTHC định kỳ', ctx: Y2019, want: SCHEDULE },
    {
      why: 'as regulated, then as required',
      text: '1. Thời hạn hoàn thiện việc sắp xếp, kiện toàn tổ chức bộ máy phải đảm bảo theo quy định; 2. Báo cáo đánh giá kết quả thực hiện theo yêu cầu của Sở Nội vụ.',
      ctx: Y2019,
      want: SCHEDULE,
    },
    { why: 'as required by the department', text: 'Báo cáo đánh giá kết quả thực hiện theo yêu cầu của Sở Nội vụ.', ctx: Y2019, want: SCHEDULE },
    { why: 'cut mid-phrase by a page break, not understood alone', text: 'Báo cáo đánh giá kết quả thực hiện theo yêu', ctx: Y2019, want: UNREAD },
    { why: 'the continuation alone is not understood either', text: 'cầu của Sở Nội vụ.', ctx: Y2019, want: UNREAD },
    {
      why: 'merged, the cut phrase is a schedule',
      text: 'Báo cáo đánh giá kết quả thực hiện theo yêu cầu của Sở Nội vụ.',
      ctx: Y2019,
      want: SCHEDULE,
    },
    {
      why: 'recurring every year, even cut by a page break',
      text: '1. Thực hiện thường xuyên hàng năm; 2. Báo cáo đánh giá kết quả thực hiện theo yêu',
      ctx: Y2019,
      want: on('recurring', '2019-12-31'),
    },
    {
      why: 'recurring every year, merged',
      text: '1. Thực hiện thường xuyên hàng năm; 2. Báo cáo đánh giá kết quả thực hiện theo yêu cầu của Sở Nội vụ.',
      ctx: Y2019,
      want: on('recurring', '2019-12-31'),
    },
    {
      why: 'according to plan and regulation',
      text: '1. Nhiệm vụ thực hiện theo kế hoạch; 2. Báo cáo tình hình, kết quả thực hiện theo quy định.',
      ctx: Y2019,
      want: SCHEDULE,
    },
    { why: 'a day/month with no year takes the plan year', text: 'Báo cáo đánh giá kết quả thực hiện trước 15/1', ctx: Y2019, want: on('date', '2019-01-15') },
    {
      why: 'Q1 of the plan year, "năm thực" cut by a page break',
      text: '1. Kế hoạch ban hành trong quý I của năm thực',
      ctx: Y2019,
      want: on('quarter', '2019-03-31'),
    },
    {
      why: 'the continuation page of that cell is a schedule',
      text: '<p>hiện</p> <p>2. Báo cáo đánh giá kết quả thực hiện theo yêu cầu của Sở Nội vụ.</p>',
      ctx: Y2019,
      want: SCHEDULE,
    },
    {
      why: 'merged, the quarter gives the date',
      text: '1. Kế hoạch ban hành trong quý I của năm thực <p>hiện</p> <p>2. Báo cáo đánh giá kết quả thực hiện theo yêu cầu của Sở Nội vụ.</p>',
      ctx: Y2019,
      want: on('quarter', '2019-03-31'),
    },
    { why: 'as required by the finance department', text: 'Báo cáo đánh giá kết quả thực hiện theo yêu cầu của Sở Tài chính', ctx: Y2019, want: SCHEDULE },
    { why: 'follows the inspection’s conclusions', text: 'Theo kết luận của thanh tra, kiểm tra, kiểm toán nhà nước', ctx: Y2019, want: SCHEDULE },
    {
      why: 'before the scoring report is due, a date set elsewhere',
      text: 'Trước thời hạn gửi nộp báo cáo tổng hợp kết quả chấm điểm về Sở Nội vụ',
      ctx: Y2019,
      want: SCHEDULE,
    },
    { why: 'the year named', text: 'Trong năm 2019', ctx: Y2019, want: on('year', '2019-12-31') },
    {
      why: 'periodic report as required',
      text: 'Báo cáo định kỳ về kết quả ứng dụng CNTT theo yêu cầu của Sở Thông tin và Truyền thông',
      ctx: Y2019,
      want: SCHEDULE,
    },
    { why: 'as required by the department', text: 'Theo yêu cầu của Sở Nội vụ', ctx: Y2019, want: SCHEDULE },
    { why: 'the column-number row is not a deadline', text: '6', ctx: Y2019, want: UNREAD },
    { why: 'an empty deadline cell', text: '', ctx: Y2019, want: EMPTY },
  ]);
});

describe('the plan’s issue date: a day/month or quarter with no year means its next occurrence', () => {
  const ISSUED_2019 = { year: 2019, issued: '2019-11-14' };
  table([
    {
      why: 'a January deadline in a plan issued in November is next January',
      text: 'Báo cáo đánh giá kết quả thực hiện trước 15/1',
      ctx: ISSUED_2019,
      want: on('date', '2020-01-15'),
    },
    {
      why: 'report days already past at issue move to the next year; 15/02 "năm sau" is written and stays',
      text: REPORTS,
      ctx: ISSUED_2019,
      // The earliest, 25/11, comes round every year.
      want: on('recurring', '2019-11-25', '2019-12-05', '2020-02-15', '2020-03-05', '2020-06-05', '2020-09-05'),
    },
    { why: 'a year written is never moved', text: 'Trước 31/01/2019', ctx: ISSUED_2019, want: on('date', '2019-01-31') },
    {
      why: '"năm thực hiện kế hoạch" names the plan year and is never moved',
      text: 'trong quý I năm thực hiện kế hoạch',
      ctx: ISSUED_2019,
      want: on('quarter', '2019-03-31'),
    },
    { why: 'a quarter with no year at all is the next one', text: 'Quý I', ctx: ISSUED_2019, want: on('quarter', '2020-03-31') },
    { why: 'a date on or after the issue date stays', text: 'ngày 25/11 hàng năm', ctx: ISSUED_2019, want: on('recurring', '2019-11-25') },
    { why: 'without a plan year, the year of issue stands in', text: 'Trong năm', ctx: { issued: '2024-06-07' }, want: on('year', '2024-12-31') },
    {
      why: 'without a plan year, a past day/month moves past the issue date',
      text: 'trước ngày 15/02',
      ctx: { issued: '2024-06-07' },
      want: on('date', '2025-02-15'),
    },
    { why: 'an invalid issue date is ignored', text: 'trước ngày 15/02', ctx: { year: 2024, issued: '07/06/2024' }, want: on('date', '2024-02-15') },
  ]);
});

// Issue 14: deadline phrases seen in real plans the importer had never met, each read by meaning
// (any spelling, diacritics or none, "/" or "năm", hyphen or en dash), and the rule that read it.
// A date: that date. Recurring work: checked at its date in the plan year, with how often it
// comes round. No fixed date: schedule, and the rule says why.
describe('deadline phrases from real plans (issue 14), and the rule that read each', () => {
  const Y2025: DueContext = { year: 2025 };
  const Y2026: DueContext = { year: 2026 };
  describe('a month → its last day', () => {
    table([
      { why: 'month with a leading zero and "/"', text: 'Tháng 02/2026', ctx: Y2025, want: on('date', '2026-02-28'), rule: 'month' },
      { why: 'month without the zero', text: 'tháng 2/2026', ctx: Y2025, want: on('date', '2026-02-28'), rule: 'month' },
      { why: 'month and year in words', text: 'Tháng 12 năm 2025', ctx: Y2025, want: on('date', '2025-12-31'), rule: 'month' },
      { why: '"tháng 02 năm 2026", no diacritics', text: 'thang 02 nam 2026', ctx: Y2025, want: on('date', '2026-02-28'), rule: 'month' },
      { why: 'within the month, hyphen', text: 'Trong tháng 02-2026', ctx: Y2025, want: on('date', '2026-02-28'), rule: 'month' },
      { why: 'before the month, upper case', text: 'TRƯỚC THÁNG 6/2026', ctx: Y2025, want: on('date', '2026-06-30'), rule: 'month' },
      { why: 'a leap February', text: 'Tháng 02/2028', ctx: Y2025, want: on('date', '2028-02-29'), rule: 'month' },
    ]);
  });
  describe('a period of years → its end', () => {
    table([
      { why: '"Năm" and a hyphen', text: 'Năm 2025-2026', ctx: Y2025, want: on('year', '2026-12-31'), rule: 'year-range' },
      { why: 'en dash with spaces', text: 'Năm 2025 – 2026', ctx: Y2025, want: on('year', '2026-12-31'), rule: 'year-range' },
      { why: 'within the years', text: 'Trong năm 2025 - 2026', ctx: Y2025, want: on('year', '2026-12-31'), rule: 'year-range' },
      { why: 'a phase, em dash', text: 'Giai đoạn 2026—2030', ctx: Y2025, want: on('year', '2030-12-31'), rule: 'year-range' },
      {
        why: '"đến hết năm" closes a period opened by "từ năm"',
        text: 'Từ năm 2026 đến hết năm 2030',
        ctx: Y2026,
        want: on('year', '2030-12-31'),
        rule: 'year',
      },
      {
        why: 'a list of years is several milestones, not a period',
        text: 'Năm 2025, 2026',
        ctx: Y2025,
        want: on('year', '2025-12-31', '2026-12-31'),
        rule: 'year',
      },
      { why: 'a list of years with "và"', text: 'Các năm 2025 và 2026', ctx: Y2025, want: on('year', '2025-12-31', '2026-12-31'), rule: 'year' },
    ]);
  });
  describe('a quarter → its last day', () => {
    table([
      { why: 'Roman with "/"', text: 'Quý IV/2026', ctx: Y2025, want: on('quarter', '2026-12-31'), rule: 'quarter' },
      { why: 'Arabic with "/"', text: 'Quý 4/2026', ctx: Y2025, want: on('quarter', '2026-12-31'), rule: 'quarter' },
      { why: '"Quí" and "năm"', text: 'Quí IV năm 2026', ctx: Y2025, want: on('quarter', '2026-12-31'), rule: 'quarter' },
      { why: 'upper case, spaced hyphen', text: 'QUÝ IV - 2026', ctx: Y2025, want: on('quarter', '2026-12-31'), rule: 'quarter' },
    ]);
  });
  describe('recurring work → checked at its date in the plan year, every year/quarter/month', () => {
    table([
      { why: 'every year, "hằng"', text: 'Hằng năm', ctx: Y2025, want: on('recurring', '2025-12-31'), rule: 'recurring', every: 'year' },
      { why: 'every year, "hàng"', text: 'Hàng năm', ctx: Y2025, want: on('recurring', '2025-12-31'), rule: 'recurring', every: 'year' },
      { why: 'every year, no diacritics, upper case', text: 'HANG NAM', ctx: Y2025, want: on('recurring', '2025-12-31'), rule: 'recurring', every: 'year' },
      { why: 'every year, "mỗi năm"', text: 'Thực hiện mỗi năm', ctx: Y2025, want: on('recurring', '2025-12-31'), rule: 'recurring', every: 'year' },
      { why: 'ongoing, checked once a year', text: 'Thường xuyên', ctx: Y2025, want: on('recurring', '2025-12-31'), rule: 'recurring', every: 'year' },
      {
        why: 'every quarter, checked at the end of the year',
        text: 'Hằng quý',
        ctx: Y2025,
        want: on('recurring', '2025-12-31'),
        rule: 'recurring',
        every: 'quarter',
      },
      { why: 'every month', text: 'Báo cáo hàng tháng', ctx: Y2025, want: on('recurring', '2025-12-31'), rule: 'recurring', every: 'month' },
      { why: 'December every year', text: 'Tháng 12 hằng năm', ctx: Y2025, want: on('recurring', '2025-12-31'), rule: 'month', every: 'year' },
      { why: 'December every year, other spelling', text: 'Tháng 12 hàng năm', ctx: Y2025, want: on('recurring', '2025-12-31'), rule: 'month', every: 'year' },
      { why: 'December every year, with a comma', text: 'tháng 12, hằng năm', ctx: Y2025, want: on('recurring', '2025-12-31'), rule: 'month', every: 'year' },
      { why: 'June of each year', text: 'Trước tháng 6 của mỗi năm', ctx: Y2025, want: on('recurring', '2025-06-30'), rule: 'month', every: 'year' },
      { why: 'the fourth quarter every year', text: 'Quý IV hằng năm', ctx: Y2025, want: on('recurring', '2025-12-31'), rule: 'quarter', every: 'year' },
      { why: 'a day every year', text: 'Trước ngày 15/12 hằng năm', ctx: Y2025, want: on('recurring', '2025-12-15'), rule: 'day-month', every: 'year' },
    ]);
  });
  describe('work that starts in a year and goes on → recurring from that year', () => {
    table([
      {
        why: 'starts in the year after the plan year: checked at the end of the start year',
        text: 'Bắt đầu triển khai từ năm 2026',
        ctx: Y2025,
        want: on('recurring', '2026-12-31'),
        rule: 'from-year',
        every: 'year',
      },
      {
        why: 'in the start year itself',
        text: 'Bắt đầu triển khai từ năm 2026',
        ctx: Y2026,
        want: on('recurring', '2026-12-31'),
        rule: 'from-year',
        every: 'year',
      },
      {
        why: 'a later plan year: checked at the end of the plan year',
        text: 'Bắt đầu triển khai từ năm 2026',
        ctx: { year: 2027 },
        want: on('recurring', '2027-12-31'),
        rule: 'from-year',
        every: 'year',
      },
      { why: 'no plan year: the start year', text: 'Bắt đầu triển khai từ năm 2026', want: on('recurring', '2026-12-31'), rule: 'from-year', every: 'year' },
      {
        why: 'words between "bắt đầu" and "từ"',
        text: 'Bắt đầu tổ chức thực hiện từ năm 2026',
        ctx: Y2025,
        want: on('recurring', '2026-12-31'),
        rule: 'from-year',
        every: 'year',
      },
      { why: '"bắt đầu" with no "từ"', text: 'bat dau thuc hien nam 2026', ctx: Y2025, want: on('recurring', '2026-12-31'), rule: 'from-year', every: 'year' },
      { why: '"kể từ"', text: 'Kể từ năm 2026', ctx: Y2025, want: on('recurring', '2026-12-31'), rule: 'from-year', every: 'year' },
      { why: '"trở đi"', text: 'Từ năm 2026 trở đi', ctx: Y2025, want: on('recurring', '2026-12-31'), rule: 'from-year', every: 'year' },
      {
        why: '"và các năm tiếp theo"',
        text: 'Triển khai từ năm 2026 và các năm tiếp theo',
        ctx: Y2025,
        want: on('recurring', '2026-12-31'),
        rule: 'from-year',
        every: 'year',
      },
      { why: 'a period is not open work', text: 'Từ năm 2026 đến năm 2030', ctx: Y2025, want: on('year', '2030-12-31'), rule: 'year-range' },
      { why: '"đầu tư" (investment) is not "từ"', text: 'Giải ngân vốn đầu tư năm 2026', ctx: Y2025, want: on('year', '2026-12-31'), rule: 'year' },
    ]);
  });
  describe('a year → 31/12 of it', () => {
    table([
      { why: 'a bare year', text: '2026', ctx: Y2025, want: on('year', '2026-12-31'), rule: 'year-cell' },
      { why: 'a bare year with a full stop', text: '2026.', ctx: Y2025, want: on('year', '2026-12-31'), rule: 'year-cell' },
      { why: 'a year typed with spaces around', text: ' 2026 ', ctx: Y2025, want: on('year', '2026-12-31'), rule: 'year-cell' },
      { why: '"Năm 2026"', text: 'Năm 2026', ctx: Y2025, want: on('year', '2026-12-31'), rule: 'year' },
    ]);
  });
  describe('no fixed date → schedule, and why', () => {
    table([
      { why: 'whenever a case arises', text: 'Khi có phát sinh', ctx: Y2025, want: SCHEDULE, rule: 'on-occurrence' },
      { why: 'whenever it arises, no "có"', text: 'Khi phát sinh', ctx: Y2025, want: SCHEDULE, rule: 'on-occurrence' },
      { why: 'carried out when a case arises, no diacritics', text: 'Thuc hien khi co phat sinh', ctx: Y2025, want: SCHEDULE, rule: 'on-occurrence' },
      { why: 'if any', text: 'Nếu có phát sinh', ctx: Y2025, want: SCHEDULE, rule: 'on-occurrence' },
      { why: 'after the central rules exist', text: 'Sau khi có Quy chế của Trung ương', ctx: Y2025, want: SCHEDULE, rule: 'after-event' },
      { why: 'after the centre issues them', text: 'Sau khi Trung ương ban hành quy định', ctx: Y2025, want: SCHEDULE, rule: 'after-event' },
      { why: 'right after guidance comes', text: 'Ngay sau khi có hướng dẫn của Bộ Nội vụ', ctx: Y2025, want: SCHEDULE, rule: 'after-event' },
      { why: 'waiting for central guidance', text: 'Chờ hướng dẫn của Trung ương', ctx: Y2025, want: SCHEDULE, rule: 'after-event' },
      { why: 'when asked: a request, not an occurrence', text: 'Khi có yêu cầu', ctx: Y2025, want: SCHEDULE, rule: 'on-request' },
      { why: 'as required', text: 'Theo yêu cầu của Sở Nội vụ', ctx: Y2025, want: SCHEDULE, rule: 'on-request' },
      { why: 'by the plan', text: 'Theo kế hoạch', ctx: Y2025, want: SCHEDULE, rule: 'by-schedule' },
      { why: '"phát sinh" inside a word is not the phrase', text: 'Phátsinh', ctx: Y2025, want: UNREAD },
      {
        why: 'a date written wins over the reason',
        text: 'Sau khi có Quy chế, chậm nhất Quý IV/2026',
        ctx: Y2025,
        want: on('quarter', '2026-12-31'),
        rule: 'quarter',
      },
    ]);
  });
});

describe('explainDue: which rule read what', () => {
  test('a period: both ends read by the quarter rule, only the end counts', () => {
    const e = explainDue('Quý I/2024 - Quý III/2024');
    expect(e.rule).toBe('quarter');
    expect(e.folded).toBe('quy i/2024 - quy iii/2024');
    expect(e.steps.map((s) => [s.rule, s.text, s.dates, s.used])).toEqual([
      ['quarter', 'quy i/2024', ['2024-03-31'], false],
      ['quarter', 'quy iii/2024', ['2024-09-30'], true],
    ]);
  });

  test('several rules in one cell, the earliest date names the rule', () => {
    const e = explainDue('Trong năm 2025; báo cáo trước ngày 15/12; Tháng 12 hằng năm', { year: 2025 });
    expect(e.rule).toBe('day-month');
    expect(e.steps.map((s) => s.rule)).toEqual(['year', 'day-month', 'month']);
    expect(e.steps[2]).toMatchObject({ kind: 'recurring', every: 'year' });
  });

  test('a cell with no fixed date has no steps, only its reason', () => {
    expect(explainDue('Khi có phát sinh')).toMatchObject({ kind: 'schedule', rule: 'on-occurrence', steps: [] });
  });

  test('empty and unread cells name no rule', () => {
    expect(explainDue('')).toMatchObject({ rule: null, recognized: true, steps: [] });
    expect(explainDue('abc')).toMatchObject({ rule: null, recognized: false, steps: [] });
  });

  test('a document number is read so nothing else reads it, and is no step', () => {
    expect(explainDue('Nghị định số 167/2017/NĐ-CP').steps).toEqual([]);
  });
});

describe('year phrases → 31/12 of that year', () => {
  table([
    { why: 'the year named', text: 'Trong năm 2024', want: on('year', '2024-12-31') },
    { why: 'the year named', text: 'Năm 2024', want: on('year', '2024-12-31') },
    { why: 'the whole plan year', text: 'Cả năm', ctx: Y2024, want: on('year', '2024-12-31') },
    { why: 'the plan year', text: 'Trong năm', ctx: Y2024, want: on('year', '2024-12-31') },
    { why: 'by the end of the year', text: 'Cuối năm 2024', want: on('year', '2024-12-31') },
    { why: 'the year after the plan year', text: 'Trong năm sau', ctx: Y2024, want: on('year', '2025-12-31') },
    { why: 'no plan year known: recognised, no date', text: 'Trong năm', want: on('year') },
    { why: 'no plan year known: recognised, no date', text: 'Cả năm', ctx: { year: null }, want: on('year') },
    { why: '"năm" as a noun is not a deadline', text: 'Báo cáo năm', ctx: Y2024, want: UNREAD },
  ]);
});

describe('recurring work → checked at 31/12 of the plan year', () => {
  table([
    { why: 'recurring', text: 'Thường xuyên', ctx: Y2024, want: on('recurring', '2024-12-31') },
    { why: 'recurring through the year', text: 'Thường xuyên trong năm', ctx: Y2024, want: on('recurring', '2024-12-31') },
    { why: 'every year', text: 'Hàng năm', ctx: Y2024, want: on('recurring', '2024-12-31') },
    { why: 'every year, other spelling', text: 'Hằng năm', ctx: Y2024, want: on('recurring', '2024-12-31') },
    { why: 'periodically every year', text: 'Định kỳ hàng năm', ctx: Y2024, want: on('recurring', '2024-12-31') },
    { why: 'done regularly every year', text: 'Thực hiện thường xuyên hàng năm', ctx: Y2024, want: on('recurring', '2024-12-31') },
    { why: 'every quarter, still checked at year end', text: 'Hàng quý', ctx: Y2024, want: on('recurring', '2024-12-31') },
    { why: 'a year written in the cell wins over the plan year', text: 'Thường xuyên năm 2023', ctx: Y2024, want: on('recurring', '2023-12-31') },
    { why: 'a year written in the cell wins over the plan year', text: 'Thường xuyên trong năm 2025', ctx: Y2024, want: on('recurring', '2025-12-31') },
    { why: 'no plan year known: recognised, no date', text: 'Thường xuyên', want: on('recurring') },
    { why: 'no plan year known: recognised, no date', text: 'Thường xuyên trong năm', want: on('recurring') },
  ]);
});

describe('quarters in any spelling → the quarter’s last day', () => {
  table([
    { why: 'Roman, "năm"', text: 'Quý III năm 2024', want: on('quarter', '2024-09-30') },
    { why: 'capital "Năm"', text: 'Quý II Năm 2024', want: on('quarter', '2024-06-30') },
    { why: '"Quí" with a hyphen', text: 'Quí II-2024', want: on('quarter', '2024-06-30') },
    { why: 'Arabic with a slash', text: 'quý 2/2024', want: on('quarter', '2024-06-30') },
    { why: 'Roman with a slash', text: 'Quý IV/2024', want: on('quarter', '2024-12-31') },
    { why: 'Roman with spaced slash', text: 'Quý I / 2024', want: on('quarter', '2024-03-31') },
    { why: 'Arabic, "năm"', text: 'Quý 4 năm 2024', want: on('quarter', '2024-12-31') },
    { why: 'year after a comma', text: 'Quý III, năm 2024', want: on('quarter', '2024-09-30') },
    { why: 'the plan year, named as such', text: 'trong quý I năm thực hiện kế hoạch', ctx: Y2024, want: on('quarter', '2024-03-31') },
    { why: 'the year before the plan year', text: 'trong quý IV của năm trước liền kề', ctx: Y2024, want: on('quarter', '2023-12-31') },
    { why: 'the year after the plan year', text: 'quý I của năm sau', ctx: Y2024, want: on('quarter', '2025-03-31') },
    { why: 'no year written: the plan year', text: 'Trong quý II', ctx: Y2024, want: on('quarter', '2024-06-30') },
    { why: 'no plan year known: recognised, no date', text: 'trong quý IV của năm trước liền kề', want: on('quarter') },
    { why: '"quy định" is not a quarter', text: 'Theo quy định', ctx: Y2024, want: SCHEDULE },
  ]);
});

describe('dates → that date', () => {
  table([
    { why: 'at the latest before', text: 'Chậm nhất trước ngày 31/12/2024', want: on('date', '2024-12-31') },
    { why: 'before', text: 'Trước 31/12/2024', want: on('date', '2024-12-31') },
    { why: 'single-digit day and month', text: 'Trước ngày 5/6/2024', want: on('date', '2024-06-05') },
    { why: 'dashes', text: '31-12-2024', want: on('date', '2024-12-31') },
    { why: 'dots', text: '31.12.2024', want: on('date', '2024-12-31') },
    { why: 'ISO', text: '2024-12-31', want: on('date', '2024-12-31') },
    { why: 'in words', text: 'ngày 31 tháng 12 năm 2024', want: on('date', '2024-12-31') },
    { why: 'day/month in words, plan year', text: 'trước ngày 15 tháng 02', ctx: Y2024, want: on('date', '2024-02-15') },
    { why: 'day/month takes the plan year', text: 'trước ngày 15/02', ctx: Y2024, want: on('date', '2024-02-15') },
    {
      why: 'every year on that day: recurring, due on the plan year’s',
      text: 'ngày 25/11 hàng năm',
      ctx: Y2024,
      want: on('recurring', '2024-11-25'),
      rule: 'day-month',
      every: 'year',
    },
    { why: '"năm sau" moves it to the next year', text: 'trước ngày 15/02 năm sau', ctx: Y2024, want: on('date', '2025-02-15') },
    { why: '"năm tiếp theo" moves it to the next year', text: 'trước ngày 15/02 của năm tiếp theo', ctx: Y2024, want: on('date', '2025-02-15') },
    { why: 'a month → its last day', text: 'Tháng 6/2024', want: on('date', '2024-06-30') },
    { why: 'a month in words', text: 'Trong tháng 2 năm 2024', want: on('date', '2024-02-29') },
    { why: 'a month of the plan year', text: 'Tháng 12', ctx: Y2024, want: on('date', '2024-12-31') },
    { why: 'the first half of the plan year', text: '6 tháng đầu năm', ctx: Y2024, want: on('date', '2024-06-30') },
    { why: 'the first nine months of a named year', text: '9 tháng đầu năm 2025', ctx: Y2024, want: on('date', '2025-09-30') },
    { why: 'the second half of the plan year', text: '6 tháng cuối năm', ctx: Y2024, want: on('date', '2024-12-31') },
    { why: 'no plan year known: recognised, no date', text: 'trước ngày 15/02', want: on('date') },
    { why: 'a cell that is only a day/month', text: '15/02', ctx: Y2024, want: on('date', '2024-02-15') },
    {
      why: 'a cell that is only a day/month, every year',
      text: '15/02 hàng năm',
      ctx: Y2024,
      want: on('recurring', '2024-02-15'),
      rule: 'day-month-cell',
      every: 'year',
    },
    { why: '29/02 in a leap plan year', text: 'trước ngày 29/02', ctx: Y2024, want: on('date', '2024-02-29') },
  ]);
});

describe('periods → the end of the period', () => {
  table([
    { why: 'years with spaced hyphen', text: '2021 - 2025', want: on('year', '2025-12-31') },
    { why: 'years with hyphen', text: '2021-2025', want: on('year', '2025-12-31') },
    { why: 'years with en dash', text: 'Giai đoạn 2021 – 2025', want: on('year', '2025-12-31') },
    { why: 'years in words', text: 'Từ năm 2021 đến năm 2025', want: on('year', '2025-12-31') },
    { why: 'quarters', text: 'Quý I/2024 - Quý III/2024', want: on('quarter', '2024-09-30') },
    { why: 'quarters without spaces', text: 'Quý I/2024-Quý III/2024', want: on('quarter', '2024-09-30') },
    { why: 'quarters, year written once', text: 'Từ quý I đến quý III năm 2024', want: on('quarter', '2024-09-30') },
    { why: 'months', text: 'từ tháng 3 đến tháng 6/2024', want: on('date', '2024-06-30') },
    { why: 'days', text: 'Từ ngày 01/7/2024 đến ngày 30/9/2024', want: on('date', '2024-09-30') },
    { why: 'a "period" ending before it starts is a list: both kept', text: 'Quý III/2024 - Quý I/2024', want: on('quarter', '2024-03-31', '2024-09-30') },
    { why: 'recurring work is not the end of a period', text: 'Quý IV/2023 - Thường xuyên', ctx: Y2024, want: on('quarter', '2023-12-31', '2024-12-31') },
  ]);
});

describe('deadlines set elsewhere → schedule, no date', () => {
  table([
    { why: 'by plan', text: 'Theo kế hoạch', want: SCHEDULE },
    { why: 'by schedule', text: 'Theo tiến độ', want: SCHEDULE },
    { why: 'by schedule', text: 'Theo tiến độ thời gian', want: SCHEDULE },
    { why: 'on request', text: 'Theo yêu cầu của Sở Nội vụ', want: SCHEDULE },
    { why: 'by conclusions', text: 'Theo kết luận của thanh tra tỉnh', want: SCHEDULE },
    { why: 'by direction', text: 'Theo chỉ đạo của UBND tỉnh', want: SCHEDULE },
    { why: 'when asked', text: 'Khi có yêu cầu', want: SCHEDULE },
    { why: 'before a reporting deadline', text: 'Trước thời hạn gửi nộp báo cáo', want: SCHEDULE },
    { why: 'report as required', text: 'Báo cáo đánh giá kết quả thực hiện theo yêu cầu của Sở Nội vụ.', want: SCHEDULE },
    { why: 'a schedule with a plan number and its date of issue', text: 'Theo Kế hoạch số 46/KH-UBND, ngày 27/02/2024', ctx: Y2024, want: SCHEDULE },
  ]);
});

describe('empty cells → none, recognised', () => {
  table([
    { why: 'empty', text: '', want: EMPTY },
    { why: 'spaces', text: '   ', want: EMPTY },
    { why: 'line breaks and tabs', text: '\n\t \r\n', want: EMPTY },
    { why: 'non-breaking spaces', text: '\u00a0\u00a0', want: EMPTY },
    { why: 'HTML remnants only', text: '<p></p><br/>', want: EMPTY },
  ]);
});

describe('several deadlines in one cell', () => {
  table([
    { why: 'a schedule phrase with a date gives the date', text: 'Theo kế hoạch, chậm nhất ngày 30/6/2024', want: on('date', '2024-06-30') },
    { why: 'the earliest drives, all are kept', text: 'Trong năm 2024; báo cáo trước ngày 15/12', ctx: Y2024, want: on('date', '2024-12-15', '2024-12-31') },
    {
      why: 'recurring work with a report date keeps both',
      text: 'Thường xuyên; báo cáo trước ngày 15/12',
      ctx: Y2024,
      want: on('date', '2024-12-15', '2024-12-31'),
    },
    { why: 'same date twice: one date, the first kind', text: 'Quý IV/2024; trong năm 2024', want: on('quarter', '2024-12-31') },
    {
      why: 'dates listed out of order come out ascending',
      text: '1. Trước 31/12/2024; 2. Trước 30/06/2024; 3. Quý III/2024',
      want: on('date', '2024-06-30', '2024-09-30', '2024-12-31'),
    },
  ]);
});

describe('numbers that are not deadlines', () => {
  table([
    { why: 'a decree number', text: 'Nghị định số 167/2017/NĐ-CP', want: UNREAD },
    { why: 'a decision number', text: 'Quyết định số 2233/QĐ-UBND', want: UNREAD },
    { why: 'a Party directive number', text: 'Chỉ thị số 20-CT/TU', want: UNREAD },
    { why: 'a plan number and the date it was signed', text: 'Kế hoạch số 46/KH-UBND, ngày 27/02/2024', want: UNREAD },
    {
      why: 'a decree with its date, then a deadline',
      text: 'Theo Nghị định số 60/2021/NĐ-CP ngày 21/6/2021; hoàn thành trước 31/03/2024',
      want: on('date', '2024-03-31'),
    },
    { why: 'a document’s date, followed by its issuer', text: 'Quyết định ngày 28/12/2023 của UBND tỉnh', want: UNREAD },
    { why: 'a fraction without a date word', text: 'Tỷ lệ 3/4 số xã', ctx: Y2024, want: UNREAD },
    { why: 'a fraction opening a sentence', text: '3/4 số xã hoàn thành', ctx: Y2024, want: UNREAD },
    { why: 'a count of months is not a month', text: 'Báo cáo 6 tháng', ctx: Y2024, want: UNREAD },
    { why: 'a bare number that is no plausible year', text: '1000', want: UNREAD },
  ]);
});

describe('spelling does not matter: no diacritics, case, spacing, NFD, dashes, HTML', () => {
  table([
    { why: 'no diacritics', text: 'Trong nam 2024', want: on('year', '2024-12-31') },
    { why: 'no diacritics', text: 'Thuong xuyen', ctx: Y2024, want: on('recurring', '2024-12-31') },
    { why: 'no diacritics', text: 'Quy III nam 2024', want: on('quarter', '2024-09-30') },
    { why: 'no diacritics', text: 'Cham nhat truoc ngay 31/12/2024', want: on('date', '2024-12-31') },
    { why: 'no diacritics', text: 'trong quy IV cua nam truoc lien ke', ctx: Y2024, want: on('quarter', '2023-12-31') },
    { why: 'no diacritics', text: 'Theo ke hoach', want: SCHEDULE },
    { why: 'upper case', text: 'THƯỜNG XUYÊN', ctx: Y2024, want: on('recurring', '2024-12-31') },
    { why: 'upper case', text: 'QUÝ III NĂM 2024', want: on('quarter', '2024-09-30') },
    { why: 'upper case', text: 'THEO YÊU CẦU CỦA SỞ NỘI VỤ', want: SCHEDULE },
    { why: 'decomposed Unicode (NFD)', text: 'Trong năm 2024'.normalize('NFD'), want: on('year', '2024-12-31') },
    { why: 'decomposed Unicode (NFD)', text: 'Quý II năm 2024'.normalize('NFD'), want: on('quarter', '2024-06-30') },
    { why: 'decomposed Unicode (NFD)', text: 'trước ngày 15/02 của năm sau'.normalize('NFD'), ctx: Y2024, want: on('date', '2025-02-15') },
    { why: 'extra spaces and line breaks', text: '  Trong   năm\n2024 ', want: on('year', '2024-12-31') },
    { why: 'HTML remnants', text: '<b>Quý III năm 2024</b>', want: on('quarter', '2024-09-30') },
    { why: 'a line break tag between words', text: 'Trong năm<br>2024', want: on('year', '2024-12-31') },
  ]);
});

describe('garbage → no date, not recognised', () => {
  table([
    { why: 'letters', text: 'abc', want: UNREAD },
    { why: 'punctuation', text: '???', want: UNREAD },
    { why: 'a dash', text: '-', want: UNREAD },
    { why: '31/02 does not exist', text: '31/02/2024', want: UNREAD },
    { why: '31/02 does not exist', text: 'Trước ngày 31/02/2024', want: UNREAD },
    { why: '30/02 exists in no year', text: 'trước ngày 30/02', ctx: Y2024, want: UNREAD },
    { why: 'no 29/02 in the plan year', text: 'trước ngày 29/02', ctx: { year: 2023 }, want: UNREAD },
    { why: 'month 13', text: 'Tháng 13/2024', want: UNREAD },
    { why: 'quarter 5 is not a quarter', text: 'Quý V/2024', want: UNREAD },
    { why: 'a header, not a deadline', text: 'Thời gian hoàn thành', want: UNREAD },
  ]);
});

describe('the answer’s shape', () => {
  test('due is the first of dates, which are ascending and distinct', () => {
    const info = parseDue(REPORTS, { year: 2019, issued: '2019-11-14' });
    expect(info.due).toBe(info.dates[0]);
    expect([...info.dates].sort()).toEqual(info.dates);
    expect(new Set(info.dates).size).toBe(info.dates.length);
  });

  test('answers are fresh objects the caller may change', () => {
    const a = parseDue('');
    a.dates.push('2024-01-01');
    expect(parseDue('').dates).toEqual([]);
  });

  test('the context is optional and a non-integer year is ignored', () => {
    expect(parseDue('Trong năm')).toMatchObject(on('year'));
    expect(parseDue('Trong năm', { year: Number.NaN })).toMatchObject(on('year'));
  });

  test('prepareDueText folds, drops HTML tags and unifies dashes', () => {
    expect(prepareDueText('<p>Quý III – 2024</p>')).toBe('quy iii - 2024');
  });
});
