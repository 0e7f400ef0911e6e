/**
 * The component-index target table split across a page (issue 14 §2), as real plans print it: the
 * header repeated on the next page (one or two rows, perhaps with a column-number row), a page
 * number or "Trang 2" between the parts in a text document, two tables or a repeated header row
 * in a Word document, the SIPAS row with no number and the total row's label in the first cell(s).
 * Every part is read, with the office in charge of each row (its column found by its words).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { findAreaTargets } from '../../../src/core/appendix/areaTargets';
import { importAppendix } from '../../../src/core/appendix/importAppendix';
import { importDocx, importText, textSourceSheet } from '../../../src/core/appendix/importDocument';
import { PlanSchema, type AreaTarget, type Plan } from '../../../src/core/plan/schema';
import { cellToText } from '../../../src/core/text/cellText';
import { FIXTURES } from '../../helpers/fixtures';

const fixture = (name: string) => readFileSync(join(FIXTURES, 'area-targets', name), 'utf8');

/** What every variant of the Nam Sơn plan says, row by row: area, last index and rank, target as written and read, target rank, owner. */
type Want = [AreaTarget['area'], number, number, string, AreaTarget['target'], number, string];
const gt = (value: number) => ({ op: '>' as const, value, unit: '%' as const });
const ge = (value: number) => ({ op: '>=' as const, value, unit: '%' as const });
const NAM_SON: Want[] = [
  ['direction', 0.875, 12, 'Trên 90%', gt(0.9), 8, 'Sở Nội vụ'],
  ['institutions', 0.8234, 20, 'Trên 85%', gt(0.85), 15, 'Sở Tư pháp'],
  ['procedures', 0.8609, 17, 'Trên 89%', gt(0.89), 10, 'Văn phòng UBND tỉnh'],
  ['organization', 0.9021, 9, 'Trên 92%', gt(0.92), 6, 'Sở Nội vụ'],
  ['civil-service', 0.8477, 23, 'Trên 87%', gt(0.87), 15, 'Sở Nội vụ'],
  ['public-finance', 0.7915, 31, 'Tối thiểu 83%', ge(0.83), 20, 'Sở Tài chính'],
  ['digital-government', 0.8162, 26, 'Trên 86%', gt(0.86), 15, 'Sở Khoa học và Công nghệ'],
  ['impact', 0.8008, 19, 'Trên 84%', gt(0.84), 12, 'Sở Tài chính'],
  ['satisfaction', 0.8256, 28, 'Trên 85%', gt(0.85), 18, 'Sở Nội vụ'],
  ['total', 0.8543, 18, 'Trên 88%', gt(0.88), 10, 'Sở Nội vụ'],
];
/** The target rows without their names (the variants word them differently). */
const project = (targets: readonly AreaTarget[] | undefined): Want[] =>
  (targets ?? []).map((t) => [
    t.area,
    t.lastIndex as number,
    t.lastRank as number,
    t.targetText,
    t.target,
    t.targetRank as number,
    t.owner.split(';')[0].trim(),
  ]);

/** Every non-empty row from the first header row on is a task, a section, the header or a warning. */
function unaccountedRows(cells: readonly unknown[][], plan: Plan): number[] {
  const accounted = new Set<number>([
    ...plan.tasks.flatMap((t) => t.rows),
    ...plan.warnings.map((w) => w.row),
    ...plan.headerRows,
    ...plan.sections.map((s) => s.row),
  ]);
  const first = plan.headerRows[0] ?? 1;
  return cells.flatMap((row, i) => (i + 1 >= first && row.some((c) => cellToText(c).trim() !== '') && !accounted.has(i + 1) ? [i + 1] : []));
}

describe('a plan whose component-index table is split across a page', () => {
  it.each([
    ['split-page-markdown.txt', 'a markdown table, a page number between the parts, the header and a column-number row repeated'],
    ['split-page-tsv.txt', 'a tab-separated table after the appendix, a two-row header repeated after "Trang 2/3"'],
  ])('%s (%s): all ten rows, with last year, ranks, targets and owners', (name) => {
    const { plan } = importText(fixture(name), 'document');
    expect(project(plan.areaTargets)).toEqual(NAM_SON);
    expect(plan.warnings.filter((w) => w.code.startsWith('area-target'))).toEqual([]);
    expect(() => PlanSchema.parse(plan)).not.toThrow();
  });

  it('keeps the names as written: the SIPAS row without a number, the total labelled in its first cell', () => {
    const { plan } = importText(fixture('split-page-markdown.txt'), 'document');
    expect(plan.areaTargets?.slice(7).map((t) => [t.area, t.name, t.owner])).toEqual([
      ['impact', 'Tác động của cải cách hành chính đến người dân, tổ chức và các chỉ tiêu phát triển kinh tế - xã hội của tỉnh', 'Sở Tài chính'],
      ['satisfaction', 'Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS)', 'Sở Nội vụ; Văn phòng UBND tỉnh'],
      ['total', 'Tổng cộng (Chỉ số CCHC của tỉnh)', 'Sở Nội vụ'],
    ]);
    const tsv = importText(fixture('split-page-tsv.txt'), 'document').plan;
    expect(tsv.areaTargets?.slice(8).map((t) => t.name)).toEqual(['Chỉ số SIPAS', 'Chỉ số CCHC (PAR INDEX)']);
  });

  it('still reads the appendix tasks, and no row of the target table as a task', () => {
    expect(importText(fixture('split-page-markdown.txt'), 'document').plan.tasks.map((t) => [t.id, t.lead])).toEqual([
      ['I-1', 'Sở Nội vụ'],
      ['I-2', 'Sở Nội vụ'],
      ['II-1', 'Văn phòng UBND tỉnh'],
    ]);
    expect(importText(fixture('split-page-tsv.txt'), 'document').plan.tasks.map((t) => t.id)).toEqual(['I-1', 'II-1']);
  });

  it('reads the same from the file pasted into one sheet: the break lines and the repeated header accounted for', () => {
    const sheet = fixture('split-page-tsv.txt')
      .split('\n')
      .map((l) => l.split('\t'));
    const plan = importAppendix(sheet);
    expect(project(plan.areaTargets)).toEqual(NAM_SON);
    // The same tasks as the sheet without the table (the prose line under the appendix is read as it always was).
    const from = sheet.findIndex((r) => r[1] === 'Chỉ số thành phần');
    expect(plan.tasks).toEqual(importAppendix(sheet.map((r, i) => (i >= from ? [] : r))).tasks);
    expect(plan.tasks.slice(0, 2).map((t) => t.id)).toEqual(['I-1', 'II-1']);
    expect(unaccountedRows(sheet, plan)).toEqual([]);
    const table = findAreaTargets(sheet.map((r) => r.map((c) => c.trim())));
    const at = (text: string) => sheet.findIndex((r) => r[0] === text);
    expect(table?.skippedRows).toEqual([at('(1)'), at('Trang 2/3'), at('Trang 2/3') + 2, at('Trang 2/3') + 3]);
  });

  it.each(['split-page-markdown.txt', 'split-page-tsv.txt'])('%s: the source sheet a host writes reads to the same targets', (name) => {
    const sheet = textSourceSheet(fixture(name), 'document');
    expect(project(importAppendix(sheet.grid).areaTargets)).toEqual(NAM_SON);
  });
});

/** The markdown fixture with the page break between its parts written another way. */
function withBreak(lines: readonly string[], repeatHeader: boolean, columnNumbers = repeatHeader): string {
  const text = fixture('split-page-markdown.txt').split('\n');
  const last = text.findIndex((l) => l.startsWith('| 6 |'));
  const next = text.findIndex((l) => l.startsWith('| 7 |'));
  const header = text.slice(last - 7, last - 5);
  expect(header[0]).toMatch(/^\| TT \| Chỉ số thành phần/);
  const repeated = [...(repeatHeader ? header : []), ...(columnNumbers ? ['| 1 | 2 | 3 | 4 | 5 | 6 | 7 |'] : [])];
  return [...text.slice(0, last + 1), '', ...lines, '', ...repeated, ...text.slice(next)].join('\n');
}

describe('the page break in other shapes', () => {
  it.each([
    ['a page number', ['2'], true],
    ['"Trang 2"', ['Trang 2'], true],
    ['"- 2 -"', ['- 2 -'], true],
    ['a page of pages', ['2/4'], true],
    ['the title repeated "(tiếp theo)" and a page number', ['PHỤ LỤC (tiếp theo)', '3'], true],
    ['a running head of the plan', ['Kế hoạch nâng cao Chỉ số CCHC năm 2025 của tỉnh Nam Sơn', '2'], true],
    ['nothing (the header row repeated, as Word prints it)', [], true],
    ['a page number, no header repeated', ['2'], false],
    ['"Trang 2", no header repeated', ['Trang 2'], false],
  ] as const)('%s: all ten rows', (_, lines, repeat) => {
    expect(project(importText(withBreak(lines, repeat), 'document').plan.areaTargets)).toEqual(NAM_SON);
  });

  it('the header repeated without the column-number row', () => {
    expect(project(importText(withBreak(['2'], true, false), 'document').plan.areaTargets)).toEqual(NAM_SON);
  });

  it('does not join a prose line and rows after it when no header is repeated: the table ends', () => {
    const text = withBreak(['Ghi chú: kết quả các chỉ số còn lại theo Quyết định công bố của Bộ Nội vụ'], false, false);
    expect(project(importText(text, 'document').plan.areaTargets)).toEqual(NAM_SON.slice(0, 6));
  });

  it('does not join another table of the same shape that repeats the areas (another year)', () => {
    const text = fixture('split-page-markdown.txt').split('\n');
    const total = text.findIndex((l) => l.includes('Tổng cộng'));
    const header = text.slice(text.findIndex((l) => l.startsWith('| TT |'))).slice(0, 2);
    const first = text.filter((l) => /^\| [1-3] \| [A-ZÀ-Ỹ]/u.test(l));
    const doc = [...text.slice(0, total + 1), '', 'Trang 3', '', ...header, ...first, ...text.slice(total + 1)].join('\n');
    expect(project(importText(doc, 'document').plan.areaTargets)).toEqual(NAM_SON);
  });
});

describe('the office-in-charge column, found by its words', () => {
  it.each([
    'Đơn vị thực hiện/theo dõi',
    'Cơ quan theo dõi',
    'Cơ quan chủ trì tham mưu',
    'ĐƠN VỊ THEO DÕI, ĐÁNH GIÁ',
    'Cơ quan được giao phụ trách',
    'Đơn vị đầu mối',
    'Don vi thuc hien / theo doi',
    'Cơ quan chủ trì theo dõi'.normalize('NFD'),
  ])('%p', (owner) => {
    const text = fixture('split-page-markdown.txt').replace(/Đơn vị thực hiện\/theo dõi/g, owner);
    expect(project(importText(text, 'document').plan.areaTargets)).toEqual(NAM_SON);
  });
});

describe('the table in a Word document, split across a page', () => {
  const HEADER = [
    'TT',
    'Chỉ số thành phần',
    'Kết quả năm 2024',
    'Xếp hạng năm 2024',
    'Mục tiêu năm 2025',
    'Mục tiêu xếp hạng năm 2025',
    'Đơn vị thực hiện/theo dõi',
  ];
  const ROWS = fixture('split-page-markdown.txt')
    .split('\n')
    .filter((l) => /^\| (\d|\*\*Tổng|\|)/.test(l) && !l.startsWith('| 1 | 2 |'))
    .slice(0, 10)
    .map((l) =>
      l
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim().replace(/\*\*/g, '')),
    );
  const cell = (text: string, span?: number) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })], ...(span ? { columnSpan: span } : {}) });
  /** The total row's label merged over the number and the name, as Word tables have it. */
  const rowOf = (cells: string[], header = false) =>
    cells[0] && !cells[1] && !/^\d+$/.test(cells[0])
      ? new TableRow({ children: [cell(cells[0], 2), ...cells.slice(2).map((c) => cell(c))] })
      : new TableRow({ tableHeader: header, children: cells.map((c) => cell(c)) });
  const table = (rows: string[][], repeatAt?: number) =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [rowOf(HEADER, true), ...rows.flatMap((r, i) => (i === repeatAt ? [rowOf(HEADER), rowOf(r)] : [rowOf(r)]))],
    });
  const para = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  const docx = (children: (Paragraph | Table)[]) =>
    Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              para('ỦY BAN NHÂN DÂN TỈNH NAM SƠN'),
              para('KẾ HOẠCH Nâng cao Chỉ số CCHC, Chỉ số SIPAS năm 2025'),
              para('Phấn đấu năm 2025 các chỉ số thành phần của tỉnh đạt như sau:'),
              ...children,
            ],
          },
        ],
      }),
    );

  it.each([
    ['two tables, the header repeated in the second', () => [table(ROWS.slice(0, 6)), para(''), table(ROWS.slice(6))]],
    ['one table whose header row is repeated where the page broke', () => [table(ROWS, 6)]],
  ] as const)('%s: all ten rows', async (_, parts) => {
    const { plan } = await importDocx(await docx([...parts()]));
    expect(project(plan.areaTargets)).toEqual(NAM_SON);
    expect(plan.areaTargets?.[9].name).toBe('Tổng cộng (Chỉ số CCHC của tỉnh)');
  });
});
