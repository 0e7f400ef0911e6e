/**
 * Indicator tables (Phụ lục chỉ tiêu: "TT | Chỉ tiêu | Đơn vị tính | Kết quả / Mục tiêu | Cơ quan
 * chủ trì theo dõi"): no deadline column, sections by theme or by phase ("Giai đoạn 2025–2027",
 * "Đến năm 2030"), the target in the indicator's text or in a result column with a unit column
 * beside it. Each row is a task; what this module adds is reading its target and its deadline.
 */
import { parseDue, type DueInfo } from '../due/parseDue';
import type { Target } from '../plan/schema';
import { parseNumberVi } from '../target/number';
import { foldWithPositions, sourceSlice } from '../target/foldPositions';
import { parseTargets } from '../target/parseTargets';
import { fold } from '../text/fold';
import { alternation, longestPhrase, phraseSource, phraseTable } from '../text/phrases';

/** Words a phase heading starts with ("Giai đoạn 2025–2027", "Đến năm 2030", "Năm 2026"). */
const PHASE_OPENINGS = phraseTable([
  [
    'phase',
    [
      'giai đoạn',
      'đến năm',
      'đến hết năm',
      'năm',
      'từ năm',
      'sau năm',
      'trước năm',
      'lộ trình đến năm',
      'mục tiêu đến năm',
      'tầm nhìn đến năm',
      'chỉ tiêu đến năm',
      'chỉ tiêu năm',
      'chỉ tiêu giai đoạn',
      'mục tiêu giai đoạn',
      'mục tiêu năm',
    ],
  ],
]);

/** A phase heading is a short row: a task's text naming a year runs far longer. */
const MAX_PHASE_HEADING = 80;

/**
 * True when a title-only row is a phase heading of an indicator table: it opens with a phase
 * word and names a year or a span of years.
 * @example isPhaseHeading('Giai đoạn 2025 – 2027') → true
 * @example isPhaseHeading('Năm 2026 hoàn thành số hóa hồ sơ') → false
 */
export function isPhaseHeading(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > MAX_PHASE_HEADING) return false;
  const folded = fold(t).replace(/[:.]+$/, '');
  if (longestPhrase(PHASE_OPENINGS, folded)?.index !== 0) return false;
  // The heading is nothing but its phase: no task text after its last year.
  const rest = folded.replace(/\([^)]*\)/g, ' ').replace(/^.*\d{4}/, '');
  if (/[a-z]{2,}/.test(rest)) return false;
  const due = parseDue(t);
  return due.recognized && due.kind === 'year';
}

/**
 * The code of a phase section: its years ("Giai đoạn 2025 – 2027" → "2025-2027", "Đến năm 2030"
 * → "2030"), so the ids of its rows stay apart from the next phase's when numbering restarts.
 * @example phaseCode('Giai đoạn 2025 – 2027') → '2025-2027'
 */
export function phaseCode(text: string): string {
  return (text.match(/\d{4}/g) ?? []).join('-');
}

/** Horizons named inside an indicator's text: "đến năm 2030", "giai đoạn 2026–2030", "trước năm 2027". */
const HORIZON = new RegExp(
  `(?<![a-z0-9])(?:${alternation(['đến hết năm ####', 'đến năm ####', 'trước năm ####', 'giai đoạn yyyy-yyyy', 'trong giai đoạn yyyy-yyyy'], {
    '####': '\\d{4}',
    'yyyy-yyyy': '\\d{4}\\s*[-–]\\s*\\d{4}',
  })})(?![0-9])`,
);

/**
 * The horizon an indicator's own text names, as written, or null: "Đến năm 2030, tỷ lệ …" gives
 * "Đến năm 2030". A year compared against ("so với năm 2021") is a baseline, not a horizon.
 * @example horizonOf('Tỷ lệ dịch vụ công trực tuyến toàn trình đến năm 2030 đạt 80%') → 'đến năm 2030'
 * @example horizonOf('Giảm 10% đơn vị sự nghiệp so với năm 2021') → null
 */
export function horizonOf(text: string): string | null {
  const f = foldWithPositions(text);
  const m = HORIZON.exec(f.folded);
  return m ? sourceSlice(f, m.index, m.index + m[0].length) : null;
}

/** A year named in a result column's header ("Chỉ tiêu năm 2025", "Kế hoạch năm 2026"). */
const HEADER_YEAR = new RegExp(`(?<![a-z0-9])${phraseSource('năm ####', { '####': '\\d{4}' })}(?![0-9])`);

/**
 * The horizon a result column's header names, as written, or null: "Mục tiêu đến năm 2030" →
 * "đến năm 2030", "Chỉ tiêu năm 2025" → "năm 2025".
 * @example columnHorizon('Chỉ tiêu năm 2025') → 'năm 2025'
 * @example columnHorizon('Kết quả / Mục tiêu') → null
 */
export function columnHorizon(header: string): string | null {
  const own = horizonOf(header);
  if (own) return own;
  const f = foldWithPositions(header);
  const m = HEADER_YEAR.exec(f.folded);
  return m ? sourceSlice(f, m.index, m.index + m[0].length) : null;
}

/** Where an indicator's deadline was read from, for the warning that says so. */
export interface IndicatorDue {
  dueText: string;
  due: DueInfo;
  from: 'phase' | 'text' | 'column';
}

/**
 * The deadline of an indicator with no deadline cell: the end of the horizon its text names,
 * else of its phase section, else of `column`, the horizon its result column's header names
 * (columnHorizon, read once per table); null when none names one.
 */
export function indicatorDue(title: string, phase: string | null, year: number | null, column: string | null = null): IndicatorDue | null {
  const own = horizonOf(title);
  if (own) return { dueText: own, due: parseDue(own, { year }), from: 'text' };
  if (phase && isPhaseHeading(phase)) return { dueText: phase.trim(), due: parseDue(phase, { year }), from: 'phase' };
  if (column) return { dueText: column, due: parseDue(column, { year }), from: 'column' };
  return null;
}

/** "%" is written against the number; any other unit after a space. */
function withUnit(result: string, unit: string): string {
  if (!unit || !result) return result;
  if (fold(result).includes(fold(unit))) return result;
  return unit.trim() === '%' ? `${result}%` : `${result} ${unit}`;
}

/**
 * The result cell of an indicator row as a person reads it, with the unit column's unit:
 * "80" and "%" → "80%"; "20" and "tập dữ liệu" → "20 tập dữ liệu".
 */
export function resultText(result: string, unit: string): string {
  return withUnit(result.trim(), unit.trim());
}

/**
 * The targets of an indicator row: the result column when it has one (a bare number is the value
 * to reach: "≥"), else what the indicator's text states. A target whose cell names no metric
 * takes the indicator's text as its metric, so a check names what it measured.
 * @example indicatorTargets('Tỷ lệ hồ sơ được số hóa', '100', '%').map((t) => `${t.op}${t.value}${t.unit}`).join() → '>=1%'
 * @example indicatorTargets('Số tập dữ liệu mở được công bố', '20', 'tập dữ liệu').map((t) => `${t.op}${t.value}${t.unit}`).join() → '>=20count'
 */
export function indicatorTargets(title: string, result: string, unit: string): Target[] {
  const text = resultText(result, unit);
  let targets = text ? parseTargets(text) : [];
  if (targets.length === 0 && text) {
    const bare = result.trim().replace(/[≥>=]+\s*$/, '');
    const value = parseNumberVi(bare.replace(/^[≥>=]+\s*/, ''));
    if (value !== null) {
      const percent = unit.trim() === '%';
      targets = [{ metric: '', op: '>=', value: percent ? value / 100 : value, unit: percent ? '%' : 'count', text }];
    }
  }
  if (targets.length === 0) targets = parseTargets(title);
  const metric = title.trim().replace(/\s+/g, ' ');
  return targets.map((t) => (t.metric ? t : { ...t, metric }));
}
