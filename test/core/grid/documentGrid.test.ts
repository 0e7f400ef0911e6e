import { parseTextDocument } from '../../../src/core/grid/documentGrid';
import { parseDelimited } from '../../../src/core/grid/delimited';
import { seedText } from '../../helpers/fixtures';

describe('parseTextDocument', () => {
  it('keeps the page-split pieces of a tab-separated appendix in one table, with its title lines above', () => {
    const doc = parseTextDocument(seedText('000-appendix'));
    expect(doc.tables).toHaveLength(1);
    const grid = doc.tables[0].grid;
    expect(grid[0][0]).toBe('PHỤ LỤC');
    expect(grid[1][0]).toMatch(/NĂM 2024$/);
    expect(grid[3].slice(0, 3)).toEqual(['STT', 'Nhiệm vụ cụ thể', 'Tiến độ']);
    expect(grid.every((r) => r.length === 6)).toBe(true);
    // "5 Thực hiện các quy định về phân" is followed (after a repeated header) by its continuation
    const i = grid.findIndex((r) => r[1] === 'Thực hiện các quy định về phân');
    expect(grid[i + 1][0]).toBe('STT');
    expect(grid[i + 2][1]).toMatch(/^cấp, phân quyền/);
  });

  it('reads markdown pipe tables, drops separator rows and keeps headings and page numbers printed between pages', () => {
    const doc = parseTextDocument(seedText('003-markdown'));
    const table = doc.tables[doc.tables.length - 1];
    const texts = table.grid.map((r) => r.filter((c) => c).join(' | '));
    expect(texts).toContain('III CÁI CÁCH THỦ TỤC HÀNH CHÍNH');
    expect(texts).toContain('1/');
    expect(texts).toContain('100');
    expect(texts.some((t) => /^-+$/.test(t))).toBe(false);
    expect(table.grid.some((r) => r[0] === '4.' && r[1].startsWith('Thực hiện các nhiệm vụ được UBND tỉnh'))).toBe(true);
  });

  it('finds no table in a plan written as prose only', () => {
    expect(parseTextDocument(seedText('001-no-table')).tables).toHaveLength(0);
  });

  it('reads the two header rows of a table with a merged "Phân công nhiệm vụ" group', () => {
    const grid = parseTextDocument(seedText('002-two-row-header')).tables[0].grid;
    const h = grid.findIndex((r) => r[0] === 'STT');
    expect(grid[h][4]).toBe('Phân công nhiệm vụ');
    expect(grid[h + 1].slice(4)).toEqual(['Cơ quan chủ trì thực hiện', 'Cơ quan phối hợp']);
  });
});

describe('parseDelimited', () => {
  it('reads quoted CSV cells holding commas and line breaks', () => {
    const grid = parseDelimited('STT,Nhiệm vụ,Tiến độ\n1,"Ban hành, triển khai\nkế hoạch",Quý I/2024\n');
    expect(grid).toEqual([
      ['STT', 'Nhiệm vụ', 'Tiến độ'],
      ['1', 'Ban hành, triển khai\nkế hoạch', 'Quý I/2024'],
    ]);
  });

  it('reads semicolon-separated CSV as Vietnamese-locale Excel saves it', () => {
    expect(parseDelimited('STT;Nhiệm vụ\n1;Tổ chức, thực hiện\n')[1]).toEqual(['1', 'Tổ chức, thực hiện']);
  });
});
