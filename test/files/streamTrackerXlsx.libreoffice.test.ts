/**
 * LibreOffice opens the trackers the CLI streams to disk and computes their formulas: every sheet
 * of each seed's tracker converts, no cell comes out as an error, and every task row gets a
 * computed Cảnh báo flag. One soffice run converts all three files.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importText } from '../../src/core/appendix/importDocument';
import { criteriaTemplate } from '../../src/core/scoring';
import { buildTrackerModel } from '../../src/workbook/buildTracker';
import { DUE_FLAGS } from '../../src/workbook/dueStatus';
import type { SheetModel, WorkbookModel } from '../../src/workbook/model';
import { TASK_SHEET } from '../../src/workbook/sheetNames';
import { convert, CSV_ALL_SHEETS, parseCsv, tempDir } from '../cli/xlsx/libreoffice';
import { seedText } from '../helpers/fixtures';
import { streamedBytes } from './trackerReadBack';

const SEEDS = ['000-appendix', '002-two-row-header', '003-markdown'] as const;

const models = new Map<string, WorkbookModel>();
const csv = new Map<string, string[][]>();
let dir: string;

beforeAll(async () => {
  dir = tempDir('streamed-');
  const files: string[] = [];
  for (const seed of SEEDS) {
    const { plan, grid } = importText(seedText(seed), 'document');
    const model = buildTrackerModel(plan, { name: seed, grid }, { asOf: '2024-10-01', criteria: { criteria: criteriaTemplate().criteria, template: true } });
    models.set(seed, model);
    const file = join(dir, `${seed}.xlsx`);
    writeFileSync(file, await streamedBytes(model));
    files.push(file);
  }
  const conversion = convert(files, CSV_ALL_SHEETS, dir);
  if (conversion.status !== 0) throw new Error(`soffice failed: ${conversion.stderr}`);
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.csv'))) csv.set(name, parseCsv(readFileSync(join(dir, name), 'utf8')));
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sheetCsv = (seed: string, sheet: SheetModel): string[][] => {
  const rows = csv.get(`${seed}-${sheet.name}.csv`);
  if (!rows) throw new Error(`no CSV for ${seed} / ${sheet.name}; have ${[...csv.keys()].join(', ')}`);
  return rows;
};

describe.each(SEEDS)('LibreOffice on the streamed tracker of %s', (seed) => {
  it('converts every sheet with no error value in any cell', () => {
    const model = models.get(seed)!;
    for (const sheet of model.sheets) {
      const errors = sheetCsv(seed, sheet).flatMap((row, r) =>
        row.filter((c) => /^(#[A-Z/0]+[!?]?|Err:\d+)/.test(c)).map((c) => `${sheet.name}!${r + 1}: ${c}`),
      );
      expect(errors).toEqual([]);
    }
  });

  it('computes a Cảnh báo flag for every task row', () => {
    const tasks = models.get(seed)!.sheets.find((s) => s.name === TASK_SHEET)!;
    const flag = tasks.columns.findIndex((c) => c.key === 'flag');
    const rows = sheetCsv(seed, tasks);
    const flags = tasks.rows.flatMap((row, r) => (row.role === 'task' ? [rows[r][flag]] : []));
    expect(flags.length).toBeGreaterThan(0);
    const known = new Set(DUE_FLAGS.map((f) => f.vi));
    expect(flags.filter((f) => !known.has(f))).toEqual([]);
  });
});
