/**
 * The appendix importer: a spreadsheet cell grid (what Excel's range.values, Apps Script's
 * getValues() or an .xlsx reader return, or a text table turned into a grid) → a Plan.
 *
 * Never throws on any grid: what cannot be read becomes a warning naming the row, so every
 * non-empty source row ends up in a task, a section, the header/title, or a warning.
 */
import type { FieldKey, Plan, PlanWarning } from '../plan/schema';
import { cellToText } from '../text/cellText';
import { detectLegacyEncoding, repairLegacyText } from '../text/legacy';
import { excelSerialToIso, formatDmy } from '../dates';
import { areaTargetRows, areaTargetWarnings, blankRows, findAreaTargets } from './areaTargets';
import { buildTasks } from './buildTasks';
import { findHeader, isIndicatorHeader, isRepeatedHeader, type ColumnMap, type HeaderInfo, headerWords } from './header';
import { readNarrative, type NarrativeReading } from './narrative';
import { findPlanTitle, findPlanYear, remedyYear, titleUnderHeading } from './planMeta';
import { readRows } from './readRows';
import { warningCollector, type WarningSink } from './warnings';

/** A merged area of the source sheet, 1-based and inclusive, as hosts report them. */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface ImportOptions {
  /** The plan year, overriding what the title says. */
  year?: number | null;
  /** Column overrides (0-based source columns), merged over what the header says. */
  columns?: ColumnMap;
  /** 1-based header row, when the header cannot be recognised by its words. */
  headerRow?: number;
  /** Merged areas of the source, where the host knows them. */
  merges?: readonly MergedArea[];
  /** Document lines outside the table (e.g. the plan's prose) to look for the year in. */
  contextLines?: readonly string[];
}

/** How much non-ASCII text is sampled to decide whether a table was typed in a legacy font. */
const LEGACY_SAMPLE_CHARS = 200_000;

/**
 * Text of every cell, with legacy-font text converted (and a warning once per row). The encoding
 * is decided on the whole table first, so a short cell ("Thanh tra huyÖn") is converted with the
 * evidence of its neighbours; a lone legacy cell in a Unicode table is still caught on its own.
 */
/** The most characters an Excel cell holds. */
export const MAX_CELL_CHARS = 32_767;

function toTextGrid(cells: readonly unknown[][], warn: WarningSink): string[][] {
  const width = cells.reduce((w, r) => Math.max(w, Array.isArray(r) ? r.length : 0), 0);
  const grid = cells.map((row) => {
    const out = new Array<string>(width).fill('');
    if (!Array.isArray(row)) return out;
    for (let c = 0; c < row.length; c++) out[c] = cellToText(row[c]);
    return out;
  });
  grid.forEach((row, r) => {
    row.forEach((text, c) => {
      // Excel holds 32,767 characters per cell: longer text could not be written to the tracker.
      if (text.length > MAX_CELL_CHARS) {
        warn(r + 1, 'cell-too-long', { column: c + 1, length: text.length, max: MAX_CELL_CHARS });
        row[c] = text.slice(0, MAX_CELL_CHARS - 1) + '…';
      }
    });
  });
  const sample: string[] = [];
  let sampled = 0;
  for (const row of grid) {
    for (const text of row) {
      if (sampled >= LEGACY_SAMPLE_CHARS) break;
      if (text && NON_ASCII.test(text)) {
        sample.push(text);
        sampled += text.length;
      }
    }
  }
  const tableEncoding = sample.length > 0 ? detectLegacyEncoding(sample.join('\n')) : null;
  grid.forEach((row, r) => {
    let legacy: string | null = null;
    for (let c = 0; c < row.length; c++) {
      const text = row[c];
      if (!text || !NON_ASCII.test(text)) continue;
      const repaired = repairLegacyText(text, tableEncoding ? { encoding: tableEncoding } : undefined);
      if (repaired.encoding) {
        legacy = repaired.encoding;
        row[c] = repaired.text;
      }
    }
    if (legacy) warn(r + 1, 'legacy-encoding', { encoding: legacy === 'tcvn3' ? 'TCVN3' : 'VNI' });
  });
  return grid;
}

const NON_ASCII = /[^\u0000-\u007f]/;

/** Excel's range.values gives a date as a serial number: read one in the deadline column as the date. */
function readSerialDates(cells: readonly unknown[][], grid: string[][], column: number | undefined, from: number): void {
  if (column === undefined) return;
  for (let r = from; r < grid.length; r++) {
    const raw = Array.isArray(cells[r]) ? cells[r][column] : undefined;
    if (typeof raw !== 'number' || raw < MIN_DATE_SERIAL || raw > MAX_DATE_SERIAL) continue;
    const iso = excelSerialToIso(raw);
    if (iso) grid[r][column] = formatDmy(iso);
  }
}
/** 01/01/1990 and 31/12/2100 as Excel serials: plausible plan deadlines. */
const MIN_DATE_SERIAL = 32874;
const MAX_DATE_SERIAL = 73415;

/**
 * Copies the value of a vertically merged area down its rows (hosts give it only in the top-left
 * cell). The STT column is left alone: rows under a merged number continue the same task.
 */
function fillVerticalMerges(
  grid: string[][],
  merges: readonly MergedArea[],
  codeColumn: number | undefined,
  firstDataRow: number,
  header: HeaderInfo | null,
): void {
  for (const m of merges) {
    if (m.bottom <= m.top || m.top - 1 < firstDataRow) continue;
    // A header printed again on a later page keeps its merges; filling them would hide it.
    const top = grid[m.top - 1];
    if (header && top && header.signatures.some((sig) => isRepeatedHeader(top, sig))) continue;
    const col = m.left - 1;
    if (col === codeColumn) continue;
    const value = grid[m.top - 1]?.[col] ?? '';
    for (let r = m.top; r < m.bottom && r < grid.length; r++) {
      if (grid[r] && !grid[r][col]) grid[r][col] = value;
    }
  }
}

function headerFromOverride(grid: string[][], headerRow: number): HeaderInfo {
  const row = grid[headerRow - 1] ?? [];
  return { rows: [headerRow - 1], columns: {}, signatures: [row.map((c) => headerWords(c))] };
}

const emptyPlan = (warnings: PlanWarning[], areaTargets: Plan['areaTargets']): Plan => ({
  year: null,
  title: '',
  headerRows: [],
  columns: {},
  sections: [],
  tasks: [],
  warnings,
  areaTargets,
});

/** The plan year: given, else the year a plan remedying last year's index runs in, else the title's. */
function planYear(titleLines: readonly string[], options: ImportOptions, warn: WarningSink): number | null {
  if (options.year !== undefined && options.year !== null) return options.year;
  const remedy = remedyYear(titleLines, options.contextLines ?? []);
  if (remedy) warn(0, 'remedy-year', remedy);
  const year = remedy?.year ?? findPlanYear(titleLines, options.contextLines ?? []);
  if (year === null) warn(0, 'no-year', {});
  return year;
}

/** A plan read from prose: its tasks, one warning saying so, and one for the lead it does not name. */
function narrativePlan(prose: NarrativeReading, options: ImportOptions, warnings: PlanWarning[], warn: WarningSink, areaTargets: Plan['areaTargets']): Plan {
  const title = titleUnderHeading(prose.titleLines) ?? findPlanTitle(prose.titleLines);
  const year = planYear([title], { ...options, contextLines: [...prose.titleLines, ...(options.contextLines ?? [])] }, warn);
  // A task without a lead is the rule in prose, not a slip of one row: said once below.
  const quiet: WarningSink = (row, code, params) => {
    if (code !== 'no-lead') warn(row, code, params);
  };
  const { sections, tasks } = buildTasks(prose.entries, year, quiet, { prose: true });
  warn(0, 'narrative-plan', { tasks: tasks.filter((t) => !t.group).length, areas: prose.areas });
  if (tasks.some((t) => !t.group && !t.lead)) warn(0, 'narrative-no-lead', {});
  warnings.sort((a, b) => a.row - b.row);
  return { year, title, headerRows: [], columns: {}, sections, tasks, warnings, areaTargets };
}

/**
 * Imports an appendix table.
 * @example importAppendix([['STT','Nhiệm vụ','Tiến độ','Cơ quan chủ trì'],['1','Ban hành kế hoạch','Quý I/2024','Phòng Nội vụ']]).tasks[0].due → '2024-03-31'
 */
export function importAppendix(cells: readonly unknown[][], options: ImportOptions = {}): Plan {
  const { warnings, warn } = warningCollector();
  const textGrid = toTextGrid(Array.isArray(cells) ? cells : [], warn);
  // A component-index target table in the same sheet is read apart and hidden from the task reader.
  const areaTable = findAreaTargets(textGrid);
  const grid = areaTable ? blankRows(textGrid, areaTargetRows(areaTable)) : textGrid;
  const areaTargets = areaTable?.targets ?? [];

  const detected = options.headerRow ? headerFromOverride(grid, options.headerRow) : findHeader(grid);
  const columns: ColumnMap = { ...(detected?.columns ?? {}), ...(options.columns ?? {}) };
  if (columns.title === undefined) {
    // No table header: a plan written as prose (paragraphs under area headings) is read as such.
    const prose = options.headerRow ? null : readNarrative(grid);
    if (prose) return narrativePlan(prose, options, warnings, warn, areaTargets);
    warn(0, 'no-header', {});
    if (areaTable) warnings.push(...areaTargetWarnings(areaTable, null));
    return emptyPlan(warnings, areaTargets);
  }
  const headerRows = detected?.rows ?? [];
  if (areaTable) warnings.push(...areaTargetWarnings(areaTable, headerRows[0] ?? 0));
  const firstDataRow = headerRows.length > 0 ? headerRows[headerRows.length - 1] + 1 : 0;
  readSerialDates(Array.isArray(cells) ? cells : [], grid, columns.dueText, firstDataRow);
  if (options.merges?.length) fillVerticalMerges(grid, options.merges, columns.code, firstDataRow, detected);

  const titleLines = grid.slice(0, headerRows[0] ?? 0).map((r) => r.filter((c) => c.trim()).join(' '));
  const year = planYear(titleLines, options, warn);

  const entries = readRows(grid, firstDataRow, detected, columns, warn);
  const indicators = detected !== null && isIndicatorHeader(grid, detected);
  const resultHeader =
    indicators && columns.output !== undefined
      ? headerRows
          .map((r) => (grid[r]?.[columns.output!] ?? '').trim())
          .filter(Boolean)
          .join(' ')
      : '';
  const { sections, tasks } = buildTasks(entries, year, warn, {
    indicators,
    noDueColumn: columns.dueText === undefined,
    ...(resultHeader ? { resultHeader } : {}),
  });
  if (indicators) warn(0, 'indicator-table', { count: tasks.filter((t) => !t.group).length });
  warnings.sort((a, b) => a.row - b.row);
  return {
    year,
    title: findPlanTitle(titleLines),
    headerRows: headerRows.map((r) => r + 1),
    columns: Object.fromEntries(Object.entries(columns).filter(([, v]) => v !== undefined)) as Partial<Record<FieldKey, number>>,
    sections,
    tasks,
    warnings,
    areaTargets,
  };
}
