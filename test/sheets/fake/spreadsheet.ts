// Fakes Spreadsheet: its sheets (insertSheet, case-insensitive unique names), the active sheet and
// range, named ranges, time zone; counts each call, and insertSheet/setNamedRange/removeNamedRange as writes.
import { type CellInput } from './cells';
import type { FakeGoogle } from './google';
import { type FakeRange } from './range';
import { FakeSheet } from './sheet';

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
    if (this.sheets.some((s) => s.name.toLocaleLowerCase() === name.toLocaleLowerCase()))
      throw new Error(`Exception: A sheet with the name "${name}" already exists. Please enter another name.`);
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
