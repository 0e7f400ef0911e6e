/**
 * A seed plan written as a real Word document, as the province sends it: the title paragraphs,
 * then the appendix as a Word table whose header row repeats on each page, section rows merged
 * across the table, runs of the same deadline or lead merged down (the continued cells empty, as
 * Word stores them), optionally split into two tables with the header repeated in the second (a
 * table Word broke at a page). Built with the `docx` library (a dev dependency), from the seed text.
 */
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType } from 'docx';
import { importText } from '../../src/core/appendix/importDocument';

export interface DocxPlanOptions {
  /** Split the table in two at this fraction of its rows, the header repeated in the second. */
  readonly splitAt?: number;
  /** Merge runs of the same text down these 0-based columns (deadline, lead). */
  readonly mergeDown?: readonly number[];
}

const paragraphsOf = (text: string): Paragraph[] =>
  text === '' ? [new Paragraph('')] : text.split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] }));

/** A row of cells; a section row (text only in its first one or two cells) is merged across. */
function rowOf(cells: readonly string[], header: boolean, merged: readonly ('restart' | 'continue' | null)[]): TableRow {
  const filled = cells.map((c, i) => (c !== '' ? i : -1)).filter((i) => i >= 0);
  const sectionLike = !header && filled.length > 0 && filled.every((i) => i <= 1) && /^[IVXLC]+\b/.test(cells[0]);
  if (sectionLike) {
    const children =
      filled.length === 1
        ? [new TableCell({ children: paragraphsOf(cells[0]), columnSpan: cells.length })]
        : [new TableCell({ children: paragraphsOf(cells[0]) }), new TableCell({ children: paragraphsOf(cells[1]), columnSpan: cells.length - 1 })];
    return new TableRow({ children });
  }
  return new TableRow({
    tableHeader: header,
    children: cells.map((text, c) => {
      const merge = merged[c];
      if (merge === 'continue') return new TableCell({ children: [new Paragraph('')], verticalMerge: VerticalMergeType.CONTINUE });
      return new TableCell({ children: paragraphsOf(text), ...(merge === 'restart' ? { verticalMerge: VerticalMergeType.RESTART } : {}) });
    }),
  });
}

/**
 * Per row and column: where a run of the same non-empty text down a column starts and goes on.
 * Only numbered task rows join a run (a page-split row or a heading ends it).
 */
function verticalRuns(rows: readonly (readonly string[])[], columns: readonly number[]): ('restart' | 'continue' | null)[][] {
  const marks = rows.map((r) => r.map(() => null as 'restart' | 'continue' | null));
  for (const c of columns) {
    let start = -1;
    for (let r = 0; r <= rows.length; r++) {
      const joins = r < rows.length && start >= 0 && /^\d/.test(rows[r][0]) && rows[r][c] !== '' && rows[r][c] === rows[start][c];
      if (joins) {
        marks[start][c] = 'restart';
        marks[r][c] = 'continue';
        continue;
      }
      start = r < rows.length && /^\d/.test(rows[r][0]) && rows[r][c] !== '' ? r : -1;
    }
  }
  return marks;
}

/** The seed text's appendix as a .docx. */
export async function docxOfSeed(seedText: string, opts: DocxPlanOptions = {}): Promise<Buffer> {
  const { plan, grid } = importText(seedText, 'document');
  const text = grid.map((r) => r.map((c) => String(c ?? '')));
  const headerRows = plan.headerRows.map((r) => r - 1);
  const firstHeader = headerRows[0];
  const lastHeader = headerRows[headerRows.length - 1];
  const header = text.slice(firstHeader, lastHeader + 1);
  const width = Math.max(...text.map((r) => r.length));
  const pad = (r: string[]): string[] => [...r, ...new Array<string>(width - r.length).fill('')];
  // Rows the text repeats at each printed page (a repeated header) are Word's business: left out.
  const isHeader = (r: readonly string[]): boolean => header.some((h) => h.join('\u0000') === r.join('\u0000'));
  const body = text
    .slice(lastHeader + 1)
    .filter((r) => !isHeader(r))
    .map(pad);
  const titles = text
    .slice(0, firstHeader)
    .map((r) => r.filter((c) => c !== '').join(' '))
    .filter((t) => t !== '');
  const cut = opts.splitAt === undefined ? body.length : Math.round(body.length * opts.splitAt);
  const table = (from: number, to: number): Table =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      // A vertical merge never runs from one Word table into the next.
      rows: [
        ...header.map((h) => rowOf(pad(h), true, [])),
        ...((part) => part.map((r, i, all) => rowOf(r, false, verticalRuns(all, opts.mergeDown ?? [])[i])))(body.slice(from, to)),
      ],
    });
  const children: (Paragraph | Table)[] = [
    ...titles.map((t) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: t, bold: true })] })),
    table(0, cut),
  ];
  if (cut < body.length) children.push(new Paragraph(''), table(cut, body.length));
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
