/**
 * Model cells → the plain values a host's bulk write takes (Excel `range.values`/`formulas`,
 * Apps Script `setValues`). Dates go through the host's own codec (Excel serial, Apps Script
 * `Date`), so no host ever parses a date from locale text. Shared by the adapters so each writes
 * a whole block in one call.
 */
import { isoToExcelSerial } from '../../core/dates';
import type { CellValue, SheetModel } from '../model';

export type HostCell = string | number | boolean | Date;

/** How a host wants an ISO date written. */
export type DateCodec = (iso: string) => HostCell;

export const excelDate: DateCodec = (iso) => isoToExcelSerial(iso) ?? iso;

/** The value to write; formulas as their text with '=' (both hosts take them through the formulas/values array). */
export function hostValue(value: CellValue, date: DateCodec): HostCell {
  switch (value.type) {
    case 'text':
      return value.text;
    case 'number':
      return value.number;
    case 'date':
      return date(value.date);
    case 'formula':
      return value.formula;
    case 'empty':
      return '';
  }
}

/** A sheet's rows as a rectangle of host values, as wide as its column layout. */
export function sheetValues(sheet: SheetModel, date: DateCodec): HostCell[][] {
  const width = Math.max(sheet.columns.length, ...sheet.rows.map((r) => r.cells.length));
  return sheet.rows.map((row) => {
    const out = new Array<HostCell>(width).fill('');
    row.cells.forEach((c, i) => (out[i] = hostValue(c.value, date)));
    return out;
  });
}
