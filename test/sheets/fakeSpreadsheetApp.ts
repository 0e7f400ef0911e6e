/**
 * An in-memory Google Sheets for the Apps Script tests: the subset of SpreadsheetApp,
 * Spreadsheet, Sheet, Range, the validation and conditional-format builders, Ui/Menu,
 * HtmlService, LockService, Session and Utilities the add-on uses, behaving as Sheets does where
 * it matters to us, and counting every service call.
 *
 * Where Sheets would surprise the code, the fake does too:
 * - a string written with setValues into a cell not formatted '@' is parsed as typed: "=…" (and
 *   "+…"/"-…" followed by text) becomes a formula, "1.10" the number 1.1, "85%" the number 0.85
 *   — so a test sees text written before its cell was made text;
 * - getRange outside the sheet's rows/columns throws; a setValues of the wrong shape throws;
 * - dates are stored as instants and read back as fresh `Date` objects of the script's realm
 *   (`DateCtor`), like getValues does; a formula's value comes from `evaluate` (TODAY() built in);
 * - Sheet.clear() clears content and formats, not notes, validations or conditional formats;
 * - insertSheet makes the new sheet active; createFilter on a sheet that has one throws.
 * Every mutating call also records whether the document lock was held.
 */
import { columnLetter } from '../../src/workbook/model';

 

export type CellInput = string | number | boolean | Date | null;

interface Style {
  bold?: boolean;
  italic?: boolean;
  fontColor?: string | null;
  background?: string | null;
  hAlign?: string | null;
  vAlign?: string | null;
  wrap?: boolean;
  border?: boolean;
}

export interface FakeCell {
  /** string | number | boolean | { date: ms } | '' */
  value: string | number | boolean | { date: number };
  formula: string;
  format: string;
  note: string;
  validation: FakeValidation | null;
  style: Style;
}

export interface FakeValidation {
  readonly criteria: 'VALUE_IN_LIST';
  readonly values: string[];
  readonly showDropdown: boolean;
  readonly allowInvalid: boolean;
  readonly helpText: string;
  getCriteriaType(): string;
  getCriteriaValues(): unknown[];
}

export interface FakeConditionalRule {
  readonly formula: string;
  readonly background: string | null;
  readonly fontColor: string | null;
  readonly ranges: string[];
}

/** The scope without which Apps Script refuses User.getEmail(). */
export const USERINFO_EMAIL = 'https://www.googleapis.com/auth/userinfo.email';

export interface FakeOptions {
  /** The Date constructor of the realm the script runs in (a vm context's), for getValues. */
  readonly DateCtor?: DateConstructor;
  /** Spreadsheet and script time zones; default: this process's zone for both. */
  readonly timeZone?: string;
  readonly scriptTimeZone?: string;
  /** Project files HtmlService can read, by name without extension (e.g. sidebar → html). */
  readonly files?: Readonly<Record<string, string>>;
  /** The value of a formula cell; default: TODAY() gives today, anything else ''. */
  readonly evaluate?: (formula: string, at: { sheet: string; row: number; column: number }) => CellInput;
  /**
   * The OAuth scopes granted (the manifest's oauthScopes; loadProject passes the built one).
   * Without `userinfo.email`, User.getEmail() throws as Apps Script does. Default: none.
   */
  readonly scopes?: readonly string[];
  /** What Session.getActiveUser().getEmail() answers with the scope; '' (the default): Google withholds it. */
  readonly userEmail?: string;
  /** What Session.getEffectiveUser().getEmail() answers with the scope; default: userEmail. */
  readonly effectiveUserEmail?: string;
  /** What LockService.getDocumentLock().tryLock answers (a busy document: false). */
  readonly lockAvailable?: boolean;
  /**
   * Simulated time each service call takes (ms per call, ms per cell touched). With it, the
   * script's Date.now() reads the simulated clock, and a call running past Apps Script's
   * 6-minute limit fails as Apps Script fails it. Default: no time passes.
   */
  readonly cost?: { readonly perCall: number; readonly perCell: number };
}

/** Apps Script's limit on one execution. */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;

/** The simulated clock of the service calls (see FakeOptions.cost). */
export class FakeClock {
  now = Date.now();
  private started = this.now;
  /** The longest execution so far, in ms. */
  longest = 0;

  startExecution(): void {
    this.started = this.now;
  }

  advance(ms: number): void {
    this.now += ms;
    const elapsed = this.now - this.started;
    this.longest = Math.max(this.longest, elapsed);
    if (elapsed > EXECUTION_LIMIT_MS) throw new Error('Exceeded maximum execution time');
  }
}

const GENERAL = 'General';
const processZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** Column letters, as the workbook model writes them. */
const letters = columnLetter;

function parseA1(a1: string): { row: number; column: number; rows: number; columns: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(a1.trim());
  if (!m) throw new Error(`Exception: Range not found: ${a1}`);
  const col = (s: string): number => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const c1 = col(m[1]);
  const r1 = Number(m[2]);
  const c2 = m[3] ? col(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  return { row: Math.min(r1, r2), column: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, columns: Math.abs(c2 - c1) + 1 };
}

// ---- time zones, for Utilities ----

function partsIn(ms: number, zone: string): Record<string, number> {
  const fmt = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
  const out: Record<string, number> = {};
  for (const p of fmt.formatToParts(new Date(ms))) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

/** The instant of a wall-clock time in a zone. */
function instantIn(zone: string, y: number, m: number, d: number, hh = 0, mm = 0): number {
  const guess = Date.UTC(y, m - 1, d, hh, mm);
  let t = guess;
  for (let i = 0; i < 3; i++) {
    const p = partsIn(t, zone);
    const shown = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    t += guess - shown;
  }
  return t;
}

export function formatDateIn(ms: number, zone: string, pattern: string): string {
  const p = partsIn(ms, zone);
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  return pattern
    .replace(/yyyy/g, pad(p.year, 4))
    .replace(/MM/g, pad(p.month))
    .replace(/dd/g, pad(p.day))
    .replace(/HH/g, pad(p.hour))
    .replace(/mm/g, pad(p.minute))
    .replace(/ss/g, pad(p.second));
}

// ---- counting ----

export class Counters {
  readonly calls = new Map<string, number>();
  /** Cells touched by bulk calls (getValues, setValues, setNumberFormats, …). */
  readonly cells = new Map<string, number>();
  /** Mutating calls made without the document lock held. */
  readonly unlockedWrites: string[] = [];

  tick(name: string, cells = 0): void {
    this.calls.set(name, (this.calls.get(name) ?? 0) + 1);
    if (cells) this.cells.set(name, (this.cells.get(name) ?? 0) + cells);
  }

  count(name: string): number {
    return this.calls.get(name) ?? 0;
  }

  reset(): void {
    this.calls.clear();
    this.cells.clear();
    this.unlockedWrites.length = 0;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.calls].sort(([a], [b]) => a.localeCompare(b)));
  }

  cellSnapshot(): Record<string, number> {
    return Object.fromEntries([...this.cells].sort(([a], [b]) => a.localeCompare(b)));
  }
}

// ---- the spreadsheet ----

export class FakeGoogle {
  readonly counters = new Counters();
  readonly DateCtor: DateConstructor;
  readonly timeZone: string;
  readonly scriptTimeZone: string;
  readonly spreadsheet: FakeSpreadsheet;
  readonly ui = new FakeUi(this);
  readonly lock = new FakeLock(this);
  readonly logs: unknown[][] = [];
  readonly clock = new FakeClock();
  flushes = 0;

  constructor(readonly options: FakeOptions = {}) {
    this.DateCtor = options.DateCtor ?? Date;
    this.timeZone = options.timeZone ?? processZone();
    this.scriptTimeZone = options.scriptTimeZone ?? processZone();
    this.spreadsheet = new FakeSpreadsheet(this);
  }

  tick(name: string, cells = 0, mutates = false): void {
    this.counters.tick(name, cells);
    if (this.options.cost) this.clock.advance(this.options.cost.perCall + cells * this.options.cost.perCell);
    if (mutates && !this.lock.held) this.counters.unlockedWrites.push(name);
  }

  evaluate(formula: string, at: { sheet: string; row: number; column: number }): CellInput {
    if (this.options.evaluate) return this.options.evaluate(formula, at);
    if (/^=\s*TODAY\(\)\s*$/i.test(formula)) {
      const today = formatDateIn(Date.now(), this.timeZone, 'yyyy-MM-dd').split('-').map(Number);
      return new this.DateCtor(instantIn(this.timeZone, today[0], today[1], today[2]));
    }
    return '';
  }

  /** The globals Apps Script provides, for a vm context. */
  globals(): Record<string, unknown> {
    const g = this;
    const SpreadsheetApp = {
      getActiveSpreadsheet: () => (g.tick('SpreadsheetApp.getActiveSpreadsheet'), g.spreadsheet),
      getActive: () => (g.tick('SpreadsheetApp.getActive'), g.spreadsheet),
      getActiveSheet: () => (g.tick('SpreadsheetApp.getActiveSheet'), g.spreadsheet.active),
      getActiveRange: () => (g.tick('SpreadsheetApp.getActiveRange'), g.spreadsheet.activeRangeOrNull()),
      getUi: () => (g.tick('SpreadsheetApp.getUi'), g.ui),
      flush: () => {
        g.tick('SpreadsheetApp.flush');
        g.flushes++;
      },
      newDataValidation: () => (g.tick('SpreadsheetApp.newDataValidation'), new FakeValidationBuilder()),
      newConditionalFormatRule: () => (g.tick('SpreadsheetApp.newConditionalFormatRule'), new FakeConditionalRuleBuilder()),
      BorderStyle: { SOLID: 'SOLID', DOTTED: 'DOTTED', DASHED: 'DASHED', SOLID_MEDIUM: 'SOLID_MEDIUM', SOLID_THICK: 'SOLID_THICK', DOUBLE: 'DOUBLE' },
    };
    const HtmlService = {
      SandboxMode: { IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' },
      createHtmlOutputFromFile: (name: string) => {
        g.tick('HtmlService.createHtmlOutputFromFile');
        const content = g.options.files?.[name];
        if (content === undefined) throw new Error(`Exception: No HTML file named ${name} was found.`);
        return new FakeHtmlOutput(content);
      },
      createHtmlOutput: (html = '') => (g.tick('HtmlService.createHtmlOutput'), new FakeHtmlOutput(String(html))),
    };
    const LockService = {
      getDocumentLock: () => (g.tick('LockService.getDocumentLock'), g.lock),
      getScriptLock: () => {
        throw new Error('fake: the add-on must not take the script lock (it spans every document)');
      },
      getUserLock: () => (g.tick('LockService.getUserLock'), g.lock),
    };
    const user = (email: () => string) => ({
      getEmail: (): string => {
        if (!(g.options.scopes ?? []).includes(USERINFO_EMAIL)) {
          throw new Error(`Exception: You do not have permission to call Session.getActiveUser. Required permissions: ${USERINFO_EMAIL}`);
        }
        return email();
      },
    });
    const Session = {
      getScriptTimeZone: () => (g.tick('Session.getScriptTimeZone'), g.scriptTimeZone),
      getActiveUser: () => (g.tick('Session.getActiveUser'), user(() => g.options.userEmail ?? '')),
      getEffectiveUser: () => (g.tick('Session.getEffectiveUser'), user(() => g.options.effectiveUserEmail ?? g.options.userEmail ?? '')),
      getTimeZone: () => g.scriptTimeZone,
    };
    const Utilities = {
      formatDate: (date: Date, zone: string, pattern: string) => {
        g.tick('Utilities.formatDate');
        return formatDateIn(date.getTime(), zone, pattern);
      },
      parseDate: (text: string, zone: string, pattern: string) => {
        g.tick('Utilities.parseDate');
        if (pattern !== 'yyyy-MM-dd') throw new Error(`fake Utilities.parseDate: pattern ${pattern} not supported`);
        const [y, m, d] = text.split('-').map(Number);
        return new g.DateCtor(instantIn(zone, y, m, d));
      },
    };
    const Logger = { log: (...args: unknown[]) => (g.logs.push(args), Logger) };
    const Charts = {
      ChartType: { COLUMN: 'COLUMN', BAR: 'BAR', LINE: 'LINE', PIE: 'PIE', AREA: 'AREA', COMBO: 'COMBO' },
      ChartMergeStrategy: { MERGE_COLUMNS: 'MERGE_COLUMNS', MERGE_ROWS: 'MERGE_ROWS' },
    };
    return { SpreadsheetApp, HtmlService, LockService, Session, Utilities, Logger, Charts };
  }
}

export class FakeLock {
  held = false;
  acquired = 0;
  constructor(private readonly g: FakeGoogle) {}
  tryLock(_ms: number): boolean {
    this.g.tick('Lock.tryLock');
    if (this.g.options.lockAvailable === false) return false;
    this.held = true;
    this.acquired++;
    return true;
  }
  waitLock(ms: number): void {
    if (!this.tryLock(ms)) throw new Error('Exception: Lock timeout: another process was holding the lock for too long.');
  }
  hasLock(): boolean {
    return this.held;
  }
  releaseLock(): void {
    this.g.tick('Lock.releaseLock');
    this.held = false;
  }
}

export class FakeHtmlOutput {
  title = '';
  sandbox: string | null = null;
  constructor(private content: string) {}
  getContent(): string {
    return this.content;
  }
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setSandboxMode(mode: string): this {
    this.sandbox = mode;
    return this;
  }
  append(more: string): this {
    this.content += more;
    return this;
  }
}

export class FakeMenu {
  readonly items: { label: string; fn: string }[] = [];
  added = false;
  constructor(
    private readonly ui: FakeUi,
    readonly kind: 'addon' | 'custom',
    readonly name: string,
  ) {}
  addItem(label: string, fn: string): this {
    this.items.push({ label, fn });
    return this;
  }
  addSeparator(): this {
    return this;
  }
  addToUi(): void {
    this.added = true;
    this.ui.menus.push(this);
  }
}

export class FakeUi {
  readonly menus: FakeMenu[] = [];
  readonly sidebars: FakeHtmlOutput[] = [];
  constructor(private readonly g: FakeGoogle) {}
  createAddonMenu(): FakeMenu {
    this.g.tick('Ui.createAddonMenu');
    return new FakeMenu(this, 'addon', 'PAR Tracker');
  }
  createMenu(name: string): FakeMenu {
    this.g.tick('Ui.createMenu');
    return new FakeMenu(this, 'custom', name);
  }
  showSidebar(output: FakeHtmlOutput): void {
    this.g.tick('Ui.showSidebar');
    this.sidebars.push(output);
  }
}

class FakeValidationBuilder {
  private values: string[] = [];
  private showDropdown = true;
  private allowInvalid = true;
  private helpText = '';
  requireValueInList(values: string[], showDropdown = true): this {
    this.values = [...values];
    this.showDropdown = showDropdown;
    return this;
  }
  setAllowInvalid(allow: boolean): this {
    this.allowInvalid = allow;
    return this;
  }
  setHelpText(text: string): this {
    this.helpText = text;
    return this;
  }
  build(): FakeValidation {
    const { values, showDropdown, allowInvalid, helpText } = this;
    return {
      criteria: 'VALUE_IN_LIST',
      values,
      showDropdown,
      allowInvalid,
      helpText,
      getCriteriaType: () => 'VALUE_IN_LIST',
      getCriteriaValues: () => [values, showDropdown],
    };
  }
}

class FakeConditionalRuleBuilder {
  private formula = '';
  private background: string | null = null;
  private fontColor: string | null = null;
  private ranges: string[] = [];
  whenFormulaSatisfied(formula: string): this {
    this.formula = formula;
    return this;
  }
  setBackground(colour: string | null): this {
    this.background = colour;
    return this;
  }
  setFontColor(colour: string | null): this {
    this.fontColor = colour;
    return this;
  }
  setRanges(ranges: FakeRange[]): this {
    this.ranges = ranges.map((r) => r.getA1Notation());
    return this;
  }
  build(): FakeConditionalRule {
    if (!this.formula) throw new Error('fake: conditional format rule without a condition');
    return { formula: this.formula, background: this.background, fontColor: this.fontColor, ranges: this.ranges };
  }
}

export interface FakeChart {
  /** The sheet the builder came from (Sheet.newChart); every range is on it. */
  readonly sheet: string;
  readonly type: string;
  readonly merge: string;
  readonly headers: number;
  readonly ranges: string[];
  readonly position: { row: number; column: number };
  readonly options: Record<string, unknown>;
}

class FakeChartBuilder {
  private type = '';
  private merge = 'MERGE_COLUMNS';
  private headers = -1;
  private readonly ranges: string[] = [];
  private position = { row: 1, column: 1 };
  private readonly options: Record<string, unknown> = {};
  constructor(private readonly sheet: FakeSheet) {}
  setChartType(type: string): this {
    this.type = type;
    return this;
  }
  setMergeStrategy(merge: string): this {
    this.merge = merge;
    return this;
  }
  setNumHeaders(n: number): this {
    this.headers = n;
    return this;
  }
  addRange(range: FakeRange): this {
    if (range.sheet !== this.sheet) throw new Error('fake: a chart range on another sheet');
    this.ranges.push(range.getA1Notation());
    return this;
  }
  setPosition(row: number, column: number, _x: number, _y: number): this {
    this.position = { row, column };
    return this;
  }
  setOption(key: string, value: unknown): this {
    this.options[key] = value;
    return this;
  }
  build(): FakeChart {
    if (!this.type || this.ranges.length === 0) throw new Error('fake: a chart needs a type and ranges');
    return { sheet: this.sheet.name, type: this.type, merge: this.merge, headers: this.headers, ranges: [...this.ranges], position: this.position, options: { ...this.options } };
  }
}

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  readonly named = new Map<string, { sheet: FakeSheet; a1: string }>();
  active!: FakeSheet;

  constructor(private readonly g: FakeGoogle) {
    this.active = this.addSheet('Trang tính1');
  }

  /** Test setup (not counted): a sheet with these values, made active. */
  addSheet(name: string, values?: CellInput[][], rows = 1000, columns = 26): FakeSheet {
    const width = Math.max(columns, ...(values ?? []).map((r) => r.length));
    const sheet = new FakeSheet(this.g, this, name, Math.max(rows, values?.length ?? 0), width);
    this.sheets.push(sheet);
    if (values) sheet.load(values);
    this.active = sheet;
    return sheet;
  }

  activeRangeOrNull(): FakeRange | null {
    return this.active.selection ?? this.active.getRangeUncounted(1, 1, 1, 1);
  }

  getId(): string {
    return 'fake-spreadsheet';
  }
  getName(): string {
    return 'Kế hoạch CCHC';
  }
  getSpreadsheetTimeZone(): string {
    this.g.tick('Spreadsheet.getSpreadsheetTimeZone');
    return this.g.timeZone;
  }
  getActiveSheet(): FakeSheet {
    this.g.tick('Spreadsheet.getActiveSheet');
    return this.active;
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.g.tick('Spreadsheet.setActiveSheet');
    this.active = sheet;
    return sheet;
  }
  getActiveRange(): FakeRange | null {
    this.g.tick('Spreadsheet.getActiveRange');
    return this.activeRangeOrNull();
  }
  getSheetByName(name: string): FakeSheet | null {
    this.g.tick('Spreadsheet.getSheetByName');
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  getSheets(): FakeSheet[] {
    this.g.tick('Spreadsheet.getSheets');
    return [...this.sheets];
  }
  getNumSheets(): number {
    this.g.tick('Spreadsheet.getNumSheets');
    return this.sheets.length;
  }
  insertSheet(name: string, index?: number): FakeSheet {
    this.g.tick('Spreadsheet.insertSheet', 0, true);
    // Sheets holds no two sheets whose names differ only in case.
    if (this.sheets.some((s) => s.name.toLocaleLowerCase() === name.toLocaleLowerCase())) throw new Error(`Exception: A sheet with the name "${name}" already exists. Please enter another name.`);
    const sheet = new FakeSheet(this.g, this, name, 1000, 26);
    this.sheets.splice(index ?? this.sheets.indexOf(this.active) + 1, 0, sheet);
    this.active = sheet;
    return sheet;
  }
  setNamedRange(name: string, range: FakeRange): void {
    this.g.tick('Spreadsheet.setNamedRange', 0, true);
    if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)) throw new Error(`Exception: Invalid named range name: ${name}`);
    if (this.named.has(name)) throw new Error(`fake: named range ${name} exists; remove it first`);
    this.named.set(name, { sheet: range.sheet, a1: range.getA1Notation() });
  }
  getRangeByName(name: string): FakeRange | null {
    this.g.tick('Spreadsheet.getRangeByName');
    const n = this.named.get(name);
    return n ? n.sheet.getRangeUncountedA1(n.a1) : null;
  }
  removeNamedRange(name: string): void {
    this.g.tick('Spreadsheet.removeNamedRange', 0, true);
    if (!this.named.delete(name)) throw new Error(`Exception: Named range ${name} not found`);
  }
  toast(): void {
    this.g.tick('Spreadsheet.toast');
  }
}

const emptyCell = (): FakeCell => ({ value: '', formula: '', format: GENERAL, note: '', validation: null, style: {} });

export class FakeSheet {
  private rows: (FakeCell | undefined)[][] = [];
  frozenRows = 0;
  readonly widths = new Map<number, number>();
  conditionalRules: FakeConditionalRule[] = [];
  charts: FakeChart[] = [];
  filter: { range: string; remove(): void } | null = null;
  selection: FakeRange | null = null;
  readonly merges: { row: number; column: number; rows: number; columns: number }[] = [];
  /** Mutating calls on this sheet. */
  mutations = 0;

  constructor(
    private readonly g: FakeGoogle,
    readonly spreadsheet: FakeSpreadsheet,
    public name: string,
    public maxRows: number,
    public maxColumns: number,
  ) {}

  // ---- test helpers (not counted) ----

  load(values: CellInput[][]): void {
    values.forEach((row, r) => row.forEach((v, c) => this.store(r + 1, c + 1, v, true)));
  }

  cell(row: number, column: number): FakeCell {
    return this.rows[row - 1]?.[column - 1] ?? emptyCell();
  }

  /** Cell by A1 address, e.g. 'C2'. */
  at(a1: string): FakeCell {
    const b = parseA1(a1);
    return this.cell(b.row, b.column);
  }

  /** Values as getValues would give them, without counting. */
  values(): unknown[][] {
    return this.getRangeUncounted(1, 1, Math.max(1, this.lastRow()), Math.max(1, this.lastColumn())).read();
  }

  mergeForTest(a1: string): void {
    this.merges.push(parseA1(a1));
  }

  getRangeUncounted(row: number, column: number, rows: number, columns: number): FakeRange {
    return new FakeRange(this.g, this, row, column, rows, columns);
  }

  getRangeUncountedA1(a1: string): FakeRange {
    const b = parseA1(a1);
    return new FakeRange(this.g, this, b.row, b.column, b.rows, b.columns);
  }

  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) if (this.rows[r - 1]?.some((c) => c && (c.value !== '' || c.formula !== ''))) return r;
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) {
        const cell = row[c - 1];
        if (cell && (cell.value !== '' || cell.formula !== '')) {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  mutable(row: number, column: number): FakeCell {
    let r = this.rows[row - 1];
    if (!r) r = this.rows[row - 1] = [];
    let cell = r[column - 1];
    if (!cell) cell = r[column - 1] = emptyCell();
    return cell;
  }

  /** Writes a value as Sheets would: parsed as typed unless the cell is formatted '@'. */
  store(row: number, column: number, input: CellInput | undefined, raw = false): void {
    if (input === undefined) throw new Error('Exception: The parameters (number[]) don\'t match the method signature (undefined in data).');
    const cell = this.mutable(row, column);
    cell.formula = '';
    if (input === null || input === '') {
      cell.value = '';
      return;
    }
    if (isDate(input)) {
      cell.value = { date: input.getTime() };
      return;
    }
    if (typeof input === 'object') throw new Error(`Exception: cannot write an object to a cell (${Object.prototype.toString.call(input)})`);
    if (typeof input !== 'string' || raw || cell.format === '@') {
      cell.value = input;
      return;
    }
    if (input.startsWith('=') || (/^[+-]/.test(input) && !/^[+-]\s*\d+([.,]\d+)?%?$/.test(input))) {
      cell.formula = input.startsWith('=') ? input : `=${input}`;
      const v = input.startsWith('=') ? this.g.evaluate(cell.formula, { sheet: this.name, row, column }) : '#ERROR!';
      cell.value = isDate(v) ? { date: v.getTime() } : (v ?? '');
      return;
    }
    if (/^[+-]?\d+(\.\d+)?$/.test(input.trim())) {
      cell.value = Number(input);
      return;
    }
    // "85%" typed is the number 0.85 (Sheets also gives the cell a percent format if it had none).
    const percent = /^([+-]?\d+(?:\.\d+)?)\s*%$/.exec(input.trim());
    if (percent) {
      cell.value = Number(percent[1]) / 100;
      if (cell.format === GENERAL) cell.format = '0.00%';
      return;
    }
    cell.value = input;
  }

  read(row: number, column: number): unknown {
    const v = this.rows[row - 1]?.[column - 1]?.value ?? '';
    return typeof v === 'object' ? new this.g.DateCtor(v.date) : v;
  }

  private touch(name: string, cells = 0): void {
    this.mutations++;
    this.g.tick(name, cells, true);
  }

  // ---- Sheet API ----

  getName(): string {
    return this.name;
  }
  setName(name: string): this {
    this.touch('Sheet.setName');
    this.name = name;
    return this;
  }
  getParent(): FakeSpreadsheet {
    return this.spreadsheet;
  }
  getSheetId(): number {
    return this.spreadsheet.sheets.indexOf(this) + 1;
  }
  getMaxRows(): number {
    this.g.tick('Sheet.getMaxRows');
    return this.maxRows;
  }
  getMaxColumns(): number {
    this.g.tick('Sheet.getMaxColumns');
    return this.maxColumns;
  }
  getLastRow(): number {
    this.g.tick('Sheet.getLastRow');
    return this.lastRow();
  }
  getLastColumn(): number {
    this.g.tick('Sheet.getLastColumn');
    return this.lastColumn();
  }
  insertRowsAfter(after: number, how: number): this {
    this.touch('Sheet.insertRowsAfter');
    if (after !== this.maxRows) throw new Error('fake: insertRowsAfter only at the end is supported');
    this.maxRows += how;
    return this;
  }
  insertColumnsAfter(after: number, how: number): this {
    this.touch('Sheet.insertColumnsAfter');
    if (after !== this.maxColumns) throw new Error('fake: insertColumnsAfter only at the end is supported');
    this.maxColumns += how;
    return this;
  }
  getRange(a: number | string, column?: number, rows = 1, columns = 1): FakeRange {
    this.g.tick('Sheet.getRange');
    if (typeof a === 'string') return this.getRangeUncountedA1(a).checked();
    return new FakeRange(this.g, this, a, column!, rows, columns).checked();
  }
  getDataRange(): FakeRange {
    this.g.tick('Sheet.getDataRange');
    return new FakeRange(this.g, this, 1, 1, Math.max(1, this.lastRow()), Math.max(1, this.lastColumn()));
  }
  getActiveRange(): FakeRange | null {
    this.g.tick('Sheet.getActiveRange');
    return this.selection;
  }
  setActiveRange(range: FakeRange): FakeRange {
    this.g.tick('Sheet.setActiveRange');
    this.selection = range;
    this.spreadsheet.active = this;
    return range;
  }
  activate(): this {
    this.g.tick('Sheet.activate');
    this.spreadsheet.active = this;
    return this;
  }
  clear(): this {
    this.touch('Sheet.clear');
    for (const row of this.rows) {
      if (!row) continue;
      row.forEach((cell) => {
        if (!cell) return;
        cell.value = '';
        cell.formula = '';
        cell.format = GENERAL;
        cell.style = {};
      });
    }
    return this;
  }
  clearNotes(): this {
    this.touch('Sheet.clearNotes');
    for (const row of this.rows) row?.forEach((cell) => cell && (cell.note = ''));
    return this;
  }
  setFrozenRows(rows: number): void {
    this.touch('Sheet.setFrozenRows');
    this.frozenRows = rows;
  }
  getFrozenRows(): number {
    this.g.tick('Sheet.getFrozenRows');
    return this.frozenRows;
  }
  setColumnWidth(column: number, width: number): this {
    this.touch('Sheet.setColumnWidth');
    this.widths.set(column, width);
    return this;
  }
  setColumnWidths(start: number, count: number, width: number): this {
    this.touch('Sheet.setColumnWidths');
    for (let c = start; c < start + count; c++) this.widths.set(c, width);
    return this;
  }
  getColumnWidth(column: number): number {
    this.g.tick('Sheet.getColumnWidth');
    return this.widths.get(column) ?? 100;
  }
  setConditionalFormatRules(rules: FakeConditionalRule[]): void {
    this.touch('Sheet.setConditionalFormatRules');
    this.conditionalRules = [...rules];
  }
  getConditionalFormatRules(): FakeConditionalRule[] {
    this.g.tick('Sheet.getConditionalFormatRules');
    return [...this.conditionalRules];
  }
  clearConditionalFormatRules(): void {
    this.touch('Sheet.clearConditionalFormatRules');
    this.conditionalRules = [];
  }
  newChart(): FakeChartBuilder {
    this.g.tick('Sheet.newChart');
    return new FakeChartBuilder(this);
  }
  insertChart(chart: FakeChart): void {
    this.touch('Sheet.insertChart');
    if (chart.sheet !== this.name) throw new Error('fake: a chart built on another sheet');
    this.charts.push(chart);
  }
  getCharts(): FakeChart[] {
    this.g.tick('Sheet.getCharts');
    return [...this.charts];
  }
  removeChart(chart: FakeChart): void {
    this.touch('Sheet.removeChart');
    this.charts = this.charts.filter((c) => c !== chart);
  }
  getFilter(): { range: string; remove(): void } | null {
    this.g.tick('Sheet.getFilter');
    return this.filter;
  }
}

export class FakeRange {
  constructor(
    private readonly g: FakeGoogle,
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly rows: number,
    readonly columns: number,
  ) {}

  checked(): this {
    if (this.row < 1 || this.column < 1 || this.rows < 1 || this.columns < 1) throw new Error('Exception: The starting row/column and the number of rows/columns must be at least 1.');
    if (this.row + this.rows - 1 > this.sheet.maxRows || this.column + this.columns - 1 > this.sheet.maxColumns) {
      throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this;
  }

  private get size(): number {
    return this.rows * this.columns;
  }

  private each(fn: (cell: FakeCell, r: number, c: number) => void): void {
    for (let r = 0; r < this.rows; r++) for (let c = 0; c < this.columns; c++) fn(this.sheet.mutable(this.row + r, this.column + c), r, c);
  }

  private shape(grid: unknown[][], what: string): void {
    if (!Array.isArray(grid) || grid.length !== this.rows) {
      throw new Error(`Exception: The number of rows in the data does not match the number of rows in the range. The data has ${Array.isArray(grid) ? grid.length : 0} but the range has ${this.rows}. (${what})`);
    }
    for (const row of grid) {
      if (!Array.isArray(row) || row.length !== this.columns) {
        throw new Error(`Exception: The number of columns in the data does not match the number of columns in the range. The data has ${Array.isArray(row) ? row.length : 0} but the range has ${this.columns}. (${what})`);
      }
    }
  }

  private mutate(name: string, cells = 0): void {
    this.sheet.mutations++;
    this.g.tick(name, cells, true);
  }

  read(): unknown[][] {
    const out: unknown[][] = [];
    for (let r = 0; r < this.rows; r++) {
      const row: unknown[] = [];
      for (let c = 0; c < this.columns; c++) row.push(this.sheet.read(this.row + r, this.column + c));
      out.push(row);
    }
    return out;
  }

  // ---- position ----
  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.column;
  }
  getNumRows(): number {
    return this.rows;
  }
  getNumColumns(): number {
    return this.columns;
  }
  getLastRow(): number {
    return this.row + this.rows - 1;
  }
  getLastColumn(): number {
    return this.column + this.columns - 1;
  }
  getSheet(): FakeSheet {
    return this.sheet;
  }
  getA1Notation(): string {
    const a = `${letters(this.column)}${this.row}`;
    return this.size === 1 ? a : `${a}:${letters(this.getLastColumn())}${this.getLastRow()}`;
  }
  activate(): this {
    this.g.tick('Range.activate');
    this.sheet.selection = this;
    this.sheet.spreadsheet.active = this.sheet;
    return this;
  }

  // ---- values and formulas ----
  getValues(): unknown[][] {
    this.g.tick('Range.getValues', this.size);
    return this.read();
  }
  getValue(): unknown {
    this.g.tick('Range.getValue', 1);
    return this.sheet.read(this.row, this.column);
  }
  setValues(values: CellInput[][]): this {
    this.mutate('Range.setValues', this.size);
    this.shape(values, 'setValues');
    values.forEach((row, r) => row.forEach((v, c) => this.sheet.store(this.row + r, this.column + c, v)));
    return this;
  }
  setValue(value: CellInput): this {
    this.mutate('Range.setValue', this.size);
    this.each((_cell, r, c) => this.sheet.store(this.row + r, this.column + c, value));
    return this;
  }
  getFormulas(): string[][] {
    this.g.tick('Range.getFormulas', this.size);
    const out: string[][] = [];
    for (let r = 0; r < this.rows; r++) {
      const row: string[] = [];
      for (let c = 0; c < this.columns; c++) row.push(this.sheet.cell(this.row + r, this.column + c).formula);
      out.push(row);
    }
    return out;
  }
  setFormulas(formulas: string[][]): this {
    this.mutate('Range.setFormulas', this.size);
    this.shape(formulas, 'setFormulas');
    this.each((cell, r, c) => this.writeFormula(cell, formulas[r][c], r, c));
    return this;
  }
  setFormula(formula: string): this {
    this.mutate('Range.setFormula', this.size);
    this.each((cell, r, c) => this.writeFormula(cell, formula, r, c));
    return this;
  }
  private writeFormula(cell: FakeCell, formula: string, r: number, c: number): void {
    if (typeof formula !== 'string') throw new Error('Exception: formulas must be strings');
    if (formula === '') {
      cell.formula = '';
      cell.value = '';
      return;
    }
    if (!formula.startsWith('=')) throw new Error(`fake: a formula must start with "=": ${formula}`);
    cell.formula = formula;
    const v = this.g.evaluate(formula, { sheet: this.sheet.name, row: this.row + r, column: this.column + c });
    cell.value = isDate(v) ? { date: v.getTime() } : (v ?? '');
  }

  // ---- formats and look ----
  setNumberFormat(format: string): this {
    this.mutate('Range.setNumberFormat', this.size);
    this.each((cell) => (cell.format = format));
    return this;
  }
  setNumberFormats(formats: string[][]): this {
    this.mutate('Range.setNumberFormats', this.size);
    this.shape(formats, 'setNumberFormats');
    this.each((cell, r, c) => (cell.format = formats[r][c]));
    return this;
  }
  getNumberFormats(): string[][] {
    this.g.tick('Range.getNumberFormats', this.size);
    return Array.from({ length: this.rows }, (_, r) => Array.from({ length: this.columns }, (_, c) => this.sheet.cell(this.row + r, this.column + c).format));
  }
  private styleOne<K extends keyof Style>(name: string, key: K, value: Style[K]): this {
    this.mutate(name, this.size);
    this.each((cell) => (cell.style[key] = value));
    return this;
  }
  private styleMany<K extends keyof Style>(name: string, key: K, grid: unknown[][], map: (v: any) => Style[K]): this {
    this.mutate(name, this.size);
    this.shape(grid, name);
    this.each((cell, r, c) => (cell.style[key] = map(grid[r][c])));
    return this;
  }
  setFontWeight(w: string | null): this {
    return this.styleOne('Range.setFontWeight', 'bold', w === 'bold');
  }
  setFontWeights(g: (string | null)[][]): this {
    return this.styleMany('Range.setFontWeights', 'bold', g, (w) => w === 'bold');
  }
  setFontStyle(s: string | null): this {
    return this.styleOne('Range.setFontStyle', 'italic', s === 'italic');
  }
  setFontStyles(g: (string | null)[][]): this {
    return this.styleMany('Range.setFontStyles', 'italic', g, (s) => s === 'italic');
  }
  setFontColor(c: string | null): this {
    return this.styleOne('Range.setFontColor', 'fontColor', c);
  }
  setFontColors(g: (string | null)[][]): this {
    return this.styleMany('Range.setFontColors', 'fontColor', g, (c) => c);
  }
  setBackground(c: string | null): this {
    return this.styleOne('Range.setBackground', 'background', c);
  }
  setBackgrounds(g: (string | null)[][]): this {
    return this.styleMany('Range.setBackgrounds', 'background', g, (c) => c);
  }
  getBackgrounds(): (string | null)[][] {
    this.g.tick('Range.getBackgrounds', this.size);
    return Array.from({ length: this.rows }, (_, r) => Array.from({ length: this.columns }, (_, c) => this.sheet.cell(this.row + r, this.column + c).style.background ?? '#ffffff'));
  }
  setHorizontalAlignment(a: string | null): this {
    return this.styleOne('Range.setHorizontalAlignment', 'hAlign', a);
  }
  setHorizontalAlignments(g: (string | null)[][]): this {
    return this.styleMany('Range.setHorizontalAlignments', 'hAlign', g, (a) => a);
  }
  setVerticalAlignment(a: string | null): this {
    return this.styleOne('Range.setVerticalAlignment', 'vAlign', a);
  }
  setVerticalAlignments(g: (string | null)[][]): this {
    return this.styleMany('Range.setVerticalAlignments', 'vAlign', g, (a) => a);
  }
  setWrap(w: boolean): this {
    return this.styleOne('Range.setWrap', 'wrap', w);
  }
  setWraps(g: boolean[][]): this {
    return this.styleMany('Range.setWraps', 'wrap', g, (w) => w === true);
  }
  setBorder(top: boolean | null, left: boolean | null, bottom: boolean | null, right: boolean | null, vertical: boolean | null, horizontal: boolean | null, _colour?: string, _style?: string): this {
    const all = [top, left, bottom, right, vertical, horizontal].every((b) => b === true);
    return this.styleOne('Range.setBorder', 'border', all);
  }

  // ---- notes, validations, filter, merges ----
  setNotes(notes: (string | null)[][]): this {
    this.mutate('Range.setNotes', this.size);
    this.shape(notes, 'setNotes');
    this.each((cell, r, c) => (cell.note = notes[r][c] ?? ''));
    return this;
  }
  setNote(note: string | null): this {
    this.mutate('Range.setNote', this.size);
    this.each((cell) => (cell.note = note ?? ''));
    return this;
  }
  getNotes(): string[][] {
    this.g.tick('Range.getNotes', this.size);
    return Array.from({ length: this.rows }, (_, r) => Array.from({ length: this.columns }, (_, c) => this.sheet.cell(this.row + r, this.column + c).note));
  }
  setDataValidation(rule: FakeValidation | null): this {
    this.mutate('Range.setDataValidation', this.size);
    this.each((cell) => (cell.validation = rule));
    return this;
  }
  setDataValidations(rules: (FakeValidation | null)[][]): this {
    this.mutate('Range.setDataValidations', this.size);
    this.shape(rules, 'setDataValidations');
    this.each((cell, r, c) => (cell.validation = rules[r][c]));
    return this;
  }
  getDataValidations(): (FakeValidation | null)[][] {
    this.g.tick('Range.getDataValidations', this.size);
    return Array.from({ length: this.rows }, (_, r) => Array.from({ length: this.columns }, (_, c) => this.sheet.cell(this.row + r, this.column + c).validation));
  }
  clearDataValidations(): this {
    this.mutate('Range.clearDataValidations', this.size);
    this.each((cell) => (cell.validation = null));
    return this;
  }
  createFilter(): { range: string; remove(): void } {
    this.mutate('Range.createFilter');
    if (this.sheet.filter) throw new Error('Exception: You can\'t create a filter in a sheet that already has a filter.');
    const sheet = this.sheet;
    const filter = { range: this.getA1Notation(), remove: () => void (sheet.filter = null) };
    sheet.filter = filter;
    return filter;
  }
  getMergedRanges(): FakeRange[] {
    this.g.tick('Range.getMergedRanges');
    return this.sheet.merges
      .filter((m) => m.row <= this.getLastRow() && m.row + m.rows - 1 >= this.row && m.column <= this.getLastColumn() && m.column + m.columns - 1 >= this.column)
      .map((m) => new FakeRange(this.g, this.sheet, m.row, m.column, m.rows, m.columns));
  }
  /** Merges the range into one cell area; one overlapping an existing merge is refused, as Sheets does. */
  merge(): this {
    this.mutate('Range.merge');
    const last = { row: this.getLastRow(), column: this.getLastColumn() };
    if (this.sheet.merges.some((m) => m.row <= last.row && this.row <= m.row + m.rows - 1 && m.column <= last.column && this.column <= m.column + m.columns - 1)) {
      throw new Error('Exception: You must select all cells in a merged range to merge or unmerge them.');
    }
    this.sheet.merges.push({ row: this.row, column: this.column, rows: this.rows, columns: this.columns });
    return this;
  }
  breakApart(): this {
    this.mutate('Range.breakApart');
    const keep = this.sheet.merges.filter((m) => !(m.row >= this.row && m.row + m.rows - 1 <= this.getLastRow() && m.column >= this.column && m.column + m.columns - 1 <= this.getLastColumn()));
    this.sheet.merges.splice(0, this.sheet.merges.length, ...keep);
    return this;
  }
}
