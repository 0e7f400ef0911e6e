#!/usr/bin/env node
/**
 * par-tracker — the command line.
 *
 *   par-tracker import <file.xlsx|.csv|.tsv|.txt|.md> [--sheet NAME] [--year N] [--json] [-o tracker.xlsx] [--summary]
 *                      [--as-of YYYY-MM-DD] [--criteria mau|<criteria.csv|.xlsx>]
 *   par-tracker schema        prints the JSON Schema of the Plan
 *
 * Errors are one line, Vietnamese then English, naming the file and what is wrong; exit code 1.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { importAppendix } from '../core/appendix/importAppendix';
import { importText, textFormatOf } from '../core/appendix/importDocument';
import { PlanSchema, type Plan } from '../core/plan/schema';
import { buildTrackerModel, type CriteriaInput } from '../workbook/buildTracker';
import { withSuggestedLinks } from '../workbook/scoring/linkCriteria';
import { readCriteria } from './criteria';
import { writeTrackerXlsx } from './xlsx/writeTrackerXlsx';
import { readXlsxAppendix, SheetNotFoundError } from './readXlsx';
import { formatSummary } from './summary';
import { CliError, messageOf } from './errors';

const USAGE = `Cách dùng / Usage:
  par-tracker import <tệp.xlsx|.csv|.tsv|.txt|.md> [--sheet TÊN] [--year NĂM] [--json] [-o tracker.xlsx] [--summary] [--as-of YYYY-MM-DD]
                     [--criteria mau|<bộ tiêu chí .csv/.xlsx>]   (thêm trang Bộ tiêu chí: "mau" = bộ mẫu kèm theo)
  par-tracker schema`;

/** Rows above which a progress line is printed on stderr. */
const PROGRESS_ROWS = 2000;

interface ImportArgs {
  file: string;
  sheet?: string;
  year?: number;
  json: boolean;
  out?: string;
  summary: boolean;
  asOf?: string;
  criteria?: string;
}

function progress(text: string): void {
  process.stderr.write(`${text}\n`);
}

async function readInput(args: ImportArgs): Promise<{ plan: Plan; sourceName: string; grid: unknown[][] }> {
  let data: Buffer;
  try {
    data = readFileSync(args.file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? 'file-missing' : 'file-unreadable', { file: args.file });
  }
  const options = { year: args.year ?? null };
  const ext = extname(args.file).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') {
    let sheet;
    try {
      sheet = await readXlsxAppendix(data, args.sheet);
    } catch (e) {
      if (e instanceof SheetNotFoundError) throw new CliError('sheet-missing', { file: args.file, sheet: e.sheet, available: e.available.join(', ') });
      throw new CliError('xlsx-unreadable', { file: args.file });
    }
    if (sheet.grid.length > PROGRESS_ROWS) progress(`Đang nhập ${sheet.grid.length} dòng từ trang "${sheet.name}"… / Importing ${sheet.grid.length} rows…`);
    const plan = importAppendix(sheet.grid, { ...options, merges: sheet.merges });
    return { plan, sourceName: sheet.name, grid: sheet.grid };
  }
  if (ext === '.xls' || ext === '.ods' || ext === '.doc' || ext === '.docx' || ext === '.pdf') {
    throw new CliError('format-unsupported', { file: args.file, ext });
  }
  const text = data.toString('utf8');
  if (text.includes('\u0000')) throw new CliError('format-unsupported', { file: args.file, ext: ext || '?' });
  if (text.length > 2_000_000) progress(`Đang nhập ${Math.round(text.length / 1024)} KB… / Importing…`);
  const result = importText(text, textFormatOf(args.file), options);
  return { plan: result.plan, sourceName: basename(args.file, extname(args.file)), grid: result.grid };
}

async function runImport(args: ImportArgs): Promise<void> {
  const { plan, sourceName, grid } = await readInput(args);
  if (plan.tasks.length === 0) {
    throw new CliError('no-table', { file: args.file });
  }
  if (args.json) process.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
  if (args.out) {
    let criteria: CriteriaInput | undefined;
    if (args.criteria !== undefined) {
      const read = await readCriteria(args.criteria);
      for (const line of read.problems) progress(line);
      const linked = withSuggestedLinks(read.criteria, plan);
      progress(`Bộ tiêu chí: ${read.criteria.length} tiêu chí${read.template ? ' (mẫu)' : ''}, ${linked.linked} liên kết gợi ý với chỉ tiêu của kế hoạch / Criteria: ${read.criteria.length}, ${linked.linked} suggested links`);
      criteria = { criteria: linked.criteria, template: read.template };
    }
    const model = buildTrackerModel(plan, { name: sourceName, grid }, { ...(args.asOf ? { asOf: args.asOf } : {}), ...(criteria ? { criteria } : {}) });
    const buffer = await writeTrackerXlsx(model);
    try {
      mkdirSync(dirname(args.out), { recursive: true });
      writeFileSync(args.out, buffer);
    } catch {
      throw new CliError('write-failed', { file: args.out });
    }
  }
  if (args.summary || (!args.json && !args.out)) {
    const stream = args.json ? process.stderr : process.stdout;
    stream.write(formatSummary(plan, { file: args.file, out: args.out, asOf: args.asOf }));
  }
}

function parseImportArgs(argv: string[]): ImportArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      sheet: { type: 'string' },
      year: { type: 'string' },
      json: { type: 'boolean', default: false },
      output: { type: 'string', short: 'o' },
      summary: { type: 'boolean', default: false },
      'as-of': { type: 'string' },
      criteria: { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new CliError('usage', { usage: USAGE });
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 1990 && year <= 2100)) throw new CliError('bad-year', { year: values.year ?? '' });
  const asOf = values['as-of'];
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new CliError('bad-date', { date: asOf });
  return { file: positionals[0], sheet: values.sheet, year, json: values.json ?? false, out: values.output, summary: values.summary ?? false, asOf, criteria: values.criteria };
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'import') {
      await runImport(parseImportArgs(rest));
      return 0;
    }
    if (command === 'schema') {
      process.stdout.write(`${JSON.stringify(z.toJSONSchema(PlanSchema), null, 2)}\n`);
      return 0;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    throw new CliError('usage', { usage: USAGE });
  } catch (e) {
    process.stderr.write(`${messageOf(e)}\n`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
