import fc from 'fast-check';
import { cleanCellText } from '../../../src/core/text/cleanText';
import { allSeedLines, pipeCells, seedLines, tsvCells } from './seeds';

describe('cleanCellText: HTML remnants of real appendices', () => {
  it('strips <b> from the section-number and title cells of 002', () => {
    const [code, title] = tsvCells('002-two-row-header.txt', 92);
    expect(code).toBe('<b>I.</b>');
    expect(cleanCellText(code)).toBe('I.');
    expect(cleanCellText(title)).toBe('CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH');
  });

  it('leaves no <b> in any cell of 002', () => {
    const cells = seedLines('002-two-row-header.txt').flatMap((l) => l.split('\t'));
    const withTags = cells.filter((c) => c.includes('<b>'));
    expect(withTags.length).toBeGreaterThan(20);
    for (const cell of withTags) {
      const clean = cleanCellText(cell);
      expect(clean).not.toMatch(/<\/?b>/);
      expect(clean).toBe(cell.replace(/<\/?b>/g, '').trim());
    }
  });

  it('turns the <ul> dash runs of 000 into one "- " bullet per line', () => {
    const cell = tsvCells('000-appendix.txt', 46)[5];
    expect(cell.startsWith('<ul style="list-style-type: none"> - Ban hành')).toBe(true);
    const lines = cleanCellText(cell).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^- Ban hành văn bản chỉ đạo .* trên địa bàn tỉnh\.$/);
    expect(lines[1]).toMatch(/^- Kịp thời ban hành các Quyết định .* theo quy định$/);
  });

  it('splits the second <ul> cell of 000 at its sentence-ending dashes only', () => {
    const lines = cleanCellText(tsvCells('000-appendix.txt', 47)[5]).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^- Các cơ quan, đơn vị, địa phương tỉnh phải bố trí/);
    expect(lines[1]).toMatch(/^- 100% cơ quan, tổ chức hoàn thành/);
  });

  it('keeps a dash inside a sentence of a <ul> run', () => {
    expect(cleanCellText('<ul> - Phòng Tài chính - Kế hoạch chủ trì. - Báo cáo quý')).toBe(
      '- Phòng Tài chính - Kế hoạch chủ trì.\n- Báo cáo quý',
    );
  });

  it('turns the <p> paragraphs of 003 into lines', () => {
    const cell = pipeCells('003-markdown.txt', 389)[5];
    expect(cell).toContain('<p>');
    expect(cleanCellText(cell).split('\n')).toEqual([
      'hàng năm; báo cáo năm gửi ngày 25/11 hàng năm);',
      '2. Báo cáo năm về kiểm tra, rà soát VBQPPPL, gửi về Sở Tư pháp trước ngày 15/02 của năm sau liền kề năm đánh giá;',
      '3. Báo cáo năm về theo dõi tình hình thi hành pháp luật thực hiện theo quy định của Chính phủ về chế độ báo cáo của cơ quan hành chính nhà nước và theo hướng dẫn của cơ quan nhà nước có thẩm quyền;',
      '4. Báo cáo năm về đào tạo, bồi dưỡng công chức, viên chức, thực hiện theo thời gian yêu cầu của Sở Nội vụ;',
      '5. Báo cáo định kỳ về kết quả ứng dụng CNTT, Thực hiện theo thời gian',
    ]);
  });

  it('keeps the text of <sub> in place (001: "NV<sub>(HTPA)</sub>")', () => {
    expect(cleanCellText('- Lưu: VT, NV<sub>(HTPA)</sub>.')).toBe('- Lưu: VT, NV(HTPA).');
  });

  it('turns <ul><li> items into dash bullets', () => {
    expect(cleanCellText('<ul><li>Ban hành kế hoạch</li><li>Báo cáo kết quả</li></ul>')).toBe(
      '- Ban hành kế hoạch\n- Báo cáo kết quả',
    );
    expect(cleanCellText('<ul class="x">\n  <li><p>Một</p></li>\n  <li>Hai</ul>')).toBe('- Một\n- Hai');
  });

  it('numbers <ol><li> items', () => {
    expect(cleanCellText('<ol><li>Một<li>Hai</ol>')).toBe('1. Một\n2. Hai');
  });

  it('turns every form of <br> into a line break', () => {
    expect(cleanCellText('Quý I<br>Quý II<br/>Quý III<BR />Quý IV')).toBe('Quý I\nQuý II\nQuý III\nQuý IV');
  });

  it('removes <i>, <strong>, <span …>, comments and Word tags, keeping their text', () => {
    expect(cleanCellText('<strong>Phòng</strong> <i>Nội vụ</i>')).toBe('Phòng Nội vụ');
    expect(cleanCellText('<span style="font-family: Times New Roman; color: red">Đỏ</span>')).toBe('Đỏ');
    expect(cleanCellText('<!-- [if gte mso 9]> --><o:p></o:p>Văn bản<o:p></o:p>')).toBe('Văn bản');
  });

  it('keeps "<" that does not open a tag', () => {
    for (const text of ['Tỷ lệ < 5%', 'a <= b', 'x<5', '<Tên đơn vị>', '1 < 2 > 0', '<xyz>', 'a <b c']) {
      expect(cleanCellText(text)).toBe(text);
    }
  });
});

describe('cleanCellText: character references', () => {
  it('decodes the named and numeric references found in exports', () => {
    expect(cleanCellText('Tài chính &amp; Kế hoạch')).toBe('Tài chính & Kế hoạch');
    expect(cleanCellText('&lt; 5% &gt; &quot;A&quot; &#39;B&#39; &apos;C&apos;')).toBe('< 5% > "A" \'B\' \'C\'');
    expect(cleanCellText('Vi&#7879;t Nam, Vi&#x1EC7;t Nam')).toBe('Việt Nam, Việt Nam');
    expect(cleanCellText('ho&agrave;n th&agrave;nh &ndash; &dstrok;&atilde;')).toBe('hoàn thành – đã');
  });

  it('turns &nbsp; into an ordinary space', () => {
    expect(cleanCellText('Trong&nbsp;&nbsp;năm&nbsp;2024&nbsp;')).toBe('Trong năm 2024');
  });

  it('leaves unknown or malformed references and lone ampersands as written', () => {
    expect(cleanCellText('NOTT DUNN & CO.')).toBe('NOTT DUNN & CO.');
    expect(cleanCellText('&bogus; &#0; &#xD800; &#99999999; & amp;')).toBe('&bogus; &#0; &#xD800; &#99999999; & amp;');
  });

  it('keeps an escaped tag as literal text', () => {
    expect(cleanCellText('&lt;b&gt;Chú ý&lt;/b&gt;')).toBe('<b>Chú ý</b>');
  });
});

describe('cleanCellText: Unicode and white space', () => {
  it('normalises decomposed (NFD) input to NFC', () => {
    const line = tsvCells('000-appendix.txt', 9)[1];
    const nfd = line.normalize('NFD');
    expect(nfd).not.toBe(line);
    expect(cleanCellText(nfd)).toBe(line.normalize('NFC'));
    expect(cleanCellText('Ha\u0300 No\u0302\u0323i')).toBe('Hà Nội');
  });

  it('collapses spaces of every kind and trims each line', () => {
    expect(cleanCellText('  Phòng\u00a0\u00a0Nội\tvụ \u2003 huyện  ')).toBe('Phòng Nội vụ huyện');
    expect(cleanCellText(' a \n   b  ')).toBe('a\nb');
  });

  it('normalises line breaks and drops blank lines', () => {
    expect(cleanCellText('\r\n\r\nMột\r\n\r\n\r\nHai\rBa\u000bBốn\u2028Năm\n \n')).toBe('Một\nHai\nBa\nBốn\nNăm');
  });

  it('removes invisible characters but keeps the soft hyphen of TCVN3 text', () => {
    expect(cleanCellText('\ufeffPhòng\u200b Nội vụ\u0007')).toBe('Phòng Nội vụ');
    expect(cleanCellText('Tr\u00adêng')).toBe('Tr\u00adêng');
  });

  it('gives "" for empty, blank or non-string input', () => {
    expect(cleanCellText('')).toBe('');
    expect(cleanCellText(' \n\t\u00a0')).toBe('');
    expect(cleanCellText(undefined as unknown as string)).toBe('');
  });
});

describe('cleanCellText: properties', () => {
  it('is idempotent on every cell of the seed appendices', () => {
    for (const line of allSeedLines()) {
      for (const cell of line.split(/\t|\|/)) {
        const once = cleanCellText(cell);
        expect(cleanCellText(once)).toBe(once);
      }
    }
  });

  it('never throws and returns tidy NFC text for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const out = cleanCellText(s);
        expect(out).toBe(out.normalize('NFC'));
        expect(out).toBe(out.trim());
        expect(out).not.toMatch(/\n\s*\n/);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on HTML-looking strings', () => {
    const piece = fc.constantFrom('<b>', '</b>', '<p>', '</p>', '<ul>', '</ul>', '<li>', '<br/>', '&amp;', '&#', ' - ', '. ', 'Một', '<', '>', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const out = cleanCellText(parts.join(''));
        expect(out).not.toMatch(/<\/?(b|p|ul|li)>/);
      }),
      { numRuns: 500 },
    );
  });
});
