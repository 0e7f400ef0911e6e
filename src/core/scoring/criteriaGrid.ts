/**
 * The criteria sheet (Bộ tiêu chí) as a cell grid: writing a criteria set out, and reading an
 * edited sheet back. Reading never refuses the sheet: each row is checked (code, max points with
 * decimal comma, rule, link, parent sums) and every fault becomes a problem naming its row and
 * column, while the readable rows are kept.
 */
import { headerWords, matchingPhrases, phraseTable } from '../text/phrases';
import { AREA_KEYS, type AreaKey } from '../areas/areaKeys';
import { areaOfTitle } from '../areas/areaOf';
import { AREA_NAMES } from '../areas/areaPhrases';
import { readCellNumber } from '../target/number';
import { cellToText } from '../text/cellText';
import { fold } from '../text/fold';
import { checkCriteria, CRITERION_CODE, type Criterion } from './criteria';
import { formatLink, readLink } from './links';

/**
 * The columns of the criteria sheet, in sheet order, with the header words that name each: written
 * as sheets head them (with diacritics), folded once by the phrase engine with `headerWords`.
 */
export const CRITERIA_COLUMNS = [
  { key: 'code', vi: 'Mã', en: 'Code', width: 8, phrases: ['mã', 'mã tiêu chí', 'mã số', 'STT', 'TT', 'số TT'] },
  { key: 'area', vi: 'Lĩnh vực', en: 'Area', width: 22, phrases: ['lĩnh vực', 'lĩnh vực đánh giá', 'chỉ số thành phần'] },
  {
    key: 'name',
    vi: 'Tên tiêu chí',
    en: 'Criterion',
    width: 44,
    phrases: [
      'tên tiêu chí',
      'tiêu chí',
      'tiêu chí thành phần',
      'nội dung',
      'nội dung tiêu chí',
      'lĩnh vực tiêu chí',
      'lĩnh vực, tiêu chí, tiêu chí thành phần',
    ],
  },
  { key: 'maxPoints', vi: 'Điểm tối đa', en: 'Max points', width: 9, phrases: ['điểm tối đa', 'điểm chuẩn', 'thang điểm tối đa', 'số điểm tối đa'] },
  {
    key: 'rule',
    vi: 'Cách tính điểm',
    en: 'Scoring rule',
    width: 44,
    phrases: ['cách tính điểm', 'thang điểm', 'cách chấm điểm', 'phương pháp tính điểm', 'phương pháp chấm điểm', 'hướng dẫn chấm điểm', 'quy tắc tính điểm'],
  },
  {
    key: 'link',
    vi: 'Chỉ tiêu liên kết',
    en: 'Linked indicator',
    width: 12,
    phrases: ['liên kết', 'chỉ tiêu liên kết', 'nhiệm vụ liên kết', 'liên kết chỉ tiêu'],
  },
  {
    key: 'lastYearPoints',
    vi: 'Điểm năm trước',
    en: "Last year's points",
    width: 9,
    phrases: ['điểm năm trước', 'điểm năm', 'kết quả năm trước', 'điểm đạt năm trước'],
  },
  {
    key: 'evidenceRequired',
    vi: 'Minh chứng',
    en: 'Evidence required',
    width: 10,
    phrases: ['minh chứng', 'yêu cầu minh chứng', 'tài liệu kiểm chứng', 'cần minh chứng'],
  },
  { key: 'survey', vi: 'Điều tra XHH', en: 'Survey', width: 9, phrases: ['ĐTXHH', 'điều tra XHH', 'điều tra xã hội học', 'điểm điều tra xã hội học'] },
  { key: 'template', vi: 'Giá trị mẫu', en: 'Template value', width: 9, phrases: ['giá trị mẫu', 'mẫu'] },
] as const;
export type CriteriaColumnKey = (typeof CRITERIA_COLUMNS)[number]['key'];

/** How the template marker and the yes/no columns are written. */
const YES_TEXT = 'Có';
const TEMPLATE_TEXT = 'Mẫu';
const YES_WORDS = new Set(['co', 'x', 'true', 'yes', '1', 'mau', 'dtxhh']);
const NO_WORDS = new Set(['', 'khong', 'false', 'no', '0']);

export interface CriteriaGridProblem {
  /** 1-based row of the grid. */
  readonly row: number;
  /** 1-based column of the grid, 0 for the row as a whole. */
  readonly column: number;
  readonly message: string;
}

export interface CriteriaGridReading {
  readonly criteria: Criterion[];
  readonly problems: CriteriaGridProblem[];
  /** 1-based header row, null when none was found. */
  readonly headerRow: number | null;
}

const WHOLE_CELL_ONLY: ReadonlySet<CriteriaColumnKey> = new Set(['code', 'template']);
const PHRASES = phraseTable(
  CRITERIA_COLUMNS.map((c) => [c.key, c.phrases] as const),
  headerWords,
);

/** What a header cell names, by its longest matching phrase. */
function meaningOf(text: string): { key: CriteriaColumnKey; strength: number } | null {
  const words = headerWords(text);
  if (!words || words.length > 80) return null;
  const best = matchingPhrases(PHRASES, words, (k) => WHOLE_CELL_ONLY.has(k))[0];
  return best ? { key: best.key, strength: best.folded.length } : null;
}

/** The header row and the column of each key, searching the first rows. */
function findCriteriaHeader(grid: readonly string[][]): { row: number; columns: Partial<Record<CriteriaColumnKey, number>> } | null {
  for (let r = 0; r < Math.min(grid.length, 30); r++) {
    const columns: Partial<Record<CriteriaColumnKey, number>> = {};
    const strength: Partial<Record<CriteriaColumnKey, number>> = {};
    grid[r].forEach((cell, c) => {
      const m = cell ? meaningOf(cell) : null;
      if (m && (columns[m.key] === undefined || m.strength > (strength[m.key] ?? 0))) {
        columns[m.key] = c;
        strength[m.key] = m.strength;
      }
    });
    if (columns.code !== undefined && columns.name !== undefined && columns.maxPoints !== undefined) return { row: r, columns };
  }
  return null;
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10 };
function romanValue(s: string): number | null {
  if (!/^[ivx]+$/.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    total += i + 1 < s.length && ROMAN[s[i + 1]] > v ? -v : v;
  }
  return total;
}

/** "1.1.4", "1.1.4.", a Roman "III" for an area row → the code, or null. */
function readCode(text: string): string | null {
  const t = text.trim().replace(/\.$/, '');
  if (CRITERION_CODE.test(t))
    return t
      .split('.')
      .map((p) => String(Number(p)))
      .join('.');
  const roman = romanValue(fold(t));
  return roman === null ? null : String(roman);
}

function readArea(text: string): AreaKey | null {
  const t = text.trim();
  if ((AREA_KEYS as readonly string[]).includes(t)) return t as AreaKey;
  const f = fold(t);
  const byName = AREA_KEYS.find((k) => fold(AREA_NAMES[k].vi) === f);
  return byName ?? areaOfTitle(t);
}

function readFlag(text: string): boolean | null {
  const f = fold(text);
  if (YES_WORDS.has(f)) return true;
  if (NO_WORDS.has(f)) return false;
  return null;
}

/**
 * Reads a criteria sheet back. The header row is found by meaning (Mã, Lĩnh vực, Tên tiêu chí,
 * Điểm tối đa, Cách tính điểm, Liên kết, Điểm năm trước, Minh chứng…) in any column order.
 * For instance `readCriteriaGrid(criteriaToGrid(criteriaTemplate().criteria)).problems → []`.
 */
export function readCriteriaGrid(grid: unknown[][]): CriteriaGridReading {
  const cells = (Array.isArray(grid) ? grid : []).map((row) => (Array.isArray(row) ? row.map((c) => cellToText(c)) : []));
  const raw = (r: number, c: number | undefined): unknown => (c === undefined || !Array.isArray(grid[r]) ? undefined : grid[r][c]);
  const header = findCriteriaHeader(cells);
  const problems: CriteriaGridProblem[] = [];
  if (!header) {
    problems.push({ row: 0, column: 0, message: 'Không tìm thấy dòng tiêu đề của bảng tiêu chí (cần các cột Mã, Tên tiêu chí, Điểm tối đa)' });
    return { criteria: [], problems, headerRow: null };
  }
  const col = header.columns;
  const colNo = (key: CriteriaColumnKey) => (col[key] === undefined ? 0 : (col[key] as number) + 1);
  const colName = (key: CriteriaColumnKey) => CRITERIA_COLUMNS.find((c) => c.key === key)?.vi ?? key;
  const text = (r: number, key: CriteriaColumnKey) => (col[key] === undefined ? '' : (cells[r][col[key] as number] ?? '').trim());
  const problem = (r: number, key: CriteriaColumnKey | null, message: string) =>
    problems.push({ row: r + 1, column: key ? colNo(key) : 0, message: `Dòng ${r + 1}${key ? `, cột ${colName(key)}` : ''}: ${message}` });

  const criteria: Criterion[] = [];
  const rowOf = new Map<string, number>();
  for (let r = header.row + 1; r < cells.length; r++) {
    if (cells[r].every((c) => c.trim() === '')) continue;
    const codeText = text(r, 'code');
    const code = readCode(codeText);
    if (code === null) {
      problem(r, 'code', codeText ? `mã "${codeText}" không hợp lệ (cần dạng 1, 1.1 hoặc 1.1.4) — bỏ qua dòng` : 'thiếu mã tiêu chí — bỏ qua dòng');
      continue;
    }
    if (rowOf.has(code)) {
      problem(r, 'code', `mã ${code} trùng với dòng ${(rowOf.get(code) as number) + 1} — bỏ qua dòng`);
      continue;
    }
    const name = text(r, 'name');
    if (!name) {
      problem(r, 'name', 'thiếu tên tiêu chí — bỏ qua dòng');
      continue;
    }
    const max = readCellNumber(raw(r, col.maxPoints) ?? text(r, 'maxPoints'));
    if (max.kind !== 'number' || max.value < 0 || max.percent) {
      problem(
        r,
        'maxPoints',
        max.kind === 'missing' ? 'thiếu điểm tối đa — bỏ qua dòng' : `điểm tối đa "${text(r, 'maxPoints')}" không phải là số không âm — bỏ qua dòng`,
      );
      continue;
    }
    const areaText = text(r, 'area');
    let area = areaText ? readArea(areaText) : null;
    if (area === null) {
      // An empty or unknown area is taken from the nearest criterion above whose code contains this one.
      const parts = code.split('.');
      for (let n = parts.length - 1; n > 0 && area === null; n--) {
        const parent = criteria.find((c) => c.code === parts.slice(0, n).join('.'));
        if (parent) area = parent.area;
      }
      if (areaText || area === null)
        problem(r, 'area', `không nhận ra lĩnh vực "${areaText}"${area ? ` — lấy theo tiêu chí cha (${AREA_NAMES[area].vi})` : ' — đặt là "Khác"'}`);
      area = area ?? 'other';
    }
    const criterion: Criterion = { code, area, name, maxPoints: max.value, evidenceRequired: false, survey: false };
    const rule = text(r, 'rule');
    if (rule) criterion.rule = rule;
    const linkText = text(r, 'link');
    if (linkText) {
      const link = readLink(linkText);
      if (link.link) criterion.link = link.link;
      else problem(r, 'link', link.error ?? '');
    }
    const lastText = text(r, 'lastYearPoints');
    if (lastText) {
      const last = readCellNumber(raw(r, col.lastYearPoints) ?? lastText);
      if (last.kind === 'number' && last.value >= 0 && !last.percent) criterion.lastYearPoints = last.value;
      else problem(r, 'lastYearPoints', `điểm năm trước "${lastText}" không phải là số không âm — bỏ qua ô này`);
    }
    for (const key of ['evidenceRequired', 'survey', 'template'] as const) {
      const flagText = text(r, key);
      const flag = readFlag(flagText);
      if (flag === null) problem(r, key, `"${flagText}" không rõ là có hay không (ghi "${YES_TEXT}" hoặc để trống)`);
      if (key === 'template') {
        if (flag) criterion.template = true;
      } else criterion[key] = flag ?? false;
    }
    criteria.push(criterion);
    rowOf.set(code, r);
  }
  for (const p of checkCriteria(criteria)) {
    const r = rowOf.get(p.code);
    if (r === undefined) continue;
    const key: CriteriaColumnKey = p.field === 'code' ? 'code' : p.field;
    problems.push({ row: r + 1, column: colNo(key), message: `Dòng ${r + 1}, cột ${colName(key)}: ${p.message}` });
  }
  problems.sort((a, b) => a.row - b.row || a.column - b.column);
  return { criteria, problems, headerRow: header.row + 1 };
}

/**
 * The criteria sheet's rows: the header (Vietnamese column names), then one row per criterion in
 * CRITERIA_COLUMNS order. Numbers stay numbers; readCriteriaGrid reads the result back unchanged.
 * For instance `criteriaToGrid(criteria)[0] → ['Mã', 'Lĩnh vực', 'Tên tiêu chí', 'Điểm tối đa', 'Cách tính điểm' ]`.
 */
export function criteriaToGrid(criteria: readonly Criterion[]): unknown[][] {
  const rows: unknown[][] = [CRITERIA_COLUMNS.map((c) => c.vi)];
  for (const c of criteria) {
    const values: Record<CriteriaColumnKey, unknown> = {
      code: c.code,
      area: AREA_NAMES[c.area].vi,
      name: c.name,
      maxPoints: c.maxPoints,
      rule: c.rule ?? '',
      link: c.link ? formatLink(c.link) : '',
      lastYearPoints: c.lastYearPoints ?? '',
      evidenceRequired: c.evidenceRequired ? YES_TEXT : '',
      survey: c.survey ? YES_TEXT : '',
      template: c.template ? TEMPLATE_TEXT : '',
    };
    rows.push(CRITERIA_COLUMNS.map((col) => values[col.key]));
  }
  return rows;
}
