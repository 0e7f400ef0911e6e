/**
 * `par-tracker import plan.docx` as an official runs it on the plan Word file: the tracker is
 * written from the Word table; an old .doc or a .pdf gets a message saying how to save it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { importText } from '../../src/core/appendix/importDocument';
import { docxOfSeed } from '../helpers/docxPlan';
import { seedText } from '../helpers/fixtures';
import { run } from './runCli';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'par-docx-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('par-tracker import <plan.docx>', () => {
  it('writes the tracker from the Word table, its tasks those of the seed text', async () => {
    const text = seedText('000-appendix');
    const want = importText(text, 'document').plan;
    const path = join(dir, 'ke-hoach.docx');
    writeFileSync(path, await docxOfSeed(text, { mergeDown: [want.columns.dueText!, want.columns.lead!], splitAt: 0.4 }));
    const out = join(dir, 'tracker.xlsx');
    const r = await run('import', path, '-o', out, '--json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout).tasks as { id: string }[]).map((t) => t.id)).toEqual(want.tasks.map((t) => t.id));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ids: string[] = [];
    wb.getWorksheet('Nhiệm vụ')!.eachRow((row, n) => void (n > 4 && typeof row.getCell(1).value === 'string' && ids.push(row.getCell(1).value as string)));
    expect(ids).toEqual(want.tasks.map((t) => t.id));
    expect(wb.worksheets.map((w) => w.name)).toContain('Nguồn - ke-hoach');
  });

  it.each(['.doc', '.pdf'])('a %s file gets a message saying to save it as .docx', async (ext) => {
    const path = join(dir, `ke-hoach${ext}`);
    writeFileSync(path, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const r = await run('import', path, '-o', join(dir, `x${ext}.xlsx`));
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      `Lỗi: chưa đọc được tệp ${ext} (${path}); mở bằng Word và chọn Lưu thành (Save As) › Tài liệu Word (.docx), hoặc chép bảng phụ lục sang Excel (.xlsx), rồi nhập tệp đó / Error: ${ext} files cannot be read (${path}); open it in Word and save it as a Word document (.docx), or copy the appendix table to Excel (.xlsx), and import that`,
    );
  });

  it('a file named .docx that is not one says so', async () => {
    const path = join(dir, 'broken.docx');
    writeFileSync(path, 'not a zip');
    const r = await run('import', path);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/không phải tệp Word \.docx hợp lệ/);
  });
});
