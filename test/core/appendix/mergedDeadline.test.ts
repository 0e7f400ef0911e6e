/**
 * A deadline cell merged down over a task and the un-numbered sub-row under it (as Word and Excel
 * plans print it) arrives in text with the sub-row's cell empty: the sub-row takes the deadline of
 * the row above, with a warning naming that row — as a merged-cell area of an .xlsx gives it.
 */
import { importText } from '../../../src/core/appendix/importDocument';
import { seedText } from '../../helpers/fixtures';

/** Seed 000 with an un-numbered row inserted under the task whose title starts `under`. */
function withSubRow(under: string, cells: readonly string[]): string {
  const lines = seedText('000-appendix').split('\n');
  const at = lines.findIndex((l) => l.split('\t')[1]?.startsWith(under));
  if (at < 0) throw new Error(`no row ${under}`);
  return [...lines.slice(0, at + 1), cells.join('\t'), ...lines.slice(at + 1)].join('\n');
}

describe('deadlines merged down in the source, lost in text', () => {
  const base = importText(seedText('000-appendix'), 'document').plan;

  it.each([
    ['with its own lead', ['', 'Tổ chức hội nghị chuyên đề về sáng kiến CCHC', '', 'Phòng Nội vụ', '', 'Hội nghị']],
    ['without a lead (lead and deadline both merged)', ['', 'Tổ chức hội nghị chuyên đề về sáng kiến CCHC', '', '', '', 'Hội nghị']],
  ])('an un-numbered sub-row %s takes the deadline of the task above, with a warning', (_, cells) => {
    const plan = importText(withSubRow('Sáng kiến hoặc giải pháp mới', cells), 'document').plan;
    const above = plan.tasks.find((t) => t.title.startsWith('Sáng kiến hoặc giải pháp mới'))!;
    const sub = plan.tasks.find((t) => t.title.startsWith('Tổ chức hội nghị chuyên đề'))!;
    expect(sub.code).toBe('');
    expect([sub.dueText, sub.due]).toEqual([above.dueText, above.due]);
    expect(sub.due).not.toBeNull();
    const warning = plan.warnings.find((w) => w.code === 'inherited-merged' && w.row === sub.rows[0]);
    expect(warning?.message).toContain('Tiến độ');
    expect(warning?.message).toContain(String(above.rows[0]));
    expect(plan.tasks.length).toBe(base.tasks.length + 1);
  });

  it('leaves a numbered task that has its own lead and no deadline without one', () => {
    const plan = importText(withSubRow('Sáng kiến hoặc giải pháp mới', ['9', 'Tổng kết phong trào sáng kiến', '', 'Phòng Nội vụ', '', '']), 'document').plan;
    const task = plan.tasks.find((t) => t.title.startsWith('Tổng kết phong trào'))!;
    expect(task.dueText).toBe('');
  });

  it('changes nothing in the seeds as printed', () => {
    expect(base.warnings.filter((w) => w.code === 'inherited-merged')).toEqual(
      base.warnings.filter((w) => w.code === 'inherited-merged' && /Cơ quan chủ trì/.test(w.message)),
    );
  });
});
