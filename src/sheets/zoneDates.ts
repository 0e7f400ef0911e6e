/// <reference types="google-apps-script" />
/**
 * The spreadsheet's time zone for the PAR_* custom functions. A date cell is midnight of its day
 * in the spreadsheet's zone, which an official may have left at another zone than the add-on's
 * Asia/Ho_Chi_Minh; reading and writing dates through that zone keeps 30/09 from becoming 29/09.
 * Custom functions may read the spreadsheet's settings; this runs inside each call, never at load
 * time. Outside Apps Script (tests) or at UTC+7 it is the fixed Ho Chi Minh conversion.
 */
import { HO_CHI_MINH, type ZoneDates } from '../core/functions/codecs';

const SAME_AS_DEFAULT = new Set(['Asia/Ho_Chi_Minh', 'Asia/Saigon', 'Asia/Bangkok', 'Asia/Jakarta', 'Asia/Vientiane', 'Asia/Phnom_Penh', 'Etc/GMT-7']);

export function spreadsheetZoneDates(): ZoneDates {
  if (typeof SpreadsheetApp === 'undefined' || typeof Utilities === 'undefined') return HO_CHI_MINH;
  let zone: string;
  try {
    zone = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
  } catch {
    return HO_CHI_MINH;
  }
  if (!zone || SAME_AS_DEFAULT.has(zone)) return HO_CHI_MINH;
  // Deadlines repeat down a column: each day and instant is converted once per call.
  const days = new Map<string, Date | null>();
  const instants = new Map<number, string | null>();
  return {
    isoOf(date) {
      const t = date.getTime();
      if (Number.isNaN(t)) return null;
      if (!instants.has(t)) instants.set(t, Utilities.formatDate(date, zone, 'yyyy-MM-dd'));
      return instants.get(t) ?? null;
    },
    dateOf(iso) {
      if (!days.has(iso)) days.set(iso, Utilities.parseDate(iso, zone, 'yyyy-MM-dd'));
      const d = days.get(iso);
      return d ? new Date(d.getTime()) : null;
    },
  };
}
