/**
 * The re-import preview on the command line: counts, then one line per change, Vietnamese then
 * English — what `import <plan> --into <tracker>` prints before (and, with --yes, as) it merges.
 * `--json` prints the same as JSON (docs/reimport.md).
 */
import type { MergePreview, MergeTaskChange } from '../workbook/host';

const KIND = {
  rematched: 'Đổi số thứ tự / Renumbered',
  changed: 'Thay đổi / Changed',
  added: 'Thêm mới / New',
  dropped: 'Không còn trong kế hoạch, giữ lại / No longer in the plan, kept',
} as const;

const quote = (text: string): string => `"${text.length > 90 ? `${text.slice(0, 87)}…` : text}"`;

function line(c: MergeTaskChange): string {
  const fields = c.fields.map((f) => `${f.label}: ${quote(f.old)} → ${quote(f.new)}`);
  switch (c.kind) {
    case 'rematched':
      return [`  ${KIND.rematched}: ${c.oldId} → ${c.id} ${quote(c.title)} (${c.evidence ?? ''})`, ...fields.map((f) => `      ${f}`)].join('\n');
    case 'changed':
      return [`  ${KIND.changed}: ${c.id}`, ...fields.map((f) => `      ${f}`)].join('\n');
    case 'added':
      return `  ${KIND.added}: ${c.id} ${quote(c.title)}`;
    case 'dropped':
      return `  ${KIND.dropped}: ${c.oldId}${c.id !== c.oldId ? ` → ${c.id}` : ''} ${quote(c.title)}${c.hasEntries ? ' (có số liệu đã nhập / has entries)' : ''}`;
  }
}

export function formatMergePreview(preview: MergePreview, files: { plan: string; tracker: string }): string {
  const n = preview.counts;
  const out = [
    `Nhập lại ${files.plan} vào ${files.tracker} / Re-import ${files.plan} into ${files.tracker}`,
    `  ${n.unchanged} không đổi · ${n.changed} thay đổi · ${n.rematched} đổi số thứ tự · ${n.added} thêm mới · ${n.dropped} không còn trong kế hoạch`,
    `  ${n.unchanged} unchanged · ${n.changed} changed · ${n.rematched} renumbered · ${n.added} new · ${n.dropped} no longer in the plan`,
    ...preview.changes.map(line),
  ];
  if (preview.ownColumns.length > 0) out.push(`  Cột tự thêm được giữ / Own columns kept: ${preview.ownColumns.join(', ')}`);
  return `${out.join('\n')}\n`;
}

/** The JSON the CLI prints for --into --json. */
export function mergeJson(preview: MergePreview, files: { plan: string; tracker: string }, applied: boolean, backup: string | null): object {
  return { plan: files.plan, tracker: files.tracker, applied, backup, counts: preview.counts, changes: preview.changes, ownColumns: preview.ownColumns };
}
