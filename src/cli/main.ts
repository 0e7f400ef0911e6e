#!/usr/bin/env node
/**
 * par-tracker — the command line.
 *
 *   par-tracker import <file.docx|.xlsx|.csv|.tsv|.txt|.md> [--sheet NAME] [--year N] [--json] [-o tracker.xlsx [--force]] [--summary]
 *                      [--as-of YYYY-MM-DD] [--criteria mau|<criteria.csv|.xlsx>]
 *   par-tracker import <revised plan> --into <tracker.xlsx> [--yes] [--refuse ID,…] [--json]
 *                      re-import: previews the merge; --yes applies it (the old file kept as a backup)
 *   par-tracker report <tracker.xlsx> --period q1|h1|q3|year [--year N] [--as-of D] [--json] [-o bao-cao.docx] [--sheet]
 *   par-tracker remind <tracker.xlsx> [--as-of D] [--json] [-o don-doc.docx] [--sheet]
 *   par-tracker rollup <tracker.xlsx>[=unit]... [--as-of D] [--year N] [--json] [-o tong-hop.xlsx]
 *   par-tracker schema [report|remind|rollup]   prints the JSON Schema of the Plan (or of report/remind/rollup --json)
 *
 * Errors are one line, Vietnamese then English, naming the file and what is wrong; exit code 1.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { basename, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { importAppendix } from '../core/appendix/importAppendix';
import { importDocx, importText, textFormatOf } from '../core/appendix/importDocument';
import { DocxError } from '../core/grid/docx';
import { overLimit } from '../core/appendix/limits';
import { decodeText } from '../core/text/decode';
import { PlanSchema, type Plan } from '../core/plan/schema';
import { ReportJsonSchema } from '../core/report/report';
import { RemindersJsonSchema } from '../core/report/reminders';
import { buildTrackerModel, type CriteriaInput } from '../workbook/buildTracker';
import { withSuggestedLinks } from '../workbook/scoring/linkCriteria';
import { readCriteria } from './criteria';
import { findWorksheet, renderModel, workbookBytes } from '../files/writeTrackerXlsx';
import { appendLogRows } from '../files/appendLog';
import { HostError } from '../workbook/host';
import { checkReplaceable, logTime, trackerFromPlan, type Grid } from '../workbook/ops';
import { openTracker, rewriteTracker, streamTrackerSafely } from './trackerFile';
import { formatMergePreview, mergeJson } from './mergeReport';
import { readXlsxAppendix, SheetNotFoundError } from '../files/readXlsx';
import { formatSummary } from './summary';
import { CliError, messageOf } from './errors';
import { bothLanguages, fileMessage } from '../files/messages';
import { REPORT_USAGE, runRemind, runReport } from './report';
import { ROLLUP_USAGE, runRollup } from './rollup';
import { OFFICE_USAGE, runCollect, runSplit } from './officeFiles';
import { RollupJsonSchema } from '../core/report/rollup';

const USAGE = `Cách dùng / Usage:
  par-tracker import <tệp.docx|.xlsx|.csv|.tsv|.txt|.md> [--sheet TÊN] [--year NĂM] [--json] [-o tracker.xlsx [--force]] [--summary] [--as-of YYYY-MM-DD]
                     [--criteria mau|<bộ tiêu chí .csv/.xlsx>]   (thêm trang Bộ tiêu chí: "mau" = bộ mẫu kèm theo)
  par-tracker import <kế hoạch sửa đổi> --into <tracker.xlsx> [--yes] [--refuse MÃ,…] [--json]
                     (nhập lại: xem trước các thay đổi; --yes để áp dụng, tệp cũ được lưu bản sao)
${REPORT_USAGE}
${ROLLUP_USAGE}
${OFFICE_USAGE}
  par-tracker schema [report|remind|rollup]`;

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
  into?: string;
  yes: boolean;
  force: boolean;
  refuse: string[];
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
  refuseIfTooLarge(args.file, { bytes: data.length });
  if (ext === '.xlsx' || ext === '.xlsm') {
    let sheet;
    try {
      sheet = await readXlsxAppendix(data, args.sheet);
    } catch (e) {
      if (e instanceof SheetNotFoundError) throw new CliError('sheet-missing', { file: args.file, sheet: e.sheet, available: e.available.join(', ') });
      throw new CliError('xlsx-unreadable', { file: args.file });
    }
    refuseIfTooLarge(args.file, { rows: sheet.grid.length, cells: sheet.grid.reduce((n, r) => n + r.length, 0) });
    if (sheet.grid.length > PROGRESS_ROWS) progress(`Đang nhập ${sheet.grid.length} dòng từ trang "${sheet.name}"… / Importing ${sheet.grid.length} rows…`);
    const plan = importAppendix(sheet.grid, { ...options, merges: sheet.merges });
    return { plan, sourceName: sheet.name, grid: sheet.grid };
  }
  if (ext === '.docx') {
    let result;
    try {
      result = await importDocx(data, options);
    } catch (e) {
      if (e instanceof DocxError) throw new CliError('docx-unreadable', { file: args.file });
      throw e;
    }
    refuseIfTooLarge(args.file, { rows: result.grid.length, cells: result.grid.reduce((n, r) => n + r.length, 0) });
    return { plan: result.plan, sourceName: basename(args.file, extname(args.file)), grid: result.grid };
  }
  if (ext === '.doc' || ext === '.pdf') throw new CliError('save-as-docx', { file: args.file, ext });
  if (ext === '.xls' || ext === '.ods') {
    throw new CliError('format-unsupported', { file: args.file, ext });
  }
  const decoded = decodeText(data);
  if (!decoded.ok) {
    throw new CliError(decoded.reason === 'binary' ? 'format-unsupported' : 'encoding-unknown', { file: args.file, ext: ext || '?' });
  }
  const text = decoded.text;
  if (!/^utf-/.test(decoded.encoding)) progress(bothLanguages(fileMessage('encoding-converted', { file: args.file, encoding: decoded.encoding })));
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  refuseIfTooLarge(args.file, { rows: lines });
  if (text.length > 2_000_000) progress(`Đang nhập ${Math.round(text.length / 1024)} KB… / Importing…`);
  const result = importText(text, textFormatOf(args.file), options);
  return { plan: result.plan, sourceName: basename(args.file, extname(args.file)), grid: result.grid };
}

/** A table larger than IMPORT_LIMITS is refused in one line before it is read into memory. */
function refuseIfTooLarge(file: string, size: Parameters<typeof overLimit>[0]): void {
  const over = overLimit(size);
  if (over) throw new CliError('too-large', { file, kind: over.kind, size: String(over.size), limit: String(over.limit) });
}

/** Refuses, before reading anything, an output that would destroy the input or a tracker. */
function checkTargets(args: ImportArgs): void {
  if (args.out && args.into) throw new CliError('usage', { usage: USAGE });
  const target = args.out ?? args.into;
  if (target && sameFile(target, args.file)) throw new CliError('out-is-input', { file: args.file });
  if (args.out && existsSync(args.out) && !args.force) throw new CliError('out-exists', { file: args.out });
}

function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}

function logUser(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

/** `import <plan> --into <tracker>`: the merge previewed, and applied with --yes. */
async function runReimport(args: ImportArgs, into: string): Promise<void> {
  const { plan, sourceName, grid } = await readInput(args);
  if (plan.tasks.length === 0) throw new CliError('no-table', { file: args.file });
  const tracker = await openTracker(into);
  if (args.criteria !== undefined && args.criteria !== 'mau') throw new CliError('criteria-into', { file: into });
  let build;
  try {
    build = trackerFromPlan(
      plan,
      { name: sourceName, grid },
      { ...(args.criteria === 'mau' ? { criteria: 'template' as const } : {}), refuse: args.refuse },
      tracker.values,
      { ...(args.asOf ? { asOf: args.asOf } : {}), log: { time: logTime(new Date()), user: logUser() } },
    );
    const existing = new Map<string, Grid>();
    for (const sheet of build.model.sheets) {
      const ws = findWorksheet(tracker.workbook, sheet.name);
      if (ws) existing.set(sheet.name, tracker.sheets.get(ws.name) ?? []);
    }
    checkReplaceable(existing, build.model);
  } catch (e) {
    if (e instanceof HostError) throw new CliError('tracker-refused', { file: into, reason: e.message });
    throw e;
  }
  const preview = build.merge!;
  const files = { plan: args.file, tracker: into };
  let backup: string | null = null;
  if (args.yes) {
    renderModel(tracker.workbook, build.model);
    appendLogRows(tracker.workbook, build.log);
    backup = await rewriteTracker(into, await workbookBytes(tracker.workbook), build.model);
  }
  if (args.json) {
    process.stdout.write(`${JSON.stringify(mergeJson(preview, files, args.yes, backup), null, 2)}\n`);
    return;
  }
  process.stdout.write(formatMergePreview(preview, files));
  if (args.yes) {
    process.stdout.write(
      `Đã cập nhật ${into} (${build.log.length} dòng Nhật ký); bản trước: ${backup} / Updated ${into} (${build.log.length} log rows); previous version: ${backup}\n`,
    );
  } else {
    process.stdout.write(`Chưa ghi gì vào ${into}: thêm --yes để áp dụng. / Nothing written to ${into}: add --yes to apply.\n`);
  }
}

async function runImport(args: ImportArgs): Promise<void> {
  checkTargets(args);
  if (args.into) return runReimport(args, args.into);
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
      progress(
        `Bộ tiêu chí: ${read.criteria.length} tiêu chí${read.template ? ' (mẫu)' : ''}, ${linked.linked} liên kết gợi ý với chỉ tiêu của kế hoạch / Criteria: ${read.criteria.length}, ${linked.linked} suggested links`,
      );
      criteria = { criteria: linked.criteria, template: read.template };
    }
    const model = buildTrackerModel(plan, { name: sourceName, grid }, { ...(args.asOf ? { asOf: args.asOf } : {}), ...(criteria ? { criteria } : {}) });
    const backup = await streamTrackerSafely(args.out, model);
    if (backup) progress(`Tệp cũ được lưu tại ${backup} / The previous file is kept as ${backup}`);
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
      into: { type: 'string' },
      yes: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      refuse: { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new CliError('usage', { usage: USAGE });
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 1990 && year <= 2100)) throw new CliError('bad-year', { year: values.year ?? '' });
  const asOf = values['as-of'];
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new CliError('bad-date', { date: asOf });
  return {
    file: positionals[0],
    sheet: values.sheet,
    year,
    json: values.json ?? false,
    out: values.output,
    summary: values.summary ?? false,
    asOf,
    criteria: values.criteria,
    into: values.into,
    yes: values.yes ?? false,
    force: values.force ?? false,
    refuse: (values.refuse ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== ''),
  };
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'import') {
      await runImport(parseImportArgs(rest));
      return 0;
    }
    if (command === 'report') {
      await runReport(rest);
      return 0;
    }
    if (command === 'remind') {
      await runRemind(rest);
      return 0;
    }
    if (command === 'rollup') {
      await runRollup(rest);
      return 0;
    }
    if (command === 'split') {
      await runSplit(rest);
      return 0;
    }
    if (command === 'collect') {
      await runCollect(rest);
      return 0;
    }
    if (command === 'schema') {
      const schema =
        rest[0] === 'report' ? ReportJsonSchema : rest[0] === 'remind' ? RemindersJsonSchema : rest[0] === 'rollup' ? RollupJsonSchema : PlanSchema;
      process.stdout.write(`${JSON.stringify(z.toJSONSchema(schema), null, 2)}\n`);
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
