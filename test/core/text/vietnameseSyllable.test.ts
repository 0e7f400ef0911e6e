import { isVietnameseSyllable } from '../../../src/core/text/vietnameseSyllable';
import { allSeedLines } from './seeds';

describe('isVietnameseSyllable', () => {
  it('accepts every word of the seed appendices that is not an acronym or a foreign word', () => {
    const words = new Set(allSeedLines().flatMap((l) => Array.from(l.matchAll(/\p{L}+/gu), (m) => m[0])));
    const rejected = Array.from(words).filter((w) => !isVietnameseSyllable(w));
    // What is left: acronyms (UBND, HĐND, TTĐT…), markup and foreign words, Roman numerals.
    for (const word of rejected) {
      expect(/^[A-ZĐ]+$/.test(word) || /^[A-Za-z]+$/.test(word)).toBe(true);
    }
    expect(rejected.filter((w) => /[^\u0000-\u007f]/.test(w) && !/^[A-ZĐ]+$/.test(w))).toEqual([]);
  });

  it('accepts the hard cases of Vietnamese spelling', () => {
    for (const word of ['nghiêng', 'khuya', 'khuyến', 'quyết', 'quốc', 'người', 'rượu', 'gì', 'giữa', 'giếng', 'thuở', 'hoà', 'hòa', 'thuỷ', 'thủy', 'xoong', 'Đắk', 'Lắk', 'ĐƯỜNG', 'oải', 'ạ', 'ý', 'yêu']) {
      expect([word, isVietnameseSyllable(word)]).toEqual([word, true]);
    }
  });

  it('rejects spelling-rule violations, misplaced tones and foreign letters', () => {
    for (const word of [
      'céng', // c before e is spelt k
      'kan', // k only before e, ê, i, y
      'ghá', // gh only before e, ê, i
      'ngé', // ng before e is spelt ngh
      'tèt', // a -t syllable only takes sắc or nặng
      'tat', // … and never no tone
      'xaõ', // the tone never sits on the closing glide
      'hoøa', 'coäng', 'naïve', 'café', 'Paulo', 'straße', 'UBND', '', 'nghiêngg', 'qúa',
    ]) {
      expect([word, isVietnameseSyllable(word)]).toEqual([word, false]);
    }
  });
});
