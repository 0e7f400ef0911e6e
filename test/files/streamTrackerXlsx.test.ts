/**
 * The CLI streams a new tracker to disk (streamTrackerXlsx); the browser app, the office files and
 * re-import render it in memory (renderModel). Both must give the same workbook: here each seed's
 * tracker is written both ways and read back, and every cell, style, note, height, width, merge,
 * dropdown, conditional format, frozen pane, filter, print setup and name compared.
 */
import { writeTrackerXlsx } from '../../src/files/writeTrackerXlsx';
import { importText } from '../../src/core/appendix/importDocument';
import { buildTrackerModel } from '../../src/workbook/buildTracker';
import { buildSourceSheet } from '../../src/workbook/buildSourceSheet';
import { criteriaTemplate } from '../../src/core/scoring';
import type { CellArea, WorkbookModel } from '../../src/workbook/model';
import { seedText } from '../helpers/fixtures';
import { readTrackerValues } from '../../src/files/readTrackerXlsx';
import { officeFilesFrom } from '../../src/workbook/ops/officeFiles';
import { readBack, streamedBytes, type WorkbookReadBack } from './trackerReadBack';

/**
 * The merged cells a plan's table has in Word: the titles and section headings (text in the
 * first cell only) span the table, and in a two-row header a cell with nothing under it spans both rows.
 */
function tableMerges(grid: readonly (readonly unknown[])[]): CellArea[] {
  const blank = (c: unknown): boolean => c === '' || c === null || c === undefined;
  const width = grid.reduce((w, r) => Math.max(w, r.length), 0);
  const merges: CellArea[] = [];
  grid.forEach((row, r) => {
    if (!blank(row[0]) && row.slice(1).every(blank)) merges.push({ top: r + 1, left: 1, bottom: r + 1, right: width });
  });
  const h = grid.findIndex((r) => r[0] === 'STT');
  const next = grid[h + 1] ?? [];
  if (h >= 0 && blank(next[0]) && next.some((c) => !blank(c))) {
    grid[h].forEach((_, i) => blank(next[i]) && merges.push({ top: h + 1, left: i + 1, bottom: h + 2, right: i + 1 }));
  }
  return merges;
}

function trackerOf(seed: '000-appendix' | '002-two-row-header' | '003-markdown', withCriteria: boolean): WorkbookModel {
  const { plan, grid } = importText(seedText(seed), 'document');
  const model = buildTrackerModel(
    plan,
    { name: seed, grid },
    { asOf: '2024-10-01', ...(withCriteria ? { criteria: { criteria: criteriaTemplate().criteria, template: true } } : {}) },
  );
  // The copy of the source table with its merged cells, as the office files and plan files carry it.
  const sheets = model.sheets.map((s) =>
    s.name.startsWith('Nguồn') ? { ...buildSourceSheet({ name: seed, grid, merges: tableMerges(grid) }), name: s.name } : s,
  );
  return { ...model, sheets };
}

/** The first office's phiếu cập nhật of seed 000's tracker: a protected sheet with the cells to fill unlocked. */
async function officeFileOf(seed: '000-appendix'): Promise<WorkbookModel> {
  const values = await readTrackerValues(await writeTrackerXlsx(trackerOf(seed, false)));
  return officeFilesFrom(values!, { made: '2024-10-01' })[0].model;
}

/** CT_Worksheet's elements in the order the schema (ECMA-376 §18.3.1.99) requires, those exceljs writes. */
const SCHEMA_ORDER = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetProtection',
  'autoFilter',
  'mergeCells',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'drawing',
  'legacyDrawing',
];

const cases = [
  ['the tracker of 000-appendix', async () => trackerOf('000-appendix', true)],
  ['the tracker of 002-two-row-header', async () => trackerOf('002-two-row-header', false)],
  ['the tracker of 003-markdown', async () => trackerOf('003-markdown', false)],
  ['a phiếu cập nhật of 000-appendix (protected)', async () => officeFileOf('000-appendix')],
] as const;

describe.each(cases)('%s streamed to a file', (name, modelOf) => {
  let model: WorkbookModel;
  let inMemory: WorkbookReadBack;
  let streamed: WorkbookReadBack;

  beforeAll(async () => {
    model = await modelOf();
    inMemory = await readBack(await writeTrackerXlsx(model));
    streamed = await readBack(await streamedBytes(model));
  });

  it('has the same sheets, in the same order and visibility', () => {
    expect(streamed.sheets.map((s) => [s.name, s.state])).toEqual(inMemory.sheets.map((s) => [s.name, s.state]));
    expect(streamed.sheets.length).toBe(model.sheets.length);
  });

  it('has the same cells: values, formulas, formats, styles and notes', () => {
    streamed.sheets.forEach((s, i) => {
      expect({ sheet: s.name, cells: s.cells }).toEqual({ sheet: inMemory.sheets[i].name, cells: inMemory.sheets[i].cells });
    });
    const tasks = streamed.sheets[0];
    if (name.startsWith('the tracker'))
      expect(
        Object.values(tasks.cells).some((c) => typeof (c as { value: unknown }).value === 'object' && (c as { value: { formula?: string } }).value?.formula),
      ).toBe(true);
  });

  it('has the same row heights and column widths and formats', () => {
    streamed.sheets.forEach((s, i) => {
      expect({ sheet: s.name, heights: s.rowHeights, columns: s.columns }).toEqual({
        sheet: inMemory.sheets[i].name,
        heights: inMemory.sheets[i].rowHeights,
        columns: inMemory.sheets[i].columns,
      });
    });
  });

  it('has the same dropdowns and conditional formats', () => {
    streamed.sheets.forEach((s, i) => {
      expect({ sheet: s.name, validations: s.validations, conditionalFormats: s.conditionalFormats }).toEqual({
        sheet: inMemory.sheets[i].name,
        validations: inMemory.sheets[i].validations,
        conditionalFormats: inMemory.sheets[i].conditionalFormats,
      });
    });
    expect(streamed.sheets.some((s) => Object.keys(s.validations).length > 0)).toBe(true);
    if (!name.includes('phiếu')) expect(streamed.sheets[0].conditionalFormats.length).toBeGreaterThan(0);
  });

  it('protects the same sheets, with the same cells left editable, in the order the schema allows', () => {
    streamed.sheets.forEach((s, i) => {
      expect({ sheet: s.name, protection: s.protection }).toEqual({ sheet: inMemory.sheets[i].name, protection: inMemory.sheets[i].protection });
      const order = s.elements.map((e) => SCHEMA_ORDER.indexOf(e));
      expect({ sheet: s.name, unknown: s.elements.filter((e) => !SCHEMA_ORDER.includes(e)) }).toEqual({ sheet: s.name, unknown: [] });
      expect({ sheet: s.name, elements: s.elements }).toEqual({
        sheet: s.name,
        elements: [...s.elements].sort((a, b) => SCHEMA_ORDER.indexOf(a) - SCHEMA_ORDER.indexOf(b)),
      });
      expect(order.length).toBeGreaterThan(3);
    });
    if (name.includes('protected')) expect(streamed.sheets.some((s) => s.protection !== null)).toBe(true);
  });

  it('has the same merged cells, frozen rows, filters and print setup', () => {
    streamed.sheets.forEach((s, i) => {
      const { name, merges, views, autoFilter, page } = inMemory.sheets[i];
      expect({ name: s.name, merges: s.merges, views: s.views, autoFilter: s.autoFilter, page: s.page }).toEqual({ name, merges, views, autoFilter, page });
    });
    if (name.startsWith('the tracker')) expect(streamed.sheets.at(-1)!.merges.length).toBeGreaterThan(0);
  });

  it('has the same charts, drawn on the same sheets', () => {
    expect(streamed.charts).toEqual(inMemory.charts);
    streamed.sheets.forEach((s, i) => {
      expect({ sheet: s.name, drawing: s.elements.includes('drawing') }).toEqual({
        sheet: inMemory.sheets[i].name,
        drawing: inMemory.sheets[i].elements.includes('drawing'),
      });
    });
    if (name.includes('000-appendix') && name.startsWith('the tracker')) expect(streamed.charts.length).toBeGreaterThan(0);
  });

  it('has the same defined names and asks every host to compute formulas on open', () => {
    expect(streamed.names).toEqual(inMemory.names);
    if (name.startsWith('the tracker')) expect(streamed.names.length).toBeGreaterThan(0);
    expect(streamed.fullCalcOnLoad).toBe(true);
    expect(inMemory.fullCalcOnLoad).toBe(true);
  });
});
