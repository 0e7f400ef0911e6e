/**
 * The one phrase engine: phrases written with diacritics, folded once, matched as whole words —
 * and the area reader on it, where a phrase inside another word used to decide the area.
 */
import { areaOf, areaOfTaskText, areaOfTitle } from '../../../src/core/areas/areaOf';
import { fold } from '../../../src/core/text/fold';
import { firstKey, hasWords, longestPhrase, phraseTable } from '../../../src/core/text/phrases';

describe('phrase tables', () => {
  const table = phraseTable([
    ['lead', ['cơ quan']],
    ['lead-exact', ['cơ quan chủ trì']],
    ['finance', ['tự chủ']],
  ] as const);

  it('folds each phrase once, as users type it', () => {
    expect(table.phrases.map((p) => p.folded)).toEqual(['co quan', 'co quan chu tri', 'tu chu']);
  });

  it.each([
    ['Cơ quan CHỦ TRÌ', 'lead'],
    ['tự chủ tài chính', 'finance'],
    ['từ Chương trình tổng thể', null],
    ['cơquan', null],
    ['(Tự chủ)', 'finance'],
  ])('finds the first key whose phrase is whole words of "%s"', (text, key) => {
    expect(firstKey(table, fold(text))).toBe(key);
  });

  it('finds the longest phrase and where it starts', () => {
    expect(longestPhrase(table, fold('Đơn vị: Cơ quan chủ trì'))).toMatchObject({ phrase: { key: 'lead-exact' }, index: 8 });
    expect(longestPhrase(table, fold('không có'))).toBeNull();
  });

  it('tells whether a text holds a phrase as whole words', () => {
    expect(hasWords(fold('Hằng năm'), 'hằng năm')).toBe(true);
    expect(hasWords(fold('thẳng năm'), 'hằng năm')).toBe(false);
  });
});

describe('areas on the phrase engine', () => {
  it.each([
    // "tự chủ" (autonomy, a public-finance hint) sits inside "từ Chương trình": it must not decide.
    ['Triển khai các nhiệm vụ từ Chương trình tổng thể cải cách hành chính', null],
    ['Thực hiện cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập', 'public-finance'],
    ['Tổ chức điều tra xã hội học', 'satisfaction'],
    ['Số hóa hồ sơ, kết quả giải quyết TTHC', 'digital-government'],
    ['Rà soát, sắp xếp tổ chức bộ máy', 'organization'],
    ['Nâng cao chất lượng đội ngũ CB,CC,VC', 'civil-service'],
    ['Cung cấp dịch vụ công trực tuyến toàn trình', 'digital-government'],
    ['Họp bàn về việc isolation', null],
  ])('"%s" → %s', (text, area) => {
    expect(areaOfTaskText(text)).toBe(area);
  });

  it('reads section titles typed without diacritics or in capitals', () => {
    expect(areaOfTitle('VII. HIEN DAI HOA HANH CHINH')).toBe('digital-government');
    expect(areaOfTitle('CẢI CÁCH TÀI CHÍNH CÔNG')).toBe('public-finance');
    expect(areaOf('Nhiệm vụ khác')).toBe('other');
  });
});
