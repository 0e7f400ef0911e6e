/**
 * docs/bang-theo-doi-mau.xlsx — the ready tracker the README offers officials — is the workbook the
 * command line builds from the sample plan today: the same sheets in the same order, every
 * sheet's header rows as the model writes them, and the plan's tasks. When the tracker's layout
 * changes, `npm run sample:template` writes it again.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { importText } from '../../src/core/appendix/importDocument';
import { buildTrackerModel } from '../../src/workbook/buildTracker';
import { TASK_LAYOUT } from '../../src/workbook/buildTaskSheet';
import { readCriteria } from '../../src/cli/criteria';
import { withSuggestedLinks } from '../../src/workbook/scoring/linkCriteria';
import { hostCellOf } from '../../src/files/readTrackerXlsx';
import { seedText } from '../helpers/fixtures';

const TEMPLATE = join(__dirname, '..', '..', 'docs', 'bang-theo-doi-mau.xlsx');

describe('the ready tracker in docs/', () => {
  it('is the tracker the CLI builds from the sample plan today (npm run sample:template)', async () => {
    const plan = importText(seedText('000-appendix'), 'document').plan;
    const read = await readCriteria('mau');
    const model = buildTrackerModel(
      plan,
      { name: '000-appendix', grid: [] },
      { asOf: '2024-10-01', criteria: { criteria: withSuggestedLinks(read.criteria, plan).criteria, template: true } },
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(TEMPLATE);
    expect(wb.worksheets.map((w) => w.name)).toEqual(model.sheets.map((s) => s.name));
    const text = (v: unknown): string => String(hostCellOf(v as ExcelJS.CellValue) ?? '');
    for (const sheet of model.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      const header = sheet.rows.findIndex((r) => r.role === 'header');
      if (header < 0) continue;
      const want = sheet.rows[header].cells.map((c) => (c.value.type === 'text' ? c.value.text : ''));
      const got = want.map((_, i) => text(ws.getCell(header + 1, i + 1).value));
      expect([sheet.name, got]).toEqual([sheet.name, want]);
    }
    const tasks = wb.getWorksheet('Nhiệm vụ')!;
    const ids: string[] = [];
    for (let r = TASK_LAYOUT.headerRow + 1; r <= tasks.rowCount; r++) ids.push(text(tasks.getCell(r, 1).value));
    for (const t of plan.tasks) expect(ids).toContain(t.id);
  });
});
