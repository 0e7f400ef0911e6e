/**
 * Appendix sheets for the adapter tests, made from seed 000 as an official has it pasted in a
 * sheet: a small one (10 tasks) and a large one (the seed's body repeated with new STT numbers,
 * ≥ 10,000 tasks), so sync counts can be compared across sizes.
 */
import { seedSheetValues } from '../helpers/fixtures';

const HEADER_ROWS = 4;

/** The seed's first rows: title, header and exactly 10 tasks. */
export function smallAppendix(): string[][] {
  return seedSheetValues('000-appendix').slice(0, 23);
}

/** Seed 000's body repeated `times` times; a repetition k renumbers "2.1" to "(2+10k).1". */
export function repeatedAppendix(times: number): string[][] {
  const seed = seedSheetValues('000-appendix');
  const head = seed.slice(0, HEADER_ROWS);
  const body = seed.slice(HEADER_ROWS);
  const out = [...head];
  for (let k = 0; k < times; k++) {
    for (const row of body) {
      const m = /^(\d+)((?:\.\d+)*)$/.exec(row[0]);
      out.push(m && k > 0 ? [`${+m[1] + 10 * k}${m[2]}`, ...row.slice(1)] : [...row]);
    }
  }
  return out;
}

/** ≥ 10,000 tasks (the seed body gives about 51 per repetition). */
export const LARGE_REPEAT = 197;
