/**
 * The same tables in other shapes import to the same tasks.
 *
 * Each seed appendix is imported as the document it is (the baseline); then its table is put in
 * the shapes the field gives (an .xlsx, a CSV export, reordered columns, other title rows, NFD
 * text, merged section rows, no page breaks, legacy-font cells, real dates) and each shape must
 * give the same tasks: same ids, hierarchy, texts, deadlines and targets. Source rows are not
 * compared, since the shapes move rows around.
 */
import { readXlsxAppendix } from '../../../src/files/readXlsx';
import { importAppendix, type MergedArea } from '../../../src/core/appendix/importAppendix';
import { importText } from '../../../src/core/appendix/importDocument';
import { parseTextDocument } from '../../../src/core/grid/documentGrid';
import type { Plan } from '../../../src/core/plan/schema';
import { repairLegacyText } from '../../../src/core/text/legacy';
import { seedText } from '../../helpers/fixtures';
import {
  TABLE_SEEDS,
  codesAsNumbers,
  copyGrid,
  decomposed,
  excelSerial,
  gridWidth,
  headerOccurrences,
  mapColumn,
  permuteColumns,
  projectTasks,
  renumberColumnNumberRows,
  reversedOrder,
  rotatedOrder,
  sectionsAsMergedRows,
  seedCase,
  toCsv,
  toXlsx,
  twoRowHeaderMerges,
  warnedRows,
  withHarmlessLineBreaks,
  withTitleRowsAndNoteColumn,
  withoutPageBreaks,
  type TaskProjection,
} from '../../helpers/variants';
import { encodeTcvn3, tcvn3Lossless } from '../text/legacyEncoders';

/** Every string of the projection is in NFC. */
function allNfc(tasks: TaskProjection[]): boolean {
  return JSON.stringify(tasks) === JSON.stringify(tasks).normalize('NFC');
}

async function viaXlsx(grid: unknown[][], options: Parameters<typeof toXlsx>[1] = {}, sheetName?: string): Promise<Plan> {
  const sheet = await readXlsxAppendix(await toXlsx(grid, options), sheetName);
  return importAppendix(sheet.grid, { merges: sheet.merges });
}

describe('The same tables in other shapes import to the same tasks', () => {
  describe.each(TABLE_SEEDS)('seed %s', (name) => {
    const seed = seedCase(name);
    const expected = projectTasks(seed.plan);
    const codeCol = seed.plan.columns.code as number;
    const year = seed.plan.year as number;
    const firstDataRow = seed.plan.headerRows[seed.plan.headerRows.length - 1] + 1;

    it('reads the seed document to a plan with a header, a year and tasks (the baseline)', () => {
      expect(seed.plan.tasks.length).toBeGreaterThan(40);
      expect(seed.plan.headerRows.length).toBeGreaterThan(0);
      expect(seed.plan.year).not.toBeNull();
      expect(seed.plan.columns.code).toBeDefined();
      // The grid compared is the document's table that holds the header.
      const tables = parseTextDocument(seedText(name)).tables.map((t) => t.grid);
      expect(tables).toContainEqual(seed.grid);
    });

    it('imports the same tasks from the table grid alone, without the document around it', () => {
      expect(projectTasks(importAppendix(seed.grid))).toEqual(expected);
    });

    it('imports the same tasks from an .xlsx sheet "Phụ lục" written with exceljs, STT numbers stored as numbers', async () => {
      const cells = codesAsNumbers(seed.grid, codeCol, firstDataRow);
      // 002 numbers its tasks "1.1", "2.1.1" (and "<b>1.1</b>"): no whole numbers to store.
      const wholeNumbers = cells.flat().filter((c) => typeof c === 'number').length;
      if (name === '002-two-row-header') expect(wholeNumbers).toBe(0);
      else expect(wholeNumbers).toBeGreaterThan(10);
      const sheet = await readXlsxAppendix(await toXlsx(cells, { sheetName: 'Phụ lục' }), 'Phụ lục');
      expect(sheet.name).toBe('Phụ lục');
      expect(sheet.grid.flat().filter((c) => typeof c === 'number').length).toBe(wholeNumbers);
      expect(projectTasks(importAppendix(sheet.grid, { merges: sheet.merges }))).toEqual(expected);
    });

    it('finds the appendix sheet of an .xlsx by its header when no sheet is named', async () => {
      const plan = await viaXlsx(seed.grid, {
        sheetName: 'Phụ lục',
        sheetBefore: { name: 'Hướng dẫn', rows: [['Hướng dẫn sử dụng'], ['Điền tiến độ vào cột F']] },
      });
      expect(projectTasks(plan)).toEqual(expected);
    });

    it('imports the same tasks from CSV with quoted cells holding commas, quotes and line breaks', () => {
      const grid = withHarmlessLineBreaks(seed.grid);
      const csv = toCsv(grid);
      expect(csv).toMatch(/"[^"\r\n]*,[^"]*"/); // a quoted cell with a comma
      expect(csv).toMatch(/"[^"]*\r\n"/); // a quoted cell with a line break
      const doc = importText(csv, 'csv');
      expect(doc.grid).toEqual(grid.map((r) => r.map((c) => c)));
      expect(projectTasks(doc.plan)).toEqual(expected);
    });

    it('imports the same tasks from semicolon-separated CSV, as Excel saves it in a Vietnamese locale', () => {
      const doc = importText(toCsv(seed.grid, ';'), 'csv');
      expect(doc.grid[0].length).toBe(gridWidth(seed.grid));
      expect(projectTasks(doc.plan)).toEqual(expected);
    });

    const width = gridWidth(seed.grid);
    const orders: Array<[string, number[]]> = [
      ['reversed', reversedOrder(width)],
      ['rotated by 1', rotatedOrder(width, 1)],
      ['rotated by 3', rotatedOrder(width, 3)],
      ['title first, STT second', [1, 0, ...Array.from({ length: width - 2 }, (_, i) => i + 2)]],
    ];
    const columnNumberRows = warnedRows(seed.plan, 'column-numbers');

    it.each(orders)('imports the same tasks when the columns are reordered (%s)', (_label, order) => {
      // A column-number row ("1 | 2 | 3 …") is renumbered as it would be after the reorder.
      const grid = renumberColumnNumberRows(permuteColumns(seed.grid, order) as string[][], columnNumberRows);
      const plan = importAppendix(grid);
      expect(plan.columns.title).toBe(order.indexOf(seed.plan.columns.title as number));
      expect(projectTasks(plan)).toEqual(expected);
    });

    if (columnNumberRows.size > 0) {
      // Regression (found by these variants): isColumnNumberRow (rowPatterns.ts) only accepts numbers that count up
      // from left to right, so after a column reorder the printed column numbers ("2 | 1 | 3 …"
      // in the new order) are no longer recognised; the row is read as a task numbered by
      // whatever number lands in the STT column, and the following ids/parents shift.
      it('imports the same tasks when the columns are reordered and the column-number row moves with them', () => {
        const plan = importAppendix(permuteColumns(seed.grid, reversedOrder(width)) as string[][]);
        expect(projectTasks(plan)).toEqual(expected);
      });
    }

    it('imports the same tasks under extra title rows (issuer, motto, blank rows) and with an unknown "Ghi chú" column', () => {
      const grid = withTitleRowsAndNoteColumn(seed.grid, seed.plan, year);
      expect(grid.length).toBeGreaterThan(seed.grid.length + 4);
      const plan = importAppendix(grid);
      expect(plan.year).toBe(year);
      expect(plan.columns).toEqual(seed.plan.columns);
      expect(projectTasks(plan)).toEqual(expected);
    });

    it('imports the same tasks from decomposed (NFD) text and gives ids and titles back in NFC', () => {
      const grid = decomposed(seed.grid);
      expect(JSON.stringify(grid)).not.toBe(JSON.stringify(seed.grid));
      const tasks = projectTasks(importAppendix(grid));
      expect(tasks).toEqual(expected);
      expect(allNfc(tasks)).toBe(true);
    });

    it('imports the same tasks when each section row is one merged cell spanning the row', () => {
      const { grid, merges } = sectionsAsMergedRows(seed.grid, seed.plan);
      expect(merges.length).toBe(seed.plan.sections.length);
      const plan = importAppendix(grid, { merges });
      expect(plan.sections.map((s) => [s.code, s.title])).toEqual(seed.plan.sections.map((s) => [s.code, s.title]));
      expect(projectTasks(plan)).toEqual(expected);
    });

    it('imports the same tasks from an .xlsx whose section rows are merged with exceljs', async () => {
      const { grid, merges } = sectionsAsMergedRows(seed.grid, seed.plan);
      const sheet = await readXlsxAppendix(await toXlsx(grid, { merges }), 'Phụ lục');
      expect(sheet.merges).toEqual(expect.arrayContaining(merges));
      expect(projectTasks(importAppendix(sheet.grid, { merges: sheet.merges }))).toEqual(expected);
    });

    it('imports the same tasks when the repeated headers and page numbers are already removed, page-split rows still joined', () => {
      const grid = withoutPageBreaks(seed.grid, seed.plan);
      expect(grid.length).toBeLessThan(seed.grid.length);
      const plan = importAppendix(grid);
      expect(plan.warnings.filter((w) => w.code === 'header-repeated')).toEqual([]);
      expect(projectTasks(plan)).toEqual(expected);
      // The rows a page break split are still one task each.
      const split = seed.plan.tasks.filter((t) => t.rows.length > 1).map((t) => t.id);
      expect(split.length).toBeGreaterThan(0);
      for (const id of split) expect(plan.tasks.find((t) => t.id === id)?.rows.length).toBeGreaterThan(1);
    });
  });

  describe('seed 002-two-row-header as a spreadsheet with merged header cells', () => {
    const seed = seedCase('002-two-row-header');
    const expected = projectTasks(seed.plan);
    const top = seed.plan.headerRows[0];

    it('imports the same tasks when the two-row header is merged as printed (STT… spanning both rows, "Phân công nhiệm vụ" over two columns)', async () => {
      const merges = twoRowHeaderMerges(seed.grid, top);
      expect(merges).toContainEqual({ top, left: 5, bottom: top, right: 6 });
      expect(merges).toContainEqual({ top, left: 1, bottom: top + 1, right: 1 });
      expect(projectTasks(importAppendix(seed.grid, { merges }))).toEqual(expected);
      expect(projectTasks(await viaXlsx(seed.grid, { merges }))).toEqual(expected);
    });

    // Regression (found by these variants): fillVerticalMerges (importAppendix.ts) copies the value of every
    // vertical merge below the first header down its rows, including merges of a header that is
    // repeated on a later page. The repeated second header row then reads "" | "Lĩnh vực, tiêu
    // chí" | "Yêu cầu năm 2024…" | "Thời gian…" | "Cơ quan chủ trì thực hiện" | "Cơ quan phối
    // hợp", which isRepeatedHeader no longer recognises, and it becomes a task.
    it('imports the same tasks when the header repeated on every page is merged like the first one', () => {
      const merges = headerOccurrences(seed.grid, seed.plan).flatMap((row) => twoRowHeaderMerges(seed.grid, row));
      expect(merges.length).toBeGreaterThan(10);
      expect(projectTasks(importAppendix(seed.grid, { merges }))).toEqual(expected);
    });
  });

  describe('seed 000-appendix with legacy-font cells and real dates', () => {
    const seed = seedCase('000-appendix');
    const expected = projectTasks(seed.plan);
    const leadCol = seed.plan.columns.lead as number;
    const dueCol = seed.plan.columns.dueText as number;
    const firstDataRow = seed.plan.headerRows[0] + 1;
    // The test encoder (test/core/text/legacyEncoders.ts) inverts the decoder's tables; TCVN3
    // cannot write capitals with tones ("Ủy"), so cells with one are left in Unicode.
    const encodable = (s: string) => s !== '' && tcvn3Lossless(s) && encodeTcvn3(s) !== s;
    const encodeLeads = (cellOk: (s: string) => boolean) =>
      mapColumn(seed.grid, leadCol, firstDataRow, (c) => (typeof c === 'string' && c !== 'Cơ quan chủ trì' && cellOk(c) ? encodeTcvn3(c) : c));
    /** A cell that holds enough evidence on its own: repairLegacyText alone restores it. */
    const detectableAlone = (s: string) => repairLegacyText(encodeTcvn3(s)).text === s;

    it('gives back in Unicode, with a "legacy-encoding" warning, lead cells typed in TCVN3 (.VnTime) that hold enough words', () => {
      const cells = encodeLeads((s) => encodable(s) && detectableAlone(s));
      const changed = cells.filter((r, i) => r[leadCol] !== seed.grid[i][leadCol]).length;
      expect(changed).toBeGreaterThan(20);
      const plan = importAppendix(cells);
      expect(projectTasks(plan)).toEqual(expected);
      const legacyRows = warnedRows(plan, 'legacy-encoding');
      expect(legacyRows.size).toBe(changed);
      expect(plan.warnings.find((w) => w.code === 'legacy-encoding')?.message).toMatch(/TCVN3/);
    });

    // Regression (found by these variants): importAppendix repairs legacy text cell by cell (toTextGrid calls
    // repairLegacyText(text) on each cell with no table-wide evidence), so a short cell of a
    // column typed in TCVN3 stays garbled: "Thanh tra huyÖn" (Thanh tra huyện) has one word
    // that changes and is never confidently detected, although every other lead of the column
    // is TCVN3. repairLegacyText accepts { encoding } for exactly this (detect once per table).
    it('gives back in Unicode every lead of a lead column typed in TCVN3, short cells included', () => {
      const plan = importAppendix(encodeLeads(encodable));
      expect(projectTasks(plan)).toEqual(expected);
    });

    const trongNam = (c: unknown) => c === 'Trong năm 2024';
    const withDates = (replacement: unknown) => mapColumn(seed.grid, dueCol, firstDataRow, (c) => (trongNam(c) ? replacement : c));
    // Tasks whose own deadline cell (not a page-split "Trong" / "năm 2024") was replaced.
    const expectedWithDates = expected.map((t, i) =>
      trongNam(seed.grid[seed.plan.tasks[i].rows[0] - 1][dueCol]) && trongNam(seed.plan.tasks[i].dueText)
        ? { ...t, dueText: '31/12/2024', due: '2024-12-31', dueKind: 'date' }
        : t,
    );

    it('reads a deadline cell holding a date (exceljs Date from an .xlsx) as that date', async () => {
      const grid = withDates(new Date(Date.UTC(2024, 11, 31)));
      const sheet = await readXlsxAppendix(await toXlsx(grid), 'Phụ lục');
      expect(sheet.grid.flat().filter((c) => c instanceof Date).length).toBeGreaterThan(20);
      const tasks = projectTasks(importAppendix(sheet.grid, { merges: sheet.merges }));
      expect(tasks.filter((t) => t.dueKind === 'date').length).toBeGreaterThan(20);
      expect(tasks).toEqual(expectedWithDates);
    });

    it('reads a deadline cell holding a local-midnight Date (as Apps Script getValues returns) as that date', () => {
      const tasks = projectTasks(importAppendix(withDates(new Date(2024, 11, 31))));
      expect(tasks).toEqual(expectedWithDates);
    });

    // Regression (found by these variants): Excel's range.values gives a date cell as its serial number (45657 for
    // 31/12/2024). importAppendix turns every cell to text first (cellToText → "45657"), so the
    // deadline is "45657", unreadable (due null, kind 'none', a 'due-unreadable' warning).
    // dueFromCell (src/core/due/dueFromCell.ts) reads serials but the importer never calls it.
    it('reads a deadline cell holding an Excel serial number (as Excel range.values returns) as that date', () => {
      const tasks = projectTasks(importAppendix(withDates(excelSerial(2024, 12, 31))));
      expect(tasks.map((t) => [t.id, t.due, t.dueKind])).toEqual(expectedWithDates.map((t) => [t.id, t.due, t.dueKind]));
    });
  });

  describe('vertically merged cells known from the host', () => {
    const seed = seedCase('003-markdown');
    const header = seed.grid[seed.plan.headerRows[0] - 1];
    const cols = seed.plan.columns as Required<typeof seed.plan.columns>;
    const rowOf = (id: string) => seed.grid[(seed.plan.tasks.find((t) => t.id === id)?.rows[0] as number) - 1];
    const section = seed.grid[(seed.plan.sections.find((s) => s.code === 'VII')?.row as number) - 1];
    const blank = (row: string[]) => row.map((c, i) => (i === cols.lead || i === cols.support || i === cols.dueText ? '' : c));
    // Row 1: header, 2: "VII HIỆN ĐẠI HÓA HÀNH CHÍNH", 3–5: tasks 1–3 with rows 4–5 blank in the merged columns.
    const grid = [header, section, rowOf('VII-1'), blank(rowOf('VII-2')), blank(rowOf('VII-3'))];
    const merges: MergedArea[] = [cols.lead, cols.support, cols.dueText].map((c) => ({ top: 3, left: c + 1, bottom: 5, right: c + 1 }));

    it('fills the lead, support and deadline of rows under a vertical merge from its top cell', () => {
      expect(grid[3][cols.lead]).toBe('');
      const plan = importAppendix(grid, { merges, year: 2019 });
      expect(plan.tasks.map((t) => t.id)).toEqual(['VII-1', 'VII-2', 'VII-3']);
      for (const t of plan.tasks) {
        expect(t.lead).toBe('Phòng Văn hóa và Thông tin');
        expect(t.support).toBe(plan.tasks[0].support);
        expect(t.dueText).toBe(plan.tasks[0].dueText);
      }
      // Known from the host, not guessed: no "inherited from the row above" warning.
      expect(plan.warnings.filter((w) => w.code === 'inherited-merged')).toEqual([]);
      // Same tasks as the document, where the importer had to guess the merge.
      const fromDocument = seed.plan.tasks.filter((t) => ['VII-1', 'VII-2', 'VII-3'].includes(t.id));
      expect(projectTasks(plan)).toEqual(projectTasks({ ...seed.plan, tasks: fromDocument }));
    });

    it('fills them the same when the merges come from an .xlsx merged with exceljs', async () => {
      const sheet = await readXlsxAppendix(await toXlsx(copyGrid(grid), { merges }), 'Phụ lục');
      expect(sheet.merges).toEqual(expect.arrayContaining(merges));
      const plan = importAppendix(sheet.grid, { merges: sheet.merges, year: 2019 });
      expect(plan.tasks.map((t) => t.lead)).toEqual(Array(3).fill('Phòng Văn hóa và Thông tin'));
    });

    it('does not fill the STT column from a merge: rows under a merged number stay their own rows', () => {
      const plan = importAppendix(grid, { merges: [...merges, { top: 3, left: cols.code + 1, bottom: 5, right: cols.code + 1 }], year: 2019 });
      expect(plan.tasks.map((t) => t.code)).toEqual(['1', '2', '3']);
    });
  });

  describe('a section title that wraps onto the next row', () => {
    // Regression (found by these variants): readRows (readRows.ts) joins a mid-sentence fragment after a section row
    // to the section title only when the fragment is in a column other than the title column
    // (`if (!fields.title) { if (lastSection && lastItem === null && … startsMidSentence …`). The
    // same fragment in the title column, where a wrapped section title actually continues,
    // becomes an un-numbered task "II-0+1" titled "văn bản quy phạm pháp luật" with a 'no-lead'
    // warning, and the section keeps half its title.
    it('joins a lower-case fragment in the title column under a section row to the section title', () => {
      const seed = seedCase('000-appendix');
      const header = seed.grid[seed.plan.headerRows[0] - 1];
      const plan = importAppendix(
        [
          header,
          ['II', 'XÂY DỰNG VÀ TỔ CHỨC THỰC HIỆN', '', '', '', ''],
          ['', 'văn bản quy phạm pháp luật', '', '', '', ''],
          ['1', 'Xử lý văn bản trái pháp luật', 'Trong năm 2024', 'Phòng Tư pháp', '', ''],
        ],
        { year: 2024 },
      );
      expect(plan.sections.map((s) => s.title)).toEqual(['XÂY DỰNG VÀ TỔ CHỨC THỰC HIỆN văn bản quy phạm pháp luật']);
      expect(plan.tasks.map((t) => t.id)).toEqual(['II-1']);
    });
  });

  describe('the plan year under the heading block of an official document', () => {
    // Regression (found by these variants): findPlanYear (planMeta.ts) takes the first "năm NNNN" of the title
    // lines, so the issuing date of the document ("X, ngày 25 tháng 12 năm 2023"), which comes
    // before the plan's name in every Vietnamese official document, wins over "… NĂM 2024".
    it('takes the year of the plan title, not of the issuing date above it', () => {
      const seed = seedCase('000-appendix');
      const width = gridWidth(seed.grid);
      const row = (cells: string[]) => [...cells, ...new Array<string>(width - cells.length).fill('')];
      const grid = [
        row(['ỦY BAN NHÂN DÂN', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']),
        row(['HUYỆN X', '', 'Huyện X, ngày 25 tháng 12 năm 2023']),
        row(['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024']),
        ...seed.grid.slice(seed.plan.headerRows[0] - 1),
      ];
      expect(importAppendix(grid).year).toBe(2024);
    });
  });
});
