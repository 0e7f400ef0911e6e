/**
 * The install by copy (docs/cai-dat-google-sheets.md), for an official without clasp: the build
 * writes dist/sheets/copy/, one file per file of the Apps Script project, named as the editor
 * names them (.gs, .html, appsscript.json). Checked here:
 * - the guide's file table (read from the markdown) names exactly the files the build writes, so
 *   the two cannot drift, and every pushed file has its copy, unchanged;
 * - the .gs files pasted as the guide says — all in ONE global scope, in the guide's order, and
 *   in the reverse order (the editor may list them otherwise) — give a working project: the menu,
 *   the PAR_* custom functions and the server functions the sidebar calls, on the fake spreadsheet.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FUNCTION_IDS } from '../../src/core/functions/catalogue';
import { SERVER, type CreateResult } from '../../src/sheets/api';
import { MENU_ITEMS, SIDEBAR_FILE } from '../../src/sheets/menu';
import type { ImportPreview, TaskList } from '../../src/workbook/host';
import { columnIndex } from '../../src/workbook/trackerColumns';
import { LOG_COLUMNS } from '../../src/workbook/logSheet';
import { seedWithFormulaText } from './appendixGrids';
import { COPY, DIST, ensureBuilt, guideCopyFiles, guideScriptFiles, loadProject, scriptFiles } from './appsScriptProject';

jest.setTimeout(120_000);

beforeAll(() => ensureBuilt());

/** The pushed file each copy holds: the editor's .gs is clasp's .js. */
const pushedName = (copy: string): string => copy.replace(/\.gs$/, '.js');

describe('the copy-install files', () => {
  it('are exactly the files the guide lists, each once, with names the editor gives', () => {
    const listed = guideCopyFiles();
    expect(listed.length).toBeGreaterThan(0);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(readdirSync(COPY).sort());
    for (const f of listed) expect(f).toMatch(/^(appsscript\.json|[A-Za-z][\w-]*\.(gs|html))$/);
    // The server serves the sidebar by this name, and the manifest must be pasted too.
    expect(listed).toContain(`${SIDEBAR_FILE}.html`);
    expect(listed).toContain('appsscript.json');
  });

  it('hold every pushed file unchanged (the .js scripts as .gs)', () => {
    const whitelist = readFileSync(join(DIST, '.claspignore'), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('!'))
      .map((l) => l.slice(1));
    expect(guideCopyFiles().map(pushedName).sort()).toEqual([...whitelist].sort());
    for (const f of guideCopyFiles()) expect(readFileSync(join(COPY, f), 'utf8')).toBe(readFileSync(join(DIST, pushedName(f)), 'utf8'));
    expect(guideScriptFiles().map(pushedName).sort()).toEqual(scriptFiles());
  });

  it('put the bundle first among the scripts, as the guide says to paste it into the first file', () => {
    expect(guideScriptFiles()[0]).toBe('par-sheets.gs');
  });
});

const ORDERS: [string, string[]][] = [
  ['in the guide’s order', guideScriptFiles()],
  ['in the reverse order', [...guideScriptFiles()].reverse()],
];

describe.each(ORDERS)('the .gs files pasted into one project, %s', (_label, order) => {
  const SOURCE = 'Phụ lục';
  const load = () => loadProject({ layout: 'copy', order, source: { name: SOURCE, values: seedWithFormulaText() }, userEmail: 'canbo@noivu.example.gov.vn' });

  it('declare the menu, the custom functions and the server functions at the top level', () => {
    const p = load();
    const names = ['onOpen', 'onInstall', ...MENU_ITEMS.map((m) => m.fn), ...Object.values(SERVER), ...FUNCTION_IDS.map((id) => `PAR_${id}`)];
    for (const name of names) expect(typeof p.fn(name)).toBe('function');
  });

  it('build the PAR Tracker menu on open, and each item opens the sidebar from the pasted HTML file', () => {
    const p = load();
    p.fn('onOpen')({ authMode: 'LIMITED' });
    const menus = p.google.ui.menus;
    expect(menus).toHaveLength(1);
    expect(menus[0].items.map((i) => i.fn)).toEqual(MENU_ITEMS.map((m) => m.fn));
    p.fn('showImport')();
    expect(p.google.ui.sidebars).toHaveLength(1);
    expect(p.google.ui.sidebars[0].getContent()).toContain('data-par-tab="import"');
  });

  it('answer =PAR_DUE("Quý III năm 2024") with 30/09/2024', () => {
    const p = load();
    const out = p.fn('PAR_DUE')([['Quý III năm 2024']]) as Date[][];
    expect([out[0][0].getFullYear(), out[0][0].getMonth() + 1, out[0][0].getDate()]).toEqual([2024, 9, 30]);
  });

  it('import the plan, list and save a task through the server functions, Nhật ký naming the saver', () => {
    const p = load();
    const preview = p.run<ImportPreview>(SERVER.previewImport, {});
    expect(preview.counts.tasks).toBeGreaterThan(40);
    let r = p.run<CreateResult>(SERVER.createTracker, {}, null);
    while (r.next) r = p.run<CreateResult>(SERVER.createTracker, {}, r.next);
    const list = p.run<TaskList>(SERVER.listTasks);
    const task = list.tasks.find((t) => !t.group)!;
    p.run(SERVER.saveTask, { id: task.id, changes: { evidence: 'Số 20/KH-UBND' }, seen: task });
    const log = p.google.spreadsheet.sheets.find((s) => s.name === 'Nhật ký')!.values();
    expect(log[1][columnIndex(LOG_COLUMNS, 'user') - 1]).toBe('canbo@noivu.example.gov.vn');
  });
});
