/**
 * A document imported by a host goes through a sheet: the appendix written as the source sheet,
 * then read back as any sheet is. Reading that sheet gives the plan that reading the document
 * gives — the tasks, the year, the title and the component-index targets — for the seeds as text
 * and as Word tables (merged cells, a table split across pages), and the two area-target layouts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { docxSourceSheet, importDocx, importText, textSourceSheet } from '../../../src/core/appendix/importDocument';
import { importAppendix } from '../../../src/core/appendix/importAppendix';
import type { Plan } from '../../../src/core/plan/schema';
import { docxOfSeed } from '../../helpers/docxPlan';
import { FIXTURES, seedText } from '../../helpers/fixtures';
import { projectTasks, TABLE_SEEDS } from '../../helpers/variants';

const sameReading = (got: Plan, want: Plan): void => {
  expect([got.year, got.title]).toEqual([want.year, want.title]);
  expect(projectTasks(got)).toEqual(projectTasks(want));
  expect(got.areaTargets ?? []).toEqual(want.areaTargets ?? []);
};

describe('the source sheet of a document', () => {
  it.each(TABLE_SEEDS)('%s as text: the sheet reads as the document does', (name) => {
    const text = seedText(name);
    const sheet = textSourceSheet(text, 'document');
    expect(sheet.tableCount).toBeGreaterThan(0);
    sameReading(importAppendix(sheet.grid, { merges: sheet.merges }), importText(text, 'document').plan);
  });

  it.each(TABLE_SEEDS)('%s as a Word table with merged and split cells: the sheet reads as the document does', async (name) => {
    const text = seedText(name);
    const want = importText(text, 'document').plan;
    const columns = [want.columns.dueText, want.columns.lead].filter((c): c is number => c !== undefined);
    const bytes = await docxOfSeed(text, { mergeDown: columns, splitAt: 0.5 });
    const sheet = await docxSourceSheet(bytes);
    expect(sheet.merges.some((m) => m.bottom > m.top)).toBe(true);
    sameReading(importAppendix(sheet.grid, { merges: sheet.merges }), (await importDocx(bytes)).plan);
    // Every row of the sheet has the same width (a sheet is a rectangle).
    expect(new Set(sheet.grid.map((r) => r.length)).size).toBe(1);
  });

  it.each(['markdown.txt', 'tsv-two-row.txt'])('keeps the component-index targets of %s', (file) => {
    const text = readFileSync(join(FIXTURES, 'area-targets', file), 'utf8');
    const want = importText(text, 'document').plan;
    expect((want.areaTargets ?? []).length).toBeGreaterThan(0);
    const sheet = textSourceSheet(text, 'document');
    sameReading(importAppendix(sheet.grid, { merges: sheet.merges }), want);
  });

  it('leads with the preamble line that names the year when the title rows above the table do not', () => {
    const text = [
      'KẾ HOẠCH',
      'Cải cách hành chính năm 2025 của UBND huyện',
      '',
      ...Array.from({ length: 8 }, (_, i) => `Đoạn văn thứ ${i + 1} của kế hoạch.`),
      '',
      seedText('000-appendix')
        .split('\n')
        .filter((l) => l.includes('\t'))
        .join('\n'),
    ].join('\n');
    const sheet = textSourceSheet(text, 'document');
    expect(sheet.grid[0][0]).toBe('Cải cách hành chính năm 2025 của UBND huyện');
    expect(importAppendix(sheet.grid).year).toBe(2025);
    expect(importText(text, 'document').plan.year).toBe(2025);
  });

  it('gives a plan written as prose as its paragraphs, one per row, which read as the document', () => {
    const sheet = textSourceSheet(seedText('001-no-table'), 'document');
    expect(sheet.grid.every((row) => row.length === 1)).toBe(true);
    expect(importAppendix(sheet.grid).tasks).toEqual(importText(seedText('001-no-table'), 'document').plan.tasks);
  });

  it('gives an empty sheet for a document with neither a table nor a plan in prose', () => {
    const sheet = textSourceSheet('CÔNG VĂN\n\nVề việc báo cáo kết quả tháng 10', 'document');
    expect(sheet.grid).toEqual([]);
  });
});
