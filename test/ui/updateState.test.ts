/**
 * The Cập nhật tab's state, without a browser: the task list is the one the hosts read from a
 * tracker built out of seed 000 (the real importer and workbook operations), and a save goes
 * through the fake host's real save. What a person sees stays in pane.test.ts (Chromium).
 */
import { bigGrid } from '../../src/bench/bigAppendix';
import type { TaskList, TaskView } from '../../src/workbook/host';
import { excelDate, sheetValues, taskListFrom, trackerFromSource } from '../../src/workbook/ops';
import { INDICATOR_SHEET, TASK_SHEET } from '../../src/workbook/sheetNames';
import { translator } from '../../src/ui/i18n';
import { changesOf, draftOf, editorStateChoices, indicatorLine } from '../../src/ui/tabs/update/draft';
import {
  afterLoad,
  afterSave,
  BLANK,
  closeTask,
  filterChoices,
  followSheet,
  INITIAL_UPDATE_STATE,
  isDirty,
  listKey,
  listView,
  openTask,
  PAGE,
  savedStatus,
  saveStep,
  withActive,
  withFilter,
  withMore,
  withoutFilters,
  type UpdateState,
} from '../../src/ui/tabs/update/updateState';
import { seedSheetValues } from '../helpers/fixtures';
import { FakeWorkbook } from './harness/fakeHost';

const SHEET = 'Phụ lục';
/** Deadlines "Trong năm 2024" are due soon on this day. */
const AS_OF = '2024-12-20';
const vi = translator('vi');

function listOf(grid: string[][], asOf: string): TaskList {
  const { model } = trackerFromSource({ sheetName: SHEET, values: grid, firstRow: 1, firstColumn: 1 }, {}, null, { asOf });
  const sheets = Object.fromEntries(model.sheets.map((s) => [s.name, sheetValues(s, excelDate)]));
  return taskListFrom({ tasks: sheets[TASK_SHEET], indicators: sheets[INDICATOR_SHEET] }, asOf);
}

const LIST = listOf(seedSheetValues('000-appendix'), AS_OF);
const task = (id: string, list: TaskList = LIST): TaskView => list.tasks.find((t) => t.id === id && !t.group)!;
const loaded = (list: TaskList = LIST): UpdateState => afterLoad(INITIAL_UPDATE_STATE, list, 'vi');
const ids = (s: UpdateState): string[] => listView(s).shown.map((t) => t.id);

describe('the task list and its filters', () => {
  it('lists every task of the plan and no group row, all drawn while under a page', () => {
    const view = listView(loaded());
    expect(view.all).toHaveLength(46);
    expect(view.all.some((t) => t.group)).toBe(false);
    expect(view.all.map((t) => t.id)).not.toContain('I-2');
    expect(view.drawn).toHaveLength(46);
    expect(view.more).toBe(0);
    expect(view.filtered).toBe(false);
  });

  it('keeps the tasks of one lead office', () => {
    expect(ids(withFilter(loaded(), 'lead', 'Phòng Nội vụ'))).toEqual(['IV-1', 'IV-2', 'IV-3', 'IV-4', 'V-2', 'V-3']);
  });

  it('keeps the tasks of one area', () => {
    expect(ids(withFilter(loaded(), 'area', 'organization'))).toEqual(['IV-1', 'IV-2', 'IV-3', 'IV-4', 'IV-5']);
  });

  it('searches every word without case or diacritics, in the id, the title and the lead', () => {
    expect(ids(withFilter(loaded(), 'search', 'SO HOA ho so giai quyet'))).toEqual(['VII-2.1', 'VII-2.2', 'VII-2.3', 'VII-3']);
    // A word may be part of a longer one: "so" in "soát", "hoa" in "hoàn" (V-1.1: "rà soát hoàn thiện … hành chính").
    expect(ids(withFilter(loaded(), 'search', 'so hoa ho'))).toContain('V-1.1');
    expect(ids(withFilter(loaded(), 'search', 'vii-6'))).toEqual(['VII-6.1', 'VII-6.2', 'VII-6.3']);
    expect(ids(withFilter(loaded(), 'search', 'thanh tra huyen'))).toEqual(['IV-5']);
  });

  it('filters by deadline state: no deadline, and overdue once the year has passed', () => {
    expect(ids(withFilter(loaded(), 'flag', 'no-deadline'))).toEqual(['I-4', 'III-1.2.1', 'IV-1', 'VI-2.2', 'VI-2.3', 'VII-2.1']);
    const january = listOf(seedSheetValues('000-appendix'), '2025-01-15');
    const overdue = ids(withFilter(loaded(january), 'flag', 'overdue'));
    expect(overdue).toContain('II-1');
    expect(overdue).not.toContain('I-4');
  });

  it('"not done" leaves out a task the sheet has as done', () => {
    const withDone: TaskList = { ...LIST, tasks: LIST.tasks.map((t) => (t.id === 'II-1' ? { ...t, state: 'Hoàn thành', flag: 'done' } : t)) };
    const open = ids(withFilter(loaded(withDone), 'flag', 'open'));
    expect(open).toHaveLength(45);
    expect(open).not.toContain('II-1');
  });

  it('offers "(trống)" only when a task has a blank Trạng thái, and that filter keeps exactly those', () => {
    expect(filterChoices(LIST, 'vi', vi).state.map(([v]) => v)).toEqual(['', 'Chưa thực hiện', 'Đang thực hiện', 'Hoàn thành', 'Tạm dừng']);
    const cleared: TaskList = { ...LIST, tasks: LIST.tasks.map((t) => (t.id === 'VII-2.1' ? { ...t, state: '' } : t)) };
    const choices = filterChoices(cleared, 'vi', vi);
    expect(choices.state[choices.state.length - 1]).toEqual([BLANK, '(trống)']);
    expect(ids(withFilter(loaded(cleared), 'state', BLANK))).toEqual(['VII-2.1']);
  });

  it('offers every lead, area and deadline state of the list, in the pane language', () => {
    const choices = filterChoices(LIST, 'vi', vi);
    expect(choices.lead).toHaveLength(LIST.leads.length + 1);
    expect(choices.area.find(([v]) => v === 'procedures')).toEqual(['procedures', 'Cải cách thủ tục hành chính']);
    expect(choices.flag.map(([v]) => v)).toEqual(['', 'open', 'overdue', 'due-soon', 'on-track', 'done', 'done-late', 'no-deadline']);
  });

  it('clearing the filters shows the whole list again', () => {
    const narrowed = withFilter(withFilter(loaded(), 'lead', 'Phòng Nội vụ'), 'search', 'bien che');
    expect(ids(narrowed)).toEqual(['IV-4']);
    expect(listView(narrowed).filtered).toBe(true);
    const cleared = withoutFilters(narrowed);
    expect(listView(cleared).shown).toHaveLength(46);
    expect(listView(cleared).filtered).toBe(false);
  });
});

describe('a long list is drawn a page at a time', () => {
  const big = listOf(bigGrid({ tasks: 500 }), AS_OF);
  const total = big.tasks.filter((t) => !t.group).length;

  it('draws one page, then one more on "+", and a filter starts again from the first page', () => {
    expect(total).toBeGreaterThan(2 * PAGE);
    const first = listView(loaded(big));
    expect(first.drawn).toHaveLength(PAGE);
    expect(first.more).toBe(PAGE);
    const twice = withMore(loaded(big));
    expect(listView(twice).drawn).toHaveLength(2 * PAGE);
    expect(listView(twice).more).toBe(Math.min(PAGE, total - 2 * PAGE));
    expect(withFilter(twice, 'flag', 'open').limit).toBe(PAGE);
  });
});

describe('keys in the list and the tab stop', () => {
  it('arrows move by one and stop at the ends, Home and End jump, Enter and Space open', () => {
    expect(listKey('ArrowDown', 0, 46)).toEqual({ kind: 'move', index: 1 });
    expect(listKey('ArrowDown', 45, 46)).toEqual({ kind: 'move', index: 45 });
    expect(listKey('ArrowUp', 0, 46)).toEqual({ kind: 'move', index: 0 });
    expect(listKey('Home', 30, 46)).toEqual({ kind: 'move', index: 0 });
    expect(listKey('End', 3, 46)).toEqual({ kind: 'move', index: 45 });
    expect(listKey('Enter', 7, 46)).toEqual({ kind: 'open', index: 7 });
    expect(listKey(' ', 7, 46)).toEqual({ kind: 'open', index: 7 });
  });

  it('any other key, or a key from outside a row, does nothing', () => {
    expect(listKey('a', 3, 46)).toBeNull();
    expect(listKey('Tab', 3, 46)).toBeNull();
    expect(listKey('ArrowDown', -1, 46)).toBeNull();
  });

  it('the tab stop is on the active task while it is drawn, else on the first row', () => {
    const active = withActive(loaded(), 'IV-3');
    expect(listView(active).tabStopId).toBe('IV-3');
    expect(listView(loaded()).tabStopId).toBe('I-1');
    expect(listView(withFilter(active, 'area', 'procedures')).tabStopId).toBe('III-1.1.1');
  });
});

describe('the editor', () => {
  it('opens a task with its fields as loaded, nothing to save yet', () => {
    const s = openTask(loaded(), task('II-1'), 'vi');
    expect(s.editing?.id).toBe('II-1');
    expect(s.activeId).toBe('II-1');
    expect(s.draft).toEqual({ state: 'Chưa thực hiện', doneDate: '', evidence: '', note: '', actuals: new Map([[5, '']]) });
    expect(isDirty(s, 'vi')).toBe(false);
    expect(saveStep(s, 'vi', vi)).toMatchObject({ kind: 'unchanged', state: { status: 'Chưa có thay đổi nào.' } });
  });

  it("shows the task's own Trạng thái first when the sheet's list does not have it", () => {
    expect(editorStateChoices(LIST.states, 'Chưa thực hiện', 'vi', vi).map(([v]) => v)).toEqual(LIST.states);
    expect(editorStateChoices(LIST.states, '', 'vi', vi)[0]).toEqual(['', '(trống)']);
    expect(editorStateChoices(LIST.states, 'Đã báo cáo', 'vi', vi)[0]).toEqual(['Đã báo cáo', 'Đã báo cáo']);
  });

  it('an actual that is not a number marks its row and sends nothing', () => {
    const s = openTask(loaded(), task('II-1'), 'vi');
    s.draft!.actuals.set(5, 'chín lăm');
    expect(isDirty(s, 'vi')).toBe(true);
    const step = saveStep(s, 'vi', vi);
    expect(step.kind).toBe('invalid');
    expect(step.kind === 'invalid' && [...step.state.invalidRows]).toEqual([5]);
  });

  it('a save sends only what changed, trimmed, with the task as it was seen', () => {
    const s = openTask(loaded(), task('V-1.2'), 'vi');
    s.draft!.state = 'Đang thực hiện';
    s.draft!.evidence = '  Quyết định 12/QĐ-UBND  ';
    s.draft!.actuals.set(16, '95,5');
    const step = saveStep(s, 'vi', vi);
    expect(step.kind).toBe('save');
    if (step.kind !== 'save') return;
    expect(step.request).toEqual({
      id: 'V-1.2',
      changes: { state: 'Đang thực hiện', evidence: 'Quyết định 12/QĐ-UBND', actuals: [{ row: 16, value: 0.955 }] },
      seen: task('V-1.2'),
    });
    expect(changesOf(task('V-1.2'), s.draft!, 'vi')).toMatchObject({ ok: true, count: 3 });
  });

  it('going back to the list drops the draft', () => {
    const s = openTask(loaded(), task('II-1'), 'vi');
    s.draft!.note = 'đang làm';
    const back = closeTask(s);
    expect(back.editing).toBeNull();
    expect(back.draft).toBeNull();
    expect(back.activeId).toBe('II-1');
    expect(isDirty(back, 'vi')).toBe(false);
  });
});

describe("following the sheet's selection", () => {
  it('a task row of Nhiệm vụ opens that task', () => {
    const follow = followSheet(loaded(), { sheet: TASK_SHEET, row: 13 }, 'vi', vi);
    expect(follow.kind).toBe('open');
    expect(follow.kind === 'open' && follow.state.editing?.id).toBe('II-1');
  });

  it("a group row, another sheet, the open task's own row or a list not read yet change nothing", () => {
    const open = openTask(loaded(), task('II-1'), 'vi');
    expect(followSheet(open, { sheet: TASK_SHEET, row: 7 }, 'vi', vi)).toEqual({ kind: 'ignore' });
    expect(followSheet(open, { sheet: INDICATOR_SHEET, row: 10 }, 'vi', vi)).toEqual({ kind: 'ignore' });
    expect(followSheet(open, { sheet: TASK_SHEET, row: 13 }, 'vi', vi)).toEqual({ kind: 'ignore' });
    expect(followSheet(INITIAL_UPDATE_STATE, { sheet: TASK_SHEET, row: 13 }, 'vi', vi)).toEqual({ kind: 'ignore' });
  });

  it('unsaved edits keep the open task, with a notice naming it', () => {
    const open = openTask(loaded(), task('II-1'), 'vi');
    open.draft!.note = 'chưa lưu';
    const follow = followSheet(open, { sheet: TASK_SHEET, row: 6 }, 'vi', vi);
    expect(follow.kind).toBe('blocked');
    if (follow.kind !== 'blocked') return;
    expect(follow.state.editing?.id).toBe('II-1');
    expect(follow.state.draft?.note).toBe('chưa lưu');
    expect(follow.state.notice).toBe('Hãy lưu hoặc hủy thay đổi của nhiệm vụ II-1 trước.');
  });

  it('opening another task clears the notice', () => {
    const blocked = { ...openTask(loaded(), task('II-1'), 'vi'), notice: 'x' };
    const follow = followSheet(blocked, { sheet: TASK_SHEET, row: 6 }, 'vi', vi);
    expect(follow.kind === 'open' && follow.state.notice).toBe('');
  });
});

describe('reading the list again', () => {
  const changed = (list: TaskList, id: string, evidence: string): TaskList => ({
    ...list,
    tasks: list.tasks.map((t) => (t.id === id ? { ...t, evidence } : t)),
  });

  it("the open task shows the sheet's new values when nothing was typed", () => {
    const open = openTask(loaded(), task('II-1'), 'vi');
    const again = afterLoad(open, changed(LIST, 'II-1', 'Báo cáo số 5'), 'vi');
    expect(again.editing?.evidence).toBe('Báo cáo số 5');
    expect(again.draft?.evidence).toBe('Báo cáo số 5');
  });

  it("unsaved edits are kept over the sheet's values", () => {
    const open = openTask(loaded(), task('II-1'), 'vi');
    open.draft!.note = 'đang soạn';
    const again = afterLoad(open, changed(LIST, 'II-1', 'Báo cáo số 5'), 'vi');
    expect(again.editing?.evidence).toBe('');
    expect(again.draft?.note).toBe('đang soạn');
  });

  it('a task no longer in the list closes', () => {
    const open = openTask(loaded(), task('II-1'), 'vi');
    const again = afterLoad(open, { ...LIST, tasks: LIST.tasks.filter((t) => t.id !== 'II-1') }, 'vi');
    expect(again.editing).toBeNull();
  });
});

describe('a save through the host', () => {
  it('writes the changes, then the editor shows the task as the sheet now has it', async () => {
    const fake = new FakeWorkbook({ grid: seedSheetValues('000-appendix'), sheetName: SHEET, asOf: AS_OF });
    fake.build();
    const host = fake.host();
    let s = afterLoad(INITIAL_UPDATE_STATE, await host.listTasks(), 'vi');
    s = openTask(s, listView(s).shown.find((t) => t.id === 'II-1')!, 'vi');
    s.draft!.state = 'Hoàn thành';
    s.draft!.doneDate = '2024-12-18';
    s.draft!.actuals.set(5, '100');
    const step = saveStep(s, 'vi', vi);
    if (step.kind !== 'save') throw new Error(`expected a save, got ${step.kind}`);
    const done = await host.saveTask(step.request);
    s = afterSave(step.state, done, 'vi');
    s = afterLoad(s, await host.listTasks(), 'vi');
    s = savedStatus(s, done, vi);
    expect(s.editing).toMatchObject({ id: 'II-1', state: 'Hoàn thành', doneDate: '2024-12-18', flag: 'done' });
    expect(s.editing?.indicators[0].actual).toBe(1);
    expect(isDirty(s, 'vi')).toBe(false);
    expect(s.status).toBe(`Đã lưu (${done.written} ô, ${done.logged} dòng nhật ký)`);
    expect(done.written).toBeGreaterThan(0);
  });
});

describe('the draft', () => {
  it('shows a percent actual as the percent the official types, in the pane language', () => {
    const t = task('II-1');
    const withActual: TaskView = { ...t, indicators: t.indicators.map((i) => ({ ...i, actual: 0.7052 })) };
    expect(draftOf(withActual, 'vi').actuals.get(5)).toBe('70,52');
    expect(draftOf(withActual, 'en').actuals.get(5)).toBe('70.52');
  });
});

describe('an indicator in the editor', () => {
  it('a percent indicator says how to type it, a count does not; no verdict before an actual', () => {
    const percent = indicatorLine(task('II-1').indicators[0], vi);
    expect(percent).toMatchObject({ unit: '%', percentHint: ' · Gõ 95 nghĩa là 95%.', verdict: null });
    expect(percent.target).toBe(`Mục tiêu ${task('II-1').indicators[0].target}`);
    expect(indicatorLine(task('I-3').indicators[0], vi)).toMatchObject({ unit: 'số lượng', percentHint: '', verdict: null });
  });

  it("a verdict shows only once there is an actual, as the sheet's Đạt? says", () => {
    // A fresh tracker reads Đạt? as false for indicators nobody has filled in: no verdict for those.
    const [first] = task('VII-1.1').indicators;
    expect(first).toMatchObject({ actual: null, met: false });
    expect(indicatorLine(first, vi).verdict).toBeNull();
    expect(indicatorLine({ ...first, actual: 1, met: true }, vi).verdict).toEqual({ met: true, text: 'Đạt' });
    expect(indicatorLine({ ...first, actual: 0.5, met: false }, vi).verdict).toEqual({ met: false, text: 'Chưa đạt' });
  });
});
