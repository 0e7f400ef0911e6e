/**
 * The criteria set for `import --criteria`: the bundled template ("mau"/"template"), or the
 * province's own set as a CSV/TSV or an .xlsx (its "Bộ tiêu chí" sheet, else its first sheet).
 * Rows with problems are reported one line each and left out; the rest are used.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseDelimited } from '../core/grid/delimited';
import { criteriaTemplate, readCriteriaGrid, type Criterion } from '../core/scoring';
import { CRITERIA_SHEET } from '../workbook/sheetNames';
import { CliError } from './errors';
import { readXlsxAppendix, SheetNotFoundError } from '../files/readXlsx';

export const TEMPLATE_NAMES = ['mau', 'mẫu', 'template'];

export interface CriteriaRead {
  readonly criteria: readonly Criterion[];
  readonly template: boolean;
  readonly note?: string;
  /** One line per problem row, for stderr. */
  readonly problems: readonly string[];
}

async function gridOf(file: string): Promise<unknown[][]> {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? 'file-missing' : 'file-unreadable', { file });
  }
  const ext = extname(file).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') {
    try {
      return (await readXlsxAppendix(data, CRITERIA_SHEET)).grid;
    } catch (e) {
      if (!(e instanceof SheetNotFoundError)) throw new CliError('xlsx-unreadable', { file });
      return (await readXlsxAppendix(data)).grid;
    }
  }
  return parseDelimited(data.toString('utf8'), ext === '.tsv' ? '\t' : undefined);
}

export async function readCriteria(spec: string): Promise<CriteriaRead> {
  if (TEMPLATE_NAMES.includes(spec.normalize('NFC').toLowerCase())) {
    const set = criteriaTemplate();
    return { criteria: set.criteria, template: true, note: set.note, problems: [] };
  }
  const reading = readCriteriaGrid(await gridOf(spec));
  if (reading.criteria.length === 0) throw new CliError('no-criteria', { file: spec });
  return {
    criteria: reading.criteria,
    template: false,
    problems: reading.problems.map((p) => `${spec}: dòng ${p.row}${p.column > 0 ? `, cột ${p.column}` : ''}: ${p.message}`),
  };
}
