/**
 * How a target reads in the Chỉ tiêu sheet, and the native Đạt? formula that checks an actual
 * against it. The words here are what the formula compares with, so they live together.
 */
import type { Target } from '../core/plan/schema';
import { formulaString as q } from './dueStatus';

/** Operators and directions print as the TARGET function prints them (one table, in core). */
import { DIRECTION_WORDS, OP_SYMBOLS } from '../core/target/format';

export { OP_SYMBOLS, DIRECTION_WORDS };

export const UNIT_WORDS: Readonly<Record<Target['unit'], string>> = {
  '%': '%',
  count: 'số lượng',
  other: 'khác',
};

export const MET_VALUES = {
  met: { vi: 'Đạt', en: 'Met', fill: 'C6EFCE', fontColor: '006100' },
  notMet: { vi: 'Chưa đạt', en: 'Not met', fill: 'FFC7CE', fontColor: '9C0006' },
  zeroDenominator: { vi: 'Lỗi: mẫu số bằng 0', en: 'Error: denominator is 0' },
} as const;

/**
 * The number format of a percent value, with just the decimals it needs, so 0.9 shows "90%"
 * and 0.705 shows "70.5%" (Excel shows the locale's decimal separator).
 * @example percentFormat(0.9) → '0%'
 * @example percentFormat(0.7052) → '0.00%'
 */
export function percentFormat(value: number): string {
  const hundredths = Math.round(value * 100 * 10000) / 10000;
  const decimals = (String(hundredths).split('.')[1] ?? '').length;
  return decimals === 0 ? '0%' : `0.${'0'.repeat(Math.min(decimals, 4))}%`;
}

/** The cells the Đạt? formula reads (A1 references in the same row). */
export interface MetRefs {
  readonly op: string;
  readonly value: string;
  readonly baselineYear: string;
  readonly direction: string;
  readonly actual: string;
  readonly numerator: string;
  readonly denominator: string;
}

/**
 * The native Đạt? formula: "" until an actual exists, then "Đạt" or "Chưa đạt".
 * - The actual is Tử số / Mẫu số when both are numbers, else Thực tế.
 * - For a target against a baseline year (Năm gốc), Tử số / Mẫu số are this year's and the
 *   baseline year's figures, and the direction turns their ratio into the change the target
 *   speaks of: giảm → 1 − Tử/Mẫu, tăng → Tử/Mẫu − 1. A Thực tế typed by hand is that change
 *   already (a 5% decrease is typed 5%).
 * - The comparison is rounded to 9 decimals, so 1 − 38/40 meets "giảm ≥ 5%" despite floating
 *   point.
 */
export function metFormula(r: MetRefs): string {
  const ratio = `${r.numerator}/${r.denominator}`;
  const change = `IF(ISNUMBER(${r.baselineYear}),IF(${r.direction}=${q(DIRECTION_WORDS.decrease)},1-${ratio},${ratio}-1),${ratio})`;
  const check = (actual: string): string => {
    const a = `ROUND(${actual},9)`;
    const v = `ROUND(${r.value},9)`;
    const cmp =
      `IF(${r.op}=${q(OP_SYMBOLS['>='])},${a}>=${v},IF(${r.op}=${q(OP_SYMBOLS['>'])},${a}>${v},` +
      `IF(${r.op}=${q(OP_SYMBOLS['<='])},${a}<=${v},IF(${r.op}=${q(OP_SYMBOLS['<'])},${a}<${v},${a}=${v}))))`;
    return `IF(${cmp},${q(MET_VALUES.met.vi)},${q(MET_VALUES.notMet.vi)})`;
  };
  return (
    `=IF(AND(ISNUMBER(${r.numerator}),ISNUMBER(${r.denominator})),` +
    `IF(${r.denominator}=0,${q(MET_VALUES.zeroDenominator.vi)},${check(change)}),` +
    `IF(ISNUMBER(${r.actual}),${check(r.actual)},""))`
  );
}
