import fc from 'fast-check';
import { TargetSchema, type Target } from '../../../src/core/plan/schema';
import { formatTarget } from '../../../src/core/target/format';
import { parseTargets } from '../../../src/core/target/parseTargets';

/** [cell, [[normalised, metric], …]] */
type Row = readonly [string, ReadonlyArray<readonly [string, string]>];
const read = (cell: string) => parseTargets(cell).map((t) => [formatTarget(t), t.metric]);

describe('reads each form of target', () => {
  const rows: ReadonlyArray<readonly [string, ...Row]> = [
    ['tối thiểu X', 'Đạt tỷ lệ tối thiểu 90%', [['≥ 90%', 'tỷ lệ']]],
    ['ít nhất X', 'Mỗi xã có ít nhất 01 sáng kiến', [['≥ 1', 'Mỗi xã có sáng kiến']]],
    ['từ X trở lên', 'Tỷ lệ hồ sơ trực tuyến đạt từ 80% trở lên', [['≥ 80%', 'Tỷ lệ hồ sơ trực tuyến']]],
    ['X trở lên', 'Tỷ lệ giải ngân 95% trở lên', [['≥ 95%', 'Tỷ lệ giải ngân']]],
    ['đạt X', 'Tỷ lệ hồ sơ thanh toán trực tuyến đạt 30%', [['≥ 30%', 'Tỷ lệ hồ sơ thanh toán trực tuyến']]],
    ['đạt tỷ lệ X', 'Hồ sơ trực tuyến toàn trình đạt tỷ lệ 90% trở lên', [['≥ 90%', 'Hồ sơ trực tuyến toàn trình']]],
    ['không dưới X', 'Mức độ hài lòng không dưới 85%', [['≥ 85%', 'Mức độ hài lòng']]],
    ['bình quân tối thiểu đạt X', 'Tỷ lệ hồ sơ giải quyết đúng hạn bình quân tối thiểu đạt 98%', [['≥ 98%', 'Tỷ lệ hồ sơ giải quyết đúng hạn']]],
    ['trên X', 'Bảo đảm tỷ lệ hồ sơ giải quyết đúng hạn trên 99%', [['> 99%', 'tỷ lệ hồ sơ giải quyết đúng hạn']]],
    ['hơn X', 'Tỷ lệ hài lòng hơn 80%', [['> 80%', 'Tỷ lệ hài lòng']]],
    ['vượt X', 'Thu ngân sách vượt 5%', [['> 5%', 'Thu ngân sách']]],
    ['không vượt quá X', 'Tỷ lệ hồ sơ trễ hạn không vượt quá 2%', [['≤ 2%', 'Tỷ lệ hồ sơ trễ hạn']]],
    ['tối đa X', 'Thời gian giải quyết tối đa 05 ngày làm việc', [['≤ 5', 'Thời gian giải quyết']]],
    ['không quá X', 'Tổ chức không quá 4 cuộc họp', [['≤ 4', 'Tổ chức cuộc họp']]],
    ['dưới X', 'Tỷ lệ sai sót dưới 1%', [['< 1%', 'Tỷ lệ sai sót']]],
    ['giảm tối thiểu X% so với năm N', 'Số lượng đơn vị sự nghiệp công lập giảm tối thiểu 3% so với năm 2021', [['giảm ≥ 3% so với 2021', 'Số lượng đơn vị sự nghiệp công lập']]],
    ['giảm X% <things> so với năm N', 'Phấn đấu giảm 10% đơn vị sự nghiệp công lập so với năm 2021', [['giảm ≥ 10% so với 2021', 'đơn vị sự nghiệp công lập']]],
    ['giảm … bình quân X% so với năm N', 'Giảm chi trực tiếp từ ngân sách nhà nước bình quân 10% so với năm 2015', [['giảm ≥ 10% so với 2015', 'Giảm chi trực tiếp từ ngân sách nhà nước']]],
    ['tăng X% so với năm N', 'Số doanh nghiệp thành lập mới tăng 5% so với năm 2023', [['tăng ≥ 5% so với 2023', 'Số doanh nghiệp thành lập mới']]],
    ['100% <things>', '100% TTHC được công khai đầy đủ, kịp thời tại Bộ phận Một cửa các cấp', [['≥ 100%', 'TTHC được công khai đầy đủ, kịp thời tại Bộ phận Một cửa các cấp']]],
    ['<verb> X% <things>', 'Hoàn thành 100% Kế hoạch', [['≥ 100%', 'Hoàn thành Kế hoạch']]],
    ['X% <things>', '80% cán bộ được bồi dưỡng', [['≥ 80%', 'cán bộ được bồi dưỡng']]],
    ['a zero-padded count', '01 sáng kiến được công nhận', [['≥ 1', 'sáng kiến được công nhận']]],
    ['tối thiểu 01 <things>', 'Tổ chức tối thiểu 01 cuộc đối thoại giữa lãnh đạo xã với người dân', [['≥ 1', 'Tổ chức cuộc đối thoại giữa lãnh đạo xã với người dân']]],
    ['có từ 03 <things> … trở lên', 'Phấn đấu có từ 03 sáng kiến, giải pháp mới trở lên về công tác cải cách hành chính', [['≥ 3', 'sáng kiến, giải pháp mới về công tác cải cách hành chính']]],
    ['a count with a comparison word', 'Kiểm tra tối thiểu 5 cơ quan', [['≥ 5', 'Kiểm tra cơ quan']]],
    ['points', 'Chỉ số CCHC đạt tối thiểu 85 điểm trở lên', [['≥ 85', 'Chỉ số CCHC']]],
    ['a decimal comma', 'Tỷ lệ hồ sơ đạt 70,52%', [['≥ 70,52%', 'Tỷ lệ hồ sơ']]],
    ['a decimal comma and trở lên', 'Đạt 99,5% trở lên', [['≥ 99,5%', '']]],
    ['a comparison symbol', 'Tỷ lệ ≥ 90%', [['≥ 90%', 'Tỷ lệ']]],
    ['a space before %', 'Tỷ lệ đạt 90 %', [['≥ 90%', 'Tỷ lệ']]],
    ['a thousands dot', 'Tiếp nhận tối thiểu 1.200 hồ sơ trực tuyến', [['≥ 1200', 'Tiếp nhận hồ sơ trực tuyến']]],
  ];
  test.each(rows)('%s', (_form, cell, expected) => {
    expect(read(cell)).toEqual(expected);
  });

  test('a count has unit "count", points and days are "other", a rate is a fraction in "%"', () => {
    expect(parseTargets('ít nhất 01 sáng kiến')[0]).toMatchObject({ unit: 'count', value: 1 });
    expect(parseTargets('đạt tối thiểu 85 điểm')[0]).toMatchObject({ unit: 'other', value: 85 });
    expect(parseTargets('tối đa 05 ngày làm việc')[0]).toMatchObject({ unit: 'other', value: 5, op: '<=' });
    expect(parseTargets('đạt 70,52%')[0]).toMatchObject({ unit: '%', value: 0.7052 });
  });
});

describe('does not read numbers that are not targets', () => {
  const cells: ReadonlyArray<readonly [string, string]> = [
    ['a decree number', 'Thực hiện theo quy định tại Nghị định số 167/2017/NĐ-CP, Nghị định số 67/2021/NĐ-CP'],
    ['a decision number and date', 'Quyết định số 2233/QĐ-UB ngày 28/12/2023 của Ủy ban nhân dân tỉnh'],
    ['a date', 'Nghị quyết số 04/NQ-CP ngày 10/01/2022 của Chính phủ'],
    ['a year', 'Báo cáo kết quả năm 2024'],
    ['an article and clause', 'Thực hiện theo quy định tại khoản 2 Điều 23 Luật Quản lý, sử dụng tài sản công'],
    ['levels of government', 'Tỷ lệ gửi, nhận văn bản điện tử 4 cấp chính quyền'],
    ['a period', 'các kết luận thanh tra trong 2 năm gần nhất'],
    ['levels', 'kết nối liên thông tới cả 3 cấp chính quyền'],
    ['groups surveyed', 'Sở Nội vụ tổ chức triển khai đối với 5 nhóm đối tượng: Lãnh đạo UBND tỉnh'],
    ['list numbering', '1. Báo cáo định kỳ về CCHC; 2. Báo cáo năm về kiểm tra, rà soát VBQPPL; 3. Báo cáo năm về'],
    ['an ISO version', 'Công bố Hệ thống quản lý chất lượng ISO 9001:2008 hoặc 9001:2015'],
    ['a URL', 'Cập nhật số liệu tại địa chỉ http://qltsc.mof.gov.vn/2024/10 theo hướng dẫn'],
    ['a period of years', 'Chương trình cải cách hành chính giai đoạn 2021-2025'],
    ['service levels', 'Tăng cường cung cấp dịch vụ công trực tuyến mức độ 3, mức độ 4'],
    ['a rank', 'xếp thứ 09/11 huyện, thành phố'],
    ['a dated report', 'báo cáo quý gửi ngày 05, tháng cuối cùng của quý'],
    ['a percent sign with no number', 'Báo cáo đánh giá mức độ thực hiện kế hoạch (đánh giá tỉ lệ % thực hiện).'],
    ['a document code with a zero-padded number', 'Nghị quyết số 01-NQ/TU ngày 31/12/2020'],
    ['a quarter', 'Kế hoạch ban hành trong Quý 4/2024'],
  ];
  test.each(cells)('%s', (_what, cell) => {
    expect(parseTargets(cell)).toEqual([]);
  });
});

describe('reads what the seeds really look like', () => {
  test.each([
    ['Phấn đấu', 'Phấn đấu tỷ lệ hồ sơ trực tuyến đạt 90% trở lên'],
    ['Phần đầu', 'Phần đầu tỷ lệ hồ sơ trực tuyến đạt 90% trở lên'],
    ['Phân đầu', 'Phân đầu tỷ lệ hồ sơ trực tuyến đạt 90% trở lên'],
    ['no diacritics', 'Phan dau ty le ho so truc tuyen dat 90% tro len'],
  ])('spelling "%s" reads the same target', (_spelling, cell) => {
    expect(read(cell)).toEqual([['≥ 90%', cell.includes('ty le') ? 'ty le ho so truc tuyen' : 'tỷ lệ hồ sơ trực tuyến']]);
  });

  test('decomposed (NFD) text reads the same and gives the metric in composed (NFC) form', () => {
    const cell = 'Bảo đảm tỷ lệ hồ sơ giải quyết đúng hạn trên 99%';
    const [t] = parseTargets(cell.normalize('NFD'));
    expect(t).toEqual({ metric: 'tỷ lệ hồ sơ giải quyết đúng hạn', op: '>', value: 0.99, unit: '%', text: cell });
    expect(t.metric).toBe(t.metric.normalize('NFC'));
  });

  test('HTML remnants end clauses and do not leak into the metric', () => {
    expect(parseTargets('<ul><li>Đạt <b>100%</b> kế hoạch</li><li>- Tối thiểu 01 sáng kiến</li></ul>')).toEqual([
      { metric: 'kế hoạch', op: '>=', value: 1, unit: '%', text: 'Đạt 100% kế hoạch' },
      { metric: 'sáng kiến', op: '>=', value: 1, unit: 'count', text: 'Tối thiểu 01 sáng kiến' },
    ]);
  });

  test('a percentage next to a document number is still read', () => {
    expect(read('Tối thiểu 90% số cơ sở nhà, đất thực hiện đúng quy định tại Nghị định số 167/2017/NĐ-CP ngày 31/12/2017')).toEqual([
      ['≥ 90%', 'số cơ sở nhà, đất thực hiện đúng quy định tại Nghị định số 167/2017/NĐ-CP ngày 31/12/2017'],
    ]);
  });

  test('two targets of one sentence each keep their own metric', () => {
    expect(read('Chỉ số CCHC đạt tối thiểu 85 điểm trở lên, Chỉ số hài lòng đạt tối thiểu 90% trở lên, so với năm 2023.')).toEqual([
      ['≥ 85', 'Chỉ số CCHC'],
      ['≥ 90%', 'Chỉ số hài lòng'],
    ]);
  });
});

describe('never throws', () => {
  test.each([undefined, null, 42, {}, [], '', '   ', '%', '%%%', '0', '...', '<b>', 'đạt', 'tối thiểu %'])('on %p', (input) => {
    expect(() => parseTargets(input as unknown as string)).not.toThrow();
    expect(parseTargets(input as unknown as string)).toEqual([]);
  });

  const fragments = fc.constantFrom(
    'tối thiểu', 'ít nhất', 'trên', 'không vượt quá', 'giảm', 'so với năm', 'trở lên', 'tỷ lệ', 'và', 'Bảo đảm',
    '90', '01', '2021', '70,52', '1.234', '%', ' ', ';', '.', ',', '/', ':', '-', '<b>', '\n', 'hồ sơ', '≥',
  );

  test('on any text, and every target it reads is valid', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.array(fragments).map((a) => a.join(' ')), fc.array(fragments).map((a) => a.join(''))), (text) => {
        const targets: Target[] = parseTargets(text);
        for (const t of targets) {
          expect(TargetSchema.safeParse(t).success).toBe(true);
          expect(Number.isFinite(t.value)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
