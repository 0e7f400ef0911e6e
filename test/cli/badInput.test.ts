/**
 * Bad input on the command line, one case per kind of file an official really sends, each made
 * from seed 000 and checked against its exact message: nothing silently wrong, no rows eaten, no
 * crash — a warning naming the row, a conversion said out loud, or a one-line refusal.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { run } from './runCli';
import { cp1258 } from '../helpers/encodings';
import { seedSheetValues, seedText } from '../helpers/fixtures';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'par-bad-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GRID = seedSheetValues('000-appendix');

const file = (name: string, data: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};
const titles = (stdout: string): string[] => (JSON.parse(stdout).tasks as { title: string }[]).map((t) => t.title);
const warnings = (stdout: string): { row: number; code: string; message: string }[] => JSON.parse(stdout).warnings;

describe('bad CSV', () => {
  const csv = Papa.unparse(GRID);
  const row = GRID.findIndex((r) => r[0] === '3' && r[1].startsWith('Sáng kiến'));

  it('a stray opening quote: the warning names the line, and the rows after it are all read', async () => {
    const good = titles((await run('import', file('good.csv', csv), '--json')).stdout);
    const lines = csv.split('\r\n');
    lines[row] = lines[row].replace('Sáng kiến', '"Sáng kiến');
    const r = await run('import', file('quote.csv', lines.join('\r\n')), '--json');
    expect(r.code).toBe(0);
    expect(
      warnings(r.stdout)
        .filter((w) => w.code === 'csv-quote')
        .map((w) => w.message),
    ).toEqual([`Dấu ngoặc kép mở ô ở dòng ${row + 1} của tệp không được đóng đúng — đã bỏ dấu đó để không nuốt hay làm lệch các dòng sau`]);
    const read = titles(r.stdout);
    expect(read.length).toBe(good.length);
    expect(read[read.length - 1]).toBe(good[good.length - 1]);
  });

  it('a row with more cells than the header: a warning naming the row', async () => {
    const rows = GRID.map((r) => [...r]);
    rows[row] = [...rows[row], 'lạc cột', 'thêm'];
    const r = await run('import', file('ragged.csv', Papa.unparse(rows)), '--json');
    expect(
      warnings(r.stdout)
        .filter((w) => w.code === 'csv-ragged')
        .map((w) => w.message),
    ).toEqual([
      `Dòng ${row + 1}: Dòng có ${GRID[0].length + 2} ô, nhiều hơn ${GRID[0].length} cột của dòng tiêu đề — các ô thừa không được đọc, hãy kiểm tra dấu phân cách`,
    ]);
  });
});

describe('text files in other encodings and shapes', () => {
  const text = seedText('000-appendix');
  let expected: string[];
  beforeAll(async () => {
    expected = titles((await run('import', file('utf8.txt', text), '--json')).stdout);
  });

  it('markdown rows without their outer pipes read as the same tasks', async () => {
    const md = seedText('003-markdown');
    const want = titles((await run('import', file('pipes.md', md), '--json')).stdout);
    const stripped = md
      .split('\n')
      .map((l) => (/^\|\s*\d/.test(l) ? l.trim().replace(/^\|/, '').replace(/\|$/, '') : l))
      .join('\n');
    expect(stripped).not.toBe(md);
    expect(titles((await run('import', file('nopipes.md', stripped), '--json')).stdout)).toEqual(want);
  });

  it('Excel "Unicode Text" (UTF-16 with a BOM) reads as the UTF-8 file does', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const r = await run('import', file('unicode.txt', bytes), '--json');
    expect(r.code).toBe(0);
    expect(titles(r.stdout)).toEqual(expected);
  });

  it('a Windows-1258 file (a plain "CSV" saved on a Vietnamese Windows) is converted, and the CLI says so', async () => {
    const path = file('cp1258.txt', cp1258(text));
    const r = await run('import', path, '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      `${path}: tệp mã Windows-1258 đã được chuyển sang Unicode — vui lòng kiểm tra lại / Windows-1258 text converted to Unicode — please check`,
    );
    expect(titles(r.stdout)).toEqual(expected);
  });

  it('bytes in no Vietnamese encoding are refused as an encoding problem, saying how to save the file', async () => {
    const path = file(
      'koi8.csv',
      Uint8Array.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4, 0x2c, 0xcd, 0xc9, 0xd2, 0x0a, 0x31, 0x2c, 0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]),
    );
    const r = await run('import', path, '--json');
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      `Lỗi mã hoá ký tự: ${path} không phải văn bản Unicode (UTF-8, UTF-16) và không đọc được như mã tiếng Việt cũ (TCVN3, VNI, Windows-1258); mở tệp trong Excel và lưu lại dạng "CSV UTF-8 (Comma delimited)" hoặc "Unicode Text" / Encoding error: ${path} is neither Unicode text (UTF-8, UTF-16) nor a Vietnamese legacy encoding (TCVN3, VNI, Windows-1258); open it in Excel and save it as "CSV UTF-8" or "Unicode Text"`,
    );
  });

  it('a 1,000,000-row file is refused in one line, before it is read', async () => {
    const path = file('huge.csv', `STT,Nhiệm vụ,Tiến độ,Cơ quan chủ trì\n${'1,Việc,Quý I/2024,Phòng Nội vụ\n'.repeat(1_000_000)}`);
    const r = await run('import', path, '-o', join(dir, 'huge.xlsx'));
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      `Lỗi: ${path} quá lớn để nhập (1.000.002 dòng, tối đa 200.000 dòng); bảng phụ lục kế hoạch không lớn như vậy — hãy lưu riêng bảng phụ lục rồi nhập / Error: ${path} is too large to import (1.000.002 dòng, at most 200.000 dòng); save the appendix table on its own and import that`,
    );
  });

  it('a cell longer than Excel holds is cut with a warning, in the tasks and the source copy', async () => {
    const rows = GRID.map((r) => [...r]);
    const at = rows.findIndex((r) => r[0] === '4' && r[1].startsWith('Thực hiện nhiệm vụ được Chính phủ'));
    rows[at][5] = `${'Báo cáo '.repeat(500_000)}xong`;
    const out = join(dir, 'long.xlsx');
    const r = await run('import', file('long.csv', Papa.unparse(rows)), '-o', out, '--json');
    expect(r.code).toBe(0);
    expect(
      warnings(r.stdout)
        .filter((w) => w.code === 'cell-too-long')
        .map((w) => w.message),
    ).toEqual([`Dòng ${at + 1}: Ô ở cột 6 dài 4000004 ký tự, quá 32767 ký tự một ô Excel chứa được — đã cắt bớt`]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const lengths: number[] = [];
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => void (typeof c.value === 'string' && lengths.push(c.value.length))));
    expect(Math.max(...lengths)).toBe(32_767);
  });
});

describe('an .xlsx appendix whose cells are not plain values', () => {
  it('copies rich text, formulas, hyperlinks, errors and dates into the source sheet as the text they show', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Phụ lục');
    GRID.forEach((r) => ws.addRow(r));
    const at = GRID.findIndex((r) => r[0] === '1' && r[1].startsWith('Xử lý các văn bản')) + 1;
    ws.getCell(at, 2).value = { richText: [{ text: 'Xử lý các văn bản ' }, { font: { bold: true }, text: 'trái pháp luật' }] };
    ws.getCell(at, 5).value = { formula: '"Các cơ quan, "&"đơn vị"', result: 'Các cơ quan, đơn vị' } as ExcelJS.CellFormulaValue;
    ws.getCell(at, 6).value = { text: 'Văn bản 12/VB', hyperlink: 'https://example.invalid/vb12' };
    ws.getCell(at + 1, 6).value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell(at, 3).value = new Date(Date.UTC(2024, 11, 31));
    const path = join(dir, 'rich.xlsx');
    await wb.xlsx.writeFile(path);
    const out = join(dir, 'rich-tracker.xlsx');
    const r = await run('import', path, '-o', out, '--json');
    expect(r.code).toBe(0);
    const task = (JSON.parse(r.stdout).tasks as { title: string; support: string; due: string }[]).find((t) => t.title.startsWith('Xử lý các văn bản'))!;
    expect([task.title, task.support, task.due]).toEqual(['Xử lý các văn bản trái pháp luật', 'Các cơ quan, đơn vị', '2024-12-31']);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    const source = back.worksheets.find((w) => w.name.startsWith('Nguồn'))!;
    const cells = [
      source.getCell(at, 2).value,
      source.getCell(at, 5).value,
      source.getCell(at, 6).value,
      source.getCell(at + 1, 6).value,
      source.getCell(at, 3).value,
    ];
    expect(cells).toEqual(['Xử lý các văn bản trái pháp luật', 'Các cơ quan, đơn vị', 'Văn bản 12/VB', '#N/A', new Date(Date.UTC(2024, 11, 31))]);
    const everything: unknown[] = [];
    source.eachRow((row) => row.eachCell((c) => void everything.push(c.value)));
    expect(everything.filter((v) => String(v).includes('[object Object]'))).toEqual([]);
  });
});
