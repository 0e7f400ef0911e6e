/// <reference types="google-apps-script" />
/**
 * Dates between Google Sheets and the ISO strings of the core. Sheets stores a date as a day
 * serial in the spreadsheet's time zone; Apps Script hands it over as a `Date` at midnight of that
 * zone and turns a `Date` written back into the serial of its instant in that zone. The script's
 * own JS clock runs in the script time zone (appsscript.json: Asia/Ho_Chi_Minh). When the two
 * zones agree (the usual case) `new Date(y, m, d)` is the right instant and core's dateToIso
 * reads cells right; when an official's spreadsheet is set to another zone, dates are converted
 * through Utilities in the spreadsheet's zone (cached: deadlines repeat).
 */
import { isoDate, parseIso } from '../core/dates';
import type { DateCodec } from '../workbook/ops';

export interface SheetDates {
  /** ISO → the `Date` to write, at midnight of the spreadsheet's time zone. */
  readonly write: DateCodec;
  /** The grid with every `Date` moved to local midnight of its calendar day in the spreadsheet (the grid itself when the zones agree). */
  readonly read: (grid: unknown[][]) => unknown[][];
  /** Today, ISO, in the spreadsheet's time zone. */
  readonly today: () => string;
  /** Now as the log writes it, "dd/mm/yyyy hh:mm", in the spreadsheet's time zone. */
  readonly time: () => string;
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

export function sheetDates(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): SheetDates {
  const zone = ss.getSpreadsheetTimeZone();
  const same = zone === Session.getScriptTimeZone();
  const writeCache = new Map<string, Date>();
  const readCache = new Map<number, Date>();

  const write: DateCodec = (iso) => {
    const p = parseIso(iso);
    if (!p) return iso;
    if (same) return new Date(p.year, p.month - 1, p.day);
    let d = writeCache.get(iso);
    if (!d) writeCache.set(iso, (d = Utilities.parseDate(iso, zone, 'yyyy-MM-dd')));
    return new Date(d.getTime());
  };

  const localDay = (d: Date): Date => {
    const t = d.getTime();
    if (Number.isNaN(t)) return d;
    let out = readCache.get(t);
    if (!out) {
      const [y, m, day] = Utilities.formatDate(d, zone, 'yyyy-MM-dd').split('-').map(Number);
      const iso = isoDate(y, m, day);
      out = iso ? new Date(y, m - 1, day) : d;
      readCache.set(t, out);
    }
    return out;
  };

  const read = (grid: unknown[][]): unknown[][] => (same ? grid : grid.map((row) => row.map((v) => (isDate(v) ? localDay(v) : v))));

  return {
    write,
    read,
    today: () => Utilities.formatDate(new Date(), zone, 'yyyy-MM-dd'),
    time: () => Utilities.formatDate(new Date(), zone, 'dd/MM/yyyy HH:mm'),
  };
}
