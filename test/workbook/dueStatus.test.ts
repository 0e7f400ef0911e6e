import { DUE_STATE_LABELS, DUE_STATES } from '../../src/core/status/dueState';
import { DUE_FLAGS, dueFlagFormula, dueFlagRules, TASK_STATES } from '../../src/workbook/dueStatus';
import { metFormula } from '../../src/workbook/targetCheck';

/** Functions that Excel, LibreOffice and Google Sheets all compute the same way. */
const PORTABLE = new Set(['IF', 'AND', 'OR', 'NOT', 'ISNUMBER', 'TODAY', 'ROUND']);

function functionsIn(formula: string): string[] {
  const withoutStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return [...withoutStrings.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]);
}

function stringsIn(formula: string): string[] {
  return [...formula.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'));
}

const flag = dueFlagFormula({ due: '$H5', state: '$I5', doneDate: '$J5', asOf: 'NgayDanhGia', soonDays: 'SoNgaySapDenHan' });
const met = metFormula({
  op: '$D2',
  value: '$E2',
  baselineYear: '$G2',
  direction: '$H2',
  actual: '$J2',
  numerator: '$K2',
  denominator: '$L2',
});

describe('the native Cảnh báo and Đạt? formulas', () => {
  it('use only functions that compute the same in Excel, LibreOffice and Google Sheets', () => {
    for (const f of [flag, met]) {
      expect(f.startsWith('=')).toBe(true);
      for (const name of functionsIn(f)) expect(PORTABLE).toContain(name);
    }
  });

  it("return exactly the words of core's deadline states", () => {
    const words = new Set(stringsIn(flag));
    for (const state of DUE_STATES) expect(words).toContain(DUE_STATE_LABELS[state].vi);
    expect(DUE_FLAGS.map((f) => f.vi)).toEqual(DUE_STATES.map((s) => DUE_STATE_LABELS[s].vi));
  });

  it('read the done state from the same word the dropdown offers', () => {
    const done = TASK_STATES.find((s) => s.key === 'done')!.vi;
    expect(flag).toContain(`$I5="${done}"`);
  });

  it('fall back to today when the as-of cell is blank', () => {
    expect(flag).toContain('IF(ISNUMBER(NgayDanhGia),NgayDanhGia,TODAY())');
  });

  it('colour overdue, due soon, done and done late, relative to the first row of the range', () => {
    const rules = dueFlagRules('M', 5);
    expect(rules.map((r) => r.formula)).toEqual([
      '=$M5="Quá hạn"',
      '=$M5="Sắp đến hạn"',
      '=$M5="Hoàn thành"',
      '=$M5="Hoàn thành trễ"',
    ]);
    expect(new Set(rules.map((r) => r.fill)).size).toBe(4);
  });
});
