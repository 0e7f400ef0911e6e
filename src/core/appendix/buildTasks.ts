/**
 * Second pass: raw items → tasks. Hierarchy from numbering, group rows, stable ids, inherited
 * cells of vertically merged blocks, areas, deadlines and targets.
 */
import { areaOfTaskText, areaOfTitle } from '../areas/areaOf';
import type { AreaKey } from '../areas/areaKeys';
import { parseDue } from '../due/parseDue';
import type { Section, Task } from '../plan/schema';
import { parseTargets } from '../target/parseTargets';
import type { RawEntry, RawItem, RawSection } from './readRows';
import type { WarningSink } from './warnings';
import { columnHorizon, indicatorDue, indicatorTargets, resultText } from './indicators';

interface Node {
  item: RawItem;
  section: RawSection | null;
  id: string;
  parent: Node | null;
  hasChildren: boolean;
}

const isGroupLike = (item: RawItem) => !item.fields.lead && !item.fields.dueText && !item.fields.support;

/**
 * Finds each item's parent: the latest earlier item of the same section whose number is a prefix
 * of its own ("2.3" for "2.3.1", else "2"). A map of the latest item per number keeps this linear.
 */
function linkParents(nodes: Node[]): void {
  let previous: Node | null = null;
  let lastGroupLike: Node | null = null;
  let byCode = new Map<string, Node>();
  for (const node of nodes) {
    if (previous && previous.section !== node.section) {
      previous = null;
      lastGroupLike = null;
      byCode = new Map();
    }
    const code = node.item.code;
    if (code) {
      // "4.1 Thực hiện quy định…" (a bold group) directly followed by "4.1 Sắp xếp…" (its task).
      if (previous && previous.item.code === code && isGroupLike(previous.item) && !isGroupLike(node.item)) {
        node.parent = previous;
      }
      for (let cut = code.lastIndexOf('.'); !node.parent && cut > 0; cut = code.lastIndexOf('.', cut - 1)) {
        node.parent = byCode.get(code.slice(0, cut)) ?? null;
      }
      byCode.set(code, node);
    } else if (node.item.bullet) {
      node.parent = lastGroupLike;
    } else if (previous) {
      node.parent = previous.parent;
    }
    if (node.parent) node.parent.hasChildren = true;
    if (code && isGroupLike(node.item)) lastGroupLike = node;
    previous = node;
  }
}

/** Ids: section + number ("III-1.2"); un-numbered rows count on from the last number ("III-3+1"). */
function assignIds(nodes: Node[], warn: WarningSink): void {
  const used = new Set<string>();
  /** Next free "#k" per base id, so a table of thousands of repeated numbers stays linear. */
  const nextSuffix = new Map<string, number>();
  let lastCode = '';
  let unnumbered = 0;
  let lastSection: RawSection | null | undefined;
  for (const node of nodes) {
    if (node.section !== lastSection) {
      lastSection = node.section;
      lastCode = '';
      unnumbered = 0;
    }
    const prefix = node.section?.code ? `${node.section.code}-` : '';
    let base: string;
    if (node.item.code) {
      base = `${prefix}${node.item.code}`;
      lastCode = node.item.code;
      unnumbered = 0;
    } else {
      unnumbered++;
      base = `${prefix}${lastCode || '0'}+${unnumbered}`;
    }
    let id = base;
    for (let k = nextSuffix.get(base) ?? 2; used.has(id); k++) {
      id = `${base}#${k}`;
      nextSuffix.set(base, k + 1);
    }
    if (id !== base) warn(node.item.rows[0], 'duplicate-code', { code: node.item.code || base, id });
    used.add(id);
    node.id = id;
  }
}

/**
 * Cells the source had merged down over several rows, which a text copy lost:
 * - a task with no lead right after a task of the same parent that has one takes its lead (and
 *   support, deadline);
 * - an un-numbered sub-row with no deadline right under a task that has one takes its deadline (the
 *   Tiến độ cell spanned both rows).
 * Each is a warning naming the row it came from, for the official to check in the preview.
 */
function inheritMergedCells(nodes: Node[], warn: WarningSink): void {
  for (let i = 1; i < nodes.length; i++) {
    const node = nodes[i];
    const above = nodes[i - 1];
    const f = node.item.fields;
    const from = above.item.fields;
    if (node.hasChildren || above.hasChildren) continue;
    if (above.section !== node.section || above.parent !== node.parent) continue;
    const taken: string[] = [];
    if (!f.lead && from.lead) {
      f.lead = from.lead;
      taken.push('Cơ quan chủ trì');
      if (!f.support && from.support) {
        f.support = from.support;
        taken.push('Cơ quan phối hợp');
      }
    }
    if (!f.dueText && from.dueText && (taken.length > 0 || !node.item.code)) {
      f.dueText = from.dueText;
      taken.push('Tiến độ');
    }
    if (taken.length > 0) warn(node.item.rows[0], 'inherited-merged', { fields: taken.join(', '), from: above.item.rows[0] });
  }
}

/** The area a group's title names, read once per group however many tasks it holds. */
const groupAreaCache = new WeakMap<Node, AreaKey | null>();
function groupArea(node: Node): AreaKey | null {
  let a = groupAreaCache.get(node);
  if (a === undefined) {
    a = areaOfTitle(node.item.fields.title);
    groupAreaCache.set(node, a);
  }
  return a;
}

function areaFor(node: Node, sectionArea: Map<RawSection, AreaKey | null>): AreaKey {
  for (let p = node.parent; p; p = p.parent) {
    const a = groupArea(p);
    if (a) return a;
  }
  const fromSection = node.section ? sectionArea.get(node.section) : null;
  if (fromSection) return fromSection;
  const own = areaOfTaskText(`${node.item.fields.title} ${node.item.fields.output}`);
  if (own) return own;
  for (let p = node.parent; p; p = p.parent) {
    const a = areaOfTaskText(p.item.fields.title);
    if (a) return a;
  }
  return 'other';
}

export interface BuiltTasks {
  sections: Section[];
  tasks: Task[];
}

export interface BuildOptions {
  /** The table lists indicators ("Chỉ tiêu" is its text column): targets and deadlines read as indicators'. */
  indicators?: boolean;
  /** The table has no deadline column: a deadline is read from the row's phase or its own text. */
  noDueColumn?: boolean;
  /** The items were read from prose: no cells were merged, so none are inherited from the row above. */
  prose?: boolean;
  /** The header of the result column ("Chỉ tiêu năm 2025"): the year it names is a deadline of last resort. */
  resultHeader?: string;
}

/** Deadline of a row with none written: its phase section's, or a horizon in its text (indicator tables). */
function dueOfUndated(
  node: Node,
  year: number | null,
  warn: WarningSink,
  column: { header: string; horizon: string } | null,
): { dueText: string; due: ReturnType<typeof parseDue> } | null {
  const found = indicatorDue(node.item.fields.title, node.section?.title ?? null, year, column?.horizon ?? null);
  if (!found || !found.due.recognized) return null;
  if (found.from === 'phase') warn(node.item.rows[0], 'due-from-phase', { phase: found.dueText });
  else if (found.from === 'column') warn(node.item.rows[0], 'due-from-column', { column: column?.header ?? '' });
  else warn(node.item.rows[0], 'due-from-text', { text: found.dueText });
  return found;
}

export function buildTasks(entries: RawEntry[], year: number | null, warn: WarningSink, options: BuildOptions = {}): BuiltTasks {
  const nodes: Node[] = [];
  const sections: Section[] = [];
  const sectionArea = new Map<RawSection, AreaKey | null>();
  let section: RawSection | null = null;
  for (const e of entries) {
    if (e.kind === 'section') {
      section = e;
      const area = areaOfTitle(e.title);
      sectionArea.set(e, area);
      sections.push({ code: e.code, title: e.title, area: area ?? 'other', row: e.row });
    } else {
      nodes.push({ item: e, section, id: '', parent: null, hasChildren: false });
    }
  }
  linkParents(nodes);
  assignIds(nodes, warn);
  if (!options.prose) inheritMergedCells(nodes, warn);

  // The year a result column's header names, read once for the whole table.
  const horizon = options.indicators && options.resultHeader ? columnHorizon(options.resultHeader) : null;
  const column = horizon ? { header: options.resultHeader!, horizon } : null;
  const tasks = nodes.map((node): Task => {
    const f = node.item.fields;
    const group = node.hasChildren && !f.lead && !f.dueText;
    const undated = !group && !f.dueText && options.noDueColumn ? dueOfUndated(node, year, warn, column) : null;
    const dueText = undated?.dueText ?? f.dueText;
    const due = undated?.due ?? parseDue(f.dueText, { year });
    if (!due.recognized && f.dueText) warn(node.item.rows[0], 'due-unreadable', { text: f.dueText.slice(0, 80) });
    if (!group && !f.lead) warn(node.item.rows[0], 'no-lead', { code: node.item.code || node.id });
    const output = resultText(f.output, f.unit);
    const targets = options.indicators && !group ? indicatorTargets(f.title, f.output, f.unit) : parseTargets(output || (group ? '' : f.title));
    return {
      id: node.id,
      code: node.item.code,
      section: node.section?.code ?? '',
      sectionTitle: node.section?.title ?? '',
      area: areaFor(node, sectionArea),
      parentId: node.parent?.id ?? null,
      group,
      title: f.title,
      lead: f.lead,
      support: f.support,
      output,
      dueText,
      due: due.due,
      dueKind: due.kind,
      dueDates: due.dates,
      targets,
      rows: node.item.rows,
    };
  });
  return { sections, tasks };
}
