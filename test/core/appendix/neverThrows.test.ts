/**
 * importAppendix never throws, and never loses a row.
 *
 * Whatever grid a host gives (random values, ragged or missing rows, error cells, dates in text
 * columns, the seed tables cut up and shuffled), the importer returns a Plan of the documented
 * shape, and every non-empty source row is accounted for: it is read into a task, named by a
 * warning, part of the header, above the header (title rows), or a section row. When no header is
 * found, the plan has no tasks and says so with a 'no-header' warning.
 */
import fc from 'fast-check';
import { importAppendix, type ImportOptions, type MergedArea } from '../../../src/core/appendix/importAppendix';
import { PlanSchema, type Plan } from '../../../src/core/plan/schema';
import { cellToText } from '../../../src/core/text/cellText';
import { TABLE_SEEDS, gridWidth, seedCase, type SeedCase } from '../../helpers/variants';

/** Runs per property; PROPERTY_RUNS=5000 for a deeper search. */
const NUM_RUNS = Number(process.env.PROPERTY_RUNS) || 200;

// ---------------------------------------------------------------------------------------------
// The invariant
// ---------------------------------------------------------------------------------------------

/** 1-based rows holding some text, as the importer reads cells. */
function nonEmptyRows(cells: readonly unknown[]): number[] {
  const out: number[] = [];
  cells.forEach((row, i) => {
    if (Array.isArray(row) && row.some((c) => cellToText(c).trim() !== '')) out.push(i + 1);
  });
  return out;
}

/** Non-empty source rows that the plan does not account for (empty when all is well). */
function unaccountedRows(cells: readonly unknown[], plan: Plan): number[] {
  const accounted = new Set<number>([
    ...plan.tasks.flatMap((t) => t.rows),
    ...plan.warnings.map((w) => w.row),
    ...plan.headerRows,
    ...plan.sections.map((s) => s.row),
  ]);
  const firstHeader = plan.headerRows[0] ?? 1;
  return nonEmptyRows(cells).filter((r) => r >= firstHeader && !accounted.has(r));
}

/** Imports, and checks everything the importer promises about any grid. */
function importAndCheck(source: unknown, options?: ImportOptions): Plan {
  const cells = withHostileCells(source);
  const plan = importAppendix(cells as unknown[][], options);
  const parsed = PlanSchema.safeParse(plan);
  if (!parsed.success) throw new Error(`plan does not match the schema: ${parsed.error.message}`);
  const rows = Array.isArray(cells) ? cells : [];
  const noHeader = plan.warnings.some((w) => w.code === 'no-header');
  if (noHeader) {
    expect(plan.tasks).toEqual([]);
    return plan;
  }
  expect(plan.headerRows.length).toBeGreaterThan(0);
  const ids = plan.tasks.map((t) => t.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const t of plan.tasks) {
    expect(t.rows.length).toBeGreaterThan(0);
    for (const r of t.rows) expect(r).toBeLessThanOrEqual(rows.length);
    if (t.parentId !== null) expect(ids).toContain(t.parentId);
  }
  for (const w of plan.warnings) expect(w.row).toBeLessThanOrEqual(rows.length);
  expect(unaccountedRows(rows, plan)).toEqual([]);
  return plan;
}

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------

const seeds: SeedCase[] = TABLE_SEEDS.map(seedCase);
const seedCells = Array.from(new Set(seeds.flatMap((s) => s.grid.flat()))).filter((c) => c !== '');

/** Text that looks like appendix cells: STT codes, section numerals, noise, header words, HTML. */
const textArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...seedCells) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '', ' ', '\t', '\n', '1', '2', '1.1', '2.3.1', '4.', 'a)', 'đ)', '-', '•', 'I', 'II', 'IV.', 'Phần II', 'IX -',
      '1/', '100', '- 3 -', 'Trang 4', '(1)', '(2)', 'STT', 'TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp',
      'Tiến độ', 'Kết quả', 'Phân công nhiệm vụ', 'Ghi chú', '<b>I.</b>', '<br>', '<p></p>', '&nbsp;', '\u00ad',
      'Phßng Néi vô', 'Coäng hoøa xaõ hoäi', 'cấp, phân quyền', 'năm 2024', 'Quý III/2024', '31/12/2024', '#N/A',
      'CẢI CÁCH HÀNH CHÍNH', 'Trong năm 2024', 'Thường xuyên', '70,52%', 'Tăng'.normalize('NFD'),
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
);

function throwingObject(): object {
  return new Proxy(
    {},
    {
      get() {
        throw new Error('host object');
      },
      has() {
        throw new Error('host object');
      },
    },
  );
}

/**
 * Stands for a cell whose every property access throws. fast-check itself inspects generated
 * values (for shrinking and reporting), so the throwing proxies are put in only when the grid is
 * handed to the importer (see withHostileCells).
 */
const HOSTILE = Object.freeze({ hostileHostObject: true });

function withHostileCells(cells: unknown): unknown {
  if (!Array.isArray(cells)) return cells;
  return cells.map((row) => (Array.isArray(row) ? row.map((c) => (c === HOSTILE ? throwingObject() : c)) : row));
}

/** A cell value as hosts return them, and some they should not. */
const cellArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: textArb },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 50_000 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(
      { error: '#N/A' },
      { error: '#REF!' },
      { error: '#VALUE!' },
      { richText: [{ text: 'Phòng ' }, { text: 'Nội vụ' }] },
      { formula: 'A1*2', result: 4 },
      { sharedFormula: 'B2', result: { error: '#DIV/0!' } },
      { text: 'Phòng Tư pháp', hyperlink: 'https://example.org' },
      ['a', 'b'],
      {},
      Object.create(null),
      Symbol('s'),
      () => 'f',
      BigInt(7),
    ),
  },
  { weight: 1, arbitrary: fc.constant(HOSTILE) },
);

/** A row: usually an array of any length (ragged), sometimes not an array at all. */
const rowArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 12, arbitrary: fc.array(cellArb, { maxLength: 9 }) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, undefined, 'một hàng là chuỗi', 42, {}, new Date(0)) },
);

const randomGridArb = fc.array(rowArb, { maxLength: 25 });

function headerRowsOf(seed: SeedCase): string[][] {
  return seed.plan.headerRows.map((r) => seed.grid[r - 1]);
}

/**
 * The seed tables cut up: rows picked at random (so shuffled, duplicated and deleted), some
 * truncated (ragged), some cells replaced by random values, maybe under the seed's own title and
 * header rows.
 */
const seedRowsGridArb: fc.Arbitrary<unknown[]> = fc
  .nat({ max: seeds.length - 1 })
  .chain((k) => {
    const seed = seeds[k];
    const width = gridWidth(seed.grid);
    return fc.record({
      seed: fc.constant(seed),
      top: fc.constantFrom('title+header', 'header', 'none'),
      picks: fc.array(fc.tuple(fc.nat({ max: seed.grid.length - 1 }), fc.option(fc.nat({ max: width }), { nil: undefined })), {
        maxLength: 60,
      }),
      mutations: fc.array(fc.tuple(fc.nat({ max: 80 }), fc.nat({ max: width }), cellArb), { maxLength: 6 }),
    });
  })
  .map(({ seed, top, picks, mutations }) => {
    const firstHeader = seed.plan.headerRows[0];
    const head = top === 'title+header' ? seed.grid.slice(0, firstHeader - 1).concat(headerRowsOf(seed)) : top === 'header' ? headerRowsOf(seed) : [];
    const rows: unknown[][] = [...head, ...picks.map(([i, len]) => seed.grid[i].slice(0, len))].map((r) => [...r]);
    for (const [r, c, v] of mutations) if (rows.length > 0) rows[r % rows.length][c] = v;
    return rows;
  });

/** A seed's header on top of random rows. */
const headerOnRandomArb: fc.Arbitrary<unknown[]> = fc
  .tuple(fc.nat({ max: seeds.length - 1 }), randomGridArb)
  .map(([k, rows]) => [...headerRowsOf(seeds[k]).map((r) => [...r]), ...rows]);

/** Merged areas as a host might report them, including nonsense (reversed, out of range). */
const mergesArb: fc.Arbitrary<MergedArea[]> = fc.array(
  fc.record({
    top: fc.integer({ min: -2, max: 70 }),
    left: fc.integer({ min: -2, max: 10 }),
    bottom: fc.integer({ min: -2, max: 75 }),
    right: fc.integer({ min: -2, max: 10 }),
  }),
  { maxLength: 6 },
);

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

describe('importAppendix never throws and accounts for every non-empty row', () => {
  it('on random grids of strings, numbers, booleans, nulls, dates, error and host objects, with ragged and non-array rows', () => {
    fc.assert(
      fc.property(randomGridArb, (cells) => {
        importAndCheck(cells);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('on the seed tables with rows shuffled, duplicated, deleted, truncated and cells replaced', () => {
    fc.assert(
      fc.property(seedRowsGridArb, (cells) => {
        importAndCheck(cells);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('on a seed header over random rows', () => {
    fc.assert(
      fc.property(headerOnRandomArb, (cells) => {
        const plan = importAndCheck(cells);
        expect(plan.warnings.some((w) => w.code === 'no-header')).toBe(false);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('with any merged areas, header row and column overrides the host passes', () => {
    const optionsArb: fc.Arbitrary<ImportOptions> = fc.record(
      {
        merges: mergesArb,
        headerRow: fc.integer({ min: 1, max: 80 }),
        year: fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null }),
        columns: fc.record({ title: fc.nat({ max: 8 }), lead: fc.nat({ max: 8 }), code: fc.nat({ max: 8 }) }, { requiredKeys: [] }),
        contextLines: fc.array(textArb, { maxLength: 3 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(seedRowsGridArb, headerOnRandomArb), optionsArb, (cells, options) => {
        expect(() => importAppendix(withHostileCells(cells) as unknown[][], options)).not.toThrow();
        // Without a header-row override, the accounting holds with merges too.
        importAndCheck(cells, { merges: options.merges, year: options.year });
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Explicit cases
// ---------------------------------------------------------------------------------------------

describe('importAppendix on edge-case grids', () => {
  const seed0 = seedCase('000-appendix');
  const header0 = seed0.grid[seed0.plan.headerRows[0] - 1];
  const noHeader = (plan: Plan) => plan.warnings.some((w) => w.code === 'no-header');

  it.each<[string, unknown]>([
    ['an empty grid', []],
    ['a grid of one empty row', [[]]],
    ['a single cell', [['Nhiệm vụ']]],
    ['a single null cell', [[null]]],
    ['rows that are not arrays', [null, undefined, 'STT\tNhiệm vụ', 42, {}]],
    ['not a grid at all', 'STT,Nhiệm vụ'],
    ['null instead of a grid', null],
  ])('returns an empty plan with a "no-header" warning for %s', (_label, cells) => {
    const plan = importAndCheck(cells);
    expect(plan.tasks).toEqual([]);
    expect(noHeader(plan)).toBe(true);
  });

  it('reads a header with nothing under it as a plan without tasks', () => {
    const plan = importAndCheck([header0]);
    expect(plan.headerRows).toEqual([1]);
    expect(plan.tasks).toEqual([]);
    expect(noHeader(plan)).toBe(false);
  });

  it('reads the two-row header of 002 alone as a two-row header', () => {
    const seed = seedCase('002-two-row-header');
    const plan = importAndCheck(seed.plan.headerRows.map((r) => seed.grid[r - 1]));
    expect(plan.headerRows).toEqual([1, 2]);
  });

  it('skips rows that are not arrays between real rows and reads the rest', () => {
    const cells = [null, header0, 'một hàng là chuỗi', ['1', 'Ban hành kế hoạch', 'Quý I/2024', 'Phòng Nội vụ', '', ''], undefined, 7];
    const plan = importAndCheck(cells, { year: 2024 });
    expect(plan.headerRows).toEqual([2]);
    expect(plan.tasks.map((t) => [t.id, t.due])).toEqual([['1', '2024-03-31']]);
  });

  it('reads error values, dates, booleans and numbers in text columns as the text a spreadsheet shows', () => {
    // 000's columns: STT, Nhiệm vụ, Tiến độ, Cơ quan chủ trì, Cơ quan phối hợp, Kết quả.
    const cells: unknown[][] = [
      header0,
      [1, true, new Date(Date.UTC(2024, 5, 30)), false, 0.1 + 0.2, { error: '#N/A' }],
      [2, { error: '#REF!' }, { error: '#VALUE!' }, { formula: 'D2', result: 'Phòng Nội vụ' }, null, { richText: [{ text: '100% ' }, { text: 'hồ sơ' }] }],
      ['3', new Date(Number.NaN), Number.NaN, Number.POSITIVE_INFINITY, -0, BigInt(12)],
    ];
    const plan = importAndCheck(cells, { year: 2024 });
    expect(plan.tasks.map((t) => [t.code, t.title, t.dueText, t.due, t.lead, t.support, t.output])).toEqual([
      ['1', 'TRUE', '30/06/2024', '2024-06-30', 'FALSE', '0.3', '#N/A'],
      ['2', '#REF!', '#VALUE!', null, 'Phòng Nội vụ', '', '100% hồ sơ'],
      ['3', '', '', null, 'Infinity', '0', '12'],
    ]);
  });

  it('survives cells whose every property access throws (exotic host objects) and sparse rows', () => {
    const sparse: unknown[] = [];
    sparse[0] = '1';
    sparse[1] = 'Ban hành kế hoạch';
    sparse[3] = 'Phòng Nội vụ';
    sparse[9] = throwingObject();
    const plan = importAndCheck([header0, sparse, [throwingObject(), throwingObject()]], { year: 2024 });
    expect(plan.tasks.map((t) => [t.title, t.lead])).toEqual([['Ban hành kế hoạch', 'Phòng Nội vụ']]);
  });

  it('survives merged areas out of the grid, reversed, or at Excel\'s last column', () => {
    const cells = [header0, ...seed0.grid.slice(seed0.plan.headerRows[0], seed0.plan.headerRows[0] + 10)];
    const merges: MergedArea[] = [
      { top: 0, left: 0, bottom: 0, right: 0 },
      { top: 5, left: 3, bottom: 2, right: 1 },
      { top: 2, left: 4, bottom: 1_000_000, right: 4 },
      { top: 3, left: 16_384, bottom: 9, right: 16_384 },
      { top: Number.NaN, left: Number.NaN, bottom: Number.NaN, right: Number.NaN },
    ];
    importAndCheck(cells, { merges });
  });

  it('reads 100,000 rows (the body of seed 000 repeated) to as many tasks', () => {
    const start = seed0.plan.headerRows[0];
    const head = seed0.grid.slice(0, start);
    const body = seed0.grid.slice(start);
    const copies = Math.ceil(100_000 / body.length);
    const cells: string[][] = [...head];
    for (let i = 0; i < copies; i++) for (const r of body) cells.push(r);
    expect(cells.length).toBeGreaterThanOrEqual(100_000);
    const plan = importAppendix(cells);
    expect(plan.tasks.length).toBe(seed0.plan.tasks.length * copies);
    expect(new Set(plan.tasks.map((t) => t.id)).size).toBe(plan.tasks.length);
    expect(plan.sections.length).toBe(seed0.plan.sections.length * copies);
    expect(unaccountedRows(cells, plan)).toEqual([]);
  });
});

describe('rows the importer reads into something the plan cannot point back to', () => {
  // A row continuing a section heading is joined to it and named by a 'section-continued' warning.
  it('accounts for a row continuing a section title', () => {
    const seed = seedCase('000-appendix');
    const header = seed.grid[seed.plan.headerRows[0] - 1];
    const cells = [
      header,
      ['II', 'CẢI CÁCH THỂ CHẾ', '', '', '', ''],
      ['', '', 'và thủ tục', '', '', ''],
      ['1', 'Xử lý văn bản trái pháp luật', 'Trong năm 2024', 'Phòng Tư pháp', '', ''],
    ];
    const plan = importAppendix(cells, { year: 2024 });
    expect(plan.sections[0].title).toBe('CẢI CÁCH THỂ CHẾ và thủ tục');
    expect(unaccountedRows(cells, plan)).toEqual([]);
  });
});
