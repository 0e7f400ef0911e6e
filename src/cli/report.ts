/**
 * `par-tracker report` and `par-tracker remind`: the periodic report and the reminders of a
 * tracker .xlsx — as JSON (--json), as a Word document (-o …docx), and as the Báo cáo / Đôn đốc
 * sheet written into the tracker (--sheet, the previous file kept as a backup).
 */
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDmy, todayIso } from '../core/dates';
import { doneRate, REPORT_STATE_LABELS, REPORT_STATES } from '../core/status/reportState';
import { PERIOD_NAMES, periodKeyOf } from '../core/report/periods';
import { percentText } from '../core/report/format';
import { remindDocx } from '../documents/remindDocx';
import { reportDocx } from '../documents/reportDocx';
import type { SheetModel } from '../workbook/model';
import { HostError } from '../workbook/host';
import { remindersFrom, reportFrom } from '../workbook/ops';
import { CliError } from './errors';
import { openTracker, rewriteTracker, writeSafely } from './trackerFile';
import type { TrackerWorkbook } from '../files/readTrackerXlsx';
import { renderModel, workbookBytes } from '../files/writeTrackerXlsx';

export const REPORT_USAGE = `  par-tracker report <tracker.xlsx> --period q1|h1|q3|year [--year NĂM] [--as-of YYYY-MM-DD] [--json] [-o bao-cao.docx] [--sheet]
                     (báo cáo định kỳ: --sheet ghi trang Báo cáo vào bảng theo dõi)
  par-tracker remind <tracker.xlsx> [--as-of YYYY-MM-DD] [--json] [-o don-doc.docx] [--sheet]
                     (đôn đốc: nhiệm vụ quá hạn và sắp đến hạn theo cơ quan; --sheet ghi trang Đôn đốc)`;

/** Writes one built sheet into the tracker file, replacing the sheet of that name. */
async function writeSheet(tracker: TrackerWorkbook, file: string, sheet: SheetModel): Promise<void> {
  renderModel(tracker.workbook, { sheets: [sheet], definedNames: [] });
  const backup = await rewriteTracker(file, await workbookBytes(tracker.workbook));
  process.stderr.write(`Đã ghi trang "${sheet.name}" vào ${file}${backup ? `; bản trước: ${backup}` : ''} / Wrote the "${sheet.name}" sheet into ${file}\n`);
}

interface Common {
  file: string;
  asOf?: string;
  json: boolean;
  out?: string;
  sheet: boolean;
}

function parseCommon(argv: string[], extra: Record<string, { type: 'string' }>): { common: Common; values: Record<string, string | boolean | undefined> } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'as-of': { type: 'string' },
      json: { type: 'boolean', default: false },
      output: { type: 'string', short: 'o' },
      sheet: { type: 'boolean', default: false },
      ...extra,
    },
  });
  if (positionals.length !== 1) throw new CliError('usage', { usage: REPORT_USAGE });
  const asOf = values['as-of'] as string | undefined;
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new CliError('bad-date', { date: asOf });
  const out = values.output as string | undefined;
  if (out !== undefined && extname(out).toLowerCase() !== '.docx') throw new CliError('out-not-docx', { file: out });
  return { common: { file: positionals[0], asOf, json: Boolean(values.json), out, sheet: Boolean(values.sheet) }, values };
}

export async function runReport(argv: string[]): Promise<void> {
  const { common, values } = parseCommon(argv, { period: { type: 'string' }, year: { type: 'string' } });
  const period = periodKeyOf(String(values.period ?? ''));
  if (!period) throw new CliError('bad-period', { period: String(values.period ?? '') });
  const year = values.year === undefined ? null : Number(values.year);
  if (year !== null && !(Number.isInteger(year) && year >= 1990 && year <= 2100)) throw new CliError('bad-year', { year: String(values.year) });
  const tracker = await openTracker(common.file);
  let build;
  try {
    build = reportFrom(tracker.values, { period, asOf: common.asOf ?? null, year }, todayIso());
  } catch (e) {
    if (e instanceof HostError) throw new CliError('tracker-refused', { file: common.file, reason: e.message });
    throw e;
  }
  for (const p of build.settings.problems) process.stderr.write(`Cài đặt: ${p}\n`);
  if (common.out) writeSafely(common.out, await reportDocx(build.data, build.settings, build.year, null));
  if (common.sheet) await writeSheet(tracker, common.file, build.sheet);
  if (common.json) {
    process.stdout.write(`${JSON.stringify(build.data, null, 2)}\n`);
    return;
  }
  const c = build.data.counts;
  const lines = [
    `Báo cáo ${PERIOD_NAMES[build.data.period.key].title} ${build.year}: số liệu đến ${formatDmy(build.data.asOf)} (${c.total} nhiệm vụ, hoàn thành ${percentText(doneRate(c))})`,
    ...REPORT_STATES.map((s) => `  ${REPORT_STATE_LABELS[s].vi}: ${c[s]}`),
    'Theo cơ quan chủ trì:',
    ...build.data.byOffice.map((o) => `  ${o.office}: ${o.total} nhiệm vụ, hoàn thành ${percentText(doneRate(o))}, quá hạn ${o.openOverdue}`),
    ...(common.out ? [`Đã ghi ${common.out}`] : []),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

export async function runRemind(argv: string[]): Promise<void> {
  const { common } = parseCommon(argv, {});
  const tracker = await openTracker(common.file);
  let build;
  try {
    build = remindersFrom(tracker.values, { asOf: common.asOf ?? null }, todayIso());
  } catch (e) {
    if (e instanceof HostError) throw new CliError('tracker-refused', { file: common.file, reason: e.message });
    throw e;
  }
  if (common.out) {
    const doc = await remindDocx(build.data, build.settings, null);
    if (doc) writeSafely(common.out, doc);
    else process.stderr.write(`Không có nhiệm vụ cần đôn đốc: chưa ghi ${common.out} / Nothing to remind: ${common.out} not written\n`);
  }
  if (common.sheet) await writeSheet(tracker, common.file, build.sheet);
  if (common.json) {
    process.stdout.write(`${JSON.stringify(build.data, null, 2)}\n`);
    return;
  }
  const lines = [`Đôn đốc đến ngày ${formatDmy(build.data.asOf)}: ${build.data.offices.length} cơ quan`];
  for (const o of build.data.offices) {
    lines.push(`${o.office}:`);
    for (const t of o.tasks) lines.push(`  ${t.id} ${t.title} — hạn ${formatDmy(t.due)}, quá hạn ${t.daysOverdue} ngày`);
    for (const t of o.dueSoon) lines.push(`  ${t.id} ${t.title} — hạn ${formatDmy(t.due)}, còn ${t.daysLeft} ngày`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
