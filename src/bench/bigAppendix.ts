/**
 * Big appendices for the bench: the seed appendix 000's header, then its body repeated until the
 * table holds the number of tasks (or sheet rows) asked for; and the same grid as an .xlsx file,
 * as an official would hand it to the CLI.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parseTextDocument } from '../core/grid/documentGrid';

export function seedGrid(): string[][] {
  const text = readFileSync(join(__dirname, '..', '..', 'test', 'fixtures', 'seeds', '000-appendix.txt'), 'utf8');
  return parseTextDocument(text).tables[0].grid;
}

/** The seed's header, then its body repeated until the grid holds `size.tasks` numbered rows or `size.rows` rows. */
export function bigGrid(size: { tasks: number } | { rows: number }): string[][] {
  const seed = seedGrid();
  const h = seed.findIndex((r) => r[0] === 'STT');
  const header = seed.slice(0, h + 1);
  const body = seed.slice(h + 1);
  const perCopy = body.filter((r) => /^\d/.test(r[0])).length;
  const rows = 'rows' in size ? size.rows - header.length : (size.tasks / perCopy) * body.length;
  const out = [...header];
  while (out.length - header.length < rows) out.push(...body);
  return 'rows' in size ? out.slice(0, size.rows) : out;
}

/** The grid as a one-sheet .xlsx, as exceljs writes it. */
export async function gridToXlsx(grid: readonly (readonly unknown[])[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phụ lục');
  for (const row of grid) ws.addRow([...row]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * `node dist/bench/bigAppendix.js <file.xlsx> [rows]`: writes an appendix of that many sheet rows
 * (default 14,084, the bench's 10,000 tasks) for profiling the CLI on it.
 */
async function main(): Promise<void> {
  const [file, rows] = process.argv.slice(2);
  if (!file) throw new Error('usage: node dist/bench/bigAppendix.js <file.xlsx> [rows]');
  const grid = rows ? bigGrid({ rows: Number(rows) }) : bigGrid({ tasks: 10_000 });
  writeFileSync(file, await gridToXlsx(grid));
  console.log(`${file}: ${grid.length} rows`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
