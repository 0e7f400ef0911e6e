// Fakes Sheet: typed-value parsing of writes, size, frozen rows, widths, clear, notes, conditional
// formats, charts, filter; counts each call and, on `mutations`, the writes made on this sheet.
import { emptyCell, GENERAL, isDate, parseA1, type CellInput, type FakeCell } from './cells';
import type { FakeChart } from './charts';
import { FakeChartBuilder } from './charts';
import type { FakeGoogle } from './google';
import { FakeRange } from './range';
import type { FakeSpreadsheet } from './spreadsheet';
import type { FakeConditionalRule } from './validation';

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
    if (input === undefined) throw new Error("Exception: The parameters (number[]) don't match the method signature (undefined in data).");
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
