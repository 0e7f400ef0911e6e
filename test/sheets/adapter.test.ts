/**
 * The Sheets adapter's pure parts, without Google: save blocks, number formats, formula runs,
 * the error wire format, the sidebar page's tab marker, and the sidebar's host over a
 * google.script.run stand-in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cellBlocks } from '../../src/sheets/cellBlocks';
import { decodeServerError, encodeServerError, ERROR_MARKER, MULTI_ACCOUNT_ERROR } from '../../src/sheets/errors';
import { sidebarHtml, TAB_MARKER } from '../../src/sheets/menu';
import { parseA1 } from '../../src/sheets/a1';
import { cellFormat, columnPixels, formulaRuns } from '../../src/sheets/render';
import { SERVER, type CreateResult, type CreateStep } from '../../src/sheets/api';
import { layoutFingerprint } from '../../src/sheets/server';
import { assertWireSafe, GoogleScriptHost, type ScriptRunner } from '../../src/sidebar/googleScriptHost';
import { requestedTab, uiTab } from '../../src/sidebar/sidebarTab';
import { HostError } from '../../src/workbook/host';
import { dateCell, EMPTY, formulaCell, numberCell, textCell, type CellWrite, type SheetModel } from '../../src/workbook/model';

const write = (column: number, value: CellWrite['value'], row = 5, sheet = 'Nhiệm vụ'): CellWrite => ({ sheet, row, column, value });

describe('save blocks', () => {
  it('joins adjacent cells of a row, each with the format its value needs', () => {
    const blocks = cellBlocks([write(10, { type: 'date', date: '2025-01-10' }), write(9, { type: 'text', text: 'Hoàn thành' }), write(12, { type: 'text', text: '=SUM(1)' })]);
    expect(blocks).toEqual([
      { sheet: 'Nhiệm vụ', row: 5, column: 9, values: [{ type: 'text', text: 'Hoàn thành' }, { type: 'date', date: '2025-01-10' }], formats: ['@', 'dd/mm/yyyy'] },
      { sheet: 'Nhiệm vụ', row: 5, column: 12, values: [{ type: 'text', text: '=SUM(1)' }], formats: ['@'] },
    ]);
  });

  it('never resets the format of a number or a cleared cell', () => {
    const blocks = cellBlocks([write(10, { type: 'number', number: 0.95 }, 3, 'Chỉ tiêu'), write(9, { type: 'text', text: 'x' }), write(10, { type: 'empty' })]);
    expect(blocks.map((b) => [b.sheet, b.column, b.values.length, b.formats])).toEqual([
      ['Chỉ tiêu', 10, 1, null],
      ['Nhiệm vụ', 9, 1, ['@']],
      ['Nhiệm vụ', 10, 1, null],
    ]);
  });
});

describe('rendering rules', () => {
  it('formats text as text whatever the column says, and never a formula or a number as text', () => {
    expect(cellFormat(textCell('- Ban hành'), undefined)).toBe('@');
    expect(cellFormat(textCell('1.10', { numFmt: '0%' }), { key: 'x', width: 8 })).toBe('@');
    expect(cellFormat(formulaCell('=TODAY()'), { key: 'x', width: 8, numFmt: '@' })).toBe('General');
    expect(cellFormat(numberCell(0.9, { numFmt: '0%' }), { key: 'x', width: 8, numFmt: '@' })).toBe('0%');
    expect(cellFormat(dateCell('2024-12-31'), { key: 'x', width: 8, numFmt: '@' })).toBe('dd/mm/yyyy');
    expect(cellFormat(EMPTY, { key: 'x', width: 8, numFmt: '@' })).toBe('@');
  });

  it('writes formulas in runs down a column that never cover a value', () => {
    const sheet: SheetModel = {
      name: 'S',
      columns: [{ key: 'a', width: 8 }],
      rows: [[textCell('Hạn')], [formulaCell('=A1')], [EMPTY], [formulaCell('=A2')], [EMPTY], [numberCell(3)], [formulaCell('=TODAY()')]].map((cells) => ({ role: 'task' as const, cells })),
      frozenRows: 0,
      validations: [],
      conditionalFormats: [],
    };
    expect(formulaRuns(sheet)).toEqual([
      { row: 2, column: 1, formulas: ['=A1', '', '=A2'] },
      { row: 7, column: 1, formulas: ['=TODAY()'] },
    ]);
  });

  it('reads A1 ranges and sizes columns in pixels', () => {
    expect(parseA1('$C$2')).toEqual({ row: 2, column: 3, rows: 1, columns: 1 });
    expect(parseA1('I5:I9')).toEqual({ row: 5, column: 9, rows: 5, columns: 1 });
    expect(parseA1('A4:AB120')).toEqual({ row: 4, column: 1, rows: 117, columns: 28 });
    expect(columnPixels(8)).toBe(61);
    expect(columnPixels(0)).toBe(20);
  });

  it('fingerprints the layout, not the values', () => {
    const sheet = (cells: SheetModel['rows']): SheetModel => ({ name: 'S', columns: [], rows: cells, frozenRows: 0, validations: [], conditionalFormats: [] });
    const a = { sheets: [sheet([{ role: 'task', cells: [textCell('a')] }])], definedNames: [] };
    const b = { sheets: [sheet([{ role: 'task', cells: [textCell('b')] }])], definedNames: [] };
    const c = { sheets: [sheet([{ role: 'group', cells: [textCell('a')] }])], definedNames: [] };
    expect(layoutFingerprint(a)).toBe(layoutFingerprint(b));
    expect(layoutFingerprint(a)).not.toBe(layoutFingerprint(c));
  });
});

describe('errors across google.script.run', () => {
  it('carries a HostError\'s message and hint, whatever Apps Script puts before them', () => {
    const sent = encodeServerError(new HostError('Không tìm thấy nhiệm vụ "1.2".', 'Bấm "Tải lại".'));
    expect(sent.message.startsWith(ERROR_MARKER)).toBe(true);
    for (const received of [sent, { message: `Error: ${sent.message}` }, `Exception: ${sent.message}`]) {
      const e = decodeServerError(received);
      expect(e).toBeInstanceOf(HostError);
      expect([e.message, e.hint]).toEqual(['Không tìm thấy nhiệm vụ "1.2".', 'Bấm "Tải lại".']);
    }
  });

  it('wraps any other failure with a generic hint', () => {
    const e = decodeServerError(encodeServerError(new Error('Exception: Service Spreadsheets timed out')));
    expect(e.message).toBe('Lỗi khi làm việc với bảng tính: Service Spreadsheets timed out');
    expect(e.hint).toMatch(/Thử lại/);
    expect(decodeServerError(new Error('NetworkError: Connection failure due to HTTP 0')).hint).toMatch(/mạng/);
  });

  it('reads the HostError with text Apps Script appended after the JSON', () => {
    const sent = encodeServerError(new HostError('Bảng tính đang được cập nhật {từ} phiên khác.', 'Đợi vài giây "rồi" thử lại.'));
    const e = decodeServerError({ message: `Exception: ${sent.message} (line 12, file "par-sheets")` });
    expect([e.message, e.hint]).toEqual(['Bảng tính đang được cập nhật {từ} phiên khác.', 'Đợi vài giây "rồi" thử lại.']);
  });

  it('reads the HostError from an Error whose message has text before and after the JSON', () => {
    const sent = encodeServerError(new HostError('Trang "Nhiệm vụ" {đã} bị "xoá".', 'Mở thẻ "Nhập kế hoạch".'));
    const json = sent.message.slice(ERROR_MARKER.length);
    for (const text of [
      `Exception: ${sent.message} (line 12, file "par-sheets")`,
      `ScriptError: Lỗi: ${ERROR_MARKER} ${json}\n    at parSaveTask (menu:70:20)`,
      `${sent.message}. Thử lại sau.`,
    ]) {
      const e = decodeServerError(new Error(text));
      expect([e.message, e.hint]).toEqual(['Trang "Nhiệm vụ" {đã} bị "xoá".', 'Mở thẻ "Nhập kế hoạch".']);
    }
    // A marker followed by something that is not our JSON is shown as it came, never thrown.
    expect(decodeServerError(new Error(`${ERROR_MARKER}{"message": broken`)).message).toContain(ERROR_MARKER);
  });

  it.each([
    'ScriptError: Authorization is required to perform that action.',
    "We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.",
    "ScriptError: We're sorry, a server error occurred while reading from storage.",
    'PERMISSION_DENIED',
  ])('tells the official, in Vietnamese first, to use one Google account, not to reload, for "%s"', (text) => {
    const e = decodeServerError({ message: text });
    expect(e.message).toMatch(/^Google từ chối yêu cầu: trình duyệt đang đăng nhập nhiều tài khoản Google/);
    expect(e.hint).toMatch(/^Đăng xuất các tài khoản Google khác/);
    expect(e.hint).toMatch(/cửa sổ ẩn danh/);
    expect(e.hint).toMatch(/Tải lại trang không khắc phục/);
    expect(e.hint).toMatch(/\(Several Google accounts are signed in: .*reloading does not help\.\)$/);
    expect(e.hint).not.toMatch(/F5/);
  });
});

describe('the sidebar page', () => {
  it('opens on the tab the menu asked for', () => {
    const page = `<div id="app" ${TAB_MARKER}></div>`;
    expect(sidebarHtml(page, 'update')).toBe('<div id="app" data-par-tab="update"></div>');
    expect(() => sidebarHtml('<div id="app"></div>', 'update')).toThrow(/data-par-tab/);
  });

  it('reads the tab from the page, then ?tab=, and opens Báo cáo on the report tab', () => {
    const root = { dataset: { parTab: 'dashboard' } } as unknown as HTMLElement;
    expect(requestedTab(root, '?tab=update')).toBe('dashboard');
    expect(requestedTab({ dataset: { parTab: 'nonsense' } } as unknown as HTMLElement, '?tab=update')).toBe('update');
    expect(requestedTab({ dataset: {} } as unknown as HTMLElement, '')).toBe('import');
    expect(uiTab('report')).toBe('report');
  });
});

/** A google.script.run stand-in: each call answered by `answer(name, args)` on the next tick. */
function runner(answer: (name: string, args: unknown[]) => unknown): { get: () => ScriptRunner; calls: { name: string; args: unknown[] }[] } {
  const calls: { name: string; args: unknown[] }[] = [];
  const get = (): ScriptRunner => {
    let ok: (v: unknown) => void = () => undefined;
    let fail: (e: unknown) => void = () => undefined;
    const run: ScriptRunner = new Proxy({} as ScriptRunner, {
      get(_t, prop: string) {
        if (prop === 'withSuccessHandler') return (f: (v: unknown) => void) => ((ok = f), run);
        if (prop === 'withFailureHandler') return (f: (e: unknown) => void) => ((fail = f), run);
        if (!Object.values(SERVER).includes(prop as never)) return undefined;
        return (...args: unknown[]) => {
          calls.push({ name: prop, args: JSON.parse(JSON.stringify(args)) });
          setTimeout(() => {
            try {
              ok(answer(prop, args));
            } catch (e) {
              fail(new Error(encodeServerError(e).message));
            }
          });
        };
      },
    });
    return run;
  };
  return { get, calls };
}

describe('the sidebar host over google.script.run', () => {
  const done = { sheets: ['Nhiệm vụ'], tasks: 3, indicators: 1, warnings: 0, kept: 0 };
  const step = (offset: number): CreateStep => ({ offset, sheetName: 'Phụ lục', address: 'A1:F9', fingerprint: 'f' });

  it('creates a tracker in as many calls as the server asks, reporting progress', async () => {
    const answers: CreateResult[] = [
      { done, progress: { done: 3000, total: 7000, label: '' }, next: step(3000) },
      { done, progress: { done: 6000, total: 7000, label: '' }, next: step(6000) },
      { done, progress: { done: 7000, total: 7000, label: '' }, next: null },
    ];
    const r = runner(() => answers.shift());
    const progress: number[] = [];
    const result = await new GoogleScriptHost(r.get).createTracker({ scope: 'sheet' }, (p) => progress.push(p.done));
    expect(result).toEqual(done);
    expect(progress).toEqual([3000, 6000, 7000]);
    expect(r.calls.map((c) => [c.name, (c.args[1] as CreateStep | null)?.offset ?? null])).toEqual([
      [SERVER.createTracker, null],
      [SERVER.createTracker, 3000],
      [SERVER.createTracker, 6000],
    ]);
  });

  it('retries a follow-up step once, then reports the failure', async () => {
    let n = 0;
    const r = runner(() => {
      n++;
      if (n === 1) return { done, progress: { done: 1, total: 2, label: '' }, next: step(1) };
      if (n === 2) throw new Error('Service Spreadsheets timed out');
      return { done, progress: { done: 2, total: 2, label: '' }, next: null };
    });
    await expect(new GoogleScriptHost(r.get).createTracker({})).resolves.toEqual(done);
    expect(n).toBe(3);
  });

  it('rejects with the HostError the server threw', async () => {
    const r = runner(() => {
      throw new HostError('Bảng tính chưa có trang "Nhiệm vụ".', 'Mở thẻ "Nhập kế hoạch".');
    });
    await expect(new GoogleScriptHost(r.get).listTasks()).rejects.toMatchObject({ name: 'HostError', message: 'Bảng tính chưa có trang "Nhiệm vụ".', hint: 'Mở thẻ "Nhập kế hoạch".' });
  });

  it('says to use one Google account when google.script.run fails before the server runs', async () => {
    // With several accounts signed in Google refuses the call itself: the failure handler gets
    // Google's error, not ours, and the create step is not worth retrying forever.
    let calls = 0;
    let fail: (e: unknown) => void = () => undefined;
    const refused: ScriptRunner = new Proxy({} as ScriptRunner, {
      get(_t, prop: string) {
        if (prop === 'withSuccessHandler') return () => refused;
        if (prop === 'withFailureHandler') return (f: (e: unknown) => void) => ((fail = f), refused);
        return () => {
          calls++;
          setTimeout(() => fail(new Error("ScriptError: We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.")));
        };
      },
    });
    const host = new GoogleScriptHost(() => refused);
    for (const call of [() => host.listTasks(), () => host.createTracker({}), () => host.dashboard()]) {
      await expect(call()).rejects.toMatchObject({ name: 'HostError', message: MULTI_ACCOUNT_ERROR.message, hint: MULTI_ACCOUNT_ERROR.hint });
    }
    expect(calls).toBe(3);
  });

  it('never sends a Date', async () => {
    expect(() => assertWireSafe({ changes: { doneDate: new Date() } })).toThrow(/Date/);
    const r = runner(() => null);
    await expect(new GoogleScriptHost(r.get).goTo({ sheet: 'S', row: 2, extra: new Date() } as never)).resolves.toBeUndefined();
    await expect(new GoogleScriptHost(r.get).saveTask({ id: '1', changes: { doneDate: new Date() as never }, seen: {} as never })).rejects.toThrow(/Date/);
    expect(r.calls.map((c) => c.name)).toEqual([SERVER.goTo]);
  });

  it('follows the selection by polling, and stops when asked', async () => {
    jest.useFakeTimers();
    try {
      const answers = [{ sheet: 'Nhiệm vụ', row: 7 }, { sheet: 'Nhiệm vụ', row: 7 }, { sheet: 'Nhiệm vụ', row: 9 }];
      const r = runner(() => answers.shift() ?? null);
      const seen: number[] = [];
      const stop = new GoogleScriptHost(r.get, { pollMs: 1000 }).watchSelection((at) => seen.push(at.row));
      for (let i = 0; i < 3; i++) {
        await jest.advanceTimersByTimeAsync(1000);
        await jest.advanceTimersByTimeAsync(1);
      }
      stop();
      await jest.advanceTimersByTimeAsync(5000);
      expect(seen).toEqual([7, 9]);
      expect(r.calls).toHaveLength(3);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('npm run push:sheets', () => {
  const { expectedFiles, pushOutcome } = require('../../scripts/push-sheets.js') as {
    expectedFiles(claspignore: string): string[];
    pushOutcome(stdout: string, expected: string[]): { ok: boolean; problem?: string; upToDate?: boolean; pushed?: string[] };
  };
  const expected = expectedFiles(readFileSync(join(__dirname, '..', '..', '.claspignore'), 'utf8'));

  it('names exactly the pushed files in .claspignore', () => {
    expect(expected).toEqual(['appsscript.json', 'customFunctions.js', 'menu.js', 'par-sheets.js', 'sidebar.html']);
  });

  it('never reports a skipped or partial push as success', () => {
    expect(pushOutcome('', expected)).toMatchObject({ ok: false, problem: expect.stringMatching(/skipped/) });
    expect(pushOutcome(JSON.stringify(['dist/sheets/appsscript.json', 'dist/sheets/menu.js']), expected)).toMatchObject({ ok: false, problem: expect.stringMatching(/customFunctions\.js, par-sheets\.js, sidebar\.html/) });
    expect(pushOutcome('[]', expected)).toEqual({ ok: true, upToDate: true });
    expect(pushOutcome(JSON.stringify(expected.map((f) => `dist/sheets/${f}`)), expected)).toEqual({ ok: true, pushed: expected });
  });
});
