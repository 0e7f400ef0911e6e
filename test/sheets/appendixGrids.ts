/** Seed appendix 000 as an official has it pasted in a sheet, cut to or repeated to a size. */
import { seedSheetValues } from '../helpers/fixtures';

export const HYPERLINK = '=HYPERLINK("https://vanban.example.gov.vn/kh-20","Kế hoạch số 20/KH-UBND")';

function parts(): { top: string[][]; body: string[][] } {
  const seed = seedSheetValues('000-appendix');
  const h = seed.findIndex((r) => r[0] === 'STT');
  return { top: seed.slice(0, h + 1), body: seed.slice(h + 1) };
}

const numbered = (r: readonly string[]): boolean => /^\d/.test(r[0] ?? '');

/** Seed 000 with one result cell holding "=HYPERLINK(…)" as text (task 2.1's Kết quả/sản phẩm). */
export function seedWithFormulaText(): string[][] {
  const grid = seedSheetValues('000-appendix').map((r) => [...r]);
  const row = grid.find((r) => r[0] === '2.1');
  if (!row) throw new Error('seed 000 has no task 2.1');
  row[5] = HYPERLINK;
  return grid;
}

/** The seed's title and header, then body rows until `tasks` numbered rows (groups included) are in. */
export function appendixOf(tasks: number): string[][] {
  const { top, body } = parts();
  const out = top.map((r) => [...r]);
  let count = 0;
  for (let copy = 0; count < tasks; copy++) {
    for (const row of body) {
      if (numbered(row)) {
        if (count === tasks) break;
        count++;
      }
      out.push([...row]);
    }
  }
  return out;
}
