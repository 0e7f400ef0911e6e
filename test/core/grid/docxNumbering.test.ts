/**
 * Word's own list numbering (word/numbering.xml), which is not in the paragraphs' text: the labels
 * a reader sees are put in front of the text, in a table's STT column as in the prose.
 */
import { Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { importDocx } from '../../../src/core/appendix/importDocument';
import { formatCounter, ListCounter, parseNumberingXml } from '../../../src/core/grid/docxNumbering';

const NUMBERING_XML = `<w:numbering xmlns:w="w">
  <w:abstractNum w:abstractNumId="3">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="4"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl></w:abstractNum>
  <w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>
  <w:num w:numId="8"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
  <w:num w:numId="9"><w:abstractNumId w:val="4"/></w:num>
</w:numbering>`;

describe('list labels', () => {
  const lists = parseNumberingXml(NUMBERING_XML);

  test('count each level, restart the deeper ones, and write each in its format', () => {
    const counter = new ListCounter({ lists, styles: new Map() });
    const labels = [0, 1, 1, 2, 2, 0, 1].map((ilvl) => counter.next('7', ilvl, null));
    expect(labels).toEqual(['1.', '1.1.', '1.2.', 'a)', 'b)', '2.', '2.1.']);
  });

  test('a list that overrides its start begins there; a bullet of any symbol reads as "-"', () => {
    const counter = new ListCounter({ lists, styles: new Map() });
    expect(counter.next('8', 0, null)).toBe('5.');
    expect(counter.next('9', 0, null)).toBe('-');
    expect(counter.next('0', 0, null)).toBeNull();
    expect(counter.next(null, null, null)).toBeNull();
  });

  test('a paragraph style that carries a list numbers its paragraphs', () => {
    const counter = new ListCounter({ lists, styles: new Map([['Heading2', { numId: '7', ilvl: 0 }]]) });
    expect([counter.next(null, null, 'Heading2'), counter.next(null, null, 'Heading2')]).toEqual(['1.', '2.']);
  });

  test.each([
    [4, 'upperRoman', 'IV'],
    [9, 'lowerRoman', 'ix'],
    [3, 'upperLetter', 'C'],
    [7, 'decimalZero', '07'],
    [12, 'decimal', '12'],
  ])('formatCounter(%d, %s) is %s', (n, format, want) => expect(formatCounter(n, format)).toBe(want));
});

describe('a Word appendix table whose STT column Word numbers itself', () => {
  test('gives the tasks the numbers Word draws', async () => {
    const cell = (text: string, level?: number) =>
      new TableCell({ children: [new Paragraph(level === undefined ? { text } : { text, numbering: { reference: 'stt', level } })] });
    const row = (stt: number | undefined, title: string, due: string, lead: string) =>
      new TableRow({ children: [cell('', stt), cell(title), cell(due), cell(lead)] });
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: 'stt',
            levels: [
              { level: 0, format: LevelFormat.DECIMAL, text: '%1' },
              { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2' },
            ],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph('KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024'),
            new Table({
              rows: [
                new TableRow({ children: ['STT', 'Nhiệm vụ', 'Thời gian hoàn thành', 'Cơ quan chủ trì'].map((t) => cell(t)) }),
                row(0, 'Công tác tuyên truyền CCHC', '', ''),
                row(1, 'Đăng tải thông tin CCHC trên trang thông tin điện tử', 'Thường xuyên', 'Văn phòng HĐND và UBND huyện'),
                row(1, 'Tuyên truyền CCHC qua hệ thống loa phát thanh', 'Quý II/2024', 'UBND cấp xã'),
                row(0, 'Ban hành Kế hoạch kiểm tra CCHC năm 2024', 'Quý I/2024', 'Phòng Nội vụ'),
              ],
            }),
          ],
        },
      ],
    });
    const plan = (await importDocx(new Uint8Array(await Packer.toBuffer(doc)))).plan;
    expect(plan.tasks.map((t) => [t.id, t.group, t.parentId, t.due])).toEqual([
      ['1', true, null, null],
      ['1.1', false, '1', '2024-12-31'],
      ['1.2', false, '1', '2024-06-30'],
      ['2', false, null, '2024-03-31'],
    ]);
  });
});
