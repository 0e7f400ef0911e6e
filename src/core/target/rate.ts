/**
 * RATE: a part over a total, as the fraction a spreadsheet formats as a percentage.
 */
import { readCellNumber } from './number';
import { TARGET_MESSAGES } from './messages';

export type RateResult = { value: number } | { error: string };

/**
 * part / total, e.g. 45 of 50 files on time → 0.9 (shown as 90%). Numeric text ("1.234",
 * "45") is read as numbers. A part above the total is returned as is (a budget disbursed beyond
 * plan is a real rate over 100%); a zero, missing, negative or non-numeric total or part is an
 * error in Vietnamese.
 * @example rate(45, 50) → { value: 0.9 }
 * @example rate(3, 0) → { error: 'Tổng số bằng 0' }
 * @example rate(3, '') → { error: 'Thiếu tổng số' }
 */
export function rate(part: unknown, total: unknown): RateResult {
  const t = readCellNumber(total);
  if (t.kind === 'missing') return { error: TARGET_MESSAGES.missingTotal };
  if (t.kind === 'unreadable') return { error: TARGET_MESSAGES.notANumber(TARGET_MESSAGES.totalLabel, t.text) };
  const p = readCellNumber(part);
  if (p.kind === 'missing') return { error: TARGET_MESSAGES.missingPart };
  if (p.kind === 'unreadable') return { error: TARGET_MESSAGES.notANumber(TARGET_MESSAGES.partLabel, p.text) };
  if (t.value < 0) return { error: TARGET_MESSAGES.negative(TARGET_MESSAGES.totalLabel, t.value) };
  if (p.value < 0) return { error: TARGET_MESSAGES.negative(TARGET_MESSAGES.partLabel, p.value) };
  if (t.value === 0) return { error: TARGET_MESSAGES.zeroTotal };
  return { value: p.value / t.value };
}
