/**
 * The scoring part of the pane's dashboard: the criteria read back from the Bộ tiêu chí sheet (a
 * row at fault is reported, the rest scored), each leaf's actual — typed in the sheet, else
 * fetched through its link from the Chỉ tiêu and Nhiệm vụ values — scored by core, the component
 * index of each area against the targets on the Tổng hợp sheet, and the points-lost ranking.
 * The same numbers the sheet's native formulas show, computed without them (a host's fake or a
 * workbook whose formulas have not been recalculated reads the same).
 */
import { AREA_NAMES } from '../../core/areas/areaPhrases';
import { areaIndices, linkedActuals, pointsLost, readCriteriaGrid, scoreCriteria, type Actual } from '../../core/scoring';
import type { AreaScoreView, LostView, ScoringView, TaskView } from '../host';
import { CRITERIA_SHEET_COLUMNS } from '../scoring/criteriaColumns';
import { TOTAL_LABEL } from '../scoring/buildDashboardSheet';
import { numberOfCell, textOfCell } from './cellValues';
import { findColumns, type Grid, type IndicatorRecord } from './readTracker';
import { opOfText, readDashboardTargets } from './dashboardTargets';

/** How many criteria the pane's ranking shows. */
export const LOST_SHOWN = 15;

/** Whether a cell holds a value typed by the official, not a blank or a formula's text (hosts that do not compute give the formula back). */
function isTyped(value: unknown): boolean {
  if (typeof value === 'number' || typeof value === 'boolean') return true;
  const text = textOfCell(value);
  return text !== '' && !text.startsWith('=');
}

/** The Thực tế cells the official typed on a Bộ tiêu chí sheet, as read, by criterion code. */
export function typedCriterionActuals(values: Grid): Map<string, unknown> {
  const typed = new Map<string, unknown>();
  const found = findColumns(values, CRITERIA_SHEET_COLUMNS, 3);
  const codeAt = found?.positions.code;
  const actualAt = found?.positions.actual;
  if (!found || codeAt === undefined || actualAt === undefined) return typed;
  for (let r = found.headerRow; r < values.length; r++) {
    const code = textOfCell(values[r]?.[codeAt - 1]);
    const raw = values[r]?.[actualAt - 1];
    if (code !== '' && isTyped(raw)) typed.set(code, raw);
  }
  return typed;
}

/** A typed cell as a scoring actual: numbers and booleans as they are, "95%" / "0,95" read as numbers. */
const actualOf = (raw: unknown): Actual => (typeof raw === 'number' || typeof raw === 'boolean' ? raw : (numberOfCell(textOfCell(raw)) ?? textOfCell(raw)));

/** Whether an index meets a target; the operator as shown ("≥") or typed (">="). */
function meets(index: number, op: string, target: number): boolean {
  switch (opOfText(op)) {
    case '>':
      return index > target;
    case '>=':
      return index >= target;
    case '<':
      return index < target;
    case '<=':
      return index <= target;
    default:
      return index === target;
  }
}

export function scoringFrom(criteriaValues: Grid, indicators: readonly IndicatorRecord[], tasks: readonly TaskView[], dashboard: Grid | null): ScoringView {
  const grid = criteriaValues.map((r) => [...r]);
  const reading = readCriteriaGrid(grid);
  const byRef = new Map(indicators.map((i) => [i.ref, i.actual] as const));
  const done = new Set(tasks.filter((t) => t.flag === 'done' || t.flag === 'done-late').map((t) => t.id));
  const actuals = linkedActuals(
    reading.criteria,
    (ref) => byRef.get(ref) ?? undefined,
    (id) => (done.has(id) ? true : undefined),
  );
  for (const [code, raw] of typedCriterionActuals(criteriaValues)) actuals.set(code, actualOf(raw));

  const scores = scoreCriteria(reading.criteria, actuals);
  const leaves = scores.filter((s) => s.leaf);
  const targets = readDashboardTargets(dashboard);
  const areas: AreaScoreView[] = areaIndices(scores)
    .filter((a) => a.area !== 'other')
    .map((a) => {
      const own = a.area === 'total' ? leaves : leaves.filter((l) => l.area === a.area);
      const scored = own.filter((l) => l.points !== null).length;
      const index = scored === 0 ? null : a.index;
      const typed = targets.get(a.area);
      const t = typed && typed.op !== '' && typed.value !== null ? { op: typed.op, value: typed.value, lastIndex: typed.lastIndex } : undefined;
      return {
        key: a.area,
        label: a.area === 'total' ? TOTAL_LABEL : AREA_NAMES[a.area].vi,
        max: a.max,
        points: a.points,
        index,
        scored,
        criteria: own.length,
        target: t ? { op: t.op, value: t.value } : null,
        met: t && index !== null ? meets(index, t.op, t.value) : null,
        gap: t && index !== null ? index - t.value : null,
        lastIndex: typed?.lastIndex ?? null,
      };
    });
  const linkOf = new Map(reading.criteria.map((c) => [c.code, c.link] as const));
  const lost: LostView[] = pointsLost(scores)
    .slice(0, LOST_SHOWN)
    .map((p) => {
      const link = linkOf.get(p.code);
      return {
        code: p.code,
        name: p.name,
        areaLabel: AREA_NAMES[p.area].vi,
        max: p.max,
        points: p.points,
        lost: p.lost,
        taskId: link ? (link.kind === 'indicator' ? link.ref.split(':')[0] : link.ref) : '',
      };
    });
  return { areas, lost, problems: reading.problems.map((p) => ({ row: p.row, message: p.message })) };
}
