import { actualText, formatNumber, parseActual } from '../../src/ui/format';
import { translator } from '../../src/ui/i18n';
import { paneError } from '../../src/ui/errors';
import { HostError } from '../../src/workbook/host';

describe('actuals as the official types them', () => {
  it.each([
    ['95', '%', 0.95],
    ['95%', '%', 0.95],
    ['70,52', '%', 0.7052],
    ['99.5', '%', 0.995],
    ['12', 'lớp', 12],
    ['12,5', 'lớp', 12.5],
    ['1.234,5', 'người', 1234.5],
    ['1,234.5', 'người', 1234.5],
    ['1.234.567', 'người', 1234567],
    ['', '%', null],
    ['  ', 'lớp', null],
  ])('reads %p with unit %p as %p', (text, unit, value) => {
    expect(parseActual(text, unit)).toEqual({ ok: true, value });
  });

  it.each(['chín lăm', '9x', '1,2,3', '--1', '95 %%'])('refuses %p', (text) => {
    expect(parseActual(text, '%').ok).toBe(false);
  });

  it('shows a fraction as the percent typed, with the language decimal mark', () => {
    expect(actualText(0.95, '%', 'vi')).toBe('95');
    expect(actualText(0.7052, '%', 'vi')).toBe('70,52');
    expect(actualText(0.7052, '%', 'en')).toBe('70.52');
    expect(actualText(3, 'sáng kiến', 'vi')).toBe('3');
    expect(actualText(null, '%', 'vi')).toBe('');
    expect(formatNumber(1 / 3, 'vi')).toBe('0,3333');
  });
});

describe('strings', () => {
  it('fills placeholders, and falls back to English for a key Vietnamese lacks', () => {
    expect(translator('vi')('editor.saved', { cells: 2, logs: 1 })).toBe('Đã lưu (2 ô, 1 dòng nhật ký)');
    expect(translator('en')('editor.saved', { cells: 2, logs: 1 })).toBe('Saved (2 cells, 1 log rows)');
    expect(translator('vi')('lang.en')).toBe('English');
  });
});

describe('errors as the pane shows them', () => {
  const t = translator('vi');
  it('keeps a HostError message and hint', () => {
    expect(paneError(new HostError('Không tìm thấy nhiệm vụ "X".', 'Bấm "Tải lại".'), t)).toEqual({ message: 'Không tìm thấy nhiệm vụ "X".', hint: 'Bấm "Tải lại".' });
  });
  it('reads a HostError that crossed a bridge as a plain object', () => {
    expect(paneError({ name: 'HostError', message: 'Hết thời gian.', hint: 'Chọn vùng nhỏ hơn.' }, t)).toEqual({ message: 'Hết thời gian.', hint: 'Chọn vùng nhỏ hơn.' });
  });
  it('gives a general hint for an Error, a string, or nothing useful', () => {
    expect(paneError(new Error('Exception: boom'), t)).toEqual({ message: 'boom', hint: t('error.genericHint') });
    expect(paneError('ScriptError: Authorisation is required', t).message).toBe('Authorisation is required');
    expect(paneError(undefined, t)).toEqual({ message: t('error.unknown'), hint: t('error.genericHint') });
    expect(paneError({ code: 'GeneralException' }, t).message).toBe(t('error.unknown'));
  });
});
