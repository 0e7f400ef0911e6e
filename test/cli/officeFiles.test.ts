/**
 * Phiếu cập nhật out and back in on the command line, with the 000 seed's tracker: `split` writes
 * one file per lead office holding exactly that office's tasks; an office fills its file (edited
 * here with exceljs, as Excel would save it) while the official changes one of the same cells in
 * the tracker; `collect` previews the changes and the conflict, `--yes` applies the changes only —
 * each a Nhật ký row with the office as who —, `--accept-conflicts` takes the office's value.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { ReportData } from '../../src/core/report/report';
import { FIXTURES } from '../helpers/fixtures';
import { run } from './runCli';

jest.setTimeout(120_000);

const OFFICE = 'Phòng Nội vụ';

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

  beforeAll(async () => {
    expect((await run('import', join(FIXTURES, 'seeds', '000-appendix.txt'), '-o', tracker)).code).toBe(0);
    report = JSON.parse((await run('report', tracker, '--period', 'year', '--json')).stdout);
    const split = await run('split', tracker, '-o', out, '--reply-by', '2025-01-10');
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
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Hướng dẫn', 'Phiếu cập nhật']);
    const ws = wb.getWorksheet('Phiếu cập nhật')!;
    const { row } = columns(ws, 'Mã');
    ids = [];
    for (let r = row + 1; r <= ws.rowCount; r++) if (ws.getRow(r).getCell(1).value) ids.push(String(ws.getRow(r).getCell(1).value));
    expect(ids).toEqual(report.tasks.filter((t) => t.offices.includes(OFFICE)).map((t) => t.id));
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(String(wb.getWorksheet('Hướng dẫn')!.getCell(4, 1).value)).toContain('10/01/2025');
  });

  it("previews the office's changes and the conflict, applies only the changes, then the conflict when accepted", async () => {
    // The office fills its phiếu.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(officeFile);
    const ws = wb.getWorksheet('Phiếu cập nhật')!;
    const { row, col } = columns(ws, 'Mã');
    const rowOf = (id: string): ExcelJS.Row => ws.getRow(row + 1 + ids.indexOf(id));
    rowOf(ids[0]).getCell(col['Trạng thái']).value = 'Hoàn thành';
    rowOf(ids[0]).getCell(col['Ngày hoàn thành']).value = new Date(Date.UTC(2024, 10, 20));
    rowOf(ids[0]).getCell(col['Minh chứng (văn bản, đường dẫn)']).value = 'Báo cáo số 12/BC-TP';
    rowOf(ids[1]).getCell(col['Ghi chú']).value = 'Đang chờ ý kiến Sở';
    await wb.xlsx.writeFile(officeFile);
    // Meanwhile the official types a note for the second task in the tracker.
    const tw = new ExcelJS.Workbook();
    await tw.xlsx.readFile(tracker);
    const tasks = tw.getWorksheet('Nhiệm vụ')!;
    const t = columns(tasks, 'Mã');
    let second = 0;
    for (let r = t.row + 1; r <= tasks.rowCount; r++) if (String(tasks.getRow(r).getCell(t.col['Mã']).value) === ids[1]) second = r;
    tasks.getRow(second).getCell(t.col['Ghi chú']).value = 'Văn phòng đã nhắc';
    await tw.xlsx.writeFile(tracker);

    const preview = JSON.parse((await run('collect', tracker, officeFile, '--json')).stdout);
    expect(preview.applied).toBe(false);
    expect(preview.changes.map((c: { id: string }) => c.id)).toEqual([ids[0]]);
    expect(preview.changes[0].fields.join('\n')).toContain('Hoàn thành');
    expect(preview.conflicts.map((c: { id: string }) => c.id)).toEqual([ids[1]]);
    expect(preview.conflicts[0].message).toContain('Văn phòng đã nhắc');

    expect((await run('collect', tracker, officeFile, '--yes')).code).toBe(0);
    const after: ReportData = JSON.parse((await run('report', tracker, '--period', 'year', '--as-of', '2024-12-01', '--json')).stdout);
    const done = after.tasks.find((x) => x.id === ids[0])!;
    expect([done.state, done.doneDate, done.evidence]).toEqual(['doneOnTime', '2024-11-20', 'Báo cáo số 12/BC-TP']);
    expect(after.tasks.find((x) => x.id === ids[1])!.note).toBe('Văn phòng đã nhắc');
    const log = new ExcelJS.Workbook();
    await log.xlsx.readFile(tracker);
    const rows = log.getWorksheet('Nhật ký')!.getSheetValues().filter(Boolean) as unknown[][];
    const mine = rows.filter((r) => r[2] === OFFICE && r[3] === ids[0]);
    expect(mine.length).toBe(3);

    expect((await run('collect', tracker, officeFile, '--yes', '--accept-conflicts')).code).toBe(0);
    const last: ReportData = JSON.parse((await run('report', tracker, '--period', 'year', '--json')).stdout);
    expect(last.tasks.find((x) => x.id === ids[1])!.note).toBe('Đang chờ ý kiến Sở');
  });

  it('says which files are no phiếu', async () => {
    const r = JSON.parse((await run('collect', tracker, tracker, '--json')).stdout);
    expect(r.problems[0].message).toContain('Không phải phiếu cập nhật');
  });
});
