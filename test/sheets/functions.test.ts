/**
 * The Google Sheets PAR_* functions: the bundle side (src/sheets/functions.ts) called directly,
 * and the Apps Script entry file (src/sheets/entry/customFunctions.js) run in a fresh vm context
 * the way Apps Script loads it — only its top-level declarations visible, ParSheets the bundle.
 * Independent of the Sheets webpack build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { FUNCTION_CATALOGUE } from '../../src/core/functions';
import * as functions from '../../src/sheets/functions';

const ENTRY = join(__dirname, '..', '..', 'src', 'sheets', 'entry', 'customFunctions.js');

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';
/** The calendar day a Date shows in the spreadsheet's time zone. */
const dayInHanoi = (v: unknown): string => {
  if (!isDate(v)) throw new Error(`not a Date: ${String(v)}`);
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(v);
};
/** Midnight of a day in Asia/Ho_Chi_Minh: what a Sheets date cell hands to a custom function. */
const sheetsDate = (iso: string): Date => new Date(`${iso}T00:00:00+07:00`);

describe('src/sheets/functions.ts', () => {
  it('PAR_DUE([["Quý III năm 2024"]]) is a Date that is 30/09/2024 in Asia/Ho_Chi_Minh', () => {
    const out = functions.PAR_DUE([['Quý III năm 2024']]) as unknown[][];
    expect(out).toHaveLength(1);
    expect(dayInHanoi(out[0][0])).toBe('30/09/2024');
  });

  it('PAR_CHECK([[0.95],[0.85]], "Đạt tỷ lệ tối thiểu 90%") is [[true],[false]]', () => {
    expect(functions.PAR_CHECK([[0.95], [0.85]], 'Đạt tỷ lệ tối thiểu 90%')).toEqual([[true], [false]]);
  });

  it('gives a single value for single values (a one-cell reference arrives as a value)', () => {
    expect(dayInHanoi(functions.PAR_DUE('Thường xuyên', 2024))).toBe('31/12/2024');
    expect(functions.PAR_TARGET('Bảo đảm tỷ lệ hồ sơ giải quyết đúng hạn trên 99%')).toBe('> 99%');
  });

  it('reads date cells as their day in Asia/Ho_Chi_Minh', () => {
    const flags = functions.PAR_STATUS(
      [[sheetsDate('2024-09-30')], [sheetsDate('2024-10-31')], [sheetsDate('2024-09-01')]],
      [['Đang thực hiện'], ['Đang thực hiện'], ['']],
      [[''], [''], [sheetsDate('2024-09-02')]],
      sheetsDate('2024-10-01'),
    );
    expect(flags).toEqual([['Quá hạn'], ['Trong hạn'], ['Hoàn thành trễ']]);
  });

  it('writes an error as text in its cell, the rest computed', () => {
    expect(functions.PAR_RATE([[45], [3], [3]], [[50], [0], ['']])).toEqual([[0.9], ['#VALUE! Tổng số bằng 0'], ['#N/A Thiếu tổng số']]);
  });

  it('needs the as-of date for STATUS: never TODAY() inside', () => {
    expect(functions.PAR_STATUS(sheetsDate('2024-09-30'), 'Đang thực hiện')).toMatch(/^#VALUE! Thiếu ngày đánh giá/);
  });

  it('throws for the whole call only when a required argument is missing', () => {
    expect(() => (functions.PAR_CHECK as (...args: unknown[]) => unknown)(0.9)).toThrow(/^PAR_CHECK: Thiếu tham số bắt buộc/);
  });

  it('exports PAR_<ID> for every catalogue function, with its parameters', () => {
    const exported = functions as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const spec of FUNCTION_CATALOGUE) expect([spec.id, exported[`PAR_${spec.id}`]?.length]).toEqual([spec.id, spec.params.length]);
  });
});

describe('src/sheets/entry/customFunctions.js in Apps Script', () => {
  const source = readFileSync(ENTRY, 'utf8');
  const context = vm.createContext({ ParSheets: { functions } });
  vm.runInContext(source, context, { filename: 'customFunctions.js' });

  it('declares each PAR_* function at top level with the catalogue parameters, and nothing else', () => {
    const declared = Object.keys(context).filter((k) => k !== 'ParSheets');
    expect(declared.sort()).toEqual(FUNCTION_CATALOGUE.map((f) => `PAR_${f.id}`).sort());
    for (const spec of FUNCTION_CATALOGUE) {
      const fn = context[`PAR_${spec.id}`] as (...args: unknown[]) => unknown;
      expect(typeof fn).toBe('function');
      expect([spec.id, fn.length]).toEqual([spec.id, spec.params.length]);
      expect(fn.toString()).toContain(`function PAR_${spec.id}(${spec.params.map((p) => p.id).join(', ')})`);
    }
  });

  it('gives each one @customfunction JSDoc with every parameter described in Vietnamese and English', () => {
    for (const spec of FUNCTION_CATALOGUE) {
      const m = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*function PAR_${spec.id}\\(`).exec(source);
      expect(m).not.toBeNull();
      const jsdoc = m![1];
      expect(jsdoc).toContain('@customfunction');
      expect(jsdoc).toContain(spec.description.vi);
      expect(jsdoc).toContain(spec.description.en);
      for (const p of spec.params) {
        const line = jsdoc.split('\n').find((l) => new RegExp(`@param \\{[^}]+\\} ${p.id} `).test(l));
        expect([spec.id, p.id, line?.includes(p.description.vi) && line.includes(p.description.en)]).toEqual([spec.id, p.id, true]);
      }
      expect(jsdoc).toMatch(/@return \{[^}]+\} /);
    }
  });

  it('runs the issue examples through the entry functions, with Dates made in the script context', () => {
    const due = vm.runInContext('PAR_DUE([["Quý III năm 2024"]])', context) as unknown[][];
    expect(dayInHanoi(due[0][0])).toBe('30/09/2024');
    expect(vm.runInContext('PAR_CHECK([[0.95],[0.85]], "Đạt tỷ lệ tối thiểu 90%")', context)).toEqual([[true], [false]]);
    // A Date of Apps Script's own realm (not this test's) reads as its day.
    expect(vm.runInContext('PAR_STATUS(new Date("2024-09-29T17:00:00Z"), "", "", new Date("2024-10-01T17:00:00Z"))', context)).toBe('Quá hạn');
  });

  it('calls no Google service and keeps no state at load time', () => {
    expect(source).not.toMatch(/SpreadsheetApp|Utilities|Session|PropertiesService|CacheService|UrlFetchApp/);
    const loaded = vm.createContext({});
    expect(() => vm.runInContext(source, loaded)).not.toThrow();
  });
});
