/**
 * A small Plan built by hand from real rows of test/fixtures/seeds/000-appendix.txt (the importer
 * is written separately), plus the hostile cells the writer must keep as text.
 */
import type { Plan, Target, Task } from '../../src/core/plan/schema';

type TaskInput = Partial<Task> & Pick<Task, 'id' | 'code' | 'title'>;

export function task(t: TaskInput): Task {
  return {
    section: 'I',
    sectionTitle: 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC',
    area: 'direction',
    parentId: null,
    group: false,
    lead: '',
    support: '',
    output: '',
    dueText: '',
    due: null,
    dueKind: 'none',
    dueDates: [],
    targets: [],
    rows: [],
    ...t,
  };
}

const percent = (metric: string, op: Target['op'], value: number, text: string): Target => ({
  metric,
  op,
  value,
  unit: '%',
  text,
});

/** Rows of the 000 appendix (source grid rows in `rows`). */
export const SAMPLE_TASKS: Task[] = [
  task({
    id: 'I.1',
    code: '1',
    title: 'Tổ chức thực hiện các nhiệm vụ tại Kế hoạch CCHC của tỉnh, của huyện năm 2024',
    dueText: 'Trong năm 2024',
    due: '2024-12-31',
    dueKind: 'year',
    dueDates: ['2024-12-31'],
    lead: 'Các cơ quan, đơn vị, địa phương',
    support: 'Phòng Nội vụ theo dõi, đôn đốc',
    output: '100% nhiệm vụ đề ra tại Kế hoạch được thực hiện hoàn thành',
    targets: [percent('nhiệm vụ đề ra tại Kế hoạch được thực hiện hoàn thành', '>=', 1, '100% nhiệm vụ đề ra tại Kế hoạch được thực hiện hoàn thành')],
    rows: [9],
  }),
  task({ id: 'I.2', code: '2', title: 'Công tác tuyên truyền CCHC', group: true, rows: [10] }),
  task({
    id: 'I.2.1',
    code: '2.1',
    parentId: 'I.2',
    title: 'Đăng tải nội dung, thông tin CCHC trên trang thông tin điện tử của huyện, xã',
    dueText: 'Thường xuyên',
    due: '2024-12-31',
    dueKind: 'recurring',
    dueDates: ['2024-12-31'],
    lead: 'Văn phòng HĐND và UBND huyện; UBND cấp xã',
    support: 'Các cơ quan, đơn vị',
    output:
      'Tin, bài viết về những kết quả đạt được và những tồn tại, hạn chế, nguyên nhân, tình hình triển khai nhiệm vụ CCHC của các ngành, địa phương',
    rows: [11],
  }),
  task({
    id: 'I.3',
    code: '3',
    title: 'Sáng kiến hoặc giải pháp mới trong CCHC',
    dueText: 'Trong năm 2024',
    due: '2024-12-31',
    dueKind: 'year',
    dueDates: ['2024-12-31'],
    lead: 'Phòng Kinh tế và Hạ tầng; UBND cấp xã',
    support: 'Các cơ quan, đơn vị',
    output: 'Mỗi cơ quan, đơn vị, địa phương có ít nhất 01 sáng kiến hoặc giải pháp mới trong CCHC được áp dụng có hiệu quả.',
    targets: [{ metric: 'sáng kiến hoặc giải pháp mới trong CCHC', op: '>=', value: 1, unit: 'count', text: 'ít nhất 01 sáng kiến' }],
    rows: [13],
  }),
  task({
    id: 'I.4',
    code: '4',
    title: 'Thực hiện nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao trong năm',
    dueText: 'Theo tiến độ cụ thể của từng nhiệm vụ',
    dueKind: 'schedule',
    lead: 'Các cơ quan, đơn vị',
    support: 'Văn phòng HĐND và UBND huyện đôn đốc, tổng hợp',
    output: '100% nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao hoàn thành đúng tiến độ',
    rows: [14],
  }),
  task({
    id: 'IV.3',
    code: '3',
    section: 'IV',
    sectionTitle: 'CẢI CÁCH TỔ CHỨC BỘ MÁY',
    area: 'organization',
    title: 'Tỷ lệ giảm số lượng đơn vị sự nghiệp công lập so với năm 2021',
    dueText: 'Trong năm 2024',
    due: '2024-12-31',
    dueKind: 'year',
    dueDates: ['2024-12-31'],
    lead: 'Phòng Nội vụ',
    support: 'Các cơ quan, đơn vị',
    output: 'Số lượng đơn vị sự nghiệp công lập giảm tối thiểu 3% so với năm 2021',
    targets: [
      {
        metric: 'Số lượng đơn vị sự nghiệp công lập',
        op: '>=',
        value: 0.03,
        unit: '%',
        baselineYear: 2021,
        direction: 'decrease',
        text: 'giảm tối thiểu 3% so với năm 2021',
      },
    ],
    rows: [35],
  }),
  task({
    id: 'V.2',
    code: '2',
    section: 'V',
    sectionTitle: 'CẢI CÁCH CHẾ ĐỘ CÔNG VỤ',
    area: 'civil-service',
    title: 'Thực hiện đúng quy định về tuyển dụng công chức, viên chức',
    dueText: 'Trong năm 2024',
    due: '2024-12-31',
    dueKind: 'year',
    dueDates: ['2024-12-31'],
    lead: 'Phòng Nội vụ',
    support: 'Các cơ quan, đơn vị',
    output:
      '- Việc tuyển dụng được thực hiện đúng trình tự, thủ tục, thời gian, đảm bảo công khai, minh bạch - Ứng dụng công nghệ thông tin trong tuyển dụng, thi nâng ngạch công chức',
    rows: [47],
  }),
  task({
    id: 'VII.4',
    code: '4',
    section: 'VII',
    sectionTitle: 'XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ',
    area: 'digital-government',
    title: 'Tăng tỷ lệ dịch vụ công trực tuyến toàn trình',
    dueText: 'Trong năm 2024',
    due: '2024-12-31',
    dueKind: 'year',
    dueDates: ['2024-12-31'],
    lead: 'Các cơ quan, đơn vị',
    support: 'Văn phòng HĐND và UBND huyện theo dõi, đôn đốc việc thực hiện',
    output: 'Đạt tỷ lệ tối thiểu 90%',
    targets: [percent('dịch vụ công trực tuyến toàn trình', '>=', 0.9, 'Đạt tỷ lệ tối thiểu 90%')],
    rows: [78, 80, 81],
  }),
];

export function samplePlan(tasks: Task[] = SAMPLE_TASKS): Plan {
  return {
    year: 2024,
    title: 'CÁC NHIỆM VỤ, GIẢI PHÁP NHẪM NÂNG CAO CHỈ SỐ PAR INDEX NĂM 2024',
    headerRows: [7],
    columns: { code: 0, title: 1, dueText: 2, lead: 3, support: 4, output: 5 },
    sections: [
      { code: 'I', title: 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC', area: 'direction', row: 8 },
      { code: 'IV', title: 'CẢI CÁCH TỔ CHỨC BỘ MÁY', area: 'organization', row: 32 },
      { code: 'V', title: 'CẢI CÁCH CHẾ ĐỘ CÔNG VỤ', area: 'civil-service', row: 43 },
      { code: 'VII', title: 'XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ', area: 'digital-government', row: 72 },
    ],
    tasks,
    warnings: [],
  };
}

/** A few rows of the source grid as the importer receives it, with the hostile cells. */
export const SAMPLE_GRID: unknown[][] = [
  ['STT', 'Nhiệm vụ cụ thể', 'Tiến độ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Kết quả/sản phẩm'],
  ['I CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC', '', '', '', '', ''],
  [1, 'Tổ chức thực hiện các nhiệm vụ tại Kế hoạch CCHC của tỉnh, của huyện năm 2024', 'Trong năm 2024', 'Các cơ quan, đơn vị, địa phương', 'Phòng Nội vụ theo dõi, đôn đốc', '100% nhiệm vụ đề ra tại Kế hoạch được thực hiện hoàn thành'],
  ['2', 'Công tác tuyên truyền CCHC', '', '', '', ''],
  ['2.1', '=HYPERLINK("http://x")', '+84 912 345 678', '@abc', '-1', '- Việc tuyển dụng được thực hiện đúng trình tự'],
  [null, undefined, 70.52, '', 'a\nb', true],
];
