/**
 * The native points formula of the Bộ tiêu chí sheet gives the same points as core's scoring, for
 * every rule form, checked by an independent spreadsheet: LibreOffice computes the formulas.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRule, RuleError, score } from '../../../src/core/scoring';
import { ruleFormula } from '../../../src/workbook/scoring/ruleFormula';
import { formulaCell, numberCell, textCell, type Cell, type WorkbookModel } from '../../../src/workbook/model';
import { writeTrackerXlsx } from '../../../src/files/writeTrackerXlsx';
import { convert, CSV_ALL_SHEETS, mustExist, parseCsv, tempDir } from '../../cli/xlsx/libreoffice';
import { readFileSync, rmSync } from 'node:fs';

jest.setTimeout(180_000);

const CASES: ReadonlyArray<{ rule: string; max: number; actuals: readonly (number | string | null)[] }> = [
  { rule: 'Trên 90%: 2; Từ 70% đến 90%: 1; Dưới 70%: 0', max: 2, actuals: [0.95, 0.9, 0.7, 0.6999, 0.5, null] },
  { rule: 'Từ 95% trở lên: 1; Từ 80% đến dưới 95%: 0,5; Dưới 80%: 0', max: 1, actuals: [0.95, 0.949, 0.8, 0.79] },
  { rule: 'Tỷ lệ × điểm tối đa', max: 1.5, actuals: [0.8, 1.2, 0, 1] },
  { rule: 'Đạt: 1; Không đạt: 0', max: 1, actuals: ['Đạt', 'Không đạt', 1, 0, 'gì đó'] },
  { rule: 'Kịp thời: 1; Không kịp thời: 0,5; Không ban hành: 0', max: 1, actuals: ['Kịp thời', 'Không kịp thời', 'Không ban hành'] },
  { rule: '4 lần/năm: 20; 3 lần: 15; 2 lần: 10; 1 lần: 5', max: 20, actuals: [6, 4, 3, 2.5, 1, 0] },
];

/** What core gives: points, '' for a blank actual, '#N/A' where it refuses the actual. */
function expected(rule: string, max: number, actual: number | string | null): string {
  if (actual === null) return '';
  const points = score(actual, max, rule);
  return points instanceof RuleError ? '#N/A' : String(points);
}

describe('ruleFormula', () => {
  it('computes in LibreOffice the same points as core scoring for every rule form and boundary', () => {
    const rows: Cell[][] = [];
    const want: string[] = [];
    for (const c of CASES) {
      const rule = parseRule(c.rule);
      if (rule instanceof RuleError) throw new Error(rule.error);
      for (const a of c.actuals) {
        const r = rows.length + 1;
        rows.push([
          textCell(c.rule),
          numberCell(c.max),
          a === null ? textCell('') : typeof a === 'number' ? numberCell(a) : textCell(a),
          formulaCell(`=${ruleFormula(rule, `$C${r}`, `$B${r}`)}`),
        ]);
        want.push(expected(c.rule, c.max, a));
      }
    }
    const model: WorkbookModel = {
      sheets: [
        {
          name: 'Rules',
          columns: [0, 1, 2, 3].map((i) => ({ key: `c${i}`, width: 20 })),
          rows: rows.map((cells) => ({ role: 'task', cells })),
          frozenRows: 0,
          validations: [],
          conditionalFormats: [],
        },
      ],
      definedNames: [],
    };
    const dir = tempDir('rule-formula-');
    const file = join(dir, 'rules.xlsx');
    return writeTrackerXlsx(model).then((buf) => {
      writeFileSync(file, buf);
      const conversion = convert([file], CSV_ALL_SHEETS, dir);
      const csv = parseCsv(readFileSync(mustExist(join(dir, 'rules-Rules.csv'), conversion), 'utf8'));
      const got = want.map((_, i) => (csv[i]?.[3] ?? '').replace(',', '.'));
      rmSync(dir, { recursive: true, force: true });
      expect(got.map((g) => (g === '' || g === '#N/A' ? g : String(Number(g))))).toEqual(want);
    });
  });
});
