/**
 * Phiếu cập nhật out and back in on the command line, with the 000 seed's tracker: `split` writes
 * one file per lead office holding exactly that office's tasks; an office fills its file (edited
 * here with exceljs, as Excel would save it) while the official changes one of the same cells in
 * the tracker; `collect` previews the changes and the conflict, `--yes` applies the changes only —
 * each a Nhật ký row with the office as who —, `--accept-conflicts` takes the office's value. The
 * same for the period's Kết quả cell and the indicators' Thực tế (the phiếu's Chỉ tiêu sheet).
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { ReportData } from '../../src/core/report/report';
import { FIXTURES } from '../helpers/fixtures';
import { run } from './runCli';
import { convert, mustExist, tempDir } from './xlsx/libreoffice';

jest.setTimeout(120_000);

const OFFICE = 'Phòng Nội vụ';

/** "E5" of each cell of the sheet's used range that is not locked, and whether the sheet is protected. */
function unlockedCells(ws: ExcelJS.Worksheet): { protectedSheet: boolean; unlocked: string[] } {
  const unlocked: string[] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    for (let c = 1; c <= ws.columnCount; c++) {
      const cell = ws.getCell(r, c);
      if (cell.protection?.locked === false) unlocked.push(cell.address);
    }
  }
  const protection = (ws as unknown as { sheetProtection: { sheet?: boolean; hashValue?: string; password?: string } | null }).sheetProtection;
  return { protectedSheet: protection?.sheet === true && !protection.hashValue && !protection.password, unlocked };
}

const TRUE = /^(1|true)$/;

/**
 * The same as `unlockedCells`, read from the sheet's XML as LibreOffice saves it: its booleans are
 * "true"/"false", which exceljs's reader does not understand (it knows "1"/"0"). LibreOffice names
 * the worksheets' parts by their order (sheet1.xml, sheet2.xml, …).
 */
async function unlockedCellsXml(bytes: Buffer, sheetNo: number): Promise<{ protectedSheet: boolean; unlocked: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const styles = await zip.file('xl/styles.xml')!.async('string');
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].match(/<xf\b[^>]*(\/>|>[\s\S]*?<\/xf>)/g)!;
  const locked = xfs.map((xf) => {
    const p = /<protection\b[^>]*locked="([^"]*)"/.exec(xf);
    return p ? TRUE.test(p[1]) : true;
  });
  const sheet = await zip.file(`xl/worksheets/sheet${sheetNo}.xml`)!.async('string');
  const protection = /<sheetProtection\b([^>]*)\/>/.exec(sheet);
  const unlocked = [...sheet.matchAll(/<c r="([A-Z]+\d+)"(?: s="(\d+)")?/g)].filter((m) => !locked[Number(m[2] ?? 0)]).map((m) => m[1]);
  const attr = (name: string): string | undefined => (protection ? new RegExp(`\\b${name}="([^"]*)"`).exec(protection[1])?.[1] : undefined);
  return { protectedSheet: TRUE.test(attr('sheet') ?? '') && attr('hashValue') === undefined && attr('password') === undefined, unlocked };
}

/** Header → column of a sheet's header row found by its first cell. */
function columns(ws: ExcelJS.Worksheet, first: string): { row: number; col: Record<string, number> } {
  for (let r = 1; r <= 10; r++) {
    if (String(ws.getRow(r).getCell(1).value) !== first) continue;
    const col: Record<string, number> = {};
    ws.getRow(r).eachCell((c, n) => (col[String(c.value)] = n));
    return { row: r, col };
  }
  throw new Error(`no header ${first}`);
}

describe('par-tracker split / collect', () => {
  const dir = mkdtempSync(join(tmpdir(), 'par-phieu-'));
  const tracker = join(dir, 'tracker.xlsx');
  const out = join(dir, 'phieu');
  let report: ReportData;
  let officeFile: string;
  let ids: string[];
  let refs: string[];

  /** The tracker's cell of a row found by its key column, on a sheet whose header starts with `first`. */
  async function trackerCell(sheet: string, first: string, key: string, id: string, column: string): Promise<ExcelJS.CellValue> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(tracker);
    const ws = wb.getWorksheet(sheet)!;
    const { row, col } = columns(ws, first);
    for (let r = row + 1; r <= ws.rowCount; r++) if (String(ws.getRow(r).getCell(col[key]).value) === id) return ws.getRow(r).getCell(col[column]).value;
    throw new Error(`no ${id} on ${sheet}`);
  }

  beforeAll(async () => {
    expect((await run('import', join(FIXTURES, 'seeds', '000-appendix.txt'), '-o', tracker)).code).toBe(0);
    report = JSON.parse((await run('report', tracker, '--period', 'year', '--json')).stdout);
    const split = await run('split', tracker, '-o', out, '--reply-by', '2025-01-10', '--period', 'h1');
    expect(split.stderr).toBe('');
    expect(split.code).toBe(0);
    officeFile = join(out, 'phieu-cap-nhat-phong-noi-vu.xlsx');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one file per lead office with exactly its tasks', async () => {
    const named = report.byOffice.filter((o) => o.office !== 'Chưa xác định');
    expect(readdirSync(out)).toHaveLength(named.length);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(officeFile);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Hướng dẫn', 'Phiếu cập nhật', 'Chỉ tiêu']);
    const ws = wb.getWorksheet('Phiếu cập nhật')!;
    const { row } = columns(ws, 'Mã');
    ids = [];
    for (let r = row + 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value) ids.push(String(ws.getRow(r).getCell(1).value));
    expect(ids).toEqual(report.tasks.filter((t) => t.offices.includes(OFFICE)).map((t) => t.id));
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(String(wb.getWorksheet('Hướng dẫn')!.getCell(4, 1).value)).toContain('10/01/2025');
    expect(Object.keys(columns(ws, 'Mã').col)).toContain('Kết quả kỳ này (6 tháng)');
    // The Chỉ tiêu sheet: exactly the indicators of the office's tasks, by their tracker IDs.
    const tw = new ExcelJS.Workbook();
    await tw.xlsx.readFile(tracker);
    const trackerInd = tw.getWorksheet('Chỉ tiêu')!;
    const ti = columns(trackerInd, 'Mã nhiệm vụ');
    const expected: string[] = [];
    for (let r = ti.row + 1; r <= trackerInd.rowCount; r++) {
      if (ids.includes(String(trackerInd.getRow(r).getCell(ti.col['Mã nhiệm vụ']).value)))
        expected.push(String(trackerInd.getRow(r).getCell(ti.col['Mã chỉ tiêu']).value));
    }
    const ind = wb.getWorksheet('Chỉ tiêu')!;
    const ih = columns(ind, 'Mã chỉ tiêu');
    refs = [];
    for (let r = ih.row + 1; r <= ind.rowCount; r++) if (ind.getRow(r).getCell(1).value) refs.push(String(ind.getRow(r).getCell(1).value));
    expect(refs).toEqual(expected);
    expect(refs.length).toBeGreaterThanOrEqual(3);
  });

  it('protects the phiếu without a password: only the cells to fill are unlocked, in exceljs and after LibreOffice saves it', async () => {
    const expected = (ws: ExcelJS.Worksheet, first: string, columnsToFill: string[]): string[] => {
      const { row, col } = columns(ws, first);
      const out: string[] = [];
      for (let r = row + 1; r <= ws.rowCount; r++) for (const c of columnsToFill.map((h) => col[h]).sort((a, b) => a - b)) out.push(ws.getCell(r, c).address);
      return out;
    };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(officeFile);
    const tasks = wb.getWorksheet('Phiếu cập nhật')!;
    const fill = ['Trạng thái', 'Ngày hoàn thành', 'Kết quả kỳ này (6 tháng)', 'Minh chứng (văn bản, đường dẫn)', 'Ghi chú'];
    const want = { protectedSheet: true, unlocked: expected(tasks, 'Mã', fill) };
    expect(unlockedCells(tasks)).toEqual(want);
    const ind = wb.getWorksheet('Chỉ tiêu')!;
    const wantInd = { protectedSheet: true, unlocked: expected(ind, 'Mã chỉ tiêu', ['Thực tế']) };
    expect(unlockedCells(ind)).toEqual(wantInd);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Hướng dẫn', 'Phiếu cập nhật', 'Chỉ tiêu']);
    // LibreOffice opens it and keeps the same protection when it saves it.
    const work = tempDir('par-phieu-lo-');
    try {
      const copy = join(work, 'phieu.xlsx');
      copyFileSync(officeFile, copy);
      const saved = join(work, 'lo');
      const bytes = readFileSync(mustExist(join(saved, 'phieu.xlsx'), convert([copy], 'xlsx', saved)));
      expect(await unlockedCellsXml(bytes, 2)).toEqual(want);
      expect(await unlockedCellsXml(bytes, 3)).toEqual(wantInd);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it("previews the office's changes and the conflicts, applies only the changes — each with a Nhật ký row by the office —, then the conflicts when accepted", async () => {
    // The office fills its phiếu: tasks, the period's Kết quả, and indicator actuals.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(officeFile);
    const ws = wb.getWorksheet('Phiếu cập nhật')!;
    const { row, col } = columns(ws, 'Mã');
    const rowOf = (id: string): ExcelJS.Row => ws.getRow(row + 1 + ids.indexOf(id));
    rowOf(ids[0]).getCell(col['Trạng thái']).value = 'Hoàn thành';
    rowOf(ids[0]).getCell(col['Ngày hoàn thành']).value = new Date(Date.UTC(2024, 10, 20));
    rowOf(ids[0]).getCell(col['Minh chứng (văn bản, đường dẫn)']).value = 'Báo cáo số 12/BC-TP';
    rowOf(ids[0]).getCell(col['Kết quả kỳ này (6 tháng)']).value = 'Đã trình UBND huyện Đề án sắp xếp 02 phòng';
    rowOf(ids[1]).getCell(col['Ghi chú']).value = 'Đang chờ ý kiến Sở';
    const ind = wb.getWorksheet('Chỉ tiêu')!;
    const ic = columns(ind, 'Mã chỉ tiêu');
    const indRow = (ref: string): ExcelJS.Row => ind.getRow(ic.row + 1 + refs.indexOf(ref));
    indRow(refs[1]).getCell(ic.col['Thực tế']).value = 0.95; // typed "95%" in a percent cell
    indRow(refs[refs.length - 1]).getCell(ic.col['Thực tế']).value = 1;
    await wb.xlsx.writeFile(officeFile);
    const lastTask = refs[refs.length - 1].replace(/:\d+$/, '');
    // Meanwhile the official types a note for the second task and an actual of the last indicator in the tracker.
    const tw = new ExcelJS.Workbook();
    await tw.xlsx.readFile(tracker);
    const setCell = (sheet: string, first: string, key: string, id: string, column: string, value: ExcelJS.CellValue): void => {
      const s = tw.getWorksheet(sheet)!;
      const h = columns(s, first);
      for (let r = h.row + 1; r <= s.rowCount; r++) if (String(s.getRow(r).getCell(h.col[key]).value) === id) s.getRow(r).getCell(h.col[column]).value = value;
    };
    setCell('Nhiệm vụ', 'Mã', 'Mã', ids[1], 'Ghi chú', 'Văn phòng đã nhắc');
    setCell('Chỉ tiêu', 'Mã nhiệm vụ', 'Mã chỉ tiêu', refs[refs.length - 1], 'Thực tế', 0.9);
    await tw.xlsx.writeFile(tracker);

    const preview = JSON.parse((await run('collect', tracker, officeFile, '--json')).stdout);
    expect(preview.applied).toBe(false);
    const firstTask = refs[1].replace(/:\d+$/, '');
    expect(preview.changes.map((c: { id: string }) => c.id).sort()).toEqual([...new Set([ids[0], firstTask])].sort());
    const fields = preview.changes.flatMap((c: { fields: string[] }) => c.fields).join('\n');
    expect(fields).toContain('Hoàn thành');
    expect(fields).toContain('Kết quả 6 tháng:  → Đã trình UBND huyện Đề án sắp xếp 02 phòng');
    expect(fields).toMatch(/Thực tế: .* → 95%/);
    expect(preview.conflicts.map((c: { id: string }) => c.id).sort()).toEqual([ids[1], lastTask].sort());
    expect(preview.conflicts.find((c: { id: string }) => c.id === ids[1]).message).toContain('Văn phòng đã nhắc');
    expect(preview.conflicts.find((c: { id: string }) => c.id === lastTask).message).toContain('90%');

    expect((await run('collect', tracker, officeFile, '--yes')).code).toBe(0);
    const after: ReportData = JSON.parse((await run('report', tracker, '--period', 'h1', '--as-of', '2024-12-01', '--json')).stdout);
    const done = after.tasks.find((x) => x.id === ids[0])!;
    expect([done.state, done.doneDate, done.evidence, done.progress]).toEqual([
      'doneOnTime',
      '2024-11-20',
      'Báo cáo số 12/BC-TP',
      'Đã trình UBND huyện Đề án sắp xếp 02 phòng',
    ]);
    expect(after.tasks.find((x) => x.id === ids[1])!.note).toBe('Văn phòng đã nhắc');
    expect(await trackerCell('Chỉ tiêu', 'Mã nhiệm vụ', 'Mã chỉ tiêu', refs[1], 'Thực tế')).toBe(0.95);
    expect(await trackerCell('Chỉ tiêu', 'Mã nhiệm vụ', 'Mã chỉ tiêu', refs[refs.length - 1], 'Thực tế')).toBe(0.9);
    // Every change a Nhật ký row with the office as who.
    const log = new ExcelJS.Workbook();
    await log.xlsx.readFile(tracker);
    const rows = log.getWorksheet('Nhật ký')!.getSheetValues().filter(Boolean) as unknown[][];
    const byOffice = rows.filter((r) => r[2] === OFFICE);
    expect(byOffice.filter((r) => r[3] === ids[0]).map((r) => r[4])).toEqual(['Trạng thái', 'Ngày hoàn thành', 'Minh chứng', 'Kết quả 6 tháng']);
    expect(byOffice.filter((r) => r[3] === firstTask && String(r[4]).startsWith('Thực tế: ')).map((r) => r[6])).toEqual(['95%']);
    expect(byOffice).toHaveLength(preview.changes.flatMap((c: { fields: string[] }) => c.fields).length);

    expect((await run('collect', tracker, officeFile, '--yes', '--accept-conflicts')).code).toBe(0);
    const last: ReportData = JSON.parse((await run('report', tracker, '--period', 'year', '--json')).stdout);
    expect(last.tasks.find((x) => x.id === ids[1])!.note).toBe('Đang chờ ý kiến Sở');
    expect(await trackerCell('Chỉ tiêu', 'Mã nhiệm vụ', 'Mã chỉ tiêu', refs[refs.length - 1], 'Thực tế')).toBe(1);
    // Collected again, nothing is left to change.
    const again = JSON.parse((await run('collect', tracker, officeFile, '--json')).stdout);
    expect([again.changes, again.conflicts]).toEqual([[], []]);
  });

  it('applies a joint task changed differently by its two offices from the first file, and shows the second as a conflict', async () => {
    const joint = report.tasks.find((t) => t.offices.length >= 2 && !ids.includes(t.id) && t.offices.every((o) => o !== 'Chưa xác định'))!;
    expect(joint).toBeDefined();
    const files = readdirSync(out).map((f) => join(out, f));
    const fill = async (office: string, state: string): Promise<string> => {
      for (const file of files) {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(file);
        const ws = wb.getWorksheet('Phiếu cập nhật')!;
        if (!String(ws.getCell(1, 1).value).endsWith(office)) continue;
        const { row, col } = columns(ws, 'Mã');
        for (let r = row + 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value === joint.id) ws.getRow(r).getCell(col['Trạng thái']).value = state;
        const filled = join(dir, `${office}.xlsx`);
        await wb.xlsx.writeFile(filled);
        return filled;
      }
      throw new Error(`no phiếu for ${office}`);
    };
    const [a, b] = joint.offices;
    const first = await fill(a, 'Hoàn thành');
    const second = await fill(b, 'Đang thực hiện');
    const r = JSON.parse((await run('collect', tracker, first, second, '--json', '--accept-conflicts')).stdout);
    expect(r.changes.filter((c: { id: string }) => c.id === joint.id).map((c: { office: string }) => c.office)).toEqual([a]);
    const conflict = r.conflicts.find((c: { id: string }) => c.id === joint.id);
    expect([conflict.office, conflict.message]).toEqual([b, expect.stringContaining(a)]);
  });

  it('says which files are no phiếu', async () => {
    const r = JSON.parse((await run('collect', tracker, tracker, '--json')).stdout);
    expect(r.problems[0].message).toContain('Không phải phiếu cập nhật');
  });
});
