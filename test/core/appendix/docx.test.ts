/**
 * Word import: the seed appendices written as real Word tables (title paragraphs, a header row
 * repeated on each page, section rows merged across, deadline and lead cells merged down, the
 * table split in two with its header repeated) import to the same tasks as the seed text.
 */
import { importDocx, importText } from '../../../src/core/appendix/importDocument';
import { parseDocumentXml, readDocx } from '../../../src/core/grid/docx';
import { docxOfSeed } from '../../helpers/docxPlan';
import { seedText } from '../../helpers/fixtures';
import { projectTasks, TABLE_SEEDS } from '../../helpers/variants';

describe('importDocx on the seeds as Word tables', () => {
  it.each(TABLE_SEEDS)('%s: merged cells and a table split across pages give the same tasks as the text', async (name) => {
    const text = seedText(name);
    const want = importText(text, 'document').plan;
    const columns = [want.columns.dueText, want.columns.lead].filter((c): c is number => c !== undefined);
    for (const opts of [{}, { mergeDown: columns }, { mergeDown: columns, splitAt: 0.5 }]) {
      const got = (await importDocx(await docxOfSeed(text, opts))).plan;
      expect([name, opts, got.year, got.title]).toEqual([name, opts, want.year, want.title]);
      expect(projectTasks(got)).toEqual(projectTasks(want));
    }
  });

  it('reads the vertical merges Word stores as empty continued cells', async () => {
    const text = seedText('000-appendix');
    const want = importText(text, 'document').plan;
    const blocks = await readDocx(await docxOfSeed(text, { mergeDown: [want.columns.dueText!] }));
    const table = blocks.find((b) => b.kind === 'table')!;
    if (table.kind !== 'table') throw new Error('no table');
    const down = table.merges.filter((m) => m.bottom > m.top);
    expect(down.length).toBeGreaterThan(5);
    expect(down.every((m) => table.grid[m.top].slice(m.left - 1, m.right).every((c) => c === ''))).toBe(true);
    expect(table.headerRows).toEqual([1]);
  });
});

describe('parseDocumentXml', () => {
  const doc = (body: string): string =>
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;

  it("keeps a cell's paragraphs and line breaks, leaves out tracked deletions, spans columns", () => {
    const blocks = parseDocumentXml(
      doc(
        '<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>' +
          '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>STT</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Nhiệm vụ</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Tiến độ</w:t></w:r></w:p></w:tc></w:tr>' +
          '<w:tr><w:tc><w:tcPr><w:gridSpan w:val="3"/></w:tcPr><w:p><w:r><w:t>I. CÔNG TÁC CHỈ ĐẠO</w:t></w:r></w:p></w:tc></w:tr>' +
          '<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Ban hành</w:t></w:r><w:r><w:br/><w:t>kế hoạch</w:t></w:r></w:p><w:p><w:r><w:t>năm 2024</w:t></w:r><w:del><w:r><w:delText>cũ</w:delText></w:r></w:del></w:p></w:tc><w:tc><w:p><w:r><w:t>Quý I</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
      ),
    );
    expect(blocks[0]).toEqual({ kind: 'paragraph', text: 'KẾ HOẠCH' });
    const table = blocks[1];
    if (table.kind !== 'table') throw new Error('no table');
    expect(table.grid).toEqual([
      ['STT', 'Nhiệm vụ', 'Tiến độ'],
      ['I. CÔNG TÁC CHỈ ĐẠO', '', ''],
      ['1', 'Ban hành\nkế hoạch\nnăm 2024', 'Quý I'],
    ]);
    expect(table.merges).toEqual([{ top: 2, left: 1, bottom: 2, right: 3 }]);
  });
});
