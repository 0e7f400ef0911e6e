/**
 * Charts in the .xlsx files the CLI and the browser app write (exceljs writes none): the tracker's
 * Tổng hợp chart (index against target per area) and the roll-up's chart of units, added from the
 * model, carried over when the app writes the file again, and read by LibreOffice — which writes
 * back only the charts it could read, and draws them on the PDF page.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import JSZip from 'jszip';
import { textSourceSheet } from '../../src/core/appendix/importDocument';
import { readTrackerXlsx } from '../../src/files/readTrackerXlsx';
import { renderModel, workbookBytes, writeTrackerXlsx } from '../../src/files/writeTrackerXlsx';
import { addCharts, carryCharts } from '../../src/files/xlsxCharts';
import { trackerFromSource } from '../../src/workbook/ops';
import { rollupFrom } from '../../src/workbook/ops/rollup';
import type { WorkbookModel } from '../../src/workbook/model';
import { artifactPath } from '../helpers/browser';
import { FIXTURES, seedText } from '../helpers/fixtures';
import { run } from '../cli/runCli';
import { convert, mustExist, requirePdftoppm } from '../cli/xlsx/libreoffice';

const AS_OF = '2024-10-01';

function trackerModel(seed: '000-appendix' | '002-two-row-header'): WorkbookModel {
  const grid = textSourceSheet(seedText(seed), 'document').grid;
  return trackerFromSource({ sheetName: 'Kế hoạch', values: grid, firstRow: 1, firstColumn: 1 }, { criteria: 'template' }, null, { asOf: AS_OF }).model;
}

/** Each chart of the file: the sheet it is on and the ranges its series read. */
async function chartsIn(bytes: Uint8Array): Promise<Array<{ sheet: string; refs: string[] }>> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const wbRels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const out: Array<{ sheet: string; refs: string[] }> = [];
  for (const m of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(wbRels);
    const path = `xl/${(target?.[1] ?? target?.[2] ?? '').replace(/^\/?xl\//, '')}`;
    const rels = (await zip.file(path.replace(/([^/]+)$/, '_rels/$1.rels'))?.async('string')) ?? '';
    const drawing = /Target="\.\.\/drawings\/([^"]+)"/.exec(rels)?.[1];
    if (!drawing) continue;
    const drawingRels = (await zip.file(`xl/drawings/_rels/${drawing}.rels`)?.async('string')) ?? '';
    for (const c of drawingRels.matchAll(/Target="\.\.\/charts\/([^"]+)"/g)) {
      const chart = await zip.file(`xl/charts/${c[1]}`)!.async('string');
      out.push({ sheet: m[1].replace(/&amp;/g, '&'), refs: [...chart.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((f) => f[1].replace(/&apos;/g, "'")) });
    }
  }
  return out;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'par-charts-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('charts added to the files PAR Tracker writes', () => {
  test('the tracker with criteria gets its Tổng hợp chart: index and target per area, from that sheet', async () => {
    const model = trackerModel('000-appendix');
    const charts = await chartsIn(await writeTrackerXlsx(model));
    const dashboard = model.sheets.find((s) => (s.charts ?? []).length > 0)!;
    expect(charts).toEqual([
      { sheet: dashboard.name, refs: expect.arrayContaining([expect.stringMatching(new RegExp(`^'${dashboard.name}'!\\$A\\$\\d+:\\$A\\$\\d+$`))]) },
    ]);
    expect(charts[0].refs).toHaveLength(4);
  });

  test('a file written again by exceljs (the app saving a report) keeps the charts it had', async () => {
    const first = await writeTrackerXlsx(trackerModel('000-appendix'));
    const again = await readTrackerXlsx(first);
    renderModel(again.workbook, { sheets: [{ ...trackerModel('000-appendix').sheets[0], name: 'Báo cáo thử' }], definedNames: [] });
    const rewritten = await workbookBytes(again.workbook);
    expect(await chartsIn(rewritten)).toEqual([]);
    expect(await chartsIn(await carryCharts(first, rewritten))).toEqual(await chartsIn(first));
  });

  test('a model without charts leaves the bytes as they are', async () => {
    const bytes = await workbookBytes(
      (await readTrackerXlsx(await writeTrackerXlsx({ sheets: [trackerModel('002-two-row-header').sheets[0]], definedNames: [] }))).workbook,
    );
    expect(await addCharts(bytes, { sheets: [], definedNames: [] })).toBe(bytes);
  });

  test('the command line writes the chart with a new tracker and keeps it when it writes a report sheet into it', async () => {
    const out = join(dir, 'cli.xlsx');
    expect((await run('import', join(FIXTURES, 'seeds', '000-appendix.txt'), '-o', out, '--criteria', 'mau')).code).toBe(0);
    const made = await chartsIn(new Uint8Array(readFileSync(out)));
    expect(made).toHaveLength(1);
    expect((await run('report', out, '--period', 'year', '--as-of', AS_OF, '--sheet')).code).toBe(0);
    expect(await chartsIn(new Uint8Array(readFileSync(out)))).toEqual(made);
  });

  test('LibreOffice reads the roll-up chart and the tracker chart, keeps them on save and draws them', async () => {
    const units = await Promise.all(
      (['000-appendix', '002-two-row-header'] as const).map(async (seed, i) => ({
        file: `don-vi-${i + 1}.xlsx`,
        bytes: await writeTrackerXlsx(trackerModel(seed)),
      })),
    );
    const sources = await Promise.all(units.map(async (u) => ({ file: u.file, values: (await readTrackerXlsx(u.bytes)).values })));
    const rollup = rollupFrom(sources, { asOf: AS_OF, year: 2024 });
    const rollupBytes = await writeTrackerXlsx({ sheets: rollup.sheets, definedNames: [] });
    const files = [join(dir, 'tong-hop.xlsx'), join(dir, 'theo-doi.xlsx')];
    writeFileSync(files[0], rollupBytes);
    writeFileSync(files[1], units[0].bytes);
    const out = join(dir, 'lo');
    const saved = convert(files, 'xlsx:Calc MS Excel 2007 XML', out);
    for (const f of files) {
      const before = await chartsIn(new Uint8Array(readFileSync(f)));
      const after = await chartsIn(new Uint8Array(readFileSync(mustExist(join(out, f.split('/').pop()!), saved))));
      expect(before.length).toBe(1);
      expect(after.map((c) => c.sheet)).toEqual(before.map((c) => c.sheet));
      expect(after[0].refs.filter((r) => r.includes('$'))).toEqual(expect.arrayContaining(before[0].refs.filter((r) => !r.startsWith('"'))));
    }
    // The roll-up's first page as a person sees it (test-artifacts/tong-hop-bieu-do-page-1.png).
    const pdf = convert([files[0]], 'pdf', dir);
    const pdfPath = mustExist(join(dir, 'tong-hop.pdf'), pdf);
    const png = artifactPath('tong-hop-bieu-do-page');
    spawnSync(requirePdftoppm(), ['-png', '-r', '60', '-f', '1', '-l', '1', pdfPath, png]);
    expect(existsSync(`${png}-1.png`) || existsSync(`${png}-01.png`)).toBe(true);
  });
});
