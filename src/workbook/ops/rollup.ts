/**
 * The roll-up from many units' tracker values: each counted as its own year report at the
 * cut-off (so a unit's numbers are those of its `report --json`), its self-assessed index where
 * it scores criteria, its overdue tasks; files that are no tracker, or of another plan year,
 * reported apart. Host-neutral: the CLI, the browser app and the pane read the files, call this,
 * and write the sheets it builds.
 */
import { findPlanYear } from '../../core/appendix/planMeta';
import { diffDays, isIsoDate } from '../../core/dates';
import { buildRollup, type RollupData, type RollupUnit } from '../../core/report/rollup';
import { HostError } from '../host';
import type { SheetModel } from '../model';
import { buildRollupSheets } from '../rollup/rollupSheets';
import { readSettings } from '../settingsSheet';
import { textOfCell } from './cellValues';
import { dashboardFrom } from './dashboard';
import { reportFrom } from './report';
import { taskListFrom, type TrackerValues } from './taskList';

export interface RollupSource {
  /** The file's name, as the official chose it. */
  readonly file: string;
  /** The unit's name when the official gives one; else from Cài đặt, the plan title, the file. */
  readonly unit?: string;
  /** The tracker's values; null when the file is not a tracker (no Nhiệm vụ sheet). */
  readonly values: TrackerValues | null;
  /** Why the file could not be read at all (then values is null). */
  readonly unreadable?: string;
}

export interface RollupRequest {
  /** The cut-off the states are counted at. */
  readonly asOf: string;
  /** The plan year; else the year most of the units are for. */
  readonly year?: number | null;
}

export interface RollupBuild {
  readonly data: RollupData;
  readonly sheets: readonly SheetModel[];
}

interface Read {
  readonly source: RollupSource;
  readonly values: TrackerValues;
  readonly year: number | null;
  readonly unit: string;
}

const baseName = (file: string): string => file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');

/** The plan year a tracker is for: Cài đặt's, else the one its title names. */
function yearOf(values: TrackerValues, title: string): number | null {
  if (values.settings) return readSettings(values.settings, 0).year || null;
  return findPlanYear([title]);
}

export function rollupFrom(sources: readonly RollupSource[], req: RollupRequest): RollupBuild {
  if (!req || !isIsoDate(req.asOf)) throw new HostError(`Ngày chốt số liệu không hợp lệ: "${req?.asOf ?? ''}".`, 'Nhập ngày dạng dd/mm/yyyy.');
  // Files left out, in the order given.
  const left = new Map<RollupSource, string>();
  const read: Read[] = [];
  for (const source of sources) {
    if (!source.values) {
      left.set(source, source.unreadable ?? 'Không phải bảng theo dõi (không có trang "Nhiệm vụ").');
      continue;
    }
    const title = textOfCell(source.values.tasks[0]?.[0]);
    const agency = readSettings(source.values.settings ?? null, 0).agency.agency;
    read.push({
      source,
      values: source.values,
      year: yearOf(source.values, title),
      unit: source.unit?.trim() || agency.trim() || title || baseName(source.file),
    });
  }
  const year = req.year ?? mostCommon(read.map((r) => r.year));
  const units: Omit<RollupUnit, 'rank' | 'doneRate' | 'onTimeRate'>[] = [];
  for (const r of read) {
    if (year !== null && r.year !== null && r.year !== year) {
      left.set(r.source, `Kế hoạch năm ${r.year}, không phải năm ${year}.`);
      continue;
    }
    const report = reportFrom(r.values, { period: 'year', asOf: req.asOf, year: year ?? r.year }, req.asOf).data;
    const total = r.values.criteria ? dashboardFrom(taskListFrom(r.values, req.asOf), r.values).scoring?.areas.find((a) => a.key === 'total') : undefined;
    units.push({
      unit: r.unit,
      file: r.source.file,
      counts: report.counts,
      points: total && total.scored > 0 ? total.points : null,
      index: total?.index ?? null,
      overdue: report.tasks
        .filter((t) => t.state === 'openOverdue' && t.due !== null)
        .map((t) => ({ id: t.id, title: t.title, lead: t.lead, due: t.due!, daysOverdue: diffDays(t.due!, req.asOf) ?? 0 })),
    });
  }
  const skipped = sources.filter((s) => left.has(s)).map((s) => ({ file: s.file, reason: left.get(s)! }));
  const data = buildRollup({ asOf: req.asOf, year, units, skipped });
  return { data, sheets: buildRollupSheets(data) };
}

/** The value most of the list has (the first of equals), ignoring nulls. */
function mostCommon(values: readonly (number | null)[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)!) best = v;
  return best;
}
