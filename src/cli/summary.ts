/** The short summary printed after an import: tasks per area, targets found, overdue today. */
import { AREA_KEYS } from '../core/areas/areaKeys';
import { AREA_NAMES } from '../core/areas/areaPhrases';
import type { Plan } from '../core/plan/schema';
import { dueState } from '../core/status/dueState';
import { todayIso } from '../core/dates';

export interface SummaryContext {
  file: string;
  out?: string;
  asOf?: string;
}

/** Overdue tasks on a day, when nothing is marked done yet (a fresh import). */
export function overdueTasks(plan: Plan, asOf: string) {
  return plan.tasks.filter((t) => !t.group && dueState({ due: t.due, done: false, asOf }) === 'overdue');
}

export function formatSummary(plan: Plan, ctx: SummaryContext): string {
  const asOf = ctx.asOf ?? todayIso();
  const tasks = plan.tasks.filter((t) => !t.group);
  const lines: string[] = [];
  lines.push(`Kế hoạch / Plan: ${plan.title || ctx.file}${plan.year ? ` (năm ${plan.year})` : ''}`);
  lines.push(`Nhiệm vụ / Tasks: ${tasks.length} (+ ${plan.tasks.length - tasks.length} nhóm / groups), ${plan.sections.length} phần / sections`);
  lines.push('Theo lĩnh vực / By area:');
  for (const area of AREA_KEYS) {
    const n = tasks.filter((t) => t.area === area).length;
    if (n > 0) lines.push(`  ${String(n).padStart(4)}  ${AREA_NAMES[area].vi}`);
  }
  const targets = tasks.reduce((s, t) => s + t.targets.length, 0);
  lines.push(`Chỉ tiêu định lượng / Numeric targets: ${targets} (trong ${tasks.filter((t) => t.targets.length > 0).length} nhiệm vụ)`);
  const overdue = overdueTasks(plan, asOf);
  const [y, m, d] = asOf.split('-');
  lines.push(`Quá hạn tính đến ${d}/${m}/${y} (chưa cập nhật trạng thái) / Overdue as of ${asOf}: ${overdue.length}`);
  lines.push(`Cảnh báo khi nhập / Import warnings: ${plan.warnings.length}`);
  if (ctx.out) lines.push(`Đã ghi / Written: ${ctx.out}`);
  return `${lines.join('\n')}\n`;
}
