// Fakes Range: values, formulas, number formats, look, notes, validations, filter, merges, with
// Sheets' shape checks; counts each call and the cells it touches (Range.getValues: cells read).
import { isDate, letters, type CellInput, type FakeCell, type Style } from './cells';
import type { FakeGoogle } from './google';
import type { FakeSheet } from './sheet';
import type { FakeValidation } from './validation';

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
    if (this.row < 1 || this.column < 1 || this.rows < 1 || this.columns < 1)
      throw new Error('Exception: The starting row/column and the number of rows/columns must be at least 1.');
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
      throw new Error(
        `Exception: The number of rows in the data does not match the number of rows in the range. The data has ${Array.isArray(grid) ? grid.length : 0} but the range has ${this.rows}. (${what})`,
      );
    }
    for (const row of grid) {
      if (!Array.isArray(row) || row.length !== this.columns) {
        throw new Error(
          `Exception: The number of columns in the data does not match the number of columns in the range. The data has ${Array.isArray(row) ? row.length : 0} but the range has ${this.columns}. (${what})`,
        );
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
    return Array.from({ length: this.rows }, (_, r) =>
      Array.from({ length: this.columns }, (_, c) => this.sheet.cell(this.row + r, this.column + c).style.background ?? '#ffffff'),
    );
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
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    _colour?: string,
    _style?: string,
  ): this {
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
    return Array.from({ length: this.rows }, (_, r) =>
      Array.from({ length: this.columns }, (_, c) => this.sheet.cell(this.row + r, this.column + c).validation),
    );
  }
  clearDataValidations(): this {
    this.mutate('Range.clearDataValidations', this.size);
    this.each((cell) => (cell.validation = null));
    return this;
  }
  createFilter(): { range: string; remove(): void } {
    this.mutate('Range.createFilter');
    if (this.sheet.filter) throw new Error("Exception: You can't create a filter in a sheet that already has a filter.");
    const sheet = this.sheet;
    const filter = { range: this.getA1Notation(), remove: () => void (sheet.filter = null) };
    sheet.filter = filter;
    return filter;
  }
  getMergedRanges(): FakeRange[] {
    this.g.tick('Range.getMergedRanges');
    return this.sheet.merges
      .filter(
        (m) => m.row <= this.getLastRow() && m.row + m.rows - 1 >= this.row && m.column <= this.getLastColumn() && m.column + m.columns - 1 >= this.column,
      )
      .map((m) => new FakeRange(this.g, this.sheet, m.row, m.column, m.rows, m.columns));
  }
  /** Merges the range into one cell area; one overlapping an existing merge is refused, as Sheets does. */
  merge(): this {
    this.mutate('Range.merge');
    const last = { row: this.getLastRow(), column: this.getLastColumn() };
    if (
      this.sheet.merges.some((m) => m.row <= last.row && this.row <= m.row + m.rows - 1 && m.column <= last.column && this.column <= m.column + m.columns - 1)
    ) {
      throw new Error('Exception: You must select all cells in a merged range to merge or unmerge them.');
    }
    this.sheet.merges.push({ row: this.row, column: this.column, rows: this.rows, columns: this.columns });
    return this;
  }
  breakApart(): this {
    this.mutate('Range.breakApart');
    const keep = this.sheet.merges.filter(
      (m) => !(m.row >= this.row && m.row + m.rows - 1 <= this.getLastRow() && m.column >= this.column && m.column + m.columns - 1 <= this.getLastColumn()),
    );
    this.sheet.merges.splice(0, this.sheet.merges.length, ...keep);
    return this;
  }
}
