/**
 * The built Apps Script project (dist/sheets) loaded as Apps Script loads it: every script file
 * run, in the project's order, in ONE fresh global scope, where only top-level declarations are
 * visible and the Google services are the in-memory fake. Calls go through `run`, which copies
 * arguments and results the way google.script.run does (no Date may cross; a returned Date nulls
 * the result).
 *
 * Two layouts of the same project: what clasp pushes (dist/sheets/*.js, in file-name order) and
 * what an official pastes into the Apps Script editor (dist/sheets/copy/*.gs, in the order the
 * guide docs/cai-dat-google-sheets.md lists them — read from the guide, so the two cannot drift).
 * Either way the sidebar page and the granted scopes come from the same layout's files.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { FakeGoogle, type CellInput, type FakeOptions } from './fakeSpreadsheetApp';

export const ROOT = join(__dirname, '..', '..');
export const DIST = join(ROOT, 'dist', 'sheets');
/** The copy-install files, to paste into the Apps Script editor. */
export const COPY = join(DIST, 'copy');
/** The Vietnamese install guide whose file table names the copy files, in order. */
export const GUIDE = join(ROOT, 'docs', 'cai-dat-google-sheets.md');

/** Builds dist/sheets when a file is missing (npm test builds first anyway). */
export function ensureBuilt(): void {
  const needed = ['par-sheets.js', 'menu.js', 'sidebar.html', 'appsscript.json', 'copy/par-sheets.gs', 'copy/sidebar.html'];
  if (needed.every((f) => existsSync(join(DIST, f)))) return;
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--config', join(ROOT, 'build', 'webpack.sheets.js')], { cwd: ROOT, stdio: 'inherit' });
}

/** The script files clasp pushes, in the order Apps Script lists them. */
export function scriptFiles(): string[] {
  return readdirSync(DIST)
    .filter((f) => f.endsWith('.js'))
    .sort((a, b) => a.localeCompare(b));
}

/**
 * The copy-install files the guide lists, in its order: the first backticked name of each row of
 * the table between `<!-- copy-files -->` and `<!-- /copy-files -->`.
 */
export function guideCopyFiles(markdown: string = readFileSync(GUIDE, 'utf8')): string[] {
  const start = markdown.indexOf('<!-- copy-files -->');
  const end = markdown.indexOf('<!-- /copy-files -->');
  if (start < 0 || end < start) throw new Error('the guide has no <!-- copy-files --> … <!-- /copy-files --> table');
  return markdown
    .slice(start, end)
    .split('\n')
    .filter((line) => /^\|\s*\d+\s*\|/.test(line))
    .map((line) => {
      const name = /`([^`]+)`/.exec(line)?.[1];
      if (!name) throw new Error(`no file name in the guide's row: ${line}`);
      return name;
    });
}

/** The copy-install script files (.gs) in the guide's order. */
export function guideScriptFiles(): string[] {
  return guideCopyFiles().filter((f) => f.endsWith('.gs'));
}

const isDate = (v: unknown): boolean => Object.prototype.toString.call(v) === '[object Date]';

/** Whether a value holds a Date anywhere (google.script.run refuses them). */
export function containsDate(value: unknown): boolean {
  if (isDate(value)) return true;
  if (Array.isArray(value)) return value.some(containsDate);
  if (value !== null && typeof value === 'object') return Object.values(value).some(containsDate);
  return false;
}

/** A copy as google.script.run makes one: plain data only. */
export function wireCopy<T>(value: T): T {
  return value === undefined ? (undefined as T) : (JSON.parse(JSON.stringify(value)) as T);
}

export interface AppsScriptProject {
  readonly context: vm.Context;
  readonly google: FakeGoogle;
  /** A top-level function as declared in the global scope. */
  fn(name: string): (...args: unknown[]) => unknown;
  /** A call as the sidebar makes it through google.script.run. */
  run<T = unknown>(name: string, ...args: unknown[]): T;
}

export interface ProjectOptions extends Omit<FakeOptions, 'DateCtor' | 'files' | 'scopes'> {
  /** The source sheet to start with (made active). */
  readonly source?: { readonly name: string; readonly values: CellInput[][] };
  /** Which files: what clasp pushes (default) or the copy-install files pasted by hand. */
  readonly layout?: 'push' | 'copy';
  /** The script files in the order to run them; default: the layout's order (see the file header). */
  readonly order?: readonly string[];
  /** The granted scopes; default: the layout's manifest's oauthScopes. */
  readonly scopes?: readonly string[];
}

export function loadProject(options: ProjectOptions = {}): AppsScriptProject {
  ensureBuilt();
  const dir = options.layout === 'copy' ? COPY : DIST;
  const order = options.order ?? (options.layout === 'copy' ? guideScriptFiles() : scriptFiles());
  const manifest = JSON.parse(readFileSync(join(dir, 'appsscript.json'), 'utf8')) as { oauthScopes?: string[] };
  const scopes = options.scopes ?? manifest.oauthScopes ?? [];
  const context = vm.createContext({ console });
  const DateCtor = vm.runInContext('Date', context) as DateConstructor;
  const google = new FakeGoogle({ ...options, scopes, DateCtor, files: { sidebar: readFileSync(join(dir, 'sidebar.html'), 'utf8') } });
  Object.assign(context, google.globals());
  // The script's Date.now() is the fake's clock, which service calls advance (FakeOptions.cost).
  if (options.cost) (vm.runInContext('Date', context) as DateConstructor).now = () => google.clock.now;
  if (options.source) google.spreadsheet.addSheet(options.source.name, options.source.values);
  for (const file of order) vm.runInContext(readFileSync(join(dir, file), 'utf8'), context, { filename: file });

  const fn = (name: string): ((...args: unknown[]) => unknown) => {
    const f = (context as Record<string, unknown>)[name];
    if (typeof f !== 'function') throw new Error(`${name} is not a top-level function of the project`);
    return f as (...args: unknown[]) => unknown;
  };
  return {
    context,
    google,
    fn,
    run<T>(name: string, ...args: unknown[]): T {
      if (args.some(containsDate)) throw new Error(`google.script.run: a Date cannot be passed to ${name}`);
      // Each call from the sidebar is one execution, with its own 6 minutes.
      google.clock.startExecution();
      const result = fn(name)(...args.map(wireCopy));
      return (containsDate(result) ? null : wireCopy(result)) as T;
    },
  };
}
