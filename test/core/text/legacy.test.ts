import {
  convertLegacy,
  detectLegacyEncoding,
  LegacyEncoding,
  repairLegacyText,
} from '../../../src/core/text/legacy';
import { TCVN3_ROWS, VNI_ROWS } from '../../../src/core/text/legacyTables';
import { encodeTcvn3, encodeVni, tcvn3Lossless } from './legacyEncoders';
import { allSeedLines, SEED_FILES, seedText } from './seeds';

/** Every Vietnamese letter, built from Unicode itself (base letters × tone marks), lower case. */
const LOWER_LETTERS: string[] = [
  ...Array.from('aăâeêioôơuưy').flatMap((base) =>
    ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'].map((tone) => (base + tone).normalize('NFC')),
  ),
  'đ',
];
const UPPER_LETTERS = LOWER_LETTERS.map((l) => l.toUpperCase());

const ENCODERS: Record<LegacyEncoding, (s: string) => string> = { tcvn3: encodeTcvn3, vni: encodeVni };

/** Distinct words that an encoding changes (the evidence a line offers). */
function changedWords(line: string, encoded: string): number {
  const a = line.split(/\s+/);
  const b = encoded.split(/\s+/);
  return new Set(a.filter((w, i) => w !== b[i] && /\p{L}/u.test(w)).map((w) => w.toLowerCase())).size;
}

describe('legacy tables', () => {
  it('TCVN3 has a code for every lower-case letter and for Ă Â Ê Ô Ơ Ư Đ, all distinct', () => {
    const codeOf = new Map<string, number>();
    for (const [letters, codes] of TCVN3_ROWS) {
      expect(Array.from(letters)).toHaveLength(codes.length);
      Array.from(letters).forEach((l, i) => codeOf.set(l, codes[i]));
    }
    expect(LOWER_LETTERS).toHaveLength(73);
    for (const letter of LOWER_LETTERS) expect([letter, codeOf.has(letter)]).toEqual([letter, true]);
    expect(Array.from('ĂÂÊÔƠƯĐ').every((l) => codeOf.has(l))).toBe(true);
    const codes = Array.from(codeOf.values());
    expect(new Set(codes).size).toBe(codes.length);
    for (const [letter, code] of codeOf) {
      if (/[a-z]/.test(letter)) expect(code).toBe(letter.charCodeAt(0));
      else expect(code >= 0xa1 && code <= 0xfe).toBe(true);
    }
  });

  it('VNI spells every letter of both cases, with distinct spellings of Latin-1 characters', () => {
    const spelling = new Map<string, string>();
    for (const [letters, seqs] of VNI_ROWS) {
      const list = seqs.split(' ');
      expect(Array.from(letters)).toHaveLength(list.length);
      Array.from(letters).forEach((l, i) => spelling.set(l, list[i]));
    }
    for (const letter of [...LOWER_LETTERS, ...UPPER_LETTERS]) {
      const seq = spelling.get(letter);
      expect([letter, seq !== undefined]).toEqual([letter, true]);
      expect(/^[\u0020-\u00ff]{1,2}$/.test(seq ?? '')).toBe(true);
      expect(convertLegacy(seq ?? '', 'vni')).toBe(letter);
    }
    expect(new Set(spelling.values()).size).toBe(spelling.size);
  });

  it('decodes every TCVN3 code back to its letter', () => {
    for (const letter of [...LOWER_LETTERS, ...'ĂÂÊÔƠƯĐ']) {
      expect(convertLegacy(encodeTcvn3(letter), 'tcvn3')).toBe(letter);
    }
  });
});

describe('convertLegacy: known legacy text', () => {
  // Strings as found in documents typed with .VnTime / VNI-Times fonts, not produced by our tables.
  it.each([
    ['Céng hßa x· héi chñ nghÜa ViÖt Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['§éc lËp - Tù do - H¹nh phóc', 'Độc lập - Tự do - Hạnh phúc'],
    ['Tr\u00adêng', 'Trường'],
    ['Uû ban nh©n d©n tØnh', 'Uỷ ban nhân dân tỉnh'],
    ['Phßng Néi vô', 'Phòng Nội vụ'],
    ['n¨m 2024', 'năm 2024'],
  ])('TCVN3 %s', (legacy, unicode) => {
    expect(convertLegacy(legacy, 'tcvn3')).toBe(unicode);
  });

  it.each([
    ['Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['Ñoäc laäp - Töï do - Haïnh phuùc', 'Độc lập - Tự do - Hạnh phúc'],
    ['Tröôøng', 'Trường'],
    ['UÛy ban nhaân daân tænh', 'Ủy ban nhân dân tỉnh'],
    ['COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['Kyù, ñoùng daáu; löu yù; chuyeân ngaønh; kyõ thuaät; khuyeán khích', 'Ký, đóng dấu; lưu ý; chuyên ngành; kỹ thuật; khuyến khích'],
    ['thöïc hieän, ngöôøi, nöôùc, tyû leä, Cuïc, Myõ, laøm', 'thực hiện, người, nước, tỷ lệ, Cục, Mỹ, làm'],
  ])('VNI %s', (legacy, unicode) => {
    expect(convertLegacy(legacy, 'vni')).toBe(unicode);
  });

  it('accepts VNI ỵ written with the generic dot mark, and marks of the other case', () => {
    expect(convertLegacy('Mî, Myï, AÙ, Aù, aÙ', 'vni')).toBe('Mỵ, Mỵ, Á, Á, á');
  });

  it('restores capitals that TCVN3 cannot encode, from the ASCII letters around them', () => {
    expect(convertLegacy('C«NG T¸C CHØ §¹O §IÒU HµNH', 'tcvn3')).toBe('CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH');
    expect(convertLegacy('Ký CHñ TÞCH', 'tcvn3')).toBe('KÝ CHỦ TỊCH');
    expect(convertLegacy('X¢Y DùNG Vµ Tæ CHøC', 'tcvn3')).toBe('XÂY DỰNG VÀ TỔ CHỨC');
    // Acronyms next to a word do not make it capitals.
    expect(convertLegacy('b¸o c¸o TTHC §Ó tæng hîp; H§ND ®· häp', 'tcvn3')).toBe('báo cáo TTHC Để tổng hợp; HĐND đã họp');
  });

  it('keeps line separators exactly', () => {
    expect(convertLegacy('Céng\r\nhßa\n\nx·\r', 'tcvn3')).toBe('Cộng\r\nhòa\n\nxã\r');
  });
});

describe('detectLegacyEncoding / repairLegacyText on real plans', () => {
  const lines = allSeedLines();

  it('leaves every Unicode line of the seed appendices untouched (no false positive)', () => {
    expect(lines.length).toBeGreaterThan(500);
    const detected = lines.filter((l) => detectLegacyEncoding(l) !== null);
    expect(detected).toEqual([]);
    const changed = lines.filter((l) => repairLegacyText(l).text !== l);
    expect(changed).toEqual([]);
  });

  it('leaves every whole seed file untouched', () => {
    for (const file of SEED_FILES) {
      expect([file, detectLegacyEncoding(seedText(file))]).toEqual([file, null]);
      expect(repairLegacyText(seedText(file))).toEqual({ text: seedText(file), encoding: null });
    }
  });

  it.each(['tcvn3', 'vni'] as const)('round-trips every seed line through %s, converting only when confident', (encoding) => {
    const encode = ENCODERS[encoding];
    let withEvidence = 0;
    let detectedWithEvidence = 0;
    let converted = 0;
    for (const line of lines) {
      const legacy = encode(line);
      const repaired = repairLegacyText(legacy);
      if (repaired.encoding === null) {
        // Not confident: the text is given back exactly as it was.
        expect(repaired.text).toBe(legacy);
      } else {
        converted++;
        expect(repaired.encoding).toBe(encoding);
        if (encoding === 'vni' || tcvn3Lossless(line)) expect(repaired.text).toBe(line);
        // TCVN3 has no code for a capital like "Ủ": "Ủy ban" comes back as "ủy ban".
        else expect(repaired.text.toLowerCase()).toBe(line.toLowerCase());
      }
      if (changedWords(line, legacy) >= 3) {
        withEvidence++;
        if (repaired.encoding === encoding) detectedWithEvidence++;
      }
    }
    expect(converted).toBeGreaterThan(500);
    // Every line with three or more legacy words is recognised.
    expect(detectedWithEvidence).toBe(withEvidence);
  });

  it.each(['tcvn3', 'vni'] as const)('detects and repairs whole seed files encoded in %s', (encoding) => {
    for (const file of SEED_FILES) {
      const text = seedText(file);
      const legacy = ENCODERS[encoding](text);
      expect([file, detectLegacyEncoding(legacy)]).toEqual([file, encoding]);
      const repaired = repairLegacyText(legacy);
      expect(repaired.encoding).toBe(encoding);
      const got = repaired.text.split('\n');
      const want = text.split('\n');
      const same = (a: string, b: string): boolean => (encoding === 'vni' ? a === b : a.toLowerCase() === b.toLowerCase());
      const differing = want.filter((w, i) => !same(got[i], w));
      // Only lines with no unambiguous word stay in legacy form ("Sè: /KH-UBND": "Sè" is also Unicode).
      expect(differing.length).toBeLessThanOrEqual(1);
    }
  });

  it('repairs TCVN3 capitals of whole seed lines', () => {
    const line = 'I CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC';
    expect(repairLegacyText(encodeTcvn3(line))).toEqual({ text: line, encoding: 'tcvn3' });
  });
});

describe('detectLegacyEncoding / repairLegacyText: what is not legacy', () => {
  it.each([
    'Cộng hòa xã hội chủ nghĩa Việt Nam',
    'Hà Nội',
    'café',
    'São Paulo',
    'naïve',
    'Un café à São Paulo, très cher à l’hôpital',
    'Ça coûte très cher à Noël, n’est-ce pas ? « Bonjour »',
    'Loïc et Caïn sont à Haïti',
    'Über die Größe der Straße',
    'España: año, niño, señor',
    'Søren Kierkegaard, Ærø, Åland',
    '50 µm ± 5 µm, 20 °C, ½ ¼ ¾, © 2024 ®, § 3',
    'Col·legi, l·l',
    'Công tác thông tin',
    'Tháng 6',
    'Ghi chú',
    'STT Nhiệm vụ cụ thể Tiến độ',
    'Ha\u0300 No\u0323\u0302i va\u0300 Tha\u0301ng',
    'NOTT DUNN & CO.',
    '',
  ])('leaves %j untouched', (text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
    expect(repairLegacyText(text)).toEqual({ text, encoding: null });
  });

  it('does not convert on a single word without a hint', () => {
    expect(repairLegacyText('Tr\u00adêng')).toEqual({ text: 'Tr\u00adêng', encoding: null });
  });

  it('converts a single word when the caller knows the encoding (detected over the whole table)', () => {
    expect(repairLegacyText('Tr\u00adêng', { encoding: 'tcvn3' })).toEqual({ text: 'Trường', encoding: 'tcvn3' });
    expect(repairLegacyText('Vieät', { encoding: 'vni' })).toEqual({ text: 'Việt', encoding: 'vni' });
  });

  it('keeps the Unicode lines of a mixed text and converts the legacy ones', () => {
    const text = 'Phòng Nội vụ\nC¸c c¬ quan, ®¬n vÞ\nCông tác';
    expect(repairLegacyText(text)).toEqual({ text: 'Phòng Nội vụ\nCác cơ quan, đơn vị\nCông tác', encoding: 'tcvn3' });
  });

  it('never converts a line that only Unicode can have written, even with a hint', () => {
    expect(repairLegacyText('Tháng 6 năm 2024', { encoding: 'tcvn3' }).text).toBe('Tháng 6 năm 2024');
    expect(repairLegacyText('Công tác', { encoding: 'tcvn3' }).text).toBe('Công tác');
    expect(repairLegacyText('toàn bộ', { encoding: 'vni' }).text).toBe('toàn bộ');
  });

  it('does not throw on non-string input from JavaScript callers', () => {
    expect(detectLegacyEncoding(undefined as unknown as string)).toBeNull();
    expect(repairLegacyText(null as unknown as string)).toEqual({ text: '', encoding: null });
  });
});
