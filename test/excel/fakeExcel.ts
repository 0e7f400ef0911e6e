/**
 * An in-memory fake of exactly the part of the Excel JavaScript API the adapter uses, with
 * Office.js's batching semantics, so batching is really tested:
 * - every call on a proxy object is QUEUED and runs, in order, at `context.sync()`;
 * - a loaded property (values, rowIndex, items, isNullObject…) can only be read after the sync
 *   that loaded it; before, it throws PropertyNotLoaded as Office.js does;
 * - *OrNullObject proxies resolve to null objects, and what hangs off them too
 *   (`nullChaining: 'throw'` makes a call on a null object fail instead, to test that path);
 * - syncs are counted, request/response sizes measured, and with `platform: 'web'` a request or
 *   response over 5 MB fails with Excel on the web's error codes;
 * - every write is recorded with the sync it ran in;
 * - charts: `worksheet.charts.add` makes a series per column (or row) of the range as Excel does,
 *   names are not unique (getItem returns the first), clearing cells leaves charts, and the
 *   ExcelApi 1.7/1.8 members fail with ApiNotFound below those versions.
 * Plain TypeScript without Node imports: jest uses it directly and the end-to-end test bundles
 * it into the browser page in place of Office's script.
 */
import {
  FakeError,
  FakeWorkbookState,
  MAX_ROWS,
  colLetters,
  overlaps,
  parseAddress,
  r1c1ToA1,
  rectToAddress,
  type CellScalar,
  type FakeChart,
  type FakeChartRange,
  type FakeSeries,
  type FakeSheet,
  type FakeTable,
  type Rect,
} from './fakeWorkbook';

export { FakeError, FakeWorkbookState } from './fakeWorkbook';

export interface FakeOptions {
  readonly platform?: 'desktop' | 'web';
  readonly nullChaining?: 'propagate' | 'throw';
  /** Requirement sets reported as supported ('1.1' … this version), default '1.18'. */
  readonly apiVersion?: string;
  /** Every getMergedAreas call fails (a host that refuses them whatever the count). */
  readonly mergesFail?: boolean;
  /** How a request over the web's 5 MB is refused (default RequestPayloadSizeLimitExceeded; a gateway may say otherwise). */
  readonly payloadError?: { readonly code: string; readonly message: string };
}

export interface WriteRecord {
  readonly sync: number;
  readonly sheet: string;
  readonly kind: string;
  readonly address: string;
}

const WEB_LIMIT = 5 * 1024 * 1024;
const ACTION_OVERHEAD = 120;

const utf8 = (s: string): number => {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
};

interface Action {
  readonly bytes: number;
  run(): void;
}

export class FakeExcel {
  readonly state = new FakeWorkbookState();
  readonly writes: WriteRecord[] = [];
  /** Sizes of each request and response, in sync order. */
  readonly requests: { readonly bytes: number; readonly responseBytes: number }[] = [];
  syncs = 0;
  readonly handlers: ((args: unknown) => unknown)[] = [];

  constructor(readonly options: FakeOptions = {}) {}

  /** Excel.run(batch): a new request context; pending operations are synced when the batch ends. */
  run = async <T>(batch: (ctx: FakeContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(this);
    const result = await batch(ctx);
    if (ctx.pending > 0) await ctx.sync();
    return result;
  };

  /** Counts the syncs an operation makes. */
  async countSyncs(op: () => Promise<unknown>): Promise<number> {
    const before = this.syncs;
    await op();
    return this.syncs - before;
  }

  /** ExcelApi versions compare by minor number: 1.9 < 1.13 < 1.18. */
  supports(version: string): boolean {
    const minor = (v: string): number => Number(v.split('.')[1] ?? 0);
    return minor(version) <= minor(this.options.apiVersion ?? '1.18');
  }

  record(kind: string, sheet: FakeSheet | undefined, rect?: Rect): void {
    this.writes.push({ sync: this.syncs + 1, sheet: sheet?.name ?? '', kind, address: rect ? rectToAddress(rect) : '' });
  }

  /** The user selects cells: sets the selection and tells the listeners, as Excel does. */
  select(sheetName: string, address: string): void {
    const sheet = this.state.sheetByName(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    this.state.activeSheetId = sheet.id;
    this.state.selection = { sheetId: sheet.id, rect: parseAddress(address) };
    const args = { address: address.replace(/\$/g, ''), worksheetId: sheet.id, type: 'WorksheetSelectionChanged', source: 'Local' };
    for (const h of [...this.handlers]) void Promise.resolve().then(() => h(args));
  }

  /** A namespace object to install as the global `Excel` in a page. */
  get namespace(): { run: FakeExcel['run'] } {
    return { run: this.run };
  }
}

export class FakeContext {
  private queue: Action[] = [];
  readonly workbook: WorkbookProxy;
  readonly application = {
    suspendApiCalculationUntilNextSync: (): void => this.enqueue(16, () => undefined),
    suspendScreenUpdatingUntilNextSync: (): void => this.enqueue(16, () => undefined),
  };

  constructor(readonly fake: FakeExcel) {
    this.workbook = new WorkbookProxy(this);
  }

  get pending(): number {
    return this.queue.length;
  }

  enqueue(bytes: number, run: () => void): void {
    this.queue.push({ bytes: bytes + ACTION_OVERHEAD, run });
  }

  /** The response a load adds (measured when it runs). */
  responseBytes = 0;

  async sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    this.fake.syncs++;
    this.responseBytes = 0;
    const bytes = actions.reduce((n, a) => n + a.bytes, 0);
    const web = this.fake.options.platform === 'web';
    if (web && bytes > WEB_LIMIT) {
      this.fake.requests.push({ bytes, responseBytes: 0 });
      const refusal = this.fake.options.payloadError ?? { code: 'RequestPayloadSizeLimitExceeded', message: 'The request payload size has exceeded the limit.' };
      throw new FakeError(refusal.code, refusal.message);
    }
    await Promise.resolve();
    try {
      for (const a of actions) a.run();
    } finally {
      this.fake.requests.push({ bytes, responseBytes: this.responseBytes });
    }
    if (web && this.responseBytes > WEB_LIMIT) {
      throw new FakeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    }
  }
}

const notLoaded = (prop: string): FakeError =>
  new FakeError('PropertyNotLoaded', `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);

/** A proxy: resolves to its target when the queue runs; loaded properties readable after sync. */
abstract class ProxyBase<T> {
  private resolved: { target: T | null } | null = null;
  protected readonly data = new Map<string, unknown>();

  constructor(
    readonly context: FakeContext,
    private readonly resolver: () => T | null,
    private readonly orNull = false,
  ) {
    if (orNull) context.enqueue(16, () => this.data.set('isNullObject', this.target() === null));
  }

  /** The target, resolved once, at run time. A null target of a non-OrNull proxy is ItemNotFound. */
  target(): T | null {
    if (!this.resolved) this.resolved = { target: this.resolver() };
    return this.resolved.target;
  }

  required(): T {
    const t = this.target();
    if (t === null) throw new FakeError('ItemNotFound', 'The requested resource doesn\'t exist.');
    return t;
  }

  /** For a child object: null when this is null (or an error, with nullChaining 'throw'). */
  protected parentOrNull(): T | null {
    const t = this.target();
    if (t === null && this.context.fake.options.nullChaining === 'throw') throw new FakeError('ItemNotFound', 'The requested resource doesn\'t exist.');
    return t;
  }

  get isNullObject(): boolean {
    if (!this.data.has('isNullObject')) throw notLoaded('isNullObject');
    return this.data.get('isNullObject') as boolean;
  }

  protected read<V>(prop: string): V {
    if (!this.data.has(prop)) throw notLoaded(prop);
    return this.data.get(prop) as V;
  }

  protected abstract snapshot(field: string, target: T): unknown;

  load(spec?: string | string[]): this {
    const fields = (Array.isArray(spec) ? spec : (spec ?? '').split(',')).map((s) => s.trim()).filter(Boolean);
    this.context.enqueue(16 + fields.join(',').length, () => {
      const t = this.target();
      if (this.orNull) this.data.set('isNullObject', t === null);
      if (t === null) {
        if (!this.orNull) throw new FakeError('ItemNotFound', 'The requested resource doesn\'t exist.');
        return;
      }
      for (const f of fields) {
        const v = this.snapshot(f, t);
        this.data.set(f.split('/')[0], v);
        this.context.responseBytes += utf8(JSON.stringify(v) ?? '');
      }
    });
    return this;
  }

  /** Queues a write; `bytes` are its arguments' size. */
  protected write(args: unknown, run: (t: T) => void): void {
    this.context.enqueue(utf8(JSON.stringify(args) ?? ''), () => run(this.required()));
  }
}

// ---------------------------------------------------------------------------------------------

interface RangeTarget {
  sheet: FakeSheet;
  /** The range, or the first area of a RangeAreas. */
  rect: Rect;
  /** Every area, for a RangeAreas (worksheet.getRanges). */
  areas?: Rect[];
}

const areasOf = (t: RangeTarget): Rect[] => t.areas ?? [t.rect];

function single(t: RangeTarget): RangeTarget {
  if (t.areas && t.areas.length > 1) throw new FakeError('InvalidOperation', 'This operation is not supported on a RangeAreas with several areas.');
  return t;
}

const dims = (r: Rect): [number, number] => [r.bottom - r.top + 1, r.right - r.left + 1];

function eachCell(t: RangeTarget, input: unknown, fn: (row: number, col: number, v: unknown) => void): void {
  const [rows, cols] = dims(t.rect);
  if (!Array.isArray(input)) {
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) fn(t.rect.top + r, t.rect.left + c, input);
    return;
  }
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new FakeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`);
  }
  input.forEach((row: unknown[], r) => row.forEach((v, c) => fn(t.rect.top + r, t.rect.left + c, v)));
}

export class RangeProxy extends ProxyBase<RangeTarget> {
  constructor(context: FakeContext, resolver: () => RangeTarget | null, orNull = false) {
    super(context, resolver, orNull);
  }

  /** The range a proxy stands for, when a call takes it as an argument (resolved at sync). */
  resolveTarget(): RangeTarget | null {
    return this.parentOrNull();
  }

  protected snapshot(field: string, t: RangeTarget): unknown {
    const [rows, cols] = dims(t.rect);
    switch (field) {
      case 'values':
        return t.sheet.values(t.rect);
      case 'formulas':
        return t.sheet.values(t.rect).map((row, r) => row.map((v, c) => t.sheet.formulaAt(t.rect.top + r, t.rect.left + c) ?? v));
      case 'numberFormat':
        return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => t.sheet.numberFormatAt(t.rect.top + r, t.rect.left + c)));
      case 'rowIndex':
        return t.rect.top - 1;
      case 'columnIndex':
        return t.rect.left - 1;
      case 'rowCount':
        return rows;
      case 'columnCount':
        return cols;
      case 'address':
        return `${t.sheet.name}!${rectToAddress(t.rect)}`;
      default:
        throw new FakeError('InvalidArgument', `fake Range cannot load "${field}"`);
    }
  }

  get values(): CellScalar[][] {
    return this.read('values');
  }
  set values(v: unknown) {
    this.write({ values: v }, (t) => {
      single(t);
      this.context.fake.record('values', t.sheet, t.rect);
      eachCell(t, v, (r, c, x) => this.context.fake.state.writeValue(t.sheet, r, c, x));
    });
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(v: unknown) {
    this.write({ formulas: v }, (t) => {
      single(t);
      this.context.fake.record('formulas', t.sheet, t.rect);
      eachCell(t, v, (r, c, x) => this.context.fake.state.writeFormula(t.sheet, r, c, x));
    });
  }
  set formulasR1C1(v: unknown) {
    this.write({ formulasR1C1: v }, (t) => {
      this.context.fake.record('formulasR1C1', t.sheet, t.rect);
      eachCell(t, v, (r, c, x) => this.context.fake.state.writeFormula(t.sheet, r, c, typeof x === 'string' ? r1c1ToA1(x, r, c) : x));
    });
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  set numberFormat(v: unknown) {
    this.write({ numberFormat: v }, (t) => {
      single(t);
      this.context.fake.record('numberFormat', t.sheet, t.rect);
      const [rows, cols] = dims(t.rect);
      // A whole column as the column's format, as Excel stores it.
      if (!Array.isArray(v) && rows === MAX_ROWS) {
        for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.columnFormats.set(c, String(v));
        for (const [key, cell] of t.sheet.cells) if (+key.split(',')[1] >= t.rect.left && +key.split(',')[1] <= t.rect.right) cell.numberFormat = null;
        return;
      }
      if (rows * cols > 2_000_000) throw new Error(`fake: number format on ${rectToAddress(t.rect)} is too large to store per cell`);
      eachCell(t, v, (r, c, x) => {
        if (x !== null && x !== undefined) t.sheet.touch(r, c).numberFormat = x === '' ? 'General' : String(x);
      });
    });
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get address(): string {
    return this.read('address');
  }

  writeFormat(prop: string, value: unknown): void {
    this.write({ [prop]: value }, (t) => {
      for (const rect of areasOf(t)) {
        this.context.fake.record(`format.${prop}`, t.sheet, rect);
        t.sheet.formats.push({ rect, prop, value });
      }
    });
  }
  writeColumnWidth(points: number): void {
    this.write({ columnWidth: points }, (t) => {
      this.context.fake.record('columnWidth', t.sheet, t.rect);
      for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.columnWidths.set(c, points);
    });
  }
  writeAutofit(): void {
    this.write({ autofitRows: true }, (t) => {
      this.context.fake.record('autofitRows', t.sheet, t.rect);
      t.sheet.autofitRows.push(t.rect);
    });
  }

  get format(): Record<string, unknown> {
    const self = this;
    const w = (prop: string) => (v: unknown): void => self.writeFormat(prop, v);
    return {
      font: {
        set bold(v: boolean) { w('bold')(v); },
        set italic(v: boolean) { w('italic')(v); },
        set color(v: string) { w('fontColor')(v); },
      },
      fill: { set color(v: string) { w('fill')(v); } },
      set wrapText(v: boolean) { w('wrap')(v); },
      set horizontalAlignment(v: string) { w('hAlign')(v); },
      set verticalAlignment(v: string) { w('vAlign')(v); },
      set columnWidth(v: number) { self.writeColumnWidth(v); },
      autofitRows: (): void => self.writeAutofit(),
      borders: {
        getItem: (edge: string) => ({
          set style(v: string) { w(`border.${edge}.style`)(v); },
          set color(v: string) { w(`border.${edge}.color`)(v); },
        }),
      },
    };
  }

  get dataValidation(): Record<string, unknown> {
    const self = this;
    const each = (t: RangeTarget, set: (v: { rect: Rect } & Record<string, unknown>) => void): void => {
      for (const rect of areasOf(t)) {
        const key = rectToAddress(rect);
        let rule = t.sheet.validationsByAddress.get(key) as ({ rect: Rect } & Record<string, unknown>) | undefined;
        if (!rule) {
          t.sheet.validations.push((rule = { rect }));
          t.sheet.validationsByAddress.set(key, rule);
        }
        set(rule);
      }
    };
    return {
      set rule(v: { list?: { source?: string } }) {
        self.write({ rule: v }, (t) => {
          if (!v.list || typeof v.list.source !== 'string') throw new FakeError('InvalidArgument', 'fake: only list validation');
          if (v.list.source.length > 255) throw new FakeError('InvalidArgument', 'List source longer than 255 characters.');
          self.context.fake.record('dataValidation.rule', t.sheet, t.rect);
          each(t, (x) => (x.rule = v));
        });
      },
      set errorAlert(v: { title?: string; message?: string }) {
        self.write({ errorAlert: v }, (t) => {
          if ((v.title ?? '').length > 32 || (v.message ?? '').length > 225) throw new FakeError('InvalidArgument', 'Error alert title or message too long.');
          each(t, (x) => (x.errorAlert = v));
        });
      },
      set ignoreBlanks(v: boolean) {
        self.write({ ignoreBlanks: v }, (t) => each(t, (x) => (x.ignoreBlanks = v)));
      },
      clear() {
        self.write({ clear: true }, (t) => {
          self.context.fake.record('dataValidation.clear', t.sheet, t.rect);
          const keep = t.sheet.validations.filter((v) => !overlaps(v.rect, t.rect));
          t.sheet.validations.splice(0, t.sheet.validations.length, ...keep);
          t.sheet.validationsByAddress.clear();
          for (const v of keep) t.sheet.validationsByAddress.set(rectToAddress(v.rect), v);
        });
      },
    };
  }

  get conditionalFormats(): { add(type: string): unknown; clearAll(): void } {
    const self = this;
    return {
      add(type: string) {
        const cf: Record<string, unknown> = { type };
        self.write({ add: type }, (t) => {
          if (type !== 'Custom') throw new FakeError('InvalidArgument', 'fake: only Custom conditional formats');
          self.context.fake.record('conditionalFormats.add', t.sheet, t.rect);
          cf.rect = t.rect;
          t.sheet.conditionalFormats.push(cf as never);
        });
        const setLater = (prop: string) => (v: unknown) => self.write({ [prop]: v }, () => (cf[prop] = v));
        return {
          custom: {
            rule: { set formula(v: string) { setLater('formula')(v); } },
            format: {
              fill: { set color(v: string) { setLater('fill')(v); } },
              font: { set color(v: string) { setLater('fontColor')(v); } },
            },
          },
          set priority(v: number) {
            setLater('priority')(v);
          },
        };
      },
      clearAll() {
        self.write({ clearAll: true }, (t) => {
          self.context.fake.record('conditionalFormats.clearAll', t.sheet, t.rect);
          const keep = t.sheet.conditionalFormats.filter((c) => !overlaps(c.rect, t.rect));
          t.sheet.conditionalFormats.splice(0, t.sheet.conditionalFormats.length, ...keep);
        });
      },
    };
  }

  /** Merges the range into one area (across = false); an overlapping merge is refused, as Excel does. */
  merge(across = false): void {
    this.write({ merge: across }, (t) => {
      if (across) throw new FakeError('InvalidArgument', 'merge(true) is not used by the adapter');
      const r = t.rect;
      if (t.sheet.merges.some((m) => m.top <= r.bottom && r.top <= m.bottom && m.left <= r.right && r.left <= m.right)) throw new FakeError('InvalidOperation', 'merge: overlaps a merged area');
      this.context.fake.record('merge', t.sheet, r);
      t.sheet.merges.push({ ...r });
    });
  }

  clear(applyTo = 'All'): void {
    this.write({ clear: applyTo }, (t) => {
      this.context.fake.record('clear', t.sheet, t.rect);
      for (const [key, cell] of [...t.sheet.cells]) {
        const [r, c] = key.split(',').map(Number);
        if (r < t.rect.top || r > t.rect.bottom || c < t.rect.left || c > t.rect.right) continue;
        if (applyTo === 'All' || applyTo === 'Contents') {
          cell.value = '';
          cell.formula = null;
        }
        if (applyTo === 'All' || applyTo === 'Formats') cell.numberFormat = null;
        if (applyTo === 'All') t.sheet.cells.delete(key);
        t.sheet.changed();
      }
      if (applyTo === 'All' || applyTo === 'Formats') {
        t.sheet.formats = t.sheet.formats.filter((f) => !(f.rect.top >= t.rect.top && f.rect.bottom <= t.rect.bottom && f.rect.left >= t.rect.left && f.rect.right <= t.rect.right));
      }
      const wholeColumns = t.rect.top === 1 && t.rect.bottom === MAX_ROWS;
      if (wholeColumns && (applyTo === 'All' || applyTo === 'Formats')) {
        for (const c of [...t.sheet.columnFormats.keys()]) if (c >= t.rect.left && c <= t.rect.right) t.sheet.columnFormats.delete(c);
      }
    });
  }

  select(): void {
    this.write({ select: true }, (t) => {
      this.context.fake.record('select', t.sheet, t.rect);
      this.context.fake.select(t.sheet.name, rectToAddress(t.rect));
    });
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this.context, () => {
      const t = this.parentOrNull();
      if (!t) return null;
      if (this.context.fake.options.mergesFail) throw new FakeError('GeneralException', 'getMergedAreas refused');
      const areas = t.sheet.merges.filter((m) => overlaps(m, t.rect));
      // Excel refuses a range with more merged areas than this (the whole request fails).
      if (areas.length > MAX_MERGED_AREAS) throw new FakeError('GeneralException', `getMergedAreas: ${areas.length} merged areas, more than ${MAX_MERGED_AREAS}`);
      return areas.length ? { sheet: t.sheet, areas } : null;
    });
  }

  getIntersectionOrNullObject(other: RangeProxy): RangeProxy {
    return new RangeProxy(
      this.context,
      () => {
        const a = this.parentOrNull();
        const b = other.parentOrNull();
        if (!a || !b || a.sheet !== b.sheet) return null;
        const rect = { top: Math.max(a.rect.top, b.rect.top), left: Math.max(a.rect.left, b.rect.left), bottom: Math.min(a.rect.bottom, b.rect.bottom), right: Math.min(a.rect.right, b.rect.right) };
        return rect.top <= rect.bottom && rect.left <= rect.right ? { sheet: a.sheet, rect } : null;
      },
      true,
    );
  }

  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.parentOrNull()?.sheet ?? null);
  }
}

/** Excel's limit on the merged areas one getMergedAreas call returns. */
export const MAX_MERGED_AREAS = 512;

class RangeAreasProxy extends ProxyBase<{ sheet: FakeSheet; areas: Rect[] }> {
  constructor(context: FakeContext, resolver: () => { sheet: FakeSheet; areas: Rect[] } | null) {
    super(context, resolver, true);
  }
  protected snapshot(field: string, t: { sheet: FakeSheet; areas: Rect[] }): unknown {
    if (field !== 'address') throw new FakeError('InvalidArgument', `fake RangeAreas cannot load "${field}"`);
    const q = /[^A-Za-z0-9_]/.test(t.sheet.name) ? `'${t.sheet.name.replace(/'/g, "''")}'` : t.sheet.name;
    return t.areas.map((a) => `${q}!${rectToAddress(a)}`).join(', ');
  }
  get address(): string {
    return this.read('address');
  }
}

export class WorksheetProxy extends ProxyBase<FakeSheet> {
  constructor(context: FakeContext, resolver: () => FakeSheet | null, orNull = false) {
    super(context, resolver, orNull);
  }
  protected snapshot(field: string, t: FakeSheet): unknown {
    if (field === 'name') return t.name;
    if (field === 'id') return t.id;
    throw new FakeError('InvalidArgument', `fake Worksheet cannot load "${field}"`);
  }
  get name(): string {
    return this.read('name');
  }
  get id(): string {
    return this.read('id');
  }

  private range(rect: () => Rect, orNull = false): RangeProxy {
    return new RangeProxy(
      this.context,
      () => {
        const sheet = this.parentOrNull();
        return sheet ? { sheet, rect: rect() } : null;
      },
      orNull,
    );
  }
  getRange(address?: string): RangeProxy {
    return this.range(() => (address ? parseAddress(address) : { top: 1, left: 1, bottom: 1_048_576, right: 16_384 }));
  }
  /** A RangeAreas: several comma-separated areas. */
  getRanges(address: string): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sheet = this.parentOrNull();
      const areas = address.split(',').map((a) => parseAddress(a.trim()));
      return sheet ? { sheet, rect: areas[0], areas } : null;
    });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    if (rows < 1 || cols < 1) throw new FakeError('InvalidArgument', 'getRangeByIndexes: empty range');
    return this.range(() => ({ top: row + 1, left: col + 1, bottom: row + rows, right: col + cols }));
  }
  getCell(row: number, col: number): RangeProxy {
    return this.getRangeByIndexes(row, col, 1, 1);
  }
  /** Excel gives A1 as the used range of an empty sheet. */
  getUsedRange(valuesOnly = false): RangeProxy {
    return this.range(() => this.parentOrNull()?.usedRect(valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 });
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(
      this.context,
      () => {
        const sheet = this.parentOrNull();
        const rect = sheet?.usedRect(valuesOnly);
        return sheet && rect ? { sheet, rect } : null;
      },
      true,
    );
  }
  activate(): void {
    this.write({ activate: true }, (s) => (this.context.fake.state.activeSheetId = s.id));
  }
  /**
   * Where a range argument lands, as Excel does it: a Range object on its own sheet, an address
   * string without a sheet name on the ACTIVE sheet — whatever sheet's collection was called.
   */
  private rangeArgument(range: string | RangeProxy): { sheet: FakeSheet; rect: Rect } {
    if (typeof range !== 'string') {
      const t = range.resolveTarget();
      if (!t) throw new FakeError('ItemNotFound', 'range argument is a null object');
      return { sheet: t.sheet, rect: t.rect };
    }
    const sheet = range.includes('!') ? this.context.fake.state.sheetByName(range.slice(0, range.lastIndexOf('!')).replace(/^'|'$/g, '').replace(/''/g, "'")) : this.context.fake.state.activeSheet;
    if (!sheet) throw new FakeError('ItemNotFound', `no sheet for ${range}`);
    return { sheet, rect: parseAddress(range) };
  }
  get tables(): { add(address: string | RangeProxy, hasHeaders: boolean): TableProxy } {
    return {
      add: (address: string | RangeProxy, hasHeaders: boolean) => {
        let created: FakeTable | null = null;
        this.write({ address: typeof address === 'string' ? address : 'range', hasHeaders }, () => {
          const { sheet, rect } = this.rangeArgument(address);
          this.context.fake.record('tables.add', sheet, rect);
          created = this.context.fake.state.addTable(sheet, rect);
        });
        return new TableProxy(this.context, () => created);
      },
    };
  }
  get freezePanes(): { freezeRows(n: number): void; unfreeze(): void } {
    return {
      freezeRows: (n: number) => this.write({ freezeRows: n }, (s) => (s.frozenRows = n)),
      unfreeze: () => this.write({ unfreeze: true }, (s) => (s.frozenRows = 0)),
    };
  }
  get autoFilter(): { apply(address: string | RangeProxy): void; remove(): void } {
    return {
      apply: (address: string | RangeProxy) =>
        this.write({ apply: typeof address === 'string' ? address : 'range' }, () => {
          const { sheet, rect } = this.rangeArgument(address);
          sheet.autoFilter = rect;
        }),
      // Whether Excel accepts removing an AutoFilter that is not there is undocumented: the fake refuses.
      remove: () =>
        this.write({ remove: true }, (s) => {
          if (!s.autoFilter) throw new FakeError('InvalidOperation', 'fake: no AutoFilter to remove');
          s.autoFilter = null;
        }),
    };
  }
  get pageLayout(): Record<string, unknown> {
    const set = (prop: string) => (v: unknown) => this.write({ [prop]: v }, (s) => (s.pageLayout[prop] = v));
    return {
      set orientation(v: string) { set('orientation')(v); },
      set paperSize(v: string) { set('paperSize')(v); },
      set zoom(v: unknown) { set('zoom')(v); },
      setPrintTitleRows: (v: string) => set('printTitleRows')(v),
    };
  }
  get charts(): ChartCollectionProxy {
    return new ChartCollectionProxy(this.context, () => this.required());
  }
  get notes(): { add(cell: RangeProxy | string, text: string): void } {
    return {
      add: (cell: RangeProxy | string, text: string) =>
        this.write({ text }, (s) => {
          const t = typeof cell === 'string' ? { sheet: s, rect: parseAddress(cell) } : cell.required();
          if (s.notes.some((n) => n.address === rectToAddress(t.rect))) throw new FakeError('InvalidOperation', 'The cell already has a note.');
          s.notes.push({ address: rectToAddress(t.rect), text });
        }),
    };
  }
}

class TableProxy extends ProxyBase<FakeTable> {
  constructor(context: FakeContext, resolver: () => FakeTable | null, orNull = false) {
    super(context, resolver, orNull);
  }
  protected snapshot(field: string, t: FakeTable): unknown {
    if (field === 'name') return t.name;
    throw new FakeError('InvalidArgument', `fake Table cannot load "${field}"`);
  }
  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.write({ name: v }, (t) => this.context.fake.state.renameTable(t, v));
  }
  set style(v: string) {
    this.write({ style: v }, (t) => (t.style = v));
  }
  set showBandedRows(v: boolean) {
    this.write({ showBandedRows: v }, (t) => (t.showBandedRows = v));
  }
  get rows(): { add(index: number | undefined | null, values: unknown[][]): void } {
    return {
      add: (index, values) =>
        this.write({ index, values }, (t) => {
          if (index !== undefined && index !== null) throw new Error('fake: rows.add only appends');
          const sheet = this.context.fake.state.sheetByKey(t.sheetId)!;
          const rect = { top: t.rect.bottom + 1, left: t.rect.left, bottom: t.rect.bottom + values.length, right: t.rect.right };
          this.context.fake.record('table.rows.add', sheet, rect);
          eachCell({ sheet, rect }, values, (r, c, x) => this.context.fake.state.writeValue(sheet, r, c, x));
          t.rect = { ...t.rect, bottom: rect.bottom };
        }),
    };
  }
  convertToRange(): void {
    this.write({ convertToRange: true }, (t) => {
      const tables = this.context.fake.state.tables;
      tables.splice(tables.indexOf(t), 1);
    });
  }
}

class CollectionBase<I> {
  protected loadedItems: I[] | null = null;
  constructor(readonly context: FakeContext) {}
  get items(): I[] {
    if (!this.loadedItems) throw notLoaded('items');
    return this.loadedItems;
  }
}

// ---- charts ---------------------------------------------------------------------------------

/** Excel.ChartType values the fake knows (the enum's values, not its keys: 'ColumnClustered', not 'columnClustered'). */
const CHART_TYPES = new Set(['ColumnClustered', 'ColumnStacked', 'ColumnStacked100', 'BarClustered', 'BarStacked', 'Line', 'LineMarkers', 'Pie', 'Doughnut', 'Area', 'XYScatter']);
const SERIES_BY = new Set(['Auto', 'Columns', 'Rows']);
const LEGEND_POSITIONS = new Set(['Invalid', 'Top', 'Bottom', 'Left', 'Right', 'Corner', 'Custom']);

const chartRange = (t: RangeTarget): FakeChartRange => ({ sheet: t.sheet.name, address: rectToAddress(single(t).rect) });

function needs(context: FakeContext, version: string, what: string): void {
  if (!context.fake.supports(version)) throw new FakeError('ApiNotFound', `${what} needs ExcelApi ${version}`);
}

class ChartCollectionProxy extends CollectionBase<{ name: string }> {
  constructor(
    context: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {
    super(context);
  }
  add(type: string, source: RangeProxy, seriesBy = 'Auto'): ChartProxy {
    let created: FakeChart | null = null;
    this.context.enqueue(utf8(JSON.stringify({ type, seriesBy })), () => {
      if (!CHART_TYPES.has(type)) throw new FakeError('InvalidArgument', `fake: unknown chart type "${type}"`);
      if (!SERIES_BY.has(seriesBy)) throw new FakeError('InvalidArgument', `fake: unknown seriesBy "${seriesBy}"`);
      const sheet = this.sheet();
      const src = single(source.required());
      const [rows, cols] = dims(src.rect);
      // One series per column (or row); Excel's guessing of a header row is not modelled.
      const byColumns = seriesBy === 'Columns' || (seriesBy === 'Auto' && rows >= cols);
      const series: FakeSeries[] = Array.from({ length: byColumns ? cols : rows }, (_, i) => ({
        name: `Series${i + 1}`,
        values: chartRange({ sheet: src.sheet, rect: byColumns ? { ...src.rect, left: src.rect.left + i, right: src.rect.left + i } : { ...src.rect, top: src.rect.top + i, bottom: src.rect.top + i } }),
        xValues: null,
      }));
      let n = 1;
      while (sheet.charts.some((c) => c.name === `Chart ${n}`)) n++;
      created = { name: `Chart ${n}`, type, seriesBy, source: chartRange(src), title: null, series, position: null, valueAxisNumberFormat: null, legendPosition: null };
      sheet.charts.push(created);
      this.context.fake.record('charts.add', sheet, src.rect);
    });
    return new ChartProxy(this.context, () => created);
  }
  /** The first chart of that name, as Excel does. */
  getItem(name: string): ChartProxy {
    return new ChartProxy(this.context, () => this.sheet().charts.find((c) => c.name === name) ?? null);
  }
  load(spec?: string): this {
    this.context.enqueue(16, () => {
      this.loadedItems = this.sheet().charts.map((c) => ({ name: c.name }));
      this.context.responseBytes += utf8(JSON.stringify(this.loadedItems));
    });
    void spec;
    return this;
  }
}

class ChartProxy extends ProxyBase<FakeChart> {
  constructor(context: FakeContext, resolver: () => FakeChart | null) {
    super(context, resolver);
  }
  protected snapshot(field: string, t: FakeChart): unknown {
    if (field === 'name') return t.name;
    throw new FakeError('InvalidArgument', `fake Chart cannot load "${field}"`);
  }
  private sheetOf(t: FakeChart): FakeSheet | undefined {
    return this.context.fake.state.sheets.find((s) => s.charts.includes(t));
  }
  private set(prop: string, v: unknown, apply: (t: FakeChart) => void): void {
    this.write({ [prop]: v }, (t) => {
      this.context.fake.record(`chart.${prop}`, this.sheetOf(t));
      apply(t);
    });
  }
  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.set('name', v, (t) => (t.name = v));
  }
  get title(): { text: string } {
    const self = this;
    return {
      get text(): string {
        throw notLoaded('text');
      },
      set text(v: string) {
        self.set('title.text', v, (t) => (t.title = v));
      },
    };
  }
  get legend(): { position: string } {
    const self = this;
    return {
      get position(): string {
        throw notLoaded('position');
      },
      set position(v: string) {
        self.set('legend.position', v, (t) => {
          if (!LEGEND_POSITIONS.has(v)) throw new FakeError('InvalidArgument', `fake: unknown legend position "${v}"`);
          t.legendPosition = v;
        });
      },
    };
  }
  get axes(): { valueAxis: { numberFormat: string } } {
    const self = this;
    return {
      valueAxis: {
        get numberFormat(): string {
          throw notLoaded('numberFormat');
        },
        set numberFormat(v: string) {
          self.set('axes.valueAxis.numberFormat', v, (t) => {
            needs(self.context, '1.8', 'ChartAxis.numberFormat');
            t.valueAxisNumberFormat = v;
          });
        },
      },
    };
  }
  setPosition(start: string, end?: string): void {
    this.set('setPosition', [start, end ?? null], (t) => {
      parseAddress(start);
      if (end !== undefined) parseAddress(end);
      t.position = { start, end: end ?? null };
    });
  }
  get series(): { getItemAt(index: number): SeriesProxy; add(name?: string): SeriesProxy } {
    return {
      getItemAt: (index: number) => new SeriesProxy(this.context, () => this.required().series[index] ?? null),
      add: (name?: string) => {
        let created: FakeSeries | null = null;
        this.set('series.add', name ?? null, (t) => {
          needs(this.context, '1.7', 'ChartSeriesCollection.add');
          created = { name: name ?? `Series${t.series.length + 1}`, values: null, xValues: null };
          t.series.push(created);
        });
        return new SeriesProxy(this.context, () => created);
      },
    };
  }
  delete(): void {
    this.set('delete', true, (t) => {
      const sheet = this.sheetOf(t);
      sheet?.charts.splice(sheet.charts.indexOf(t), 1);
    });
  }
}

class SeriesProxy extends ProxyBase<FakeSeries> {
  constructor(context: FakeContext, resolver: () => FakeSeries | null) {
    super(context, resolver);
  }
  protected snapshot(field: string, t: FakeSeries): unknown {
    if (field === 'name') return t.name;
    throw new FakeError('InvalidArgument', `fake ChartSeries cannot load "${field}"`);
  }
  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.write({ name: v }, (t) => {
      this.context.fake.record('chart.series.name', undefined);
      t.name = v;
    });
  }
  setValues(range: RangeProxy): void {
    this.write({ setValues: true }, (t) => {
      needs(this.context, '1.7', 'ChartSeries.setValues');
      this.context.fake.record('chart.series.setValues', undefined);
      t.values = chartRange(range.required());
    });
  }
  setXAxisValues(range: RangeProxy): void {
    this.write({ setXAxisValues: true }, (t) => {
      needs(this.context, '1.7', 'ChartSeries.setXAxisValues');
      this.context.fake.record('chart.series.setXAxisValues', undefined);
      t.xValues = chartRange(range.required());
    });
  }
}

class WorksheetCollectionProxy extends CollectionBase<{ name: string; id: string; autoFilter?: { enabled: boolean } }> {
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context.fake.state.activeSheet);
  }
  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context.fake.state.sheetByKey(key) ?? null);
  }
  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context.fake.state.sheetByKey(key) ?? null, true);
  }
  add(name: string): WorksheetProxy {
    let created: FakeSheet | null = null;
    this.context.enqueue(utf8(name), () => {
      created = this.context.fake.state.addSheet(name);
      this.context.fake.record('worksheets.add', created);
    });
    return new WorksheetProxy(this.context, () => created);
  }
  load(spec: string): this {
    const filters = /autoFilter\/enabled/.test(spec);
    this.context.enqueue(16, () => {
      if (filters && !this.context.fake.supports('1.9')) throw new FakeError('ApiNotFound', 'autoFilter needs ExcelApi 1.9');
      this.loadedItems = this.context.fake.state.sheets.map((s) => ({ name: s.name, id: s.id, ...(filters ? { autoFilter: { enabled: s.autoFilter !== null } } : {}) }));
      this.context.responseBytes += utf8(JSON.stringify(this.loadedItems));
    });
    return this;
  }
  readonly onSelectionChanged = {
    add: (handler: (args: unknown) => unknown) => {
      this.context.enqueue(16, () => this.context.fake.handlers.push(handler));
      const fake = this.context.fake;
      return {
        context: this.context,
        remove: () => this.context.enqueue(16, () => fake.handlers.splice(fake.handlers.indexOf(handler), 1)),
      };
    },
  };
}

class TableCollectionProxy extends CollectionBase<{ name: string; worksheet: { name: string } }> {
  getItem(name: string): TableProxy {
    return new TableProxy(this.context, () => this.context.fake.state.tableByName(name) ?? null);
  }
  getItemOrNullObject(name: string): TableProxy {
    return new TableProxy(this.context, () => this.context.fake.state.tableByName(name) ?? null, true);
  }
  load(spec: string): this {
    this.context.enqueue(16, () => {
      const state = this.context.fake.state;
      this.loadedItems = state.tables.map((t) => ({ name: t.name, worksheet: { name: state.sheetByKey(t.sheetId)!.name } }));
      this.context.responseBytes += utf8(JSON.stringify(this.loadedItems));
    });
    void spec;
    return this;
  }
}

class NamedItemCollectionProxy extends CollectionBase<{ name: string }> {
  add(name: string, reference: string): void {
    this.context.enqueue(utf8(name + reference), () => {
      const names = this.context.fake.state.names;
      if ([...names.keys()].some((n) => n.toLowerCase() === name.toLowerCase())) throw new FakeError('InvalidArgument', `The name "${name}" already exists.`);
      this.context.fake.record('names.add', undefined);
      names.set(name, reference);
    });
  }
  getItem(name: string): { delete(): void } {
    return {
      delete: () =>
        this.context.enqueue(16, () => {
          const names = this.context.fake.state.names;
          const key = [...names.keys()].find((n) => n.toLowerCase() === name.toLowerCase());
          if (!key) throw new FakeError('ItemNotFound', `No name "${name}".`);
          names.delete(key);
        }),
    };
  }
  load(spec: string): this {
    this.context.enqueue(16, () => {
      this.loadedItems = [...this.context.fake.state.names.keys()].map((name) => ({ name }));
    });
    void spec;
    return this;
  }
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  constructor(readonly context: FakeContext) {
    this.worksheets = new WorksheetCollectionProxy(context);
    this.tables = new TableCollectionProxy(context);
    this.names = new NamedItemCollectionProxy(context);
  }
  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const state = this.context.fake.state;
      const sel = state.selection && state.selection.sheetId === state.activeSheet.id ? state.selection : null;
      return { sheet: state.activeSheet, rect: sel?.rect ?? { top: 1, left: 1, bottom: 1, right: 1 } };
    });
  }
}

/** Column letters, for tests that check cells by address. */
export { colLetters, parseAddress };

/** A fake with the given sheets, the first active. */
export function fakeExcelWith(sheets: Record<string, readonly (readonly CellScalar[])[]>, options: FakeOptions = {}): FakeExcel {
  const fake = new FakeExcel(options);
  for (const [name, values] of Object.entries(sheets)) fake.state.addSheet(name, values);
  return fake;
}
