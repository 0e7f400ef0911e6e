/**
 * The par-tracker command line as a user runs it: on the seed files as they are, on an .xlsx
 * appendix, and on bad input (one-line errors, exit code 1). The tracker it writes is opened in
 * LibreOffice to check that the Cảnh báo formulas compute.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { run } from './runCli';
import { PlanSchema } from '../../src/core/plan/schema';
import { FIXTURES } from '../helpers/fixtures';
import { convert, CSV_ALL_SHEETS, mustExist, parseCsv } from './xlsx/libreoffice';

const seed = (name: string) => join(FIXTURES, 'seeds', `${name}.txt`);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'par-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('par-tracker import --json', () => {
  it.each(['000-appendix', '002-two-row-header', '003-markdown'])('prints a schema-valid Plan for seed %s as it is', async (name) => {
    const r = await run('import', seed(name), '--json');
    expect(r.code).toBe(0);
    const plan = PlanSchema.parse(JSON.parse(r.stdout));
    expect(plan.tasks.length).toBeGreaterThan(40);
    expect(plan.tasks.every((t) => t.rows.length > 0)).toBe(true);
  });

  it('uses --year over the year in the title', async () => {
    const r = await run('import', seed('000-appendix'), '--json', '--year', '2025');
    const plan = JSON.parse(r.stdout);
    expect(plan.year).toBe(2025);
    expect(plan.tasks.find((t: { id: string }) => t.id === 'I-2.1').due).toBe('2025-12-31');
  });

  it('prints the same JSON twice (stable ids and order)', async () => {
    const a = await run('import', seed('003-markdown'), '--json');
    const b = await run('import', seed('003-markdown'), '--json');
    expect(a.stdout).toBe(b.stdout);
  });
});

describe('par-tracker import -o', () => {
  it('writes the tracker workbook with the task, indicator and source sheets', async () => {
    const file = join(dir, 'tracker.xlsx');
    const r = await run('import', seed('000-appendix'), '-o', file, '--summary', '--as-of', '2024-12-20');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Nhiệm vụ \/ Tasks: 46 \(\+ 11 nhóm/);
    expect(r.stdout).toMatch(/Quá hạn tính đến 20\/12\/2024.*: 0/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Nhiệm vụ', 'Chỉ tiêu', 'Tổng hợp', 'Nhật ký', 'Cài đặt', 'Nguồn - 000-appendix']);
  });

  it('reads an .xlsx appendix by sheet name, with integer numbers and a merged section row', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Ghi chú').addRow(['Bảng tính này có phụ lục ở trang sau']);
    const ws = wb.addWorksheet('Phụ lục');
    ws.addRow(['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025']);
    ws.addRow(['STT', 'Nội dung thực hiện', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành']);
    ws.addRow(['I. CẢI CÁCH TÀI CHÍNH CÔNG']);
    ws.mergeCells('A3:E3');
    ws.addRow([1, 'Giải ngân vốn đầu tư công đạt tối thiểu 95%', 'Phòng Tài chính - Kế hoạch', 'Các cơ quan', 'Quý II/2025']);
    ws.addRow([2, '=Không phải công thức', '+84 Phòng Nội vụ', '@Văn phòng', new Date(Date.UTC(2025, 8, 30))]);
    const input = join(dir, 'appendix.xlsx');
    await wb.xlsx.writeFile(input);

    const r = await run('import', input, '--sheet', 'Phụ lục', '--json');
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan.year).toBe(2025);
    expect(plan.tasks.map((t: { id: string; area: string; due: string; title: string; lead: string }) => [t.id, t.area, t.due, t.title, t.lead])).toEqual([
      ['I-1', 'public-finance', '2025-06-30', 'Giải ngân vốn đầu tư công đạt tối thiểu 95%', 'Phòng Tài chính - Kế hoạch'],
      ['I-2', 'public-finance', '2025-09-30', '=Không phải công thức', '+84 Phòng Nội vụ'],
    ]);
    expect(plan.tasks[0].targets[0]).toMatchObject({ op: '>=', value: 0.95, unit: '%' });

    // Without --sheet the appendix sheet is found by its header.
    const auto = await run('import', input, '--json');
    expect(JSON.parse(auto.stdout).tasks).toHaveLength(2);

    // Text that looks like a formula stays text in the tracker.
    const out = join(dir, 'from-xlsx.xlsx');
    expect((await run('import', input, '-o', out)).code).toBe(0);
    const tracker = new ExcelJS.Workbook();
    await tracker.xlsx.readFile(out);
    const cells: ExcelJS.Cell[] = [];
    tracker.getWorksheet('Nhiệm vụ')!.eachRow((row) => row.eachCell((c) => cells.push(c)));
    const hostile = cells.filter((c) => typeof c.value === 'string' && /^[=+@]/.test(c.value));
    expect(hostile.map((c) => c.value)).toEqual(expect.arrayContaining(['=Không phải công thức', '+84 Phòng Nội vụ']));
    expect(hostile.every((c) => c.type === ExcelJS.ValueType.String)).toBe(true);
  });

  it('writes a tracker whose Cảnh báo formulas LibreOffice computes from the Ngày đánh giá', async () => {
    const file = join(dir, 'lo-tracker.xlsx');
    expect((await run('import', seed('002-two-row-header'), '-o', file, '--as-of', '2024-09-20')).code).toBe(0);
    const outDir = mkdtempSync(join(dir, 'csv-'));
    const conversion = convert([file], CSV_ALL_SHEETS, outDir);
    expect(conversion.status).toBe(0);
    const rows = parseCsv(readFileSync(mustExist(join(outDir, 'lo-tracker-Nhiệm vụ.csv'), conversion), 'utf8'));
    const header = rows.findIndex((r) => r[0] === 'Mã');
    const col = (name: string) => rows[header].indexOf(name);
    const flagOf = (id: string) => rows.find((r) => r[0] === id)?.[col('Cảnh báo')];
    expect(flagOf('VII-7.3.2')).toBe('Sắp đến hạn'); // Quý III năm 2024 → 30/09/2024, 10 days after 20/09
    expect(flagOf('I-1.1')).toBe('Trong hạn'); // 31/12/2024
    expect(flagOf('I-1.4')).toBe('Không thời hạn'); // "Theo tiến độ thời gian"
    expect(rows.find((r) => r[0] === 'VII-7.3.2')?.[col('Hạn')]).toBe('30/09/2024');
  });
});

describe('par-tracker errors', () => {
  it('names the file and stops with exit 1 when it does not exist', async () => {
    const r = await run('import', join(dir, 'khong-co.xlsx'));
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^Lỗi: không tìm thấy tệp .*khong-co\.xlsx \/ Error: file not found/);
  });

  it('says there is no appendix table in a document that is neither a table nor a plan in prose', async () => {
    const letter = join(dir, 'cong-van.txt');
    writeFileSync(letter, 'CÔNG VĂN\n\nVề việc báo cáo kết quả tháng 10\n\n1. Tình hình chung\n\nCác cơ quan đã thực hiện tốt nhiệm vụ.\n');
    const r = await run('import', letter);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/không tìm thấy bảng phụ lục.*cong-van\.txt.* \/ Error: no appendix table found/);
  });

  it('rejects a file that is not a workbook, naming it', async () => {
    const fake = join(dir, 'fake.xlsx');
    writeFileSync(fake, 'not a zip');
    const r = await run('import', fake);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/fake\.xlsx không phải tệp Excel \.xlsx hợp lệ/);
  });

  it('lists the sheets when --sheet names one that does not exist', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Phụ lục 1').addRow(['STT']);
    const file = join(dir, 'sheets.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await run('import', file, '--sheet', 'Phụ lục 2');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/không có trang "Phụ lục 2" \(có: Phụ lục 1\)/);
  });

  it('rejects a broken Word file and an invalid year with a message', async () => {
    const doc = join(dir, 'plan.docx');
    writeFileSync(doc, 'PK');
    expect((await run('import', doc)).stderr).toMatch(/không phải tệp Word \.docx hợp lệ/);
    expect((await run('import', seed('000-appendix'), '--year', 'abc')).stderr).toMatch(/năm không hợp lệ "abc"/);
  });
});

describe('par-tracker import --criteria', () => {
  it('adds the template criteria sheet, linked to the plan, and the dashboard', async () => {
    const out = join(dir, 'criteria.xlsx');
    const r = await run('import', seed('000-appendix'), '-o', out, '--criteria', 'mau');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Bộ tiêu chí: \d+ tiêu chí \(mẫu\), \d+ liên kết gợi ý/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Nhiệm vụ', 'Chỉ tiêu', 'Bộ tiêu chí', 'Tổng hợp', 'Nhật ký', 'Cài đặt', 'Nguồn - 000-appendix']);
    expect(String(wb.getWorksheet('Bộ tiêu chí')!.getCell('A1').value)).toMatch(/MẪU/);
  });

  it("reads a province's own criteria CSV, reporting bad rows one line each without refusing the rest", async () => {
    const csv = join(dir, 'tieu-chi.csv');
    writeFileSync(
      csv,
      [
        'Mã,Lĩnh vực,Tên tiêu chí,Điểm tối đa,Cách tính điểm',
        '3,Cải cách thủ tục hành chính,Cải cách TTHC,3,',
        '3.1,Cải cách thủ tục hành chính,Tỷ lệ hồ sơ giải quyết đúng hạn,2,"Trên 90%: 2; Từ 70% đến 90%: 1; Dưới 70%: 0"',
        '3.2,Cải cách thủ tục hành chính,Công khai TTHC,1,"Đạt: một điểm"',
      ].join('\n'),
    );
    const out = join(dir, 'own.xlsx');
    const r = await run('import', seed('000-appendix'), '-o', out, '--criteria', csv);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/tieu-chi\.csv: dòng 4/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const codes = (wb.getWorksheet('Bộ tiêu chí')!.getColumn(1).values as unknown[]).map((v) => String(v ?? ''));
    expect(codes).toContain('3.1');
  });

  it("fills the dashboard's targets from the plan's component-index table", async () => {
    const out = join(dir, 'targets.xlsx');
    const r = await run('import', join(FIXTURES, 'area-targets', 'markdown.txt'), '-o', out, '--criteria', 'mau');
    expect(r.code).toBe(0);
    const conversion = convert([out], CSV_ALL_SHEETS, dir);
    const dash = parseCsv(readFileSync(mustExist(join(dir, 'targets-Tổng hợp.csv'), conversion), 'utf8'));
    const procedures = dash.find((row) => row[0] === 'Cải cách thủ tục hành chính')!;
    // The fixture's row: 85,10% rank 9 last year; target "Trên 88%", rank 5; Văn phòng UBND tỉnh.
    expect([procedures[5], procedures[6], procedures[9], procedures[10], procedures[11], procedures[12]]).toEqual([
      '>',
      '88.00%',
      '85.10%',
      '9',
      '5',
      'Văn phòng UBND tỉnh',
    ]);
    expect(dash.find((row) => row[0] === 'Tổng')!.slice(5, 7)).toEqual(['>', '86.00%']);
  });

  it('stops with a one-line error when the criteria file has no criteria', async () => {
    const csv = join(dir, 'empty.csv');
    writeFileSync(csv, 'a,b\n1,2\n');
    const r = await run('import', seed('000-appendix'), '-o', join(dir, 'x.xlsx'), '--criteria', csv);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/không đọc được tiêu chí nào/);
  });
});
