/**
 * `par-tracker split <tracker.xlsx> -o <folder> [--reply-by D] [--period P]`: one phiếu cập nhật per lead office
 * (Kết quả kỳ này: the Kết quả cell of period P, else of the period the day is in).
 * `par-tracker collect <tracker.xlsx> <returned.xlsx>... [--yes] [--accept-conflicts] [--json]`: what
 * the returned phiếu change, previewed; --yes applies the changes (conflicts only with
 * --accept-conflicts), each a Nhật ký row with the office as who; the old file kept as a backup.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { todayIso } from '../core/dates';
import { periodKeyOf } from '../core/report/periods';
import { applyWrites } from '../files/applyWrites';
import { returnedGrid } from '../files/officeFileBytes';
import { workbookBytes, writeTrackerXlsx } from '../files/writeTrackerXlsx';
import { collectFrom, logTime, officeFilesFrom } from '../workbook/ops';
import { CliError } from './errors';
import { openTracker, rewriteTracker, writeSafely } from './trackerFile';

export const OFFICE_USAGE = `  par-tracker split <tracker.xlsx> -o <thư mục> [--reply-by YYYY-MM-DD] [--period q1|h1|q3|year]
                     (phiếu cập nhật: mỗi cơ quan chủ trì một tệp .xlsx chỉ có nhiệm vụ của cơ quan đó)
  par-tracker collect <tracker.xlsx> <phiếu.xlsx>... [--yes] [--accept-conflicts] [--json]
                     (nhận phiếu: xem trước các thay đổi; --yes ghi vào bảng theo dõi và Nhật ký)`;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function runSplit(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { output: { type: 'string', short: 'o' }, 'reply-by': { type: 'string' }, period: { type: 'string' } },
  });
  const out = values.output as string | undefined;
  if (positionals.length !== 1 || !out) throw new CliError('usage', { usage: OFFICE_USAGE });
  const replyBy = values['reply-by'] as string | undefined;
  if (replyBy !== undefined && !DATE.test(replyBy)) throw new CliError('bad-date', { date: replyBy });
  const periodText = values.period as string | undefined;
  const period = periodText === undefined ? null : periodKeyOf(periodText);
  if (periodText !== undefined && period === null) throw new CliError('usage', { usage: OFFICE_USAGE });
  const tracker = await openTracker(positionals[0]);
  const files = officeFilesFrom(tracker.values, { made: todayIso(), replyBy: replyBy ?? null, period });
  mkdirSync(out, { recursive: true });
  for (const f of files) writeSafely(join(out, f.fileName), await writeTrackerXlsx(f.model));
  process.stdout.write(
    `${[`Đã lập ${files.length} phiếu cập nhật trong ${out}:`, ...files.map((f) => `  ${f.fileName} — ${f.office}: ${f.tasks} nhiệm vụ`)].join('\n')}\n`,
  );
}

async function returnedFile(file: string): Promise<{ file: string; grid: NonNullable<Awaited<ReturnType<typeof returnedGrid>>> }> {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    throw new CliError('file-missing', { file });
  }
  const grid = await returnedGrid(data);
  if (grid === null) throw new CliError('xlsx-unreadable', { file });
  return { file, grid };
}

export async function runCollect(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { yes: { type: 'boolean', default: false }, 'accept-conflicts': { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
  });
  if (positionals.length < 2) throw new CliError('usage', { usage: OFFICE_USAGE });
  const [file, ...returnedFiles] = positionals;
  const tracker = await openTracker(file);
  const returned = [];
  for (const f of returnedFiles) returned.push(await returnedFile(f));
  const build = collectFrom(tracker.values, returned, { today: todayIso(), time: logTime(new Date()), acceptConflicts: Boolean(values['accept-conflicts']) });
  let backup: string | null = null;
  if (values.yes && build.plans.length > 0) {
    for (const plan of build.plans) applyWrites(tracker.workbook, plan.writes, plan.log);
    backup = await rewriteTracker(file, await workbookBytes(tracker.workbook));
  }
  const applied = Boolean(values.yes) && build.plans.length > 0;
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ applied, backup, changes: build.changes, conflicts: build.conflicts, problems: build.problems }, null, 2)}\n`);
    return;
  }
  const lines = [
    `Thay đổi từ ${returned.length} phiếu: ${build.changes.length} nhiệm vụ${build.conflicts.length ? `, ${build.conflicts.length} xung đột` : ''}`,
    ...build.changes.flatMap((c) => [`  ${c.id} (${c.office || c.file}):`, ...c.fields.map((f) => `    ${f}`)]),
    ...build.conflicts.map((c) => `  XUNG ĐỘT ${c.id} (${c.office || c.file}): ${c.message} — chưa ghi; thêm --accept-conflicts để lấy giá trị của phiếu`),
    ...build.problems.map((p) => `  ${p.file}: ${p.message}`),
    applied ? `Đã ghi vào ${file}; bản trước: ${backup}` : `Chưa ghi gì vào ${file}: thêm --yes để ghi.`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
