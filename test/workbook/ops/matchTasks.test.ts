/**
 * Matching tracker tasks to a revised plan's: by ID when the titles still read alike, by a similar
 * title in the same section when the number moved, never two tasks that only share boilerplate.
 */
import { matchTasks, SAME_ID_SIMILARITY, sectionOfId } from '../../../src/workbook/ops/matchTasks';
import { titleSimilarity, wordWeights } from '../../../src/core/text/similarity';
import { importText } from '../../../src/core/appendix/importDocument';
import { seedText } from '../../helpers/fixtures';

const t = (id: string, title: string, area = 'organization') => ({ id, title, section: sectionOfId(id), area });

describe('titleSimilarity', () => {
  it('ignores diacritics, case and punctuation', () => {
    expect(titleSimilarity('Công khai TTHC đầy đủ, kịp thời', 'cong khai tthc day du kip thoi')).toBe(1);
  });
  it('scores a reworded title high and, weighted by the plan\'s titles, two tasks sharing only "Thực hiện các quy định về" low', () => {
    const weight = wordWeights(importText(seedText('000-appendix'), 'document').plan.tasks.map((x) => x.title));
    const a = 'Thực hiện các quy định về quản lý biên chế';
    const b = 'Thực hiện các quy định về phân cấp, phân quyền trong quản lý nhà nước';
    expect(titleSimilarity(a, b)).toBeGreaterThan(0.5);
    expect(titleSimilarity(a, b, weight)).toBeLessThan(SAME_ID_SIMILARITY);
    expect(
      titleSimilarity(
        'Thực hiện quy định về bổ nhiệm các chức danh lãnh đạo quản lý',
        'Thực hiện đúng quy định về bổ nhiệm lại các chức danh lãnh đạo, quản lý',
      ),
    ).toBeGreaterThan(0.7);
  });
});

describe('matchTasks', () => {
  const olds = [
    t('IV-1', 'Rà soát, sắp xếp tổ chức bộ máy'),
    t('IV-2', 'Thực hiện quy định về cơ cấu số lượng lãnh đạo'),
    t('IV-3', 'Tỷ lệ giảm số lượng đơn vị sự nghiệp công lập'),
  ];

  it('follows a task whose number moved when one was inserted before it', () => {
    const news = [
      t('IV-1', 'Xây dựng đề án vị trí việc làm'),
      t('IV-2', 'Rà soát, sắp xếp tổ chức bộ máy'),
      t('IV-3', 'Thực hiện quy định về cơ cấu số lượng lãnh đạo'),
      t('IV-4', 'Tỷ lệ giảm số lượng đơn vị sự nghiệp công lập'),
    ];
    const r = matchTasks(olds, news);
    expect(r.matches.map((m) => `${m.old.id}→${m.new.id}:${m.by}`)).toEqual(['IV-1→IV-2:meaning', 'IV-2→IV-3:meaning', 'IV-3→IV-4:meaning']);
    expect(r.added.map((n) => n.id)).toEqual(['IV-1']);
    expect(r.dropped).toEqual([]);
  });

  it('does not match by meaning across sections unless the title is the same', () => {
    const news = [t('V-9', 'Rà soát, sắp xếp tổ chức bộ máy', 'civil-service'), t('V-8', 'Thực hiện quy định về cơ cấu lãnh đạo', 'civil-service')];
    const r = matchTasks(olds, news);
    expect(r.matches.map((m) => `${m.old.id}→${m.new.id}`)).toEqual(['IV-1→V-9']);
    expect(r.dropped.map((o) => o.id)).toEqual(['IV-2', 'IV-3']);
  });

  it('matches nothing to a refused task', () => {
    const r = matchTasks(olds, [t('IV-1', 'Rà soát, sắp xếp tổ chức bộ máy')], new Set(['IV-1']));
    expect(r.matches).toEqual([]);
    expect(r.added.map((n) => n.id)).toEqual(['IV-1']);
  });
});
