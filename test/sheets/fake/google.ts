// Fakes the Apps Script globals (SpreadsheetApp, HtmlService, LockService, Session, Utilities, Logger,
// Charts) for a vm context; counts every service call, cells touched and writes made without the lock.
import { type CellInput } from './cells';
import { FakeClock, Counters } from './counting';
import { FakeHtmlOutput, FakeLock, FakeUi } from './services';
import { FakeSpreadsheet } from './spreadsheet';
import { formatDateIn, instantIn, processZone } from './time';
import { FakeConditionalRuleBuilder, FakeValidationBuilder } from './validation';

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
