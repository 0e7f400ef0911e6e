import { readFileSync } from 'fs';
import { join } from 'path';
import { TargetSchema } from '../../../src/core/plan/schema';
import { formatTarget } from '../../../src/core/target/format';
import { parseTargets } from '../../../src/core/target/parseTargets';
import { parseTargetSpec } from '../../../src/core/target/spec';
import { APPENDIX_000, MARKDOWN_003, SEED_FILES, TITLE_CELLS, TWO_ROW_HEADER_002, type SeedCell } from './seedCells';

const TABLES: ReadonlyArray<readonly [string, readonly SeedCell[]]> = [
  ['000-appendix "Kết quả/sản phẩm"', APPENDIX_000],
  ['002-two-row-header "Yêu cầu năm 2024"', TWO_ROW_HEADER_002],
  ['003-markdown "Sản phẩm đầu ra/Kết quả đạt được"', MARKDOWN_003],
  ['task titles that carry a number', TITLE_CELLS],
];
const ALL_CELLS = TABLES.flatMap(([, rows]) => rows);

/** What the tests compare: the normalised target and its metric, in reading order. */
const read = (cell: string) => parseTargets(cell).map((t) => [formatTarget(t), t.metric]);

const seedLines = new Map(
  Object.entries(SEED_FILES).map(([key, file]) => [key, readFileSync(join(__dirname, '../../fixtures/seeds', file), 'utf8').split('\n')]),
);

/** The target column of each seed table, cell by cell, as "key:line" and trimmed text. */
function targetColumnCells(): Array<[string, string]> {
  const cells: Array<[string, string]> = [];
  const take = (key: string, line: number, cell: string | undefined) => {
    if (cell?.trim()) cells.push([`${key}:${line + 1}`, cell.trim()]);
  };
  seedLines.get('000')?.forEach((l, i) => {
    const c = l.split('\t');
    if (c.length >= 6 && c[0] !== 'STT') take('000', i, c[5]);
  });
  const lines002 = seedLines.get('002') ?? [];
  const appendixAt = lines002.findIndex((l) => l.includes('PHỤ LỤC'));
  lines002.forEach((l, i) => {
    const c = l.split('\t');
    if (i > appendixAt && c.length >= 5 && c[0] !== 'STT') take('002', i, c[2]);
  });
  seedLines.get('003')?.forEach((l, i) => {
    const c = l.split('|');
    if (l.startsWith('|') && c.length >= 7 && c[1].trim() !== 'TT' && !/^-+$/.test(c[5].trim())) take('003', i, c[5]);
  });
  return cells;
}

describe.each(TABLES)('reads the targets of every seed cell: %s', (_name, rows) => {
  test.each(rows)('%s', (_at, cell, expected) => {
    expect(read(cell)).toEqual(expected);
  });
});

describe('seed cell table', () => {
  test.each(ALL_CELLS)('%s is a cell of the seed file at that line', (at, cell) => {
    const [key, line] = at.split(':');
    expect(seedLines.get(key)?.[Number(line) - 1]).toContain(cell);
  });

  test('has a row for every target-column cell of the seeds that holds a digit', () => {
    const rows = new Set(ALL_CELLS.map(([at, cell]) => `${at}\t${cell}`));
    const missing = targetColumnCells().filter(([at, cell]) => /\d/.test(cell) && !rows.has(`${at}\t${cell}`));
    expect(missing).toEqual([]);
  });
});

describe('targets read from the seeds', () => {
  const targets = ALL_CELLS.flatMap(([at, cell]) => parseTargets(cell).map((t) => [at, cell, t] as const));

  test.each(targets)('%s: the target is valid, its text a phrase of the cell, and the text reads back as the same target', (_at, cell, t) => {
    expect(TargetSchema.safeParse(t).success).toBe(true);
    expect(cell.replace(/\s+/g, ' ')).toContain(t.text);
    expect(parseTargetSpec(t.text).map(formatTarget)).toEqual([formatTarget(t)]);
  });

  test.each(ALL_CELLS)('%s reads the same when typed in decomposed Unicode (NFD)', (_at, cell) => {
    expect(parseTargets(cell.normalize('NFD'))).toEqual(parseTargets(cell));
  });
});

describe('phrases of several targets keep their own text', () => {
  test('three rates in one cell (002, 7.3.4)', () => {
    const cell =
      'Tỷ lệ TTHC được triển khai thanh toán trực tuyến đạt 100%; tỷ lệ TTHC có phát sinh giao dịch thanh toán trực tuyến đạt 70% và tỷ lệ hồ sơ thanh toán trực tuyến đạt 30%.';
    expect(parseTargets(cell)).toEqual([
      { metric: 'Tỷ lệ TTHC được triển khai thanh toán trực tuyến', op: '>=', value: 1, unit: '%', text: 'Tỷ lệ TTHC được triển khai thanh toán trực tuyến đạt 100%' },
      { metric: 'tỷ lệ TTHC có phát sinh giao dịch thanh toán trực tuyến', op: '>=', value: 0.7, unit: '%', text: 'tỷ lệ TTHC có phát sinh giao dịch thanh toán trực tuyến đạt 70%' },
      { metric: 'tỷ lệ hồ sơ thanh toán trực tuyến', op: '>=', value: 0.3, unit: '%', text: 'tỷ lệ hồ sơ thanh toán trực tuyến đạt 30%' },
    ]);
  });

  test('a share of offices that must each reach a rate (000, VII 1.1)', () => {
    const cell =
      'Bảo đảm 100% các sở, ngành và tương đương có tỷ lệ xử lý văn bản, hồ sơ công việc trên môi trường mạng đạt từ 80% trở lên; 100% các xã, phường, thị trấn có tỷ lệ xử lý văn bản, hồ sơ công việc trên môi trường mạng đạt từ 70% trở lên.';
    expect(parseTargets(cell).map((t) => t.text)).toEqual([
      'Bảo đảm 100% các sở, ngành và tương đương',
      'tỷ lệ xử lý văn bản, hồ sơ công việc trên môi trường mạng đạt từ 80% trở lên',
      '100% các xã, phường, thị trấn',
      'tỷ lệ xử lý văn bản, hồ sơ công việc trên môi trường mạng đạt từ 70% trở lên',
    ]);
  });

  test('a decrease keeps its baseline phrase in its text (000, IV 3)', () => {
    expect(parseTargets('Số lượng đơn vị sự nghiệp công lập giảm tối thiểu 3% so với năm 2021')).toEqual([
      {
        metric: 'Số lượng đơn vị sự nghiệp công lập',
        op: '>=',
        value: 0.03,
        unit: '%',
        direction: 'decrease',
        baselineYear: 2021,
        text: 'Số lượng đơn vị sự nghiệp công lập giảm tối thiểu 3% so với năm 2021',
      },
    ]);
  });
});
