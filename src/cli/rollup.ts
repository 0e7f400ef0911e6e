/**
 * `par-tracker rollup <tracker.xlsx>... [--as-of D] [--year N] [--json] [-o tong-hop.xlsx]`: many
 * units' trackers counted at one cut-off, ranked, with every overdue task — printed, as JSON, or
 * written as the roll-up workbook. `file.xlsx=Tên đơn vị` names a unit.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDmy, todayIso } from '../core/dates';
import { percentText } from '../core/report/format';
import { readTrackerValues } from '../files/readTrackerXlsx';
import { writeTrackerXlsx } from '../files/writeTrackerXlsx';
import { HostError } from '../workbook/host';
import { readUnit, rollupOf, type RollupSource, type UnitRead } from '../workbook/ops';
import { CliError } from './errors';
import { writeSafely } from './trackerFile';

export const ROLLUP_USAGE = `  par-tracker rollup <tracker.xlsx>[=Tên đơn vị]... [--as-of YYYY-MM-DD] [--year NĂM] [--json] [-o tong-hop.xlsx]
                     (tổng hợp nhiều đơn vị: số liệu từng đơn vị, xếp hạng, nhiệm vụ quá hạn)`;

/** "path.xlsx=Tên" → the file and the unit's name; a plain path keeps its own name. */
function sourceArg(arg: string): { file: string; unit?: string } {
  const at = arg.toLowerCase().lastIndexOf('.xlsx=');
  return at < 0 ? { file: arg } : { file: arg.slice(0, at + 5), unit: arg.slice(at + 6) };
}

async function readSource(arg: string): Promise<RollupSource> {
  const { file, unit } = sourceArg(arg);
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch (e) {
    throw new CliError((e as NodeJS.ErrnoException).code === 'ENOENT' ? 'file-missing' : 'file-unreadable', { file });
  }
  try {
    return { file, ...(unit ? { unit } : {}), values: await readTrackerValues(data) };
  } catch {
    return { file, values: null, unreadable: true };
  }
}

export async function runRollup(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'as-of': { type: 'string' }, year: { type: 'string' }, json: { type: 'boolean', default: false }, output: { type: 'string', short: 'o' } },
  });
  if (positionals.length === 0) throw new CliError('usage', { usage: ROLLUP_USAGE });
  const asOf = (values['as-of'] as string | undefined) ?? todayIso();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new CliError('bad-date', { date: asOf });
  const year = values.year === undefined ? null : Number(values.year);
  if (year !== null && !(Number.isInteger(year) && year >= 1990 && year <= 2100)) throw new CliError('bad-year', { year: String(values.year) });
  const out = values.output as string | undefined;
  if (out !== undefined && extname(out).toLowerCase() !== '.xlsx') throw new CliError('out-not-xlsx', { file: out });
  // One file at a time, counted as soon as it is read: a hundred units stay in bounded memory.
  const units: UnitRead[] = [];
  for (const arg of positionals) units.push(readUnit(await readSource(arg), asOf));
  let build;
  try {
    build = rollupOf(units, { asOf, year });
  } catch (e) {
    if (e instanceof HostError) throw new CliError('bad-date', { date: asOf });
    throw e;
  }
  if (out) writeSafely(out, await writeTrackerXlsx({ sheets: build.sheets, definedNames: [] }));
  if (values.json) {
    process.stdout.write(`${JSON.stringify(build.data, null, 2)}\n`);
    return;
  }
  const d = build.data;
  const lines = [
    `Tổng hợp ${d.units.length} đơn vị${d.year ? `, kế hoạch năm ${d.year}` : ''}, số liệu đến ${formatDmy(d.asOf)}: ${d.total.counts.total} nhiệm vụ, hoàn thành ${percentText(d.total.doneRate)}, đúng hạn ${percentText(d.total.onTimeRate)}`,
    ...d.units.map(
      (u) =>
        `  ${u.rank ?? '–'}. ${u.unit}: ${u.counts.total} nhiệm vụ, đúng hạn ${percentText(u.onTimeRate)}, quá hạn ${u.counts.openOverdue}${u.index === null ? '' : `, chỉ số ${percentText(u.index)}`}`,
    ),
    ...d.skipped.map((s) => `  Không tổng hợp ${s.file}: ${s.reason}`),
    ...(out ? [`Đã ghi ${out}`] : []),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
