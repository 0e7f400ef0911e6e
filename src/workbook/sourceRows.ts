/**
 * The source rows of a task as one short text, consecutive rows joined into ranges.
 * @example formatSourceRows([12, 14, 15]) → '12, 14-15'
 * @example formatSourceRows([]) → ''
 */
export function formatSourceRows(rows: readonly number[]): string {
  // Most tasks come from one row, or from rows already in order: no copy to sort then.
  const sorted = rows.every((r, i) => i === 0 || r > rows[i - 1]) ? rows : [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}
