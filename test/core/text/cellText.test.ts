import fc from 'fast-check';
import { cellToText } from '../../../src/core/text/cellText';
import { tsvCells } from './seeds';

describe('cellToText: plain values', () => {
  it('cleans strings like cleanCellText does', () => {
    expect(cellToText(tsvCells('002-two-row-header.txt', 92)[0])).toBe('I.');
    expect(cellToText('  Phòng\u00a0Nội vụ \r\n')).toBe('Phòng Nội vụ');
    expect(cellToText('Ha\u0300 No\u0302\u0323i')).toBe('Hà Nội');
  });

  it('writes integers without ".0" or exponent', () => {
    expect(cellToText(2024)).toBe('2024');
    expect(cellToText(-15)).toBe('-15');
    expect(cellToText(-0)).toBe('0');
    expect(cellToText(45658)).toBe('45658'); // a date serial stays a number; dates are the importer's call
    expect(cellToText(1e21)).toBe('1000000000000000000000');
  });

  it('writes fractions as a spreadsheet shows them, without float noise', () => {
    expect(cellToText(70.52)).toBe('70.52');
    expect(cellToText(0.1 + 0.2)).toBe('0.3');
    expect(cellToText(1 / 3)).toBe('0.333333333333333');
    expect(cellToText(0.95)).toBe('0.95');
    expect(cellToText(1.5e-7)).toBe('0.00000015');
    expect(cellToText(-2.5e-9)).toBe('-0.0000000025');
  });

  it('gives "" for NaN and names the infinities', () => {
    expect(cellToText(NaN)).toBe('');
    expect(cellToText(Infinity)).toBe('Infinity');
    expect(cellToText(-Infinity)).toBe('-Infinity');
  });

  it('writes booleans as TRUE / FALSE', () => {
    expect(cellToText(true)).toBe('TRUE');
    expect(cellToText(false)).toBe('FALSE');
  });

  it('writes dates as dd/mm/yyyy, both exceljs (UTC midnight) and Apps Script (local midnight) dates', () => {
    expect(cellToText(new Date(Date.UTC(2024, 11, 31)))).toBe('31/12/2024');
    expect(cellToText(new Date(Date.UTC(2024, 0, 5)))).toBe('05/01/2024');
    expect(cellToText(new Date(2024, 5, 7))).toBe('07/06/2024');
    expect(cellToText(new Date(2024, 5, 7, 15, 30))).toBe('07/06/2024');
    expect(cellToText(new Date(NaN))).toBe('');
  });

  it('gives "" for empty cells', () => {
    expect(cellToText(null)).toBe('');
    expect(cellToText(undefined)).toBe('');
    expect(cellToText('')).toBe('');
  });

  it('passes error values through as their text', () => {
    expect(cellToText('#VALUE!')).toBe('#VALUE!');
    expect(cellToText('#N/A')).toBe('#N/A');
    expect(cellToText({ error: '#N/A' })).toBe('#N/A');
  });
});

describe('cellToText: exceljs value objects', () => {
  it('joins the runs of rich text', () => {
    expect(cellToText({ richText: [{ text: 'Phòng ', font: { bold: true } }, { text: 'Nội vụ' }] })).toBe('Phòng Nội vụ');
    expect(cellToText({ richText: [{ text: '<b>I.</b>' }, { text: ' ' }] })).toBe('I.');
  });

  it('shows the result of a formula', () => {
    expect(cellToText({ formula: 'A1*2', result: 4 })).toBe('4');
    expect(cellToText({ sharedFormula: 'B2', result: 'Quý I' })).toBe('Quý I');
    expect(cellToText({ formula: '1/0', result: { error: '#DIV/0!' } })).toBe('#DIV/0!');
    expect(cellToText({ formula: 'TODAY()', result: new Date(Date.UTC(2024, 1, 29)) })).toBe('29/02/2024');
    expect(cellToText({ formula: 'X()' })).toBe('');
  });

  it('shows the text of a hyperlink', () => {
    expect(cellToText({ text: 'Cổng TTĐT', hyperlink: 'https://example.gov.vn' })).toBe('Cổng TTĐT');
    expect(cellToText({ text: { richText: [{ text: 'Cổng ' }, { text: 'TTĐT' }] }, hyperlink: 'x' })).toBe('Cổng TTĐT');
    expect(cellToText({ hyperlink: 'https://example.gov.vn' })).toBe('https://example.gov.vn');
  });
});

describe('cellToText: never throws', () => {
  it('gives "" for values that are not cell content', () => {
    expect(cellToText(Symbol('s'))).toBe('');
    expect(cellToText(() => 1)).toBe('');
    expect(cellToText({ a: 1 })).toBe('');
    expect(cellToText(Object.create(null))).toBe('');
    expect(cellToText(new Map([[1, 2]]))).toBe('');
  });

  it('reads boxed primitives, bigints and arrays', () => {
    expect(cellToText(new String(' x '))).toBe('x');
    expect(cellToText(new Number(3))).toBe('3');
    expect(cellToText(12345678901234567890n)).toBe('12345678901234567890');
    expect(cellToText([1, 'a', null, true])).toBe('1, a, TRUE');
  });

  it('survives cycles, throwing getters and hostile proxies', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.text = cyclic;
    expect(cellToText(cyclic)).toBe('');
    const nested: unknown[] = [];
    nested.push(nested);
    expect(cellToText(nested)).toBe('');
    const throwing = {
      get richText(): never {
        throw new Error('boom');
      },
    };
    expect(cellToText(throwing)).toBe('');
    const proxy = new Proxy({}, { get: () => { throw new Error('get'); }, has: () => { throw new Error('has'); } });
    expect(cellToText(proxy)).toBe('');
    const badToString = { toString: () => { throw new Error('toString'); } };
    expect(cellToText(badToString)).toBe('');
  });

  it('returns a string for anything', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }), (v) => {
        expect(typeof cellToText(v)).toBe('string');
      }),
      { numRuns: 500 },
    );
  });
});
