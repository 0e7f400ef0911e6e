/** Numbers as the province's documents print them. */

/**
 * A share as Vietnamese text, one decimal at most, with a decimal comma; "–" when there is none.
 * @example percentText(0.4125) → '41,3%'
 * @example percentText(null) → '–'
 */
export function percentText(rate: number | null): string {
  return rate === null ? '–' : `${(rate * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;
}
