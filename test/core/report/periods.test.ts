import { checkPeriods, defaultPeriods, periodKeyOf } from '../../../src/core/report/periods';

describe('report periods', () => {
  it('gives the national defaults: data cut off on the 14th, reports due on the 20th', () => {
    expect(defaultPeriods(2025)).toEqual([
      { key: 'q1', from: '2024-12-15', to: '2025-03-14', due: '2025-03-20' },
      { key: 'h1', from: '2024-12-15', to: '2025-06-14', due: '2025-06-20' },
      { key: 'q3', from: '2025-06-15', to: '2025-09-14', due: '2025-09-20' },
      { key: 'year', from: '2024-12-15', to: '2025-12-14', due: '2025-12-20' },
    ]);
  });

  it.each([
    ['q1', 'q1'],
    ['Quý I', 'q1'],
    ['quy 1', 'q1'],
    ['6 tháng', 'h1'],
    ['H1', 'h1'],
    ['Quý III', 'q3'],
    ['9 tháng', 'q3'],
    ['Năm', 'year'],
    ['year', 'year'],
    ['Quý II', null],
    ['', null],
  ])('reads the period "%s"', (text, key) => {
    expect(periodKeyOf(text)).toBe(key);
  });

  it('says which typed period dates are wrong, in Vietnamese', () => {
    const problems = checkPeriods([
      { key: 'q1', from: '2024-12-15', to: '2025-03-14', due: '2025-03-20' },
      { key: 'h1', from: '2025-07-01', to: '2025-06-14', due: '2025-06-20' },
      { key: 'q3', from: '2025-06-15', to: 'ba mươi', due: '2025-09-20' },
      { key: 'year', from: '2024-12-15', to: '2025-12-14', due: '2025-12-01' },
    ]);
    expect(problems.map((p) => p.key)).toEqual(['h1', 'q3', 'year']);
    expect(problems[0].message).toBe('Kỳ 6 tháng: "Từ ngày" sau "Ngày chốt số liệu".');
    expect(problems[1].message).toContain('"Ngày chốt số liệu" chưa phải là ngày');
    expect(problems[2].message).toContain('"Hạn gửi báo cáo" trước "Ngày chốt số liệu"');
  });
});
