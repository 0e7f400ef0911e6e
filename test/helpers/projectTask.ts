/** What a hand-checked expected task list (test/fixtures/expected/*.tasks.json) holds of each task. */
import type { Task } from '../../src/core/plan/schema';
import { formatTargets } from '../../src/core/target';

export function projectTask(t: Task) {
  return {
    id: t.id,
    code: t.code,
    group: t.group,
    parentId: t.parentId,
    section: t.section,
    area: t.area,
    title: t.title,
    lead: t.lead,
    support: t.support,
    dueText: t.dueText,
    due: t.due,
    dueKind: t.dueKind,
    targets: formatTargets(t.targets),
  };
}
