/**
 * First pass over the appendix body: each source row becomes a section, a numbered or un-numbered
 * item, a continuation of the item above (a row a page break split), or a warning. Nothing else
 * happens here; hierarchy, ids, areas, deadlines and targets come after.
 */
import type { FieldKey } from '../plan/schema';
import type { ColumnMap, HeaderInfo } from './header';
import { isRepeatedHeader } from './header';
import type { WarningSink } from './warnings';
import { isPhaseHeading, phaseCode } from './indicators';
import { isBulletCode, isColumnNumberRow, isNoiseText, isUpperCaseHeading, readSectionCode, readTaskNumber, startsMidSentence } from './rowPatterns';

export type ItemFields = Record<Exclude<FieldKey, 'code'>, string>;

export interface RawSection {
  kind: 'section';
  code: string;
  title: string;
  row: number;
}

export interface RawItem {
  kind: 'item';
  /** Task number as printed without the trailing dot; "" when un-numbered. */
  code: string;
  bullet: boolean;
  fields: ItemFields;
  /** 1-based source rows. */
  rows: number[];
  sectionIndex: number;
}

export type RawEntry = RawSection | RawItem;

const CONTENT_FIELDS = ['title', 'lead', 'support', 'output', 'dueText', 'unit'] as const;

function cellAt(row: readonly string[], col: number | undefined): string {
  return col === undefined ? '' : (row[col] ?? '').trim();
}

function fieldsOf(row: readonly string[], columns: ColumnMap): ItemFields {
  return {
    title: cellAt(row, columns.title),
    lead: cellAt(row, columns.lead),
    support: cellAt(row, columns.support),
    output: cellAt(row, columns.output),
    dueText: cellAt(row, columns.dueText),
    unit: cellAt(row, columns.unit),
  };
}

/** Lists, bullets and numbered points continue on a new line; a cut sentence goes on with a space. */
function joinFragment(before: string, fragment: string): string {
  if (!before) return fragment;
  if (!fragment) return before;
  // A page break sometimes prints the last word of a cell again on the next page ("… nhiệm vụ" / "vụ").
  if (before === fragment || before.endsWith(` ${fragment}`)) return before;
  const startsList = /^([-+•*]\s|\d{1,2}[.)]\s)/.test(fragment);
  return startsList ? `${before}\n${fragment}` : `${before} ${fragment}`;
}

function shortText(row: readonly string[]): string {
  const t = row.filter((c) => c.trim()).join(' | ');
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}

/**
 * Reads the rows below the header.
 * @param grid cleaned text grid
 * @param start first 0-based row after the header
 */
export function readRows(grid: readonly (readonly string[])[], start: number, header: HeaderInfo | null, columns: ColumnMap, warn: WarningSink): RawEntry[] {
  const entries: RawEntry[] = [];
  let sectionIndex = -1;
  let lastItem: RawItem | null = null;
  let lastSection: RawSection | null = null;
  /** The row just above was a repeated header or a page number: a page break. */
  let afterPageBreak = false;
  const codeCol = columns.code;
  const mapped = new Set(Object.values(columns));

  for (let r = start; r < grid.length; r++) {
    const row = grid[r];
    const rowNo = r + 1;
    const filled = row.map((c, i) => [c.trim(), i] as const).filter(([c]) => c !== '');
    if (filled.length === 0) continue;

    // A numbered row is never a repeated header: skip the costly comparison for most rows.
    const numbered = codeCol !== undefined && readTaskNumber(row[codeCol] ?? '') !== null;
    if (header && !numbered && header.signatures.some((sig) => isRepeatedHeader(row, sig))) {
      warn(rowNo, 'header-repeated', {});
      afterPageBreak = true;
      continue;
    }
    if (isColumnNumberRow(row)) {
      warn(rowNo, 'column-numbers', {});
      continue;
    }

    let code = cellAt(row, codeCol);
    const fields = fieldsOf(row, columns);
    // A lone line (a heading printed outside the table, a page number) may sit in any column.
    const lone = filled.length === 1 ? filled[0][0] : null;
    const sectionSource = lone ?? code;
    const section = sectionSource ? readSectionCode(sectionSource) : null;
    const otherFieldsEmpty = !fields.lead && !fields.support && !fields.dueText && !fields.output && !fields.unit;

    if (section && otherFieldsEmpty) {
      const title = section.title || (lone ? '' : fields.title);
      lastSection = { kind: 'section', code: section.code, title, row: rowNo };
      entries.push(lastSection);
      sectionIndex++;
      lastItem = null;
      afterPageBreak = false;
      continue;
    }
    if (lone !== null && isNoiseText(lone)) {
      warn(rowNo, 'noise', { text: lone });
      afterPageBreak = true;
      continue;
    }
    if (!code && !fields.title && lone !== null && !mapped.has(filled[0][1])) {
      warn(rowNo, 'orphan-row', { text: lone });
      continue;
    }

    const number = code ? readTaskNumber(code) : null;
    const bullet = code ? isBulletCode(code) : false;
    if (code && number === null && !bullet) {
      // Text in the STT column (shifted columns, or a title typed there): read it as the title.
      fields.title = fields.title ? `${code} ${fields.title}` : code;
      code = '';
    }

    if (!number && !bullet) {
      const contentCells = CONTENT_FIELDS.map((f) => fields[f]).filter((t) => t !== '');
      // A lower-case fragment right under a section row (a page split its heading) goes on with it.
      if (lastItem === null && lastSection && !code && fields.title && otherFieldsEmpty && startsMidSentence(fields.title)) {
        lastSection.title = joinFragment(lastSection.title, fields.title);
        warn(rowNo, 'section-continued', { section: lastSection.code || lastSection.title.slice(0, 30) });
        afterPageBreak = false;
        continue;
      }
      const continues =
        lastItem !== null && (fields.title === '' || startsMidSentence(fields.title) || (afterPageBreak && contentCells.some((t) => startsMidSentence(t))));
      if (continues && lastItem) {
        for (const f of CONTENT_FIELDS) lastItem.fields[f] = joinFragment(lastItem.fields[f], fields[f]);
        lastItem.rows.push(rowNo);
        afterPageBreak = false;
        continue;
      }
      if (!fields.title) {
        if (lastSection && lastItem === null && contentCells.length > 0 && startsMidSentence(contentCells[0])) {
          lastSection.title = joinFragment(lastSection.title, contentCells.join(' '));
          warn(rowNo, 'section-continued', { section: lastSection.code || lastSection.title.slice(0, 30) });
        } else {
          warn(rowNo, 'orphan-row', { text: shortText(row) });
        }
        afterPageBreak = false;
        continue;
      }
      // A heading in capitals, or a phase of an indicator table ("Giai đoạn 2025–2027"), opens a section.
      const phase = otherFieldsEmpty && !code && isPhaseHeading(fields.title);
      if (otherFieldsEmpty && !code && (phase || isUpperCaseHeading(fields.title))) {
        lastSection = { kind: 'section', code: phase ? phaseCode(fields.title) : '', title: fields.title, row: rowNo };
        entries.push(lastSection);
        sectionIndex++;
        lastItem = null;
        afterPageBreak = false;
        continue;
      }
    }

    lastItem = { kind: 'item', code: number ?? '', bullet, fields, rows: [rowNo], sectionIndex };
    entries.push(lastItem);
    afterPageBreak = false;
  }
  return entries;
}
