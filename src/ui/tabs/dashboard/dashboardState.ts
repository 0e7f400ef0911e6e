/**
 * The Tổng hợp (Dashboard) tab without a DOM: what it shows of the host's DashboardView — the
 * cards per deadline state, the area and lead office tables with their labels, the component
 * indices as percents against their targets, the lines of the criteria losing points, the overdue
 * list — as plain text and numbers. The view (../dashboardTab.ts) draws this model as it is.
 */
import type { AreaKey } from '../../../core/areas/areaKeys';
import type { DashboardView, ScoringView, StateCounts, TaskView } from '../../../workbook/host';
import { formatDmy, formatNumber } from '../../format';
import type { Lang, Translate } from '../../i18n';
import { areaLabel, dueLabel, DUE_STATES, type DueState } from '../../labels';

export interface DashboardState {
  /** The dashboard as last read; null before the first read. */
  readonly view: DashboardView | null;
}

export const INITIAL_DASHBOARD_STATE: DashboardState = { view: null };

/** A read failed: the dashboard shown stays as it was. */
export function afterLoad(s: DashboardState, view: DashboardView | null): DashboardState {
  return view ? { view } : s;
}

export interface StateCard {
  readonly state: DueState;
  readonly label: string;
  readonly count: number;
}

export interface StateRow {
  readonly key: string;
  readonly label: string;
  readonly total: number;
  readonly counts: StateCounts;
}

export interface ScoreRow {
  readonly key: AreaKey | 'total';
  readonly label: string;
  /** "12,5/20" */
  readonly points: string;
  /** "62,5%", or "–" while nothing is scored. */
  readonly index: string;
  /** "> 85%", or '' without a target. */
  readonly target: string;
  readonly met: boolean | null;
  /** "Đạt" / "Chưa đạt", or '' while unknown. */
  readonly metText: string;
}

export interface LostRow {
  readonly code: string;
  readonly name: string;
  readonly lost: number;
  /** "mất 2 / 3 điểm (được 1)" and, when a task carries it, " · Nhiệm vụ I-1". */
  readonly line: string;
  readonly task: string;
}

export interface ScoringModel {
  readonly areas: readonly ScoreRow[];
  readonly lost: readonly LostRow[];
  readonly problems: readonly { readonly row: number; readonly message: string }[];
}

export interface OverdueRow {
  readonly task: TaskView;
  /** dd/mm/yyyy */
  readonly due: string;
}

export interface DashboardModel {
  readonly asOf: string;
  readonly total: number;
  readonly cards: readonly StateCard[];
  readonly scoring: ScoringModel | null;
  readonly byArea: readonly StateRow[];
  readonly byLead: readonly StateRow[];
  readonly overdue: readonly OverdueRow[];
}

/** A fraction as the percent shown: two decimals at most, "–" for none. */
export function percentText(value: number | null, lang: Lang): string {
  return value === null ? '–' : `${formatNumber(Math.round(value * 10000) / 100, lang)}%`;
}

export function scoringModel(sv: ScoringView, lang: Lang, t: Translate): ScoringModel {
  return {
    areas: sv.areas.map((a) => ({
      key: a.key,
      label: a.key === 'total' ? t('dashboard.totalColumn') : areaLabel(a.key, a.label, lang),
      points: `${formatNumber(a.points, lang)}/${formatNumber(a.max, lang)}`,
      index: percentText(a.index, lang),
      target: a.target ? `${a.target.op} ${percentText(a.target.value, lang)}` : '',
      met: a.met,
      metText: a.met === null ? '' : a.met ? t('scoring.yes') : t('scoring.no'),
    })),
    lost: sv.lost.map((l) => ({
      code: l.code,
      name: l.name,
      lost: l.lost,
      line: t('scoring.lostLine', { lost: formatNumber(l.lost, lang), points: formatNumber(l.points, lang), max: formatNumber(l.max, lang) }),
      task: l.taskId ? ` · ${t('scoring.task')} ${l.taskId}` : '',
    })),
    problems: sv.problems,
  };
}

/** Everything the tab shows of a dashboard, in the pane language. */
export function dashboardModel(v: DashboardView, lang: Lang, t: Translate): DashboardModel {
  return {
    asOf: t('dashboard.asOf', { date: formatDmy(v.asOf) }),
    total: v.total,
    cards: DUE_STATES.map((s) => ({ state: s, label: dueLabel(s, lang), count: v.byState[s] })),
    scoring: v.scoring ? scoringModel(v.scoring, lang, t) : null,
    byArea: v.byArea.map((a) => ({
      key: a.key ?? '',
      label: a.key === null ? t('dashboard.unknownArea') : areaLabel(a.key, a.label, lang),
      total: a.total,
      counts: a.counts,
    })),
    byLead: v.byLead.map((l) => ({ key: l.lead, label: l.lead || t('dashboard.noLead'), total: l.total, counts: l.counts })),
    overdue: v.overdue.map((task) => ({ task, due: formatDmy(task.due) })),
  };
}
