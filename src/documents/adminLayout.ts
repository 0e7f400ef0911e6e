/**
 * The layout of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I), shared
 * by the report and the reminder letter: A4 with margins top/bottom 20 mm, left 30 mm, right
 * 15 mm; Times New Roman, 14 pt body; the heading of two columns — the issuing agency (its
 * superior above, in capitals, the agency in bold with a short rule under it) and the document
 * number on the left, the national name and motto with the place-and-date line on the right —
 * then, at the end, "Nơi nhận" on the left and the signature block on the right.
 */
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type ISectionOptions } from 'docx';
import type { Agency } from '../workbook/settingsSheet';

export const FONT = 'Times New Roman';
/** docx sizes are half-points. */
export const SIZE = { body: 28, heading: 26, table: 24, small: 22 } as const;
const MM = 56.7; // twips per millimetre

/** Text width in twips: A4 portrait 210 − 30 − 15 mm, landscape 297 − 20 − 15 mm. */
export const TEXT_WIDTH = { portrait: Math.round(165 * MM), landscape: Math.round(262 * MM) } as const;

export const PAGE_PORTRAIT: ISectionOptions['properties'] = {
  page: {
    size: { width: 11906, height: 16838 },
    margin: { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) },
  },
};
export const PAGE_LANDSCAPE: ISectionOptions['properties'] = {
  page: {
    size: { width: 11906, height: 16838, orientation: 'landscape' },
    margin: { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(20 * MM), right: Math.round(15 * MM) },
  },
};

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE } as const;

export interface RunStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
}

/** A paragraph of one run; `lines` of text become line breaks inside it. */
export function para(
  text: string,
  s: RunStyle & { align?: 'left' | 'center' | 'right' | 'both'; indent?: boolean; after?: number; before?: number } = {},
): Paragraph {
  const lines = text.split('\n');
  return new Paragraph({
    alignment: { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, both: AlignmentType.JUSTIFIED }[s.align ?? 'both'],
    indent: s.indent ? { firstLine: Math.round(12.7 * MM) } : undefined,
    spacing: { after: s.after ?? 60, before: s.before ?? 0, line: 300 },
    children: lines.map(
      (line, i) => new TextRun({ text: line, font: FONT, size: s.size ?? SIZE.body, bold: s.bold, italics: s.italic, break: i > 0 ? 1 : undefined }),
    ),
  });
}

const cell = (children: Paragraph[], width: number): TableCell =>
  new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
    margins: { left: 0, right: 0 },
  });

/** A borderless two-column table over the portrait text width, `share` of it on the left. */
function twoColumns(left: Paragraph[], right: Paragraph[], share: number): Table {
  const widths = [Math.round(TEXT_WIDTH.portrait * share), TEXT_WIDTH.portrait - Math.round(TEXT_WIDTH.portrait * share)];
  return new Table({
    width: { size: TEXT_WIDTH.portrait, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, widths[0]), cell(right, widths[1])] })],
  });
}

/** A bordered table with fixed column widths (twips), so every reader lays it out alike. */
export function fixedTable(widths: readonly number[], rows: TableRow[]): Table {
  return new Table({ width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: [...widths], layout: TableLayoutType.FIXED, rows });
}

/** "Sơn Tịnh, ngày 14 tháng 3 năm 2025" — the day and month left as dots for the signer when `date` is null. */
export function placeDate(place: string, date: string | null): string {
  const where = place === '' ? '……' : place;
  if (date === null) return `${where}, ngày … tháng … năm …`;
  const [y, m, d] = date.split('-').map(Number);
  // NĐ 30: days below 10 and months below 3 take a leading zero.
  return `${where}, ngày ${String(d).padStart(2, '0')} tháng ${m < 3 ? String(m).padStart(2, '0') : m} năm ${y}`;
}

/** The heading block: agency and number on the left, national name, motto and place-date on the right. */
export function headingTable(agency: Agency, number: string, date: string | null, subjectLine?: string): Table {
  const left = [
    ...(agency.superior !== '' ? [para(agency.superior.toUpperCase(), { size: SIZE.heading, align: 'center', after: 0 })] : []),
    para((agency.agency || 'TÊN CƠ QUAN').toUpperCase(), { size: SIZE.heading, bold: true, align: 'center', after: 0 }),
    para('⎯⎯⎯⎯⎯', { size: SIZE.small, align: 'center', after: 60 }),
    para(number, { size: SIZE.heading, align: 'center', after: 0 }),
    ...(subjectLine ? [para(subjectLine, { size: SIZE.table, align: 'center', after: 0 })] : []),
  ];
  const right = [
    para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: SIZE.table, bold: true, align: 'center', after: 0 }),
    para('Độc lập - Tự do - Hạnh phúc', { size: SIZE.heading, bold: true, align: 'center', after: 0 }),
    para('⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯', { size: SIZE.small, align: 'center', after: 60 }),
    para(placeDate(agency.place, date), { italic: true, align: 'center', after: 0 }),
  ];
  return twoColumns(left, right, 0.4);
}

/** Nơi nhận (left) and the signature block (right): authority, title, room to sign, the signer's name. */
export function closingTable(agency: Agency, recipients: readonly string[]): Table {
  const left = [
    para('Nơi nhận:', { size: SIZE.table, bold: true, italic: true, align: 'left', after: 0 }),
    ...recipients.map((r, i) => para(`- ${r}${i === recipients.length - 1 ? '.' : ';'}`, { size: SIZE.small, align: 'left', after: 0 })),
  ];
  const right = [
    ...(agency.signAuthority !== '' ? [para(agency.signAuthority.toUpperCase(), { bold: true, align: 'center', after: 0 })] : []),
    para((agency.signerTitle || 'CHỨC VỤ').toUpperCase(), { bold: true, align: 'center', after: 0 }),
    para('\n\n\n', { align: 'center' }),
    para(agency.signer || '(Ký, ghi rõ họ tên)', { bold: agency.signer !== '', italic: agency.signer === '', align: 'center' }),
  ];
  return twoColumns(left, right, 0.45);
}

/** A bordered table cell of text (its lines as breaks), for the appendix tables. */
export function gridCell(
  text: string,
  s: RunStyle & { align?: 'left' | 'center'; shade?: string; span?: number; /** twips */ width?: number } = {},
): TableCell {
  return new TableCell({
    children: [para(text, { size: s.size ?? SIZE.table, bold: s.bold, italic: s.italic, align: s.align ?? 'left', after: 0 })],
    columnSpan: s.span,
    width: s.width ? { size: s.width, type: WidthType.DXA } : undefined,
    shading: s.shade ? { fill: s.shade } : undefined,
  });
}
