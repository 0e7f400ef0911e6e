/** Showing dates the Vietnamese way (design.md §7.4: dates dd/mm/yyyy). */
import { parseIso } from './iso';

/**
 * An ISO date as dd/mm/yyyy; '' for null, undefined or anything that is not a real ISO date,
 * so a missing deadline shows as an empty cell rather than "null".
 * @example formatDmy('2024-12-31') → '31/12/2024'
 * @example formatDmy(null) → ''
 */
export function formatDmy(iso: string | null | undefined): string {
  if (iso == null) return '';
  const d = parseIso(iso);
  if (!d) return '';
  return iso.slice(8, 10) + '/' + iso.slice(5, 7) + '/' + iso.slice(0, 4);
}
