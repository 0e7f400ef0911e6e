/**
 * The host entry files come from the catalogue and nowhere else: the committed generated files
 * equal what scripts/gen-function-entries.js makes of it, Excel's metadata read from them has the
 * eight functions with matrix parameters, and the Excel functions return per-cell
 * CustomFunctions.Error values.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { FUNCTION_CATALOGUE, FUNCTION_IDS } from '../../src/core/functions';

const ROOT = join(__dirname, '..', '..');
 
const generator = require('../../scripts/gen-function-entries.js') as {
  FILES: Array<[string, unknown]>;
  renderAll(catalogue: unknown): Record<string, string>;
};

describe('generated entry files', () => {
  it.each(generator.FILES.map(([file]) => file))('%s is what the catalogue gives (regenerate: see its header)', (file) => {
    const expected = generator.renderAll(FUNCTION_CATALOGUE)[file];
    expect(readFileSync(join(ROOT, file), 'utf8')).toBe(expected);
  });
});

describe('the catalogue', () => {
  it('declares each function once, in the order of design.md §5', () => {
    expect(FUNCTION_CATALOGUE.map((f) => f.id)).toEqual([...FUNCTION_IDS]);
  });

  it.each(FUNCTION_CATALOGUE.map((f) => [f.id, f] as const))('%s: names, descriptions and parameters hosts can register', (_, spec) => {
    expect(spec.name.en).toBe(spec.id);
    expect(spec.name.vi).toMatch(/^[A-Z][A-Z0-9]{2,}$/);
    for (const text of [spec.description.vi, spec.description.en, spec.result.description.vi, spec.result.description.en]) {
      expect(text.trim()).not.toBe('');
    }
    const firstOptional = spec.params.findIndex((p) => p.optional);
    if (firstOptional >= 0) expect(spec.params.slice(firstOptional).every((p) => p.optional)).toBe(true);
    for (const p of spec.params) {
      expect(p.id).toMatch(/^[a-z][A-Za-z]*$/);
      expect(p.viName).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(p.description.vi.trim()).not.toBe('');
      expect(p.description.en.trim()).not.toBe('');
      if (p.needed) expect(p.optional).toBe(true);
    }
    expect(new Set(spec.params.map((p) => p.id)).size).toBe(spec.params.length);
    for (const name of spec.blankWhen) expect(spec.params.map((p) => p.id)).toContain(name);
  });
});

describe('Excel metadata from src/functions/functions.ts', () => {
  let metadata: { functions: Array<{ id: string; name: string; parameters: Array<Record<string, unknown>>; result: Record<string, unknown> }> };

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata([join(ROOT, 'src', 'functions', 'functions.ts')], true);
    expect(result.errors).toEqual([]);
    metadata = JSON.parse(result.metadataJson);
  });

  it('has the eight functions, every parameter and result a matrix, optional where the catalogue says', () => {
    expect(metadata.functions.map((f) => f.id)).toEqual([...FUNCTION_IDS]);
    for (const spec of FUNCTION_CATALOGUE) {
      const fn = metadata.functions.find((f) => f.id === spec.id)!;
      expect(fn.name).toBe(spec.id);
      expect(fn.result.dimensionality).toBe('matrix');
      expect(fn.parameters.map((p) => [p.name, p.dimensionality, p.type, p.optional === true])).toEqual(
        spec.params.map((p) => [p.id, 'matrix', 'any', p.optional === true]),
      );
    }
  });
});

describe('the Excel functions', () => {
  class FakeError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  const globals = globalThis as Record<string, unknown>;

  beforeAll(() => {
    globals.CustomFunctions = { Error: FakeError, ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' }, associate: () => undefined };
  });
  afterAll(() => {
    delete globals.CustomFunctions;
  });

  // Loaded after the fake runtime exists, as in Excel.
  const excel = () => require('../../src/functions/functions') as typeof import('../../src/functions/functions');

  it('returns matrices: [["Quý III năm 2024"]] → [[45565]]', () => {
    expect(excel().due([['Quý III năm 2024']])).toEqual([[45565]]);
  });

  it('takes omitted optional parameters as null', () => {
    expect(excel().due([['Thường xuyên']], null as unknown as any[][], null as unknown as any[][])).toEqual([
      [new FakeError('#N/A', 'Thời hạn "Thường xuyên" không ghi năm: cần năm kế hoạch')],
    ]);
    expect(excel().due([['Thường xuyên']], [[2024]])).toEqual([[45657]]);
  });

  it('puts a CustomFunctions.Error with the Vietnamese message in the failing cell only', () => {
    const out = excel().rate([[45], [3], [3]], [[50], [0], [null]]);
    expect(out[0][0]).toBe(0.9);
    expect(out[1][0]).toEqual(new FakeError('#VALUE!', 'Tổng số bằng 0'));
    expect(out[1][0]).toBeInstanceOf(FakeError);
    expect(out[2][0]).toEqual(new FakeError('#N/A', 'Thiếu tổng số'));
  });

  it('gives the STATUS of a column against TODAY() passed in', () => {
    expect(excel().status([[45565], [45500]], [['Đang thực hiện'], ['Hoàn thành']], null as unknown as any[][], [[45566]])).toEqual([
      ['Quá hạn'],
      ['Hoàn thành'],
    ]);
  });

  it('has one function per catalogue entry, each with the catalogue parameters', () => {
    const mod = excel() as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const spec of FUNCTION_CATALOGUE) expect([spec.id, mod[spec.id.toLowerCase()].length]).toEqual([spec.id, spec.params.length]);
  });
});
