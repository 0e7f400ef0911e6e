/**
 * A1 ⇄ R1C1 for the formulas the tracker writes. A column of per-row formulas
 * (=IF(…$H6…), =IF(…$H7…), …) is one and the same formula in R1C1 (=IF(…RC8…)), so the
 * adapter writes it to the whole column in ONE operation (`range.formulasR1C1 = "…"`) instead
 * of sending a 400–1,000-character string per row: the payload stays constant whatever the
 * number of tasks.
 *
 * Only cell references are rewritten; text in double quotes, quoted sheet names and names such
 * as NgayDanhGia are left alone. Whole-row/column references (A:A, 1:1) are not rewritten, so a
 * formula using them never groups unless identical; `a1FromR1C1` lets the caller check the
 * round trip before trusting a group. One regular expression pass per formula (no lookbehind:
 * the character before a reference is matched and put back).
 */
import { columnLetter } from '../workbook/model';
import { columnNumber } from './a1';

const QUOTED = `"(?:[^"]|"")*"|'(?:[^']|'')*'`;
const BEFORE = '(^|[^A-Za-z0-9_.])';
const AFTER = '(?![A-Za-z0-9_.(])';
const A1_REF = new RegExp(`(${QUOTED})|${BEFORE}(\\$?)([A-Z]{1,3})(\\$?)(\\d+)${AFTER}`, 'g');
const R1C1_REF = new RegExp(`(${QUOTED})|${BEFORE}R(\\[-?\\d+\\]|\\d+)?C(\\[-?\\d+\\]|\\d+)?${AFTER}`, 'g');

/**
 * The R1C1 form of an A1 formula written in cell (row, column), 1-based.
 * @example r1c1FromA1('=$H6<NgayDanhGia', 6, 13) → '=RC8<NgayDanhGia'
 * @example r1c1FromA1('=B2+C$1', 2, 1) → '=RC[1]+R1C[2]'
 */
export function r1c1FromA1(formula: string, row: number, column: number): string {
  return formula.replace(A1_REF, (all, quoted: string | undefined, before: string, colAbs: string, letters: string, rowAbs: string, digits: string) => {
    if (quoted !== undefined) return all;
    const col = columnNumber(letters);
    const r = Number(digits);
    const rowPart = rowAbs ? `R${r}` : r === row ? 'R' : `R[${r - row}]`;
    const colPart = colAbs ? `C${col}` : col === column ? 'C' : `C[${col - column}]`;
    return before + rowPart + colPart;
  });
}

type Part = string | { readonly r: string | undefined; readonly c: string | undefined };

const refPart = (p: string | undefined, base: number): { n: number; abs: boolean } =>
  p === undefined ? { n: base, abs: false } : p.startsWith('[') ? { n: base + Number(p.slice(1, -1)), abs: false } : { n: Number(p), abs: true };

/**
 * An R1C1 formula parsed once into text and references, giving its A1 form for any cell by
 * plain string building: checking that 10,000 cells share one formula costs one parse, not 10,000.
 */
export function compileR1C1(formula: string): (row: number, column: number) => string {
  const parts: Part[] = [];
  let last = 0;
  formula.replace(R1C1_REF, (all: string, quoted: string | undefined, before: string, r: string | undefined, c: string | undefined, offset: number) => {
    if (quoted === undefined) {
      parts.push(formula.slice(last, offset) + before, { r, c });
      last = offset + all.length;
    }
    return all;
  });
  parts.push(formula.slice(last));
  return (row, column) => {
    let out = '';
    for (const p of parts) {
      if (typeof p === 'string') out += p;
      else {
        const rr = refPart(p.r, row);
        const cc = refPart(p.c, column);
        out += `${cc.abs ? '$' : ''}${columnLetter(cc.n)}${rr.abs ? '$' : ''}${rr.n}`;
      }
    }
    return out;
  };
}

/**
 * The A1 form of an R1C1 formula written in cell (row, column), 1-based: what Excel shows in
 * each cell of a range filled with one R1C1 formula.
 * @example a1FromR1C1('=RC8<NgayDanhGia', 6, 13) → '=$H6<NgayDanhGia'
 */
export function a1FromR1C1(formula: string, row: number, column: number): string {
  return compileR1C1(formula)(row, column);
}
