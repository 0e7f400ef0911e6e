// Fakes Excel.Range and Excel.RangeAreas: values, formulas, number formats, merges, clear, select,
// intersections and the used range's shape; each write is recorded (kind, address, sync) on the fake.
import { FakeError, MAX_ROWS, overlaps, r1c1ToA1, rectToAddress, type CellScalar, type FakeSheet, type Rect } from '../fakeWorkbook';
import type { FakeContext } from './context';
import { ProxyBase } from './proxy';
import { conditionalFormatsOf, dataValidationOf, formatOf } from './rangeFormats';
import { WorksheetProxy } from './worksheet';

export interface RangeTarget {
  sheet: FakeSheet;
  /** The range, or the first area of a RangeAreas. */
  rect: Rect;
  /** Every area, for a RangeAreas (worksheet.getRanges). */
  areas?: Rect[];
}

export const areasOf = (t: RangeTarget): Rect[] => t.areas ?? [t.rect];

export function single(t: RangeTarget): RangeTarget {
  if (t.areas && t.areas.length > 1) throw new FakeError('InvalidOperation', 'This operation is not supported on a RangeAreas with several areas.');
  return t;
}

export const dims = (r: Rect): [number, number] => [r.bottom - r.top + 1, r.right - r.left + 1];

export function eachCell(t: RangeTarget, input: unknown, fn: (row: number, col: number, v: unknown) => void): void {
  const [rows, cols] = dims(t.rect);
  if (!Array.isArray(input)) {
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) fn(t.rect.top + r, t.rect.left + c, input);
    return;
  }
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new FakeError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`,
    );
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
    return formatOf(this);
  }

  get dataValidation(): Record<string, unknown> {
    return dataValidationOf(this);
  }

  get conditionalFormats(): { add(type: string): unknown; clearAll(): void } {
    return conditionalFormatsOf(this);
  }

  /** Merges the range into one area (across = false); an overlapping merge is refused, as Excel does. */
  merge(across = false): void {
    this.write({ merge: across }, (t) => {
      if (across) throw new FakeError('InvalidArgument', 'merge(true) is not used by the adapter');
      const r = t.rect;
      if (t.sheet.merges.some((m) => m.top <= r.bottom && r.top <= m.bottom && m.left <= r.right && r.left <= m.right))
        throw new FakeError('InvalidOperation', 'merge: overlaps a merged area');
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
        t.sheet.formats = t.sheet.formats.filter(
          (f) => !(f.rect.top >= t.rect.top && f.rect.bottom <= t.rect.bottom && f.rect.left >= t.rect.left && f.rect.right <= t.rect.right),
        );
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
      if (areas.length > MAX_MERGED_AREAS)
        throw new FakeError('GeneralException', `getMergedAreas: ${areas.length} merged areas, more than ${MAX_MERGED_AREAS}`);
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
        const rect = {
          top: Math.max(a.rect.top, b.rect.top),
          left: Math.max(a.rect.left, b.rect.left),
          bottom: Math.min(a.rect.bottom, b.rect.bottom),
          right: Math.min(a.rect.right, b.rect.right),
        };
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
