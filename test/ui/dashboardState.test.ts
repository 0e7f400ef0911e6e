/**
 * What the Tổng hợp tab shows, without a browser: the dashboard the fake host reads (the real
 * workbook operations) from a tracker built out of seed 000 with the Bộ tiêu chí template, made
 * into the tab's model. The Chromium tests (pane.test.ts) keep what a person sees.
 */
import type { DashboardView } from '../../src/workbook/host';
import { translator } from '../../src/ui/i18n';
import { afterLoad, dashboardModel, INITIAL_DASHBOARD_STATE, percentText } from '../../src/ui/tabs/dashboard/dashboardState';
import { seedSheetValues } from '../helpers/fixtures';
import { FakeWorkbook } from './harness/fakeHost';

const vi = translator('vi');
const en = translator('en');

async function dashboardOn(asOf: string, edit?: (fake: FakeWorkbook) => Promise<void>): Promise<DashboardView> {
  const fake = new FakeWorkbook({ grid: seedSheetValues('000-appendix'), sheetName: 'Phụ lục', asOf });
  fake.build({ criteria: 'template' });
  if (edit) await edit(fake);
  return fake.host().dashboard();
}

describe('the dashboard of seed 000', () => {
  it('shows one card per deadline state, in the sheet order, with the counts of the day', async () => {
    const m = dashboardModel(await dashboardOn('2025-01-15'), 'vi', vi);
    expect(m.asOf).toBe('Tính đến ngày 15/01/2025');
    expect(m.total).toBe(46);
    expect(m.cards.map((c) => [c.state, c.count])).toEqual([
      ['overdue', 40],
      ['due-soon', 0],
      ['on-track', 0],
      ['done', 0],
      ['done-late', 0],
      ['no-deadline', 6],
    ]);
    expect(m.cards[0].label).toBe('Quá hạn');
  });

  it('names every area in the pane language, and a task without a lead office as such', async () => {
    const view = await dashboardOn('2024-12-20');
    const m = dashboardModel(view, 'vi', vi);
    expect(m.byArea.map((r) => [r.key, r.total])).toEqual([
      ['direction', 5],
      ['institutions', 1],
      ['procedures', 8],
      ['organization', 5],
      ['civil-service', 6],
      ['public-finance', 9],
      ['digital-government', 11],
      ['impact', 1],
    ]);
    expect(m.byArea.find((r) => r.key === 'procedures')?.label).toBe('Cải cách thủ tục hành chính');
    expect(m.byLead[m.byLead.length - 1]).toMatchObject({ key: '', label: '(Chưa có cơ quan chủ trì)', total: 1 });
    expect(m.byLead[0]).toMatchObject({ key: 'Các cơ quan, đơn vị', label: 'Các cơ quan, đơn vị', total: 23 });
  });

  it('a task of no known area gets the "unknown area" row', async () => {
    const view = await dashboardOn('2024-12-20');
    const withUnknown: DashboardView = { ...view, byArea: [...view.byArea, { key: null, label: '', counts: view.byState, total: 0 }] };
    expect(dashboardModel(withUnknown, 'vi', vi).byArea.at(-1)).toMatchObject({ key: '', label: 'Chưa xác định lĩnh vực' });
  });

  it('lists the overdue tasks with their deadline as dd/mm/yyyy', async () => {
    const m = dashboardModel(await dashboardOn('2025-01-15'), 'vi', vi);
    expect(m.overdue).toHaveLength(40);
    expect(m.overdue[0]).toMatchObject({ task: { id: 'I-1' }, due: '31/12/2024' });
  });

  it('before anything is scored: points of the maximum, no index, no verdict', async () => {
    const m = dashboardModel(await dashboardOn('2024-12-20'), 'vi', vi);
    expect(m.scoring).not.toBeNull();
    const total = m.scoring!.areas.find((a) => a.key === 'total')!;
    expect(total).toEqual({ key: 'total', label: 'Tổng', points: '0/100', index: '–', target: '', met: null, metText: '' });
    expect(m.scoring!.areas.find((a) => a.key === 'impact')).toMatchObject({ label: 'Tác động của CCHC', points: '0/23' });
    expect(m.scoring!.lost).toEqual([]);
  });

  it('a workbook without Bộ tiêu chí has no scoring part', async () => {
    const view = await dashboardOn('2024-12-20');
    const { scoring: _scoring, ...withoutScoring } = view;
    expect(dashboardModel(withoutScoring, 'vi', vi).scoring).toBeNull();
  });

  it('reads scored areas as points, percents and the criteria losing points, in each language', async () => {
    // The official completes four tasks with their actuals; the template criteria linked to them are scored.
    const view = await dashboardOn('2024-12-20', async (fake) => {
      const host = fake.host();
      const list = await host.listTasks();
      for (const id of ['II-1', 'III-2', 'III-1.1.1', 'VII-5']) {
        const seen = list.tasks.find((t) => t.id === id)!;
        const value = id === 'VII-5' ? 0.1 : 1;
        await host.saveTask({
          id,
          seen,
          changes: { state: 'Hoàn thành', doneDate: '2024-12-10', actuals: seen.indicators.map((i) => ({ row: i.row, value })) },
        });
      }
    });
    const m = dashboardModel(view, 'vi', vi).scoring!;
    expect(m.areas.find((a) => a.key === 'direction')).toEqual({
      key: 'direction',
      label: 'Công tác chỉ đạo, điều hành CCHC',
      points: '1,5/9',
      index: '16,67%',
      target: '',
      met: null,
      metText: '',
    });
    expect(m.areas.find((a) => a.key === 'total')).toMatchObject({ points: '3,5/100', index: '3,5%' });
    expect(m.lost[0]).toEqual({ code: '7.3.2', name: 'Tỷ lệ hồ sơ trực tuyến toàn trình', lost: 1, line: 'Mất 1 điểm (0/1)', task: ' · Nhiệm vụ VII-5' });
    expect(m.problems).toEqual([]);
    expect(dashboardModel(view, 'en', en).scoring!.areas.find((a) => a.key === 'direction')).toMatchObject({ points: '1.5/9', index: '16.67%' });
    // With a target on the sheet, the verdict.
    const direction = view.scoring!.areas.find((a) => a.key === 'direction')!;
    const targeted: DashboardView = { ...view, scoring: { ...view.scoring!, areas: [{ ...direction, target: { op: '>', value: 0.85 }, met: false }] } };
    expect(dashboardModel(targeted, 'vi', vi).scoring!.areas[0]).toMatchObject({ target: '> 85%', met: false, metText: 'Chưa đạt' });
  });

  it('percents keep two decimals at most, and a missing index is a dash', () => {
    expect(percentText(0.7052, 'vi')).toBe('70,52%');
    expect(percentText(1, 'vi')).toBe('100%');
    expect(percentText(2 / 3, 'en')).toBe('66.67%');
    expect(percentText(null, 'vi')).toBe('–');
  });

  it('a failed read keeps the dashboard shown', async () => {
    const view = await dashboardOn('2024-12-20');
    const shown = afterLoad(INITIAL_DASHBOARD_STATE, view);
    expect(afterLoad(shown, null).view).toBe(view);
  });
});
