/**
 * The built Google Sheets project (dist/sheets/*.js) in one fresh vm context, as Apps Script runs
 * it, on the in-memory fake of SpreadsheetApp: entry points, the menu, an import of seed 000, the
 * update and dashboard calls, and the number of service calls for 10 and 10,000 tasks.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { artifactPath } from '../helpers/browser';
import { FIXTURES, seedSheetValues, seedText } from '../helpers/fixtures';
import { docxOfSeed } from '../helpers/docxPlan';
import { readPlanFile } from '../../src/files/planFile';
import { importText } from '../../src/core/appendix/importDocument';
import { SERVER, type CreateResult } from '../../src/sheets/api';
import { decodeServerError, ERROR_MARKER } from '../../src/sheets/errors';
import { MENU_ITEMS } from '../../src/sheets/menu';
import type { DashboardView, ImportPreview, RemindDone, ReportDone, SaveDone, TaskList, TaskView } from '../../src/workbook/host';
import { TASK_STATES } from '../../src/workbook/dueStatus';
import { columnLetter, type RowModel, type SheetModel, type WorkbookModel } from '../../src/workbook/model';
import { trackerFromSource } from '../../src/workbook/ops';
import { columnIndex, TASK_COLUMNS, INDICATOR_COLUMNS } from '../../src/workbook/trackerColumns';
import { LOG_COLUMNS } from '../../src/workbook/logSheet';
import { appendixOf, HYPERLINK, seedWithFormulaText } from './appendixGrids';
import { DIST, ensureBuilt, loadProject, scriptFiles, wireCopy, type AppsScriptProject } from './appsScriptProject';
import { EXECUTION_LIMIT_MS, formatDateIn, USERINFO_EMAIL, type FakeSheet } from './fakeSpreadsheetApp';
import { STYLE_TIME_BUDGET_MS } from '../../src/sheets/server';

/** The calls that draw a block's look (fonts, fills, alignment, wrap, grid lines). */
const STYLE_CALL = /^Range\.(setFont|setBackground|setHorizontalAlignment|setVerticalAlignment|setWrap|setBorder)/;
/** The calls each styled block makes: its look, finding its sheets and ranges, the lock taken and flushed. */
const PER_BLOCK = new RegExp(`${STYLE_CALL.source}|^Sheet\\.getRange$|^Spreadsheet\\.getSheetByName$|^SpreadsheetApp\\.flush$|Lock`);

jest.setTimeout(300_000);

beforeAll(() => ensureBuilt());

const SOURCE = 'Phụ lục';
const AS_OF = '2025-01-15';

/** Entry points Apps Script must see, with the parameters they declare. */
const ENTRY_POINTS: Record<string, string> = {
  onOpen: 'e',
  onInstall: 'e',
  showImport: '',
  showUpdate: '',
  showDashboard: '',
  showReport: '',
  [SERVER.previewImport]: 'request',
  [SERVER.createTracker]: 'request, step',
  [SERVER.listTasks]: '',
  [SERVER.saveTask]: 'request',
  [SERVER.dashboard]: '',
  [SERVER.addSourceSheet]: 'request',
  [SERVER.goTo]: 'target',
  [SERVER.activeRow]: '',
};

function project(values: string[][] = seedWithFormulaText(), options: Parameters<typeof loadProject>[0] = {}): AppsScriptProject {
  return loadProject({ ...options, source: { name: SOURCE, values } });
}

/** Runs every step of an import as the sidebar does; returns each call's result. */
function createAll(p: AppsScriptProject, onCall?: (i: number) => void, request: Record<string, unknown> = {}): CreateResult[] {
  const results: CreateResult[] = [];
  let r = p.run<CreateResult>(SERVER.createTracker, request, null);
  results.push(r);
  onCall?.(0);
  while (r.next) {
    r = p.run<CreateResult>(SERVER.createTracker, request, r.next);
    results.push(r);
    onCall?.(results.length - 1);
  }
  return results;
}

const sheet = (p: AppsScriptProject, name: string): FakeSheet => {
  const s = p.google.spreadsheet.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};

/** Types the as-of date into Nhiệm vụ!C2, as an official would, so flags do not depend on today. */
function setAsOf(p: AppsScriptProject, iso: string): void {
  const [y, m, d] = iso.split('-').map(Number);
  const cell = sheet(p, 'Nhiệm vụ').mutable(2, 3);
  cell.formula = '';
  cell.value = { date: new Date(y, m - 1, d).getTime() };
}

/** Every cell's value, formula and format, for before/after comparisons. */
function cellsOf(s: FakeSheet): Map<string, string> {
  const out = new Map<string, string>();
  for (let r = 1; r <= s.lastRow(); r++) {
    for (let c = 1; c <= Math.max(1, s.lastColumn()); c++) {
      const cell = s.cell(r, c);
      out.set(`${r}:${c}`, JSON.stringify([cell.value, cell.formula, cell.format]));
    }
  }
  return out;
}

function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => (before.get(k) ?? JSON.stringify(['', '', 'General'])) !== (after.get(k) ?? JSON.stringify(['', '', 'General']))).sort();
}

const errorOf = (f: () => unknown): Error => {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a failure');
};

describe('the built project in one Apps Script global scope', () => {
  it('declares every entry point as a top-level function with its parameters', () => {
    const p = project();
    expect(scriptFiles()).toEqual(expect.arrayContaining(['menu.js', 'par-sheets.js']));
    for (const [name, params] of Object.entries(ENTRY_POINTS)) {
      const source = Function.prototype.toString.call(p.fn(name));
      expect(source.replace(/\s+/g, ' ')).toMatch(new RegExp(`^function ${name}\\(${params.replace(/\s+/g, '\\s*')}\\)`));
    }
    // Every server function the sidebar calls is declared: the names come from one table.
    for (const name of Object.values(SERVER)) expect(typeof p.fn(name)).toBe('function');
    // The bundle is one global; its inner functions stay inside it.
    expect(typeof (p.context as Record<string, unknown>).ParSheets).toBe('object');
    for (const inner of ['previewImport', 'createTracker', 'serve', 'writeContent', 'trackerFromSource']) {
      expect(vm.runInContext(`typeof ${inner}`, p.context)).toBe('undefined');
    }
  });

  it('onOpen adds the add-on menu with the four items, each opening the sidebar on its tab', () => {
    const p = project();
    p.fn('onOpen')({ authMode: 'NONE' });
    const menus = p.google.ui.menus;
    expect(menus).toHaveLength(1);
    expect(menus[0].kind).toBe('addon');
    expect(menus[0].items).toEqual([
      { label: 'Nhập kế hoạch', fn: 'showImport' },
      { label: 'Cập nhật tiến độ', fn: 'showUpdate' },
      { label: 'Tổng hợp', fn: 'showDashboard' },
      { label: 'Báo cáo', fn: 'showReport' },
    ]);
    expect(MENU_ITEMS.map((m) => m.fn)).toEqual(menus[0].items.map((i) => i.fn));
    // onOpen in AuthMode.NONE may only build the menu: no spreadsheet access.
    expect(p.google.counters.count('SpreadsheetApp.getActiveSpreadsheet')).toBe(0);

    for (const item of menus[0].items) p.fn(item.fn)();
    const sidebars = p.google.ui.sidebars;
    expect(sidebars.map((s) => /data-par-tab="(\w+)"/.exec(s.getContent())?.[1])).toEqual(['import', 'update', 'dashboard', 'report']);
    for (const s of sidebars) {
      expect(s.getTitle()).toBe('PAR Tracker');
      expect(s.sandbox).toBe('IFRAME');
      // One self-contained page: the script is inlined, nothing is fetched.
      expect(s.getContent()).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet/);
    }
    p.fn('onInstall')({ authMode: 'FULL' });
    expect(p.google.ui.menus).toHaveLength(2);
  });

  it('asks for no scope beyond the three named, in V8 and Vietnam time', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Ho_Chi_Minh');
    // This spreadsheet only, the sidebar and menu, and the saver's e-mail for Nhật ký.
    expect(manifest.oauthScopes).toEqual(['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.container.ui', USERINFO_EMAIL]);
    // The whitelist names exactly the files the build writes at the top (copy/ is never pushed).
    const whitelist = readFileSync(join(DIST, '.claspignore'), 'utf8').split('\n').filter(Boolean);
    expect(whitelist[0]).toBe('**/**');
    const files = readdirSync(DIST, { withFileTypes: true }).filter((f) => f.isFile() && !f.name.startsWith('.'));
    expect(whitelist.slice(1).map((l) => l.replace(/^!/, '')).sort()).toEqual(files.map((f) => f.name).sort());
  });
});

describe('the bundle at load time', () => {
  it('calls no Google service at its top level', () => {
    const touched: string[] = [];
    const context = vm.createContext({ console });
    for (const name of ['SpreadsheetApp', 'HtmlService', 'LockService', 'Session', 'Utilities', 'Logger', 'Charts', 'PropertiesService', 'CacheService', 'ScriptApp', 'DriveApp', 'UrlFetchApp', 'google']) {
      Object.defineProperty(context, name, {
        get() {
          touched.push(name);
          throw new Error(`${name} touched at load time`);
        },
      });
    }
    vm.runInContext(readFileSync(join(DIST, 'par-sheets.js'), 'utf8'), context, { filename: 'par-sheets.js' });
    expect(touched).toEqual([]);
    // The entry files only declare functions: loading all of them touches nothing either.
    for (const file of scriptFiles().filter((f) => f !== 'par-sheets.js')) vm.runInContext(readFileSync(join(DIST, file), 'utf8'), context, { filename: file });
    expect(touched).toEqual([]);
    const bundle = vm.runInContext('ParSheets', context) as { server: Record<string, unknown> };
    expect(Object.keys(bundle.server)).toEqual(expect.arrayContaining(['previewImport', 'createTracker', 'listTasks', 'saveTask', 'dashboard', 'goTo', 'activeRow', 'onOpen', 'onInstall', 'showSidebar']));
    expect(touched).toEqual([]);
  });
});

describe('import of seed 000 from the active sheet', () => {
  const original = seedWithFormulaText();
  let p: AppsScriptProject;
  let preview: ImportPreview;
  let results: CreateResult[];
  /** What the pure operation builds from the same cells: the tracker the adapter must render. */
  let model: WorkbookModel;

  beforeAll(() => {
    p = project(original);
    const source = { sheetName: SOURCE, values: sheet(p, SOURCE).values(), firstRow: 1, firstColumn: 1, merges: [] };
    model = trackerFromSource(source, {}, null).model;
    preview = p.run<ImportPreview>(SERVER.previewImport, {});
    results = createAll(p);
  });

  const taskSheet = (): SheetModel => model.sheets.find((s) => s.name === 'Nhiệm vụ')!;
  const rowOf = (pick: (r: RowModel) => boolean): number => taskSheet().rows.findIndex(pick) + 1;
  const text = (r: RowModel, c: number): string => (r.cells[c]?.value.type === 'text' ? (r.cells[c].value as { text: string }).text : '');

  it('previews the plan without writing anything', () => {
    expect(preview.sheetName).toBe(SOURCE);
    expect(preview.year).toBe(2024);
    expect(preview.counts.tasks).toBeGreaterThan(40);
    expect(preview.trackerExists).toBe(false);
    expect(preview.address).toBe(`A1:F${original.length}`);
  });

  it('creates the tracker sheets in one call, leaving the source sheet untouched', () => {
    expect(results).toHaveLength(1);
    expect(results[0].next).toBeNull();
    expect(results[0].done.tasks).toBe(preview.counts.tasks);
    expect(p.google.spreadsheet.sheets.map((s) => s.name)).toEqual(['Trang tính1', SOURCE, ...model.sheets.map((s) => s.name)]);
    expect(model.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Nhiệm vụ', 'Chỉ tiêu', 'Nhật ký', `Nguồn - ${SOURCE}`]));
    const source = sheet(p, SOURCE);
    expect(source.mutations).toBe(0);
    expect(source.values()).toEqual(original);
    expect(p.google.spreadsheet.active.name).toBe('Nhiệm vụ');
    expect(p.google.counters.unlockedWrites).toEqual([]);
    expect(p.google.lock.held).toBe(false);
  });

  it('renders every cell of the model: value or formula, number format, look and note', () => {
    const problems: string[] = [];
    const colour = (c: string | undefined): string | null => (c ? `#${c}` : null);
    for (const sm of model.sheets) {
      const s = sheet(p, sm.name);
      sm.rows.forEach((row, r) => {
        row.cells.forEach((cell, c) => {
          const got = s.cell(r + 1, c + 1);
          const at = `${sm.name}!${columnLetter(c + 1)}${r + 1}`;
          const v = cell.value;
          const value = got.value as unknown;
          const ok =
            v.type === 'formula' ? got.formula === v.formula
            : v.type === 'text' ? value === v.text && got.formula === ''
            : v.type === 'number' ? value === v.number
            : v.type === 'date' ? typeof value === 'object' && formatDateIn((value as { date: number }).date, p.google.timeZone, 'yyyy-MM-dd') === v.date
            : value === '' && got.formula === '';
          if (!ok) problems.push(`${at}: ${JSON.stringify(v)} written as ${JSON.stringify([value, got.formula])}`);
          const own = cell.style?.numFmt ?? sm.columns[c]?.numFmt;
          const format = v.type === 'text' ? '@' : v.type === 'empty' ? (own ?? 'General') : own && own !== '@' ? own : v.type === 'date' ? 'dd/mm/yyyy' : 'General';
          if (got.format !== format) problems.push(`${at}: format ${got.format}, expected ${format}`);
          const st = cell.style ?? {};
          const look = [!!st.bold, !!st.italic, colour(st.fontColor), colour(st.fill), st.hAlign ?? null, st.vAlign ?? null, !!st.wrap, !!st.border, cell.note ?? ''];
          const shown = [!!got.style.bold, !!got.style.italic, got.style.fontColor ?? null, got.style.background ?? null, got.style.hAlign ?? null, got.style.vAlign ?? null, !!got.style.wrap, !!got.style.border, got.note];
          if (JSON.stringify(look) !== JSON.stringify(shown)) problems.push(`${at}: look ${JSON.stringify(shown)}, expected ${JSON.stringify(look)}`);
        });
      });
      if (s.frozenRows !== sm.frozenRows) problems.push(`${sm.name}: frozen ${s.frozenRows}`);
      if ((s.filter?.range ?? undefined) !== sm.autoFilter) problems.push(`${sm.name}: filter ${s.filter?.range}`);
      sm.columns.forEach((col, c) => {
        if (s.widths.get(c + 1) !== Math.max(20, Math.round(col.width * 7 + 5))) problems.push(`${sm.name}: width of column ${c + 1}`);
      });
      const rules = sm.conditionalFormats.flatMap((cf) => cf.rules.map((rule) => [rule.formula, `#${rule.fill}`, rule.fontColor ? `#${rule.fontColor}` : null, cf.range]));
      expect([sm.name, s.conditionalRules.map((r) => [r.formula, r.background, r.fontColor, r.ranges[0]])]).toEqual([sm.name, rules]);
      expect([sm.name, s.charts.length]).toEqual([sm.name, sm.charts?.length ?? 0]);
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('writes the tracker header and the Nhật ký header', () => {
    const tasks = sheet(p, 'Nhiệm vụ');
    expect(TASK_COLUMNS.map((_, c) => tasks.cell(4, c + 1).value)).toEqual(TASK_COLUMNS.map((c) => c.vi));
    expect(tasks.frozenRows).toBe(4);
    expect(tasks.at('I4').note).toMatch(/Chọn trong danh sách/);
    const indicators = sheet(p, 'Chỉ tiêu');
    expect(INDICATOR_COLUMNS.map((_, c) => indicators.cell(1, c + 1).value)).toEqual(INDICATOR_COLUMNS.map((c) => c.vi));
    expect(sheet(p, 'Nhật ký').values()).toEqual([LOG_COLUMNS.map((c) => c.vi)]);
  });

  it('stores "- Ban hành…", "=HYPERLINK(…)" and ids like "2.1" as text, never as formulas or numbers', () => {
    const tasks = sheet(p, 'Nhiệm vụ');
    const output = columnIndex(TASK_COLUMNS, 'output');
    const dash = rowOf((r) => text(r, output - 1).startsWith('- Ban hành'));
    expect(dash).toBeGreaterThan(4);
    expect(tasks.cell(dash, output)).toMatchObject({ formula: '', format: '@' });
    const link = rowOf((r) => text(r, output - 1) === HYPERLINK);
    expect(link).toBeGreaterThan(4);
    expect(tasks.cell(link, output)).toMatchObject({ formula: '', format: '@', value: HYPERLINK });
    const id = tasks.cell(link, 1).value;
    expect(typeof id).toBe('string');
    expect(id).toMatch(/2\.1$/);
    // The source copy keeps the cell as it was, as text too.
    const copy = sheet(p, `Nguồn - ${SOURCE}`);
    const copied = copy.values().findIndex((r) => r[5] === HYPERLINK);
    expect(copy.cell(copied + 1, 6)).toMatchObject({ formula: '', format: '@' });
    // No cell of any sheet turned into a formula parse error.
    for (const s of p.google.spreadsheet.sheets) expect(s.values().flat()).not.toContain('#ERROR!');
  });

  it('writes deadlines as real dates, and the flag and as-of cells as formulas', () => {
    const tasks = sheet(p, 'Nhiệm vụ');
    const due = columnIndex(TASK_COLUMNS, 'due');
    const first = rowOf((r) => r.role === 'task' && text(r, columnIndex(TASK_COLUMNS, 'dueText') - 1) === 'Trong năm 2024');
    const value = tasks.read(first, due) as Date;
    expect(Object.prototype.toString.call(value)).toBe('[object Date]');
    expect(formatDateIn(value.getTime(), p.google.timeZone, 'yyyy-MM-dd')).toBe('2024-12-31');
    expect(tasks.cell(first, due).format).toBe('dd/mm/yyyy');
    expect(tasks.at('C2').formula).toBe('=TODAY()');
    const flag = columnIndex(TASK_COLUMNS, 'flag');
    expect(tasks.cell(first, flag).formula).toMatch(/^=IF\(OR\(\$I\d+="Hoàn thành"/);
    expect(tasks.cell(rowOf((r) => r.role === 'group'), flag).formula).toBe('');
    expect([...p.google.spreadsheet.named].map(([n, v]) => [n, v.sheet.name, v.a1])).toEqual(model.definedNames.map((n) => [n.name, n.sheet, n.ref.replace(/\$/g, '')]));
  });

  it('adds the state dropdown on task rows only', () => {
    const tasks = sheet(p, 'Nhiệm vụ');
    const state = columnIndex(TASK_COLUMNS, 'state');
    const task = rowOf((r) => r.role === 'task');
    const group = rowOf((r) => r.role === 'group');
    expect(tasks.cell(task, state).validation?.values).toEqual(TASK_STATES.map((s) => s.vi));
    expect(tasks.cell(task, state).validation?.allowInvalid).toBe(false);
    expect(tasks.cell(group, state).validation).toBeNull();
    const validated = new Set(taskSheet().validations.flatMap((v) => {
      const [, a, b] = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(v.range)!;
      return Array.from({ length: +b - +a + 1 }, (_, i) => +a + i);
    }));
    for (let r = 1; r <= taskSheet().rows.length; r++) expect([r, tasks.cell(r, state).validation !== null]).toEqual([r, validated.has(r)]);
    expect(tasks.conditionalRules.find((r) => r.formula.includes('Quá hạn'))?.background).toBe('#FFC7CE');
  });

  it('shows group rows bold, section rows filled, the header coloured', () => {
    const tasks = sheet(p, 'Nhiệm vụ');
    const title = columnIndex(TASK_COLUMNS, 'title');
    expect(tasks.cell(rowOf((r) => r.role === 'group'), title).style.bold).toBe(true);
    expect(tasks.cell(rowOf((r) => r.role === 'task'), title).style).toMatchObject({ bold: false, wrap: true });
    expect(tasks.cell(rowOf((r) => r.role === 'section'), title).style).toMatchObject({ bold: true, background: '#F2F2F2' });
    expect(tasks.at('A4').style).toMatchObject({ bold: true, background: '#DDEBF7', hAlign: 'center', border: true });
    expect(tasks.at('A2').style.border).toBeFalsy();
  });
});

describe('update and dashboard on the imported tracker', () => {
  let p: AppsScriptProject;

  beforeEach(() => {
    p = project();
    createAll(p);
    setAsOf(p, AS_OF);
  });

  const firstTask = (list: TaskList, withIndicators = false): TaskView => list.tasks.find((t) => !t.group && t.state === 'Chưa thực hiện' && (!withIndicators || t.indicators.length > 0))!;

  it('lists the tasks with flags at the sheet as-of date, as plain data', () => {
    const list = p.run<TaskList>(SERVER.listTasks);
    expect(list).not.toBeNull();
    expect(list.asOf).toBe(AS_OF);
    const tasks = list.tasks.filter((t) => !t.group);
    expect(tasks.length).toBeGreaterThan(40);
    expect(tasks.find((t) => t.dueText === 'Trong năm 2024')).toMatchObject({ due: '2024-12-31', flag: 'overdue', state: 'Chưa thực hiện' });
    expect(list.states).toEqual(TASK_STATES.map((s) => s.vi));
  });

  it('saves only the changed cells plus the Nhật ký rows, under the document lock', () => {
    const list = p.run<TaskList>(SERVER.listTasks);
    const task = firstTask(list);
    const tasksSheet = sheet(p, 'Nhiệm vụ');
    const before = cellsOf(tasksSheet);
    const indicatorsBefore = cellsOf(sheet(p, 'Chỉ tiêu'));
    p.google.counters.reset();

    const done = p.run<SaveDone>(SERVER.saveTask, { id: task.id, changes: { state: 'Hoàn thành', doneDate: '2025-01-10', note: '=SUM(1;2)' }, seen: task });
    expect(done).toMatchObject({ written: 3, logged: 3 });
    expect(done.task).toMatchObject({ state: 'Hoàn thành', doneDate: '2025-01-10', note: '=SUM(1;2)', flag: 'done-late' });

    const r = task.row;
    const [state, doneDate, note] = (['state', 'doneDate', 'note'] as const).map((k) => columnIndex(TASK_COLUMNS, k));
    expect(changed(before, cellsOf(tasksSheet))).toEqual([`${r}:${state}`, `${r}:${doneDate}`, `${r}:${note}`].sort());
    expect(changed(indicatorsBefore, cellsOf(sheet(p, 'Chỉ tiêu')))).toEqual([]);
    expect(tasksSheet.cell(r, state).value).toBe('Hoàn thành');
    expect(formatDateIn((tasksSheet.read(r, doneDate) as Date).getTime(), p.google.timeZone, 'yyyy-MM-dd')).toBe('2025-01-10');
    expect(tasksSheet.cell(r, doneDate).format).toBe('dd/mm/yyyy');
    expect(tasksSheet.cell(r, note)).toMatchObject({ value: '=SUM(1;2)', formula: '', format: '@' });

    const log = sheet(p, 'Nhật ký').values();
    expect(log).toHaveLength(4);
    expect(log.slice(1).map((row) => [row[1], row[2], row[3], row[5]])).toEqual([
      ['(không rõ)', task.id, 'Trạng thái', 'Hoàn thành'],
      ['(không rõ)', task.id, 'Ngày hoàn thành', '10/01/2025'],
      ['(không rõ)', task.id, 'Ghi chú', '=SUM(1;2)'],
    ]);
    expect(log[1][0]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    expect(sheet(p, 'Nhật ký').cell(4, 6)).toMatchObject({ formula: '', format: '@' });

    // State and date sit side by side: one block; the note another; the log a third.
    const c = p.google.counters;
    expect(c.count('Range.getValues')).toBe(2);
    expect(c.count('Range.setValues')).toBe(3);
    expect(c.cells.get('Range.setValues')).toBe(2 + 1 + 3 * LOG_COLUMNS.length);
    expect(c.unlockedWrites).toEqual([]);
    expect(p.google.lock.acquired).toBeGreaterThan(0);
    expect(p.google.lock.held).toBe(false);
    expect(c.count('SpreadsheetApp.flush')).toBe(1);
  });

  it('saves an indicator actual as a number, keeping its percent format', () => {
    const list = p.run<TaskList>(SERVER.listTasks);
    const task = firstTask(list, true);
    const ind = task.indicators[0];
    const indicators = sheet(p, 'Chỉ tiêu');
    const actual = columnIndex(INDICATOR_COLUMNS, 'actual');
    const format = indicators.cell(ind.row, actual).format;
    const done = p.run<SaveDone>(SERVER.saveTask, { id: task.id, changes: { actuals: [{ row: ind.row, value: 0.95 }] }, seen: task });
    expect(done).toMatchObject({ written: 1, logged: 1 });
    expect(indicators.cell(ind.row, actual)).toMatchObject({ value: 0.95, format });
  });

  /** Who Nhật ký's Người cập nhật names after one save, with Google answering as given. */
  function savedBy(options: Parameters<typeof loadProject>[0]): string {
    p = project(undefined, options);
    createAll(p);
    const task = firstTask(p.run<TaskList>(SERVER.listTasks));
    p.run(SERVER.saveTask, { id: task.id, changes: { evidence: 'Số 20/KH-UBND' }, seen: task });
    const log = sheet(p, 'Nhật ký').values();
    expect(log[0][columnIndex(LOG_COLUMNS, 'user') - 1]).toBe('Người cập nhật');
    return String(log[1][columnIndex(LOG_COLUMNS, 'user') - 1]);
  }

  it('records the user where Google tells it (the manifest asks for userinfo.email)', () => {
    expect(savedBy({ userEmail: 'canbo@noivu.example.gov.vn' })).toBe('canbo@noivu.example.gov.vn');
  });

  it('asks for the effective user when Google withholds the active one', () => {
    expect(savedBy({ userEmail: '', effectiveUserEmail: 'canbo.b@gmail.com' })).toBe('canbo.b@gmail.com');
  });

  it('writes "(không rõ)", never an empty cell, when Google names nobody or the scope is missing', () => {
    expect(savedBy({ userEmail: '', effectiveUserEmail: '' })).toBe('(không rõ)');
    // A project pasted with an older manifest: getEmail() throws without the scope.
    expect(savedBy({ userEmail: 'canbo@noivu.example.gov.vn', scopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'] })).toBe('(không rõ)');
  });

  it('refuses to overwrite a cell changed in the sheet since the pane read it, with message and hint', () => {
    const task = firstTask(p.run<TaskList>(SERVER.listTasks));
    sheet(p, 'Nhiệm vụ').store(task.row, columnIndex(TASK_COLUMNS, 'evidence'), 'Sửa tay trong bảng', true);
    const error = errorOf(() => p.run(SERVER.saveTask, { id: task.id, changes: { evidence: 'Số 21/KH' }, seen: task }));
    expect(error.message.startsWith(ERROR_MARKER)).toBe(true);
    const decoded = decodeServerError({ message: `Error: ${error.message}` });
    expect(decoded.message).toMatch(/đã được sửa trong bảng tính/);
    expect(decoded.hint).toMatch(/Tải lại/);
    expect(sheet(p, 'Nhật ký').values()).toHaveLength(1);
  });

  it('waits for the document lock and says so when another session holds it', () => {
    p = project(undefined, { lockAvailable: false });
    const error = errorOf(() => p.run(SERVER.createTracker, {}, null));
    expect(decodeServerError(error).message).toMatch(/đang được cập nhật/);
    expect(p.google.spreadsheet.sheets.map((s) => s.name)).toEqual(['Trang tính1', SOURCE]);
  });

  it('sums the dashboard from the same list', () => {
    const list = p.run<TaskList>(SERVER.listTasks);
    const view = p.run<DashboardView>(SERVER.dashboard);
    expect(view.asOf).toBe(AS_OF);
    expect(view.total).toBe(list.tasks.filter((t) => !t.group).length);
    expect(Object.values(view.byState).reduce((a, b) => a + b, 0)).toBe(view.total);
    expect(view.overdue.length).toBe(view.byState.overdue);
  });

  it('goes to a row and reports the selection', () => {
    expect(p.run(SERVER.goTo, { sheet: 'Chỉ tiêu', row: 3 })).toBeNull();
    expect(p.google.spreadsheet.active.name).toBe('Chỉ tiêu');
    expect(p.run(SERVER.activeRow)).toEqual({ sheet: 'Chỉ tiêu', row: 3 });
    expect(decodeServerError(errorOf(() => p.run(SERVER.goTo, { sheet: 'Không có', row: 1 }))).message).toMatch(/Không tìm thấy trang/);
  });

  it('re-imports keeping the official\'s cells and the Nhật ký', () => {
    const task = firstTask(p.run<TaskList>(SERVER.listTasks));
    p.run(SERVER.saveTask, { id: task.id, changes: { state: 'Đang thực hiện', evidence: 'Công văn 15/UBND' }, seen: task });
    p.google.spreadsheet.setActiveSheet(sheet(p, SOURCE));
    expect(p.run<ImportPreview>(SERVER.previewImport, {}).trackerExists).toBe(true);
    const [result] = createAll(p);
    expect(result.done.kept).toBe(1);
    const again = p.run<TaskList>(SERVER.listTasks).tasks.find((t) => t.id === task.id)!;
    expect(again).toMatchObject({ state: 'Đang thực hiện', evidence: 'Công văn 15/UBND' });
    expect(sheet(p, 'Nhật ký').values()).toHaveLength(3);
    expect(p.google.spreadsheet.sheets.filter((s) => s.name === 'Nhiệm vụ')).toHaveLength(1);
  });

  it('never replaces a sheet of the same name that the official made', () => {
    p = project();
    const own = p.google.spreadsheet.addSheet('Tổng hợp', [['Báo cáo tháng của phòng'], ['Số liệu', 12]]);
    p.google.spreadsheet.setActiveSheet(sheet(p, SOURCE));
    const error = decodeServerError(errorOf(() => p.run(SERVER.createTracker, {}, null)));
    expect(error.message).toMatch(/đã có trang "Tổng hợp" không do PAR Tracker tạo/);
    expect(error.hint).toMatch(/Đổi tên/);
    expect(own.values()).toEqual([['Báo cáo tháng của phòng', ''], ['Số liệu', 12]]);
    expect(p.google.spreadsheet.sheets.map((s) => s.name)).toEqual(['Trang tính1', SOURCE, 'Tổng hợp']);
  });

  it('never replaces the official\'s sheet whose name differs only in case (Tổng Hợp), writing nothing', () => {
    p = project();
    const own = p.google.spreadsheet.addSheet('Tổng Hợp', [['Báo cáo tháng của phòng'], ['Số liệu', 12]]);
    p.google.spreadsheet.setActiveSheet(sheet(p, SOURCE));
    const error = decodeServerError(errorOf(() => p.run(SERVER.createTracker, {}, null)));
    expect(error.message).toMatch(/đã có trang "Tổng hợp" không do PAR Tracker tạo/);
    expect(own.values()).toEqual([['Báo cáo tháng của phòng', ''], ['Số liệu', 12]]);
    expect(p.google.spreadsheet.sheets.map((s) => s.name)).toEqual(['Trang tính1', SOURCE, 'Tổng Hợp']);
  });

  it('refuses to import a tracker sheet as a plan', () => {
    const error = errorOf(() => p.run(SERVER.previewImport, {}));
    expect(decodeServerError(error)).toMatchObject({ message: expect.stringMatching(/trang của bảng theo dõi/), hint: expect.stringMatching(/phụ lục/) });
  });
});

describe('re-import of a revised plan (a reviewed merge)', () => {
  const REVISED = importText(readFileSync(join(FIXTURES, 'revised', '000-appendix-revised.txt'), 'utf8'), 'document').grid.map((r) => r.map((c) => String(c ?? '')));

  it('keeps every entry on its task, the dropped task, the own column and sheet, and logs the changes', () => {
    const p = project(seedSheetValues('000-appendix'), { userEmail: 'nguyen.a@noivu.gov.vn' });
    createAll(p);
    setAsOf(p, AS_OF);
    const save = (id: string, changes: Record<string, unknown>): void => {
      const task = p.run<TaskList>(SERVER.listTasks).tasks.find((t) => t.id === id)!;
      p.run(SERVER.saveTask, { id, changes, seen: task });
    };
    save('IV-4', { state: 'Hoàn thành', doneDate: '2024-06-30', evidence: 'QĐ 12/QĐ-UBND', note: 'Đã giao biên chế' });
    save('IV-5', { state: 'Đang thực hiện', note: 'Chờ hướng dẫn của tỉnh' });
    save('V-3', { state: 'Hoàn thành', doneDate: '2024-08-15' });
    const iv3 = p.run<TaskList>(SERVER.listTasks).tasks.find((t) => t.id === 'IV-3')!;
    save('IV-3', { actuals: [{ row: iv3.indicators[0].row, value: 0.05 }] });
    const tasks = sheet(p, 'Nhiệm vụ');
    const own = tasks.lastColumn() + 1;
    tasks.mutable(4, own).value = 'Người theo dõi';
    const rowOf = (id: string): number => tasks.values().findIndex((r) => r[0] === id) + 1;
    tasks.mutable(rowOf('IV-5'), own).value = 'Chị Lan';
    p.google.spreadsheet.addSheet('Ghi chép riêng', [['Họp giao ban 02/10']]);
    const logRows = sheet(p, 'Nhật ký').lastRow();

    p.google.spreadsheet.setActiveSheet(p.google.spreadsheet.addSheet('Phụ lục sửa đổi', REVISED));
    const preview = p.run<ImportPreview>(SERVER.previewImport, {});
    expect(preview.merge!.changes.map((c) => `${c.kind} ${c.oldId}→${c.id}`)).toEqual(['rematched IV-5→IV-4', 'changed V-3→V-3', 'changed V-4→V-4', 'added →V-6', 'dropped IV-4→IV-4 (cũ)']);
    const results = createAll(p);
    expect(results[0].done.merge).toMatchObject({ changed: 2, rematched: 1, added: 1, dropped: 1 });

    const list = p.run<TaskList>(SERVER.listTasks).tasks;
    const byId = (id: string) => list.find((t) => t.id === id)!;
    expect([byId('IV-4').state, byId('IV-4').note]).toEqual(['Đang thực hiện', 'Chờ hướng dẫn của tỉnh']);
    expect([byId('V-3').state, byId('V-3').doneDate]).toEqual(['Hoàn thành', '2024-08-15']);
    expect(byId('V-4').due).toBe('2024-09-30');
    expect(byId('IV-3').indicators[0].actual).toBe(0.05);
    expect(byId('IV-4 (cũ)')).toMatchObject({ state: 'Hoàn thành', doneDate: '2024-06-30', evidence: 'QĐ 12/QĐ-UBND', note: 'Đã giao biên chế', dropped: true });
    const header = tasks.values()[3];
    expect(tasks.values()[rowOf('IV-4') - 1][header.indexOf('Người theo dõi')]).toBe('Chị Lan');
    expect(sheet(p, 'Ghi chép riêng').values()[0][0]).toBe('Họp giao ban 02/10');
    const log = sheet(p, 'Nhật ký').values().slice(logRows);
    expect(log.map((r) => `${r[2]}|${r[3]}`)).toEqual(['IV-4|Mã', 'V-3|Nhiệm vụ', 'V-4|Tiến độ', 'V-4|Hạn', 'V-6|Nhiệm vụ', 'IV-4 (cũ)|Cảnh báo']);
    expect(log.every((r) => r[1] === 'nguyen.a@noivu.gov.vn')).toBe(true);
    expect(p.google.counters.unlockedWrites).toEqual([]);
  });
});

describe('the criteria set (Bộ tiêu chí)', () => {
  it('is added from the template on request, scored on the dashboard, and kept as the official left it on re-import', () => {
    const p = project();
    const [result] = createAll(p, undefined, { criteria: 'template' });
    expect(result.done.sheets).toContain('Bộ tiêu chí');
    const criteria = sheet(p, 'Bộ tiêu chí');
    expect(criteria.lastRow()).toBeGreaterThan(5);
    const view = p.run<DashboardView>(SERVER.dashboard);
    expect(view.scoring?.areas.length).toBeGreaterThan(0);

    // The official edits a cell of the criteria sheet; a re-import keeps the sheet untouched.
    const edited = criteria.cell(criteria.lastRow(), 2);
    edited.value = 'Sửa của cán bộ';
    const before = criteria.mutations;
    p.google.spreadsheet.setActiveSheet(sheet(p, SOURCE));
    createAll(p);
    expect(criteria.mutations).toBe(before);
    expect(criteria.cell(criteria.lastRow(), 2).value).toBe('Sửa của cán bộ');
    expect(p.run<DashboardView>(SERVER.dashboard).scoring).toBeDefined();
  });
});

describe('a spreadsheet in another time zone than the script', () => {
  it('writes and reads deadlines as the same calendar days', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone === 'Pacific/Honolulu' ? 'Asia/Tokyo' : 'Pacific/Honolulu';
    const p = project(undefined, { timeZone: zone });
    createAll(p);
    const list = p.run<TaskList>(SERVER.listTasks);
    const task = list.tasks.find((t) => t.dueText === 'Trong năm 2024')!;
    expect(task.due).toBe('2024-12-31');
    const due = sheet(p, 'Nhiệm vụ').read(task.row, columnIndex(TASK_COLUMNS, 'due')) as Date;
    expect(formatDateIn(due.getTime(), zone, 'yyyy-MM-dd')).toBe('2024-12-31');
  });
});

describe('service calls do not grow with the plan', () => {
  interface Profile {
    readonly tasks: number;
    readonly calls: Record<string, Record<string, number>>;
    readonly cells: Record<string, Record<string, number>>;
    readonly createCalls: number;
    readonly longest: number;
  }

  /** An import with the template criteria (every sheet), list, save, dashboard, then a re-import. */
  function profile(tasks: number, cost?: { perCall: number; perCell: number }): Profile {
    const p = project(appendixOf(tasks), cost ? { cost } : {});
    const calls: Record<string, Record<string, number>> = {};
    const cells: Record<string, Record<string, number>> = {};
    const measure = <T>(label: string, f: () => T): T => {
      p.google.counters.reset();
      const out = f();
      calls[label] = p.google.counters.snapshot();
      cells[label] = p.google.counters.cellSnapshot();
      return out;
    };
    const request = { criteria: 'template' };
    const create = (prefix: string): number => {
      let r = measure(`${prefix}#1`, () => p.run<CreateResult>(SERVER.createTracker, request, null));
      let n = 1;
      while (r.next) {
        const step = r.next;
        r = measure(`${prefix}#${++n}`, () => p.run<CreateResult>(SERVER.createTracker, request, step));
      }
      return n;
    };
    measure('preview', () => p.run(SERVER.previewImport, request));
    const n = create('create');
    setAsOf(p, AS_OF);
    const list = measure('list', () => p.run<TaskList>(SERVER.listTasks));
    const task = list.tasks.find((t) => !t.group)!;
    measure('save', () => p.run(SERVER.saveTask, { id: task.id, changes: { state: 'Đang thực hiện', note: 'Đã họp' }, seen: task }));
    const view = measure('dashboard', () => p.run<DashboardView>(SERVER.dashboard));
    expect(view.scoring).toBeDefined();
    const report = measure('report', () => p.run<ReportDone>(SERVER.buildReport, { period: 'h1' }));
    expect(report.data.counts.total).toBe(list.tasks.filter((t) => !t.group).length);
    measure('remind', () => p.run<RemindDone>(SERVER.buildReminders, {}));
    // A re-import keeps the official's Bộ tiêu chí and their cells, in as many calls.
    p.google.spreadsheet.setActiveSheet(sheet(p, SOURCE));
    const criteria = sheet(p, 'Bộ tiêu chí').mutations;
    expect(create('reimport')).toBe(n);
    expect(sheet(p, 'Bộ tiêu chí').mutations).toBe(criteria);
    expect(p.run<TaskList>(SERVER.listTasks).tasks.find((t) => t.id === task.id)?.state).toBe('Đang thực hiện');
    return { tasks: list.tasks.filter((t) => !t.group).length, calls, cells, createCalls: n, longest: p.google.clock.longest };
  }

  /** Simulated service time: 5 ms a call, 0.1 ms a cell (a 10,000-task import then takes minutes). */
  const COST = { perCall: 5, perCell: 0.1 };

  it('makes the same getValues/setValues calls for a 10-task and a 10,000-task appendix', () => {
    const small = profile(14, COST);
    const large = profile(12_500, COST);
    writeFileSync(artifactPath('sheets-service-calls.json'), JSON.stringify({ small, large }, null, 2));
    expect(small.tasks).toBe(10);
    expect(large.tasks).toBeGreaterThanOrEqual(10_000);
    expect(small.createCalls).toBe(1);
    expect(large.createCalls).toBeGreaterThan(1);

    const io = (calls: Record<string, number>): Record<string, number> => ({
      getValues: calls['Range.getValues'] ?? 0,
      setValues: calls['Range.setValues'] ?? 0,
      setFormulas: (calls['Range.setFormulas'] ?? 0) + (calls['Range.setFormula'] ?? 0),
      setNumberFormats: (calls['Range.setNumberFormats'] ?? 0) + (calls['Range.setNumberFormat'] ?? 0),
    });
    for (const op of ['preview', 'create#1', 'list', 'save', 'dashboard', 'report', 'remind', 'reimport#1']) expect([op, io(large.calls[op])]).toEqual([op, io(small.calls[op])]);
    // One setValues and one setNumberFormats per sheet; formulas one call per run down a column.
    const sheets = Object.keys(small.calls['create#1']).length > 0 ? (small.calls['create#1']['Spreadsheet.insertSheet'] ?? 0) : 0;
    expect(io(small.calls['create#1'])).toMatchObject({ getValues: 1, setValues: sheets, setNumberFormats: sheets });
    expect(io(small.calls.list).getValues).toBe(2);
    expect(io(small.calls.dashboard).getValues).toBe(4);
    // A report reads Nhiệm vụ and Cài đặt and writes its one sheet in one call.
    for (const op of ['report', 'remind']) expect([op, io(small.calls[op]).setValues]).toEqual([op, 1]);
    // A follow-up call reads the source and the tracker again (source, Nhiệm vụ, Chỉ tiêu, Bộ tiêu
    // chí, Tổng hợp — its typed targets are part of what the build keeps) and writes only the look
    // of a block.
    for (let i = 2; i <= large.createCalls; i++) {
      for (const prefix of ['create', 'reimport']) expect(io(large.calls[`${prefix}#${i}`])).toMatchObject({ getValues: 5, setValues: 0, setFormulas: 0, setNumberFormats: 0 });
    }
    // The first call's other service calls are the same too: per sheet, never per row. Only the
    // look differs: a constant number of calls per block of rows, as many blocks as time allows.
    const first = (pr: Profile): Record<string, number> => {
      const rest: Record<string, number> = {};
      for (const [name, n] of Object.entries(pr.calls['create#1'])) {
        // Rows added to fit, and the look of the row blocks styled.
        if (name !== 'Sheet.insertRowsAfter' && !PER_BLOCK.test(name)) rest[name] = n;
      }
      return rest;
    };
    expect(first(large)).toEqual(first(small));
    expect(large.longest).toBeLessThan(STYLE_TIME_BUDGET_MS + 120_000);
  });

  it('never lets one call of a 10,000-task import run past the 6-minute limit: it stops early and continues', () => {
    // Twice as slow: the content alone takes most of a call, styling everything in it would not fit.
    const p = project(appendixOf(12_500), { cost: { perCall: 10, perCell: 0.2 } });
    const started = p.google.clock.now;
    const results = createAll(p, undefined, { criteria: 'template' });
    expect(results.length).toBeGreaterThan(2);
    expect(results[results.length - 1].progress.done).toBe(results[results.length - 1].progress.total);
    // Each call stayed inside its 6 minutes (the fake fails a call past them), all of them did not.
    expect(p.google.clock.longest).toBeLessThan(EXECUTION_LIMIT_MS);
    expect(p.google.clock.now - started).toBeGreaterThan(EXECUTION_LIMIT_MS);
    expect(p.google.counters.unlockedWrites).toEqual([]);
  });
});

describe('import from a file (Nhập từ tệp)', () => {
  const text = seedText('000-appendix');
  const want = importText(text, 'document').plan;

  it('writes a Word plan as a new sheet with its merged cells under the lock, activates it, and previews the document\'s tasks', async () => {
    const p = project();
    const columns = [want.columns.dueText, want.columns.lead].filter((c): c is number => c !== undefined);
    const source = await readPlanFile('Kế hoạch 45.docx', await docxOfSeed(text, { mergeDown: columns, splitAt: 0.5 }));
    const done = p.run<{ sheetName: string }>(SERVER.addSourceSheet, wireCopy(source));
    expect(done.sheetName).toBe('Kế hoạch 45');
    const written = sheet(p, 'Kế hoạch 45');
    expect(p.google.spreadsheet.active).toBe(written);
    expect(written.merges.length).toBe(source.merges.length);
    expect(p.google.counters.unlockedWrites).toEqual([]);
    const preview = p.run<ImportPreview>(SERVER.previewImport, { scope: 'sheet' });
    expect(preview.sheetName).toBe('Kế hoạch 45');
    expect([preview.year, preview.counts.tasks]).toEqual([want.year, want.tasks.filter((t) => !t.group).length]);
    expect(p.run<{ sheetName: string }>(SERVER.addSourceSheet, wireCopy(source)).sheetName).toBe('Kế hoạch 45 (2)');
  });

  it('makes the same getValues/setValues calls for a 10-task and a 10,000-task file', async () => {
    const tsv = (grid: readonly (readonly string[])[]): Buffer => Buffer.from(grid.map((r) => r.join('\t')).join('\n'), 'utf8');
    const calls = async (grid: readonly (readonly string[])[]): Promise<Record<string, number>> => {
      const p = project();
      const source = await readPlanFile('ke-hoach.tsv', tsv(grid));
      p.google.counters.reset();
      p.run(SERVER.addSourceSheet, wireCopy(source));
      const all = p.google.counters.snapshot();
      return { getValues: all['Range.getValues'] ?? 0, setValues: all['Range.setValues'] ?? 0, setNumberFormats: all['Range.setNumberFormats'] ?? 0 };
    };
    const small = await calls(appendixOf(14));
    expect(await calls(appendixOf(12_500))).toEqual(small);
    expect(small.setValues).toBe(1);
  });
});
