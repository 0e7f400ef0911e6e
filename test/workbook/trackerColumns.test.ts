import { INDICATOR_COLUMNS, TASK_COLUMNS } from '../../src/workbook/trackerColumns';

describe('tracker column catalogue', () => {
  it('lists the Nhiệm vụ columns in the order of the product design', () => {
    expect(TASK_COLUMNS.map((c) => c.vi)).toEqual([
      'Mã',
      'Lĩnh vực',
      'Nhiệm vụ',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Kết quả/sản phẩm',
      'Tiến độ',
      'Hạn',
      'Trạng thái',
      'Ngày hoàn thành',
      'Minh chứng',
      'Ghi chú',
      'Cảnh báo',
      'Tình trạng báo cáo',
      'Kết quả Quý I',
      'Kết quả 6 tháng',
      'Kết quả Quý III',
      'Kết quả cả năm',
      'Nguồn',
      'TT quá hạn',
    ]);
  });

  it('lists the Chỉ tiêu columns in order', () => {
    expect(INDICATOR_COLUMNS.map((c) => c.vi)).toEqual([
      'Mã nhiệm vụ',
      'Nhiệm vụ',
      'Chỉ tiêu',
      'Phép so sánh',
      'Giá trị',
      'Đơn vị',
      'Năm gốc',
      'Xu hướng',
      'Nguyên văn',
      'Thực tế',
      'Tử số',
      'Mẫu số',
      'Đạt?',
      'Mã chỉ tiêu',
    ]);
  });

  it("keeps the official's columns apart from the generated ones", () => {
    expect(TASK_COLUMNS.filter((c) => c.origin === 'user').map((c) => c.key)).toEqual([
      'state',
      'doneDate',
      'evidence',
      'note',
      'progressQ1',
      'progressH1',
      'progressQ3',
      'progressYear',
    ]);
    expect(INDICATOR_COLUMNS.filter((c) => c.origin === 'user').map((c) => c.key)).toEqual(['actual', 'numerator', 'denominator']);
  });

  it('marks the deadline a date, the status a list and the flags formulas', () => {
    const kind = (key: string): string | undefined => [...TASK_COLUMNS, ...INDICATOR_COLUMNS].find((c) => c.key === key)?.kind;
    expect([kind('due'), kind('doneDate'), kind('state'), kind('flag'), kind('met')]).toEqual(['date', 'date', 'list', 'formula', 'formula']);
  });

  it('names every column in Vietnamese and English with a usable width and a unique key', () => {
    for (const columns of [TASK_COLUMNS, INDICATOR_COLUMNS]) {
      expect(new Set(columns.map((c) => c.key)).size).toBe(columns.length);
      for (const c of columns) {
        expect(c.vi).not.toBe('');
        expect(c.en).not.toBe('');
        expect(c.width).toBeGreaterThanOrEqual(6);
      }
    }
  });
});
