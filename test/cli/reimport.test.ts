/**
 * `par-tracker import <revised plan> --into <tracker.xlsx>` on real files: a tracker written from
 * seed 000 is filled with exceljs as an official fills it in Excel (states, done dates, evidence,
 * notes, an actual, an own column, an own sheet), then the revised plan (IV-4 dropped so IV-5 is
 * renumbered, V-3 reworded, V-4 re-dated, V-6 added) is previewed, merged with --yes, and the
 * result read back with exceljs and computed in LibreOffice. Also: the refusals of -o and the
 * safe write.
 */
import * as fs from 'node:fs';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { run } from './runCli';
import { backupPath, safeWrite, SafeWriteError, type FileOps } from '../../src/cli/safeWrite';
import { FIXTURES } from '../helpers/fixtures';
import { convert, CSV_ALL_SHEETS, mustExist, parseCsv } from './xlsx/libreoffice';

const PLAN = join(FIXTURES, 'seeds', '000-appendix.txt');
const REVISED = join(FIXTURES, 'revised', '000-appendix-revised.txt');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'par-reimport-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Column of a header text in the Nhiệm vụ header row (row 4). */
function columnOf(ws: ExcelJS.Worksheet, header: string): number {
  let at = 0;
  ws.getRow(4).eachCell((cell, col) => {
    if (cell.value === header) at = col;
  });
  if (at === 0) throw new Error(`no column ${header}`);
  return at;
}

function rowOf(ws: ExcelJS.Worksheet, id: string): number {
  let at = 0;
  ws.eachRow((row, n) => {
    if (row.getCell(1).value === id) at = n;
  });
  if (at === 0) throw new Error(`no task ${id}`);
  return at;
}

/** The official's work in Excel: entries on four tasks, an actual, an own column and an own sheet. */
async function fill(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('Nhiệm vụ')!;
  const set = (id: string, header: string, value: ExcelJS.CellValue): void => {
    ws.getCell(rowOf(ws, id), columnOf(ws, header)).value = value;
  };
  set('IV-4', 'Trạng thái', 'Hoàn thành');
  set('IV-4', 'Ngày hoàn thành', new Date(Date.UTC(2024, 5, 30)));
  set('IV-4', 'Minh chứng', 'QĐ 12/QĐ-UBND');
  set('IV-5', 'Trạng thái', 'Đang thực hiện');
  set('IV-5', 'Ghi chú', 'Chờ hướng dẫn của tỉnh');
  set('V-3', 'Trạng thái', 'Hoàn thành');
  set('V-3', 'Ngày hoàn thành', new Date(Date.UTC(2024, 7, 15)));
  set('V-4', 'Ghi chú', '=KHÔNG PHẢI CÔNG THỨC');
  const own = ws.getRow(4).cellCount + 1;
  ws.getCell(4, own).value = 'Người theo dõi';
  ws.getCell(rowOf(ws, 'IV-5'), own).value = 'Chị Lan';
  ws.getCell(rowOf(ws, 'IV-4'), own).value = 'Anh Minh';
  const ind = wb.getWorksheet('Chỉ tiêu')!;
  let actualCol = 0;
  ind.getRow(1).eachCell((c, col) => {
    if (c.value === 'Thực tế') actualCol = col;
  });
  ind.eachRow((row) => {
    if (row.getCell(1).value === 'IV-3') row.getCell(actualCol).value = 0.05;
  });
  const mine = wb.addWorksheet('Ghi chép riêng');
  mine.getCell('A1').value = 'Họp giao ban 02/10';
  await wb.xlsx.writeFile(file);
}

describe('par-tracker import --into (re-import)', () => {
  it('previews without writing, then merges with --yes keeping every entry, the own column and sheet, and logs the changes', async () => {
    const tracker = join(dir, 'tracker.xlsx');
    expect((await run('import', PLAN, '-o', tracker)).code).toBe(0);
    await fill(tracker);
    const before = readFileSync(tracker);

    const preview = await run('import', REVISED, '--into', tracker);
    expect(preview.code).toBe(0);
    expect(preview.stdout).toMatch(/42 không đổi · 2 thay đổi · 1 đổi số thứ tự · 1 thêm mới · 1 không còn trong kế hoạch/);
    expect(preview.stdout).toMatch(/Đổi số thứ tự \/ Renumbered: IV-5 → IV-4 .*cùng mục IV; tên nhiệm vụ giống 100%/);
    expect(preview.stdout).toMatch(/Tiến độ: "Thường xuyên" → "Chậm nhất trước ngày 30\/9\/2024"/);
    expect(preview.stdout).toMatch(
      /Không còn trong kế hoạch, giữ lại \/ No longer in the plan, kept: IV-4 → IV-4 \(cũ\) "Thực hiện các quy định về quản lý biên chế" \(có số liệu đã nhập/,
    );
    expect(preview.stdout).toMatch(/Chưa ghi gì/);
    expect(readFileSync(tracker).equals(before)).toBe(true);

    const json = await run('import', REVISED, '--into', tracker, '--json');
    const parsed = JSON.parse(json.stdout);
    expect(parsed).toMatchObject({ applied: false, backup: null, counts: { changed: 2, rematched: 1, added: 1, dropped: 1 }, ownColumns: ['Người theo dõi'] });
    expect(parsed.changes.map((c: { kind: string; id: string }) => `${c.kind}:${c.id}`)).toEqual([
      'rematched:IV-4',
      'changed:V-3',
      'changed:V-4',
      'added:V-6',
      'dropped:IV-4 (cũ)',
    ]);

    const applied = await run('import', REVISED, '--into', tracker, '--yes');
    expect(applied.code).toBe(0);
    expect(applied.stdout).toMatch(/Đã cập nhật .*6 dòng Nhật ký/);
    expect(readFileSync(backupPath(tracker)).equals(before)).toBe(true);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(tracker);
    expect(wb.worksheets.map((w) => w.name)).toContain('Ghi chép riêng');
    expect(wb.getWorksheet('Ghi chép riêng')!.getCell('A1').value).toBe('Họp giao ban 02/10');
    const ws = wb.getWorksheet('Nhiệm vụ')!;
    const at = (id: string, header: string): unknown => ws.getCell(rowOf(ws, id), columnOf(ws, header)).value;
    expect([at('IV-4', 'Trạng thái'), at('IV-4', 'Ghi chú'), at('IV-4', 'Người theo dõi')]).toEqual(['Đang thực hiện', 'Chờ hướng dẫn của tỉnh', 'Chị Lan']);
    expect([at('V-3', 'Trạng thái'), at('V-3', 'Ngày hoàn thành')]).toEqual(['Hoàn thành', new Date(Date.UTC(2024, 7, 15))]);
    expect(at('V-4', 'Ghi chú')).toBe('=KHÔNG PHẢI CÔNG THỨC');
    expect(at('V-4', 'Hạn')).toEqual(new Date(Date.UTC(2024, 8, 30)));
    expect([at('IV-4 (cũ)', 'Trạng thái'), at('IV-4 (cũ)', 'Minh chứng'), at('IV-4 (cũ)', 'Cảnh báo'), at('IV-4 (cũ)', 'Người theo dõi')]).toEqual([
      'Hoàn thành',
      'QĐ 12/QĐ-UBND',
      'Không còn trong kế hoạch',
      'Anh Minh',
    ]);
    const log = wb.getWorksheet('Nhật ký')!;
    const logged: string[] = [];
    log.eachRow((row, n) => {
      if (n > 1) logged.push(`${row.getCell(3).value}|${row.getCell(4).value}`);
    });
    expect(logged).toEqual(['IV-4|Mã', 'V-3|Nhiệm vụ', 'V-4|Tiến độ', 'V-4|Hạn', 'V-6|Nhiệm vụ', 'IV-4 (cũ)|Cảnh báo']);

    // LibreOffice computes the merged tracker: the dropped task is in no state count of Tổng hợp.
    const conversion = convert([tracker], CSV_ALL_SHEETS, dir);
    const tasks = parseCsv(readFileSync(mustExist(join(dir, 'tracker-Nhiệm vụ.csv'), conversion), 'utf8'));
    const planned = tasks.filter((r, i) => i > 3 && r[0] !== '' && r[8] !== '' && !r[0].includes('(cũ)')).length;
    const dash = parseCsv(readFileSync(mustExist(join(dir, 'tracker-Tổng hợp.csv'), conversion), 'utf8'));
    // The Tổng column of the state tables: label, six states, then Tổng (then the share done).
    const totals = dash.filter((r) => r[0] === 'Tổng').map((r) => r[7]);
    expect(totals).toContain(String(planned));
    const flags = tasks.find((r) => r[0] === 'V-4')!;
    expect(flags).toContain('Quá hạn');
  });

  it('refuses -o onto an existing tracker (pointing to --into) and onto the input, unless --force makes a backup', async () => {
    const tracker = join(dir, 'kept.xlsx');
    expect((await run('import', PLAN, '-o', tracker)).code).toBe(0);
    const before = readFileSync(tracker);
    const again = await run('import', REVISED, '-o', tracker);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/đã có; .*dùng --into .*kept\.xlsx/);
    expect(readFileSync(tracker).equals(before)).toBe(true);

    const input = join(dir, 'plan.txt');
    writeFileSync(input, readFileSync(PLAN));
    const onInput = await run('import', input, '-o', input, '--force');
    expect(onInput.code).toBe(1);
    expect(onInput.stderr).toMatch(/không ghi đè lên tệp kế hoạch nguồn/);
    expect(readFileSync(input).equals(readFileSync(PLAN))).toBe(true);

    const forced = await run('import', REVISED, '-o', tracker, '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(backupPath(tracker)).equals(before)).toBe(true);
  });

  it('refuses --into a file that is not a tracker', async () => {
    const other = join(dir, 'other.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = 'x';
    await wb.xlsx.writeFile(other);
    const r = await run('import', REVISED, '--into', other, '--yes');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/không có trang "Nhiệm vụ"/);
    expect((await run('import', REVISED, '--into', join(dir, 'missing.xlsx'))).stderr).toMatch(/không tìm thấy bảng theo dõi/);
  });
});

describe('safeWrite', () => {
  /** Real file operations, except that writes fail once `free` bytes are used, as a full disk does. */
  function fullDisk(free: number): FileOps {
    return {
      ...fs,
      writeFileSync: (path: string, data: Uint8Array) => {
        fs.writeFileSync(path, data.subarray(0, Math.min(free, data.length)));
        if (data.length > free) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
      copyFileSync: (from: string, to: string) => {
        if (fs.statSync(from).size > free) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
        fs.copyFileSync(from, to);
      },
    } as FileOps;
  }

  it('leaves the old file intact and no temporary file when the disk fills during the write', () => {
    const target = join(dir, 'full.xlsx');
    writeFileSync(target, 'the tracker as it was');
    expect(() => safeWrite(target, new Uint8Array(1000).fill(65), { backup: true }, fullDisk(100))).toThrow(SafeWriteError);
    expect(readFileSync(target, 'utf8')).toBe('the tracker as it was');
    expect(existsSync(backupPath(target))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('stops with the old file unchanged when the backup cannot be written', () => {
    const target = join(dir, 'nobackup.xlsx');
    writeFileSync(target, 'x'.repeat(500));
    expect(() => safeWrite(target, new Uint8Array(10), { backup: true }, fullDisk(100))).toThrow(/backup failed/);
    expect(readFileSync(target, 'utf8')).toBe('x'.repeat(500));
  });

  it('the CLI says the disk may be full and that the previous tracker is intact', async () => {
    // A folder named like the temporary file makes the write fail as ENOSPC would (EISDIR).
    const target = join(dir, 'blocked.xlsx');
    writeFileSync(target, 'old');
    mkdirSync(join(dir, `.blocked.xlsx.${process.pid}.tmp`));
    const r = await run('import', PLAN, '-o', target, '--force');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/không ghi được tệp .*tệp cũ, nếu có, vẫn nguyên vẹn/);
    expect(readFileSync(target, 'utf8')).toBe('old');
  });
});
