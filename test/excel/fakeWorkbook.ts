/**
 * The state behind the fake Excel (fakeExcel.ts): sheets of sparse cells with values, formulas,
 * number formats and formats, tables, validation, conditional formats, names. It behaves like
 * Excel where the adapter's correctness depends on it:
 * - a string written through `values` into a cell that is not formatted '@' is parsed as typed:
 *   "=…", "+…", "-…" become formulas, "1.1" becomes a number — recorded in `coercions`, which a
 *   correct adapter never causes;
 * - a formula written into a '@' cell stays text (also a coercion);
 * - a Table needs a unique name and cannot overlap another Table;
 * - validation titles/messages have Excel's length limits.
 * No Node imports: the same file is bundled into the browser page of the end-to-end test.
 */

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type CellScalar = string | number | boolean;

export interface FakeCell {
  value: CellScalar;
  formula: string | null;
  numberFormat: string | null;
}

/** A format property set on a rectangle (stored as written, not per cell: sheets are large). */
export interface FakeFormat {
  rect: Rect;
  prop: string;
  value: unknown;
}

export interface FakeTable {
  name: string;
  sheetId: string;
  rect: Rect;
  style?: string;
  showBandedRows?: boolean;
}

export interface FakeValidation {
  rect: Rect;
  rule?: unknown;
  errorAlert?: { title?: string; message?: string; showAlert?: boolean; style?: string };
  ignoreBlanks?: boolean;
}

export interface FakeConditionalFormat {
  rect: Rect;
  type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
  priority?: number;
}

/** A range a chart reads, as the sheet name and the A1 address. */
export interface FakeChartRange {
  sheet: string;
  address: string;
}

export interface FakeSeries {
  name: string;
  values: FakeChartRange | null;
  /** Category labels (Excel's XValues). */
  xValues: FakeChartRange | null;
}

export interface FakeChart {
  name: string;
  type: string;
  seriesBy: string;
  /** The range the chart was created from. */
  source: FakeChartRange;
  title: string | null;
  series: FakeSeries[];
  /** setPosition's cells: the top-left, and the cell the chart stretches to cover. */
  position: { start: string; end: string | null } | null;
  valueAxisNumberFormat: string | null;
  legendPosition: string | null;
}

export class FakeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

// ---- addresses (an implementation of its own, independent of src/excel) ----

export function colNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export function colLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export function parseAddress(address: string): Rect {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b = a] = bare.replace(/\$/g, '').split(':');
  const cell = /^([A-Z]+)(\d+)$/i;
  const ca = cell.exec(a);
  const cb = cell.exec(b);
  if (ca && cb) return norm({ top: +ca[2], left: colNumber(ca[1]), bottom: +cb[2], right: colNumber(cb[1]) });
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return norm({ top: +a, bottom: +b, left: 1, right: MAX_COLUMNS });
  if (/^[A-Z]+$/i.test(a) && /^[A-Z]+$/i.test(b)) return norm({ top: 1, bottom: MAX_ROWS, left: colNumber(a), right: colNumber(b) });
  throw new FakeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: "${address}"`);
}

function norm(r: Rect): Rect {
  return { top: Math.min(r.top, r.bottom), bottom: Math.max(r.top, r.bottom), left: Math.min(r.left, r.right), right: Math.max(r.left, r.right) };
}

export function rectToAddress(r: Rect): string {
  return `${colLetters(r.left)}${r.top}:${colLetters(r.right)}${r.bottom}`;
}

export const overlaps = (a: Rect, b: Rect): boolean => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** R1C1 → A1 for a cell, the way Excel shows a filled R1C1 formula in each cell. */
export function r1c1ToA1(formula: string, row: number, col: number): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const end = formula.indexOf(ch, i + 1);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    const m = /^R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?/.exec(formula.slice(i));
    const before = formula[i - 1] ?? '';
    const after = m ? formula[i + m[0].length] ?? '' : '';
    if (m && !/[A-Za-z0-9_.]/.test(before) && !/[A-Za-z0-9_.(]/.test(after)) {
      const part = (p: string | undefined, base: number): [number, boolean] =>
        p === undefined ? [base, false] : p.startsWith('[') ? [base + Number(p.slice(1, -1)), false] : [Number(p), true];
      const [r, rAbs] = part(m[1], row);
      const [c, cAbs] = part(m[2], col);
      out += `${cAbs ? '$' : ''}${colLetters(c)}${rAbs ? '$' : ''}${r}`;
      i += m[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

// ---- sheets ----

let nextId = 1;

export class FakeSheet {
  readonly id = `{sheet-${nextId++}}`;
  readonly cells = new Map<string, FakeCell>();
  readonly columnFormats = new Map<number, string>();
  readonly columnWidths = new Map<number, number>();
  readonly validations: FakeValidation[] = [];
  readonly validationsByAddress = new Map<string, FakeValidation>();
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  readonly notes: { address: string; text: string }[] = [];
  /** Charts float over the cells: clearing a range leaves them, as in Excel. */
  readonly charts: FakeChart[] = [];
  formats: FakeFormat[] = [];
  frozenRows = 0;
  autoFilter: Rect | null = null;
  merges: Rect[] = [];
  autofitRows: Rect[] = [];
  pageLayout: Record<string, unknown> = {};

  constructor(public name: string) {}

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  /** Bumped by every change, so the used range is computed once per state, not per read. */
  private version = 0;
  private usedCache = new Map<string, Rect | null>();

  changed(): void {
    this.version++;
  }

  touch(row: number, col: number): FakeCell {
    this.version++;
    const key = `${row},${col}`;
    let c = this.cells.get(key);
    if (!c) this.cells.set(key, (c = { value: '', formula: null, numberFormat: null }));
    return c;
  }

  /** The format a cell shows: its own, else its column's, else General. */
  numberFormatAt(row: number, col: number): string {
    return this.cell(row, col)?.numberFormat ?? this.columnFormats.get(col) ?? 'General';
  }

  valueAt(row: number, col: number): CellScalar {
    return this.cell(row, col)?.value ?? '';
  }

  /** Bounding box of the cells holding a value or a formula (getUsedRange(true)); null when none. */
  usedRect(valuesOnly: boolean): Rect | null {
    const key = `${valuesOnly}|${this.version}`;
    if (!this.usedCache.has(key)) this.usedCache = new Map([[key, this.computeUsedRect(valuesOnly)]]);
    return this.usedCache.get(key)!;
  }

  private computeUsedRect(valuesOnly: boolean): Rect | null {
    let r: Rect | null = null;
    for (const [key, c] of this.cells) {
      if (valuesOnly ? c.value === '' && c.formula === null : c.value === '' && c.formula === null && c.numberFormat === null) continue;
      const [row, col] = key.split(',').map(Number);
      r = r ? { top: Math.min(r.top, row), left: Math.min(r.left, col), bottom: Math.max(r.bottom, row), right: Math.max(r.right, col) } : { top: row, left: col, bottom: row, right: col };
    }
    return r;
  }

  /** Values of a rectangle, '' for blanks (what `range.values` returns). */
  values(r: Rect): CellScalar[][] {
    return Array.from({ length: r.bottom - r.top + 1 }, (_, i) => Array.from({ length: r.right - r.left + 1 }, (_, j) => this.valueAt(r.top + i, r.left + j)));
  }

  /** The whole sheet as a grid from A1 (test helper). */
  grid(): CellScalar[][] {
    const used = this.usedRect(true);
    return used ? this.values({ top: 1, left: 1, bottom: used.bottom, right: used.right }) : [];
  }

  /** The format property a cell shows (the last write covering it), or undefined (test helper). */
  formatAt(row: number, col: number, prop: string): unknown {
    for (let i = this.formats.length - 1; i >= 0; i--) {
      const f = this.formats[i];
      if (f.prop === prop && row >= f.rect.top && row <= f.rect.bottom && col >= f.rect.left && col <= f.rect.right) return f.value;
    }
    return undefined;
  }

  /** Formula of a cell, or null (test helper). */
  formulaAt(row: number, col: number): string | null {
    return this.cell(row, col)?.formula ?? null;
  }
}

export interface Coercion {
  sheet: string;
  address: string;
  written: string;
  became: 'formula' | 'number' | 'text';
}

export class FakeWorkbookState {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  readonly names = new Map<string, string>();
  readonly coercions: Coercion[] = [];
  activeSheetId = '';
  selection: { sheetId: string; rect: Rect } | null = null;

  addSheet(name: string, values?: readonly (readonly CellScalar[])[]): FakeSheet {
    if (this.sheetByName(name)) throw new FakeError('ItemAlreadyExists', `A worksheet named "${name}" already exists.`);
    if (name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new FakeError('InvalidArgument', `Invalid worksheet name "${name}".`);
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    values?.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== '' && v !== null && v !== undefined) sheet.touch(r + 1, c + 1).value = v;
      }),
    );
    return sheet;
  }

  sheetByName(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheetByKey(key: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === key) ?? this.sheetByName(key);
  }

  get activeSheet(): FakeSheet {
    return this.sheets.find((s) => s.id === this.activeSheetId) ?? this.sheets[0];
  }

  tableByName(name: string): FakeTable | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  /** A value written through `range.values`, parsed the way Excel parses typed input. */
  writeValue(sheet: FakeSheet, row: number, col: number, v: unknown): void {
    if (v === null || v === undefined) return;
    const cell = sheet.touch(row, col);
    cell.formula = null;
    if (typeof v !== 'string') {
      cell.value = v as CellScalar;
      return;
    }
    const text = sheet.numberFormatAt(row, col) === '@';
    const address = (): string => `${colLetters(col)}${row}`;
    if (!text && v.length > 1 && /^[=+\-@]/.test(v)) {
      cell.formula = v.startsWith('=') ? v : `=${v}`;
      cell.value = '';
      this.coercions.push({ sheet: sheet.name, address: address(), written: v, became: 'formula' });
      return;
    }
    if (!text && /^-?\d+(\.\d+)?$/.test(v.trim())) {
      cell.value = Number(v);
      this.coercions.push({ sheet: sheet.name, address: address(), written: v, became: 'number' });
      return;
    }
    cell.value = v;
  }

  /** A formula written through `range.formulas`; a '@' cell keeps it as text, like Excel. */
  writeFormula(sheet: FakeSheet, row: number, col: number, f: unknown): void {
    if (f === null || f === undefined) return;
    if (typeof f !== 'string' || !f.startsWith('=')) {
      this.writeValue(sheet, row, col, f);
      return;
    }
    const cell = sheet.touch(row, col);
    if (sheet.numberFormatAt(row, col) === '@') {
      cell.formula = null;
      cell.value = f;
      this.coercions.push({ sheet: sheet.name, address: `${colLetters(col)}${row}`, written: f, became: 'text' });
      return;
    }
    cell.formula = f;
    // Formulas are not computed; they read as blank.
    cell.value = '';
  }

  addTable(sheet: FakeSheet, rect: Rect): FakeTable {
    const r = rect.bottom === rect.top ? { ...rect, bottom: rect.top + 1 } : rect;
    if (this.tables.some((t) => t.sheetId === sheet.id && overlaps(t.rect, r))) {
      throw new FakeError('InvalidOperation', 'A table can\'t overlap another table.');
    }
    let n = 1;
    while (this.tableByName(`Table${n}`)) n++;
    const table: FakeTable = { name: `Table${n}`, sheetId: sheet.id, rect: r };
    this.tables.push(table);
    return table;
  }

  renameTable(table: FakeTable, name: string): void {
    const other = this.tableByName(name);
    if (other && other !== table) throw new FakeError('InvalidArgument', `A table named "${name}" already exists.`);
    if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) throw new FakeError('InvalidArgument', `Invalid table name "${name}".`);
    table.name = name;
  }
}
