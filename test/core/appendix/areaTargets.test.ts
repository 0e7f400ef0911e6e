/**
 * The component-index target table (issue 5 §3): recognised by meaning in a document or a sheet,
 * read into plan.areaTargets, and kept out of the appendix's tasks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { areaOfRowName, findAreaTargets } from '../../../src/core/appendix/areaTargets';
import { importAppendix } from '../../../src/core/appendix/importAppendix';
import { importText } from '../../../src/core/appendix/importDocument';
import { parseTextDocument } from '../../../src/core/grid/documentGrid';
import { PlanSchema, type AreaTarget, type Plan } from '../../../src/core/plan/schema';
import { cellToText } from '../../../src/core/text/cellText';
import { FIXTURES, seedText } from '../../helpers/fixtures';
import type { Task } from '../../../src/core/plan/schema';
import { formatTargets } from '../../../src/core/target';

/** A task without its source rows (they move when lines are taken out of the document). */
const projectTask = ({ rows: _rows, ...t }: Task) => ({ ...t, targets: formatTargets(t.targets) });
const fixture = (name: string) => readFileSync(join(FIXTURES, 'area-targets', name), 'utf8');

type Row = [AreaTarget['area'], string, number | null, number | null, AreaTarget['target'], string, number | null, string];
const gt = (value: number) => ({ op: '>' as const, value, unit: '%' as const });
const ge = (value: number) => ({ op: '>=' as const, value, unit: '%' as const });
const targets = (rows: Row[]): AreaTarget[] =>
  rows.map(([area, name, lastIndex, lastRank, target, targetText, targetRank, owner]) => ({ area, name, lastIndex, lastRank, target, targetText, targetRank, owner }));

const MARKDOWN_TARGETS = targets([
  ['direction', 'Công tác chỉ đạo, điều hành CCHC', 0.8125, 6, gt(0.85), 'Trên 85%', 4, 'Sở Nội vụ'],
  ['institutions', 'Xây dựng và tổ chức thực hiện văn bản QPPL', 0.784, 12, gt(0.82), 'Trên 82%', 8, 'Sở Tư pháp'],
  ['procedures', 'Cải cách thủ tục hành chính', 0.851, 9, gt(0.88), 'Trên 88%', 5, 'Văn phòng UBND tỉnh'],
  ['organization', 'Cải cách tổ chức bộ máy hành chính', 0.8867, 7, gt(0.9), 'Trên 90%', 5, 'Sở Nội vụ'],
  ['civil-service', 'Cải cách chế độ công vụ', 0.8302, 15, gt(0.86), 'Trên 86%', 10, 'Sở Nội vụ'],
  ['public-finance', 'Cải cách tài chính công', 0.765, 21, gt(0.8), 'Trên 80%', 15, 'Sở Tài chính'],
  ['digital-government', 'Xây dựng và phát triển chính quyền điện tử, chính quyền số', 0.7993, 18, gt(0.84), 'Trên 84%', 12, 'Sở Thông tin và Truyền thông'],
  ['impact', 'Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH', 0.8035, 11, gt(0.83), 'Trên 83%', 8, 'Sở Kế hoạch và Đầu tư'],
  ['satisfaction', 'Chỉ số hài lòng của người dân, tổ chức (SIPAS)', 0.8214, 25, gt(0.85), 'Trên 85%', 15, 'Sở Nội vụ'],
  ['total', 'Chỉ số CCHC (PAR INDEX) của tỉnh', 0.8371, 14, gt(0.86), 'Trên 86%', 10, 'Sở Nội vụ'],
]);

const TSV_TARGETS = targets([
  ['direction', 'Công tác chỉ đạo, điều hành cải cách hành chính', 0.8125, 6, gt(0.85), 'Trên 85%', 4, 'Sở Nội vụ'],
  ['institutions', 'Xây dựng và tổ chức thực hiện VBQPPL', 0.784, 12, gt(0.82), 'Trên 82%', 8, 'Sở Tư pháp'],
  ['procedures', 'Cải cách TTHC', 0.851, 9, gt(0.88), 'Trên 88%', 5, 'Văn phòng UBND tỉnh'],
  ['organization', 'Cải cách tổ chức bộ máy hành chính', 0.8867, 7, gt(0.9), 'Trên 90%', 5, 'Sở Nội vụ'],
  ['civil-service', 'Cải cách chế độ công vụ', 0.8302, 15, gt(0.86), 'Trên 86%', 10, 'Sở Nội vụ'],
  ['public-finance', 'Cải cách tài chính công', 0.765, 21, ge(0.8), 'Tối thiểu 80%', 15, 'Sở Tài chính'],
  ['digital-government', 'Hiện đại hóa hành chính (chính quyền điện tử, chính quyền số)', 0.7993, 18, gt(0.84), 'Trên 84%', 12, 'Sở Thông tin và Truyền thông'],
  ['impact', 'Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội', 0.8035, 11, gt(0.83), 'Trên 83%', 8, 'Sở Kế hoạch và Đầu tư'],
  ['satisfaction', 'Chỉ số SIPAS', 0.8214, 25, gt(0.85), 'Trên 85%', 15, 'Sở Nội vụ'],
  ['total', 'Tổng chỉ số CCHC (PAR INDEX)', 0.8371, 14, gt(0.86), 'Trên 86%', 10, 'Sở Nội vụ'],
]);

/** Every non-empty row from the first header row on is a task, a section, the header or a warning. */
function unaccountedRows(cells: readonly unknown[][], plan: Plan): number[] {
  const accounted = new Set<number>([...plan.tasks.flatMap((t) => t.rows), ...plan.warnings.map((w) => w.row), ...plan.headerRows, ...plan.sections.map((s) => s.row)]);
  const first = plan.headerRows[0] ?? 1;
  const out: number[] = [];
  cells.forEach((row, i) => {
    if (i + 1 >= first && row.some((c) => cellToText(c).trim() !== '') && !accounted.has(i + 1)) out.push(i + 1);
  });
  return out;
}

/** The document without the lines of its component-index table: the baseline for the tasks. */
function withoutLines(text: string, from: string, to: string): string {
  const lines = text.split('\n');
  const a = lines.findIndex((l) => l.includes(from));
  const b = lines.findIndex((l, i) => i > a && l.includes(to));
  return [...lines.slice(0, a), ...lines.slice(b + 1)].join('\n');
}

describe('a markdown plan with a one-row header table of component-index targets', () => {
  const text = fixture('markdown.txt');
  const { plan } = importText(text, 'document');

  it('imports the ten target rows: 8 areas, SIPAS and the total, with every value', () => {
    expect(plan.areaTargets).toEqual(MARKDOWN_TARGETS);
  });

  it('still imports the appendix tasks, as it does without the table', () => {
    const alone = importText(withoutLines(text, '| STT | Chỉ số thành phần', 'PAR INDEX) của tỉnh'), 'document').plan;
    expect(alone.areaTargets).toEqual([]);
    expect(plan.tasks.map((t) => t.id)).toEqual(['I-1', 'I-2', 'II-1', 'III-1', 'III-2']);
    expect(plan.tasks.map(projectTask)).toEqual(alone.tasks.map(projectTask));
    expect(plan.tasks.find((t) => t.id === 'II-1')?.targets.map((t) => [t.op, t.value])).toEqual([['>', 0.99]]);
    expect(plan.year).toBe(2024);
    expect(plan.warnings.filter((w) => w.code.startsWith('area-target'))).toEqual([]);
  });

  it('matches the Plan schema', () => {
    expect(() => PlanSchema.parse(plan)).not.toThrow();
  });
});

describe('a tab-separated plan with a two-row header table after the appendix', () => {
  const text = fixture('tsv-two-row.txt');
  const { plan } = importText(text, 'document');

  it('imports the ten target rows: group cells over "Chỉ số | Xếp hạng", ranks as "06", "14/63", "Thứ 10", indices without "%"', () => {
    expect(plan.areaTargets).toEqual(TSV_TARGETS);
  });

  it('picks the appendix, not the target table whose header also names a lead office', () => {
    expect(plan.tasks.map((t) => [t.id, t.title])).toEqual([
      ['I-1', 'Ban hành Kế hoạch CCHC năm 2024 của tỉnh'],
      ['II-1', 'Đẩy nhanh giải ngân vốn đầu tư công'],
    ]);
    expect(plan.tasks.find((t) => t.id === 'II-1')?.targets.map((t) => [t.op, t.value])).toEqual([['>=', 0.95]]);
  });

  it('reads the same targets when the whole file is one sheet (appendix above, table below)', () => {
    const sheet = [...text.split('\n').map((l) => l.split('\t'))];
    const one = importAppendix(sheet);
    expect(one.areaTargets).toEqual(TSV_TARGETS);
    // The same tasks as the sheet without the table (the prose line under the appendix is read as before).
    const alone = importAppendix(sheet.map((row, i) => (i >= 16 ? [] : row)));
    expect(one.tasks).toEqual(alone.tasks);
    expect(one.tasks.slice(0, 2).map((t) => t.id)).toEqual(['I-1', 'II-1']);
    // Every row of the table below the appendix header is accounted for, by a warning.
    expect(unaccountedRows(sheet, one)).toEqual([]);
    const areaWarnings = one.warnings.filter((w) => w.code.startsWith('area-target'));
    expect(areaWarnings[0]).toEqual({ row: 17, code: 'area-targets', message: 'Dòng 17: Bảng mục tiêu chỉ số thành phần (10 dòng) — đọc vào phần mục tiêu chỉ số, không phải nhiệm vụ' });
    expect(areaWarnings.slice(1).map((w) => w.row)).toEqual([18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29]);
  });
});

describe('a sheet with the target table above the appendix', () => {
  const targetTable = [
    ['MỤC TIÊU CHỈ SỐ THÀNH PHẦN NĂM 2024', '', '', '', '', '', ''],
    ['TT', 'Lĩnh vực', 'Cơ quan tham mưu', 'Chỉ số năm 2023', 'Xếp hạng năm 2023', 'Mục tiêu chỉ số năm 2024', 'Mục tiêu xếp hạng năm 2024'],
    ['1', 'Cải cách thủ tục hành chính', 'Văn phòng UBND tỉnh', 0.851, 9, 0.88, 5],
    ['2', 'Cải cách tài chính công', 'Sở Tài chính', '76,5%', '21', '>= 80%', ''],
    ['', 'Chỉ số chung', 'Sở Nội vụ', '83,71%', 14, 'Trên 86%', 10],
  ];
  const appendix = [
    ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Kết quả/sản phẩm', ''],
    ['I', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', '', '', '', '', ''],
    ['1', 'Giải quyết hồ sơ TTHC đúng hạn', 'Văn phòng UBND tỉnh', 'Các sở', 'Trong năm 2024', 'Trên 99% hồ sơ đúng hạn', ''],
  ];

  it('reads both: the targets, and the tasks as if the table were not there', () => {
    const both = importAppendix([...targetTable, [], ...appendix]);
    const alone = importAppendix([targetTable[0], ...targetTable.slice(1).map(() => []), [], ...appendix]);
    expect(both.areaTargets).toEqual(
      targets([
        ['procedures', 'Cải cách thủ tục hành chính', 0.851, 9, ge(0.88), '0.88', 5, 'Văn phòng UBND tỉnh'],
        ['public-finance', 'Cải cách tài chính công', 0.765, 21, ge(0.8), '>= 80%', null, 'Sở Tài chính'],
        ['total', 'Chỉ số chung', 0.8371, 14, gt(0.86), 'Trên 86%', 10, 'Sở Nội vụ'],
      ]),
    );
    expect(both.tasks.map(projectTask)).toEqual(alone.tasks.map(projectTask));
    expect(both.headerRows).toEqual([7]);
    expect(both.title).toBe(alone.title);
    expect(both.warnings.filter((w) => w.code.startsWith('area-target')).map((w) => w.row)).toEqual([2]);
  });

  it('reads the table with its columns in any order', () => {
    const order = [6, 3, 1, 5, 0, 4, 2];
    const shuffled = targetTable.map((row) => order.map((c) => row[c]));
    expect(importAppendix(shuffled).areaTargets).toEqual(importAppendix(targetTable).areaTargets);
    expect(importAppendix(shuffled).areaTargets).toHaveLength(3);
  });

  it('reports unreadable cells and keeps the row', () => {
    const bad = targetTable.map((r) => [...r]);
    bad[2][3] = 'khoảng 85';
    bad[2][6] = 'tăng 2 bậc';
    const plan = importAppendix([...bad, [], ...appendix]);
    expect(plan.areaTargets?.[0]).toMatchObject({ area: 'procedures', lastIndex: null, targetRank: null, lastRank: 9 });
    expect(plan.warnings.filter((w) => w.code === 'area-target-unreadable').map((w) => w.message)).toEqual([
      'Dòng 3: Bảng mục tiêu chỉ số thành phần, dòng "Cải cách thủ tục hành chính": không đọc được chỉ số năm trước "khoảng 85"',
      'Dòng 3: Bảng mục tiêu chỉ số thành phần, dòng "Cải cách thủ tục hành chính": không đọc được mục tiêu xếp hạng "tăng 2 bậc"',
    ]);
  });

  it('keeps the targets of a sheet that holds no appendix', () => {
    const plan = importAppendix(targetTable);
    expect(plan.tasks).toEqual([]);
    expect(plan.warnings.map((w) => w.code)).toEqual(['no-header', 'area-targets']);
    expect(plan.areaTargets).toHaveLength(3);
  });
});

describe('plans without the table', () => {
  it.each(['000-appendix', '001-no-table', '002-two-row-header', '003-markdown'] as const)('finds none in seed %s', (name) => {
    const { plan } = importText(seedText(name), 'document');
    expect(plan.areaTargets).toEqual([]);
    for (const table of parseTextDocument(seedText(name)).tables) {
      expect(findAreaTargets(table.grid.map((r) => r.map((c) => cellToText(c))))).toBeNull();
    }
  });
});

describe('areaOfRowName', () => {
  it.each([
    ['Công tác chỉ đạo, điều hành CCHC', 'direction'],
    ['Cải cách thể chế', 'institutions'],
    ['Hiện đại hóa hành chính', 'digital-government'],
    ['Chỉ số hài lòng của người dân (SIPAS)', 'satisfaction'],
    ['CHỈ SỐ CCHC (PAR INDEX)', 'total'],
    ['Tổng cộng', 'total'],
    ['Chỉ số chung', 'total'],
    ['Ghi chú: số liệu do Bộ Nội vụ công bố', null],
    ['', null],
  ])('%p → %p', (name, area) => {
    expect(areaOfRowName(name)).toBe(area);
  });
});
