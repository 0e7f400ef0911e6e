/**
 * The component-index targets as the Tổng hợp sheet holds them: filled from the plan's target
 * table, or typed by the official into the yellow cells. Read by the pane's scoring and by
 * re-import, which keeps what was typed.
 */
import { AREA_KEYS, type AreaKey } from '../../core/areas/areaKeys';
import { AREA_NAMES } from '../../core/areas/areaPhrases';
import type { AreaTarget } from '../../core/plan/schema';
import type { TargetOp } from '../../core/plan/schema';
import { fold } from '../../core/text';
import { OP_SYMBOLS } from '../targetCheck';
import { AREA_BLOCK_HEADERS as H, TOTAL_LABEL } from '../scoring/buildDashboardSheet';
import { numberOfCell, textOfCell } from './cellValues';
import type { Grid } from './readTracker';

export interface DashboardTarget {
  readonly area: AreaKey | 'total';
  /** The symbol as shown (">", "≥"), and the target as a fraction; null when not filled. */
  readonly op: string;
  readonly value: number | null;
  readonly lastIndex: number | null;
  readonly lastRank: number | null;
  readonly targetRank: number | null;
  readonly owner: string;
}

const OP_OF_SYMBOL = new Map<string, TargetOp>(Object.entries(OP_SYMBOLS).map(([op, symbol]) => [symbol, op as TargetOp]));
// Typed by hand, the ASCII forms are as likely as the symbols.
OP_OF_SYMBOL.set('>=', '>=').set('<=', '<=');

/** The comparison an operator cell names, shown ("≥") or typed (">="); undefined for anything else. */
export function opOfText(text: string): TargetOp | undefined {
  return OP_OF_SYMBOL.get(text.trim());
}

/** The rows of the Tổng hợp area block, by area; empty when the sheet has none. */
export function readDashboardTargets(dashboard: Grid | null): Map<AreaKey | 'total', DashboardTarget> {
  const out = new Map<AreaKey | 'total', DashboardTarget>();
  if (!dashboard) return out;
  const byLabel = new Map<string, AreaKey | 'total'>([...AREA_KEYS.map((k) => [fold(AREA_NAMES[k].vi), k] as const), [fold(TOTAL_LABEL), 'total' as const]]);
  const header = dashboard.findIndex((row) => row.some((c) => fold(textOfCell(c)) === fold(H.op)) && fold(textOfCell(row[0])) === fold(H.area));
  if (header < 0) return out;
  const col = (label: string): number => dashboard[header].findIndex((c) => fold(textOfCell(c)) === fold(label));
  const at = (row: readonly unknown[], label: string): unknown => {
    const c = col(label);
    return c < 0 ? undefined : row[c];
  };
  for (let r = header + 1; r < dashboard.length; r++) {
    const row = dashboard[r] ?? [];
    const key = byLabel.get(fold(textOfCell(row[0])));
    if (key === undefined) {
      if (textOfCell(row[0]) === '') break;
      continue;
    }
    out.set(key, {
      area: key,
      op: textOfCell(at(row, H.op)),
      value: numberOfCell(at(row, H.target)),
      lastIndex: numberOfCell(at(row, H.lastIndex)),
      lastRank: numberOfCell(at(row, H.lastRank)),
      targetRank: numberOfCell(at(row, H.targetRank)),
      owner: textOfCell(at(row, H.owner)),
    });
    if (key === 'total') break;
  }
  return out;
}

/**
 * The plan's target rows with what the official typed on the existing Tổng hợp sheet laid over
 * them: a filled cell there wins (it is the official's), a blank one leaves the plan's value.
 */
export function mergeTypedTargets(planTargets: readonly AreaTarget[], typed: ReadonlyMap<AreaKey | 'total', DashboardTarget>): AreaTarget[] {
  const byArea = new Map<AreaTarget['area'], AreaTarget>(planTargets.map((t) => [t.area, t]));
  for (const [area, t] of typed) {
    const base: AreaTarget = byArea.get(area) ?? { area, name: '', lastIndex: null, lastRank: null, target: null, targetText: '', targetRank: null, owner: '' };
    const op = opOfText(t.op);
    const int = (n: number | null): number | null => (n !== null && Number.isInteger(n) && n > 0 ? n : null);
    byArea.set(area, {
      ...base,
      lastIndex: t.lastIndex ?? base.lastIndex,
      lastRank: int(t.lastRank) ?? base.lastRank,
      target: op && t.value !== null ? { op, value: t.value, unit: '%' } : base.target,
      targetRank: int(t.targetRank) ?? base.targetRank,
      owner: t.owner || base.owner,
    });
  }
  return [...byArea.values()];
}
