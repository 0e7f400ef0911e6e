/**
 * A plan file chosen in the browser app or the pane — Word (.docx), Excel (.xlsx), CSV/TSV or a
 * text document — read into the source sheet a host writes and then imports as any sheet: the
 * appendix with its title rows and merged areas. The same checks as the command line: old Word
 * and PDF told to save as .docx, legacy encodings decoded with a note, oversized files refused.
 */
import { docxSourceSheet, textFormatOf, textSourceSheet, type SourceSheet } from '../core/appendix/importDocument';
import type { MergedArea } from '../core/appendix/importAppendix';
import { overLimit } from '../core/appendix/limits';
import { DocxError } from '../core/grid/docx';
import { decodeText } from '../core/text/decode';
import { cellToText } from '../core/text/cellText';
import { formatDmy } from '../core/dates';
import { fileMessage, type FileMessageCode, type FileNote } from './messages';
import { readXlsxAppendix } from './readXlsx';
import { newSourceSheetName } from '../workbook/sheetNames';

export interface PlanSource {
  /** The name for the source sheet: the file's name as a sheet name (hosts add " (2)" to a taken one). */
  readonly sheetName: string;
  /** Cell values a host can write (a date from an .xlsx as its dd/mm/yyyy text). */
  readonly grid: SourceCell[][];
  /** Merged areas, 1-based in the source sheet. */
  readonly merges: readonly MergedArea[];
  /** What the official should check (a legacy encoding converted). */
  readonly notes: readonly FileNote[];
}

/** A plan file that cannot be read, with its message in Vietnamese and English. */
export class PlanFileError extends Error {
  readonly vi: string;
  readonly en: string;
  constructor(
    readonly code: FileMessageCode,
    readonly params: Record<string, string>,
  ) {
    const m = fileMessage(code, params);
    super(m.vi);
    this.name = 'PlanFileError';
    this.vi = m.vi;
    this.en = m.en;
  }
}

/** Extensions a plan may come in, for the file pickers. */
export const PLAN_FILE_ACCEPT = '.docx,.xlsx,.xlsm,.csv,.tsv,.txt,.md';

const extensionOf = (name: string): string => /\.[^./\\]+$/.exec(name)?.[0].toLowerCase() ?? '';
function refuseIfTooLarge(file: string, size: Parameters<typeof overLimit>[0]): void {
  const over = overLimit(size);
  if (over) throw new PlanFileError('too-large', { file, kind: over.kind, size: String(over.size), limit: String(over.limit) });
}

export type SourceCell = string | number | boolean | null;

/** A cell as every host can take it: google.script.run carries no Date, so a date goes as its text. */
function plainCell(value: unknown): SourceCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : formatDmy(value.toISOString().slice(0, 10));
  return cellToText(value);
}

const cellCount = (grid: readonly (readonly unknown[])[]): number => grid.reduce((n, r) => n + r.length, 0);

/** Reads a plan file's bytes into its source sheet; a file that cannot be a plan is a PlanFileError. */
export async function readPlanFile(fileName: string, bytes: Uint8Array, opts: { sheet?: string } = {}): Promise<PlanSource> {
  const ext = extensionOf(fileName);
  const file = fileName.replace(/^.*[\\/]/, '');
  refuseIfTooLarge(file, { bytes: bytes.length });
  const done = (
    sheet: { grid: readonly (readonly unknown[])[]; merges: readonly MergedArea[]; otherTables?: SourceSheet['otherTables'] },
    notes: FileNote[] = [],
  ): PlanSource => {
    refuseIfTooLarge(file, { rows: sheet.grid.length, cells: cellCount(sheet.grid) });
    if (sheet.grid.length === 0) throw new PlanFileError('no-table', { file });
    // A second table with its own header is not in the sheet: the official is told, not left to wonder.
    const others = (sheet.otherTables ?? []).map((t) => fileMessage('other-table', { file, header: t.header, rows: String(t.rows) }));
    return { sheetName: newSourceSheetName(file, []), grid: sheet.grid.map((r) => r.map(plainCell)), merges: sheet.merges, notes: [...notes, ...others] };
  };
  if (ext === '.xlsx' || ext === '.xlsm') {
    try {
      return done(await readXlsxAppendix(bytes, opts.sheet));
    } catch (e) {
      if (e instanceof PlanFileError) throw e;
      throw new PlanFileError('xlsx-unreadable', { file });
    }
  }
  if (ext === '.docx') {
    let sheet: SourceSheet;
    try {
      sheet = await docxSourceSheet(bytes);
    } catch (e) {
      if (e instanceof DocxError) throw new PlanFileError('docx-unreadable', { file });
      throw e;
    }
    return done(sheet);
  }
  if (ext === '.doc' || ext === '.pdf') throw new PlanFileError('save-as-docx', { file, ext });
  if (ext === '.xls' || ext === '.ods' || ext === '.odt' || ext === '.rtf') throw new PlanFileError('format-unsupported', { file, ext });
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new PlanFileError(decoded.reason === 'binary' ? 'format-unsupported' : 'encoding-unknown', { file, ext: ext || '?' });
  const notes: FileNote[] =
    decoded.encoding === 'utf-8' || decoded.encoding === 'utf-16le' || decoded.encoding === 'utf-16be'
      ? []
      : [fileMessage('encoding-converted', { file, encoding: decoded.encoding })];
  return done(textSourceSheet(decoded.text, textFormatOf(fileName)), notes);
}
