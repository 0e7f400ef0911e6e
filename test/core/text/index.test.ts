import * as fs from 'fs';
import * as path from 'path';
import * as text from '../../../src/core/text';
import { decodeHtmlEntities, LATIN1_ENTITY_COUNT } from '../../../src/core/text/htmlEntities';

describe('core text module', () => {
  it('re-exports the public functions from one place', () => {
    for (const name of [
      'fold',
      'cleanCellText',
      'cellToText',
      'decodeHtmlEntities',
      'stripHtmlRemnants',
      'tidyWhitespace',
      'detectLegacyEncoding',
      'convertLegacy',
      'repairLegacyText',
      'isVietnameseSyllable',
    ]) {
      expect([name, typeof (text as Record<string, unknown>)[name]]).toEqual([name, 'function']);
    }
  });

  it('keeps fold as it was: diacritics-insensitive, đ → d, lower case, single spaces', () => {
    expect(text.fold('Cơ quan CHỦ TRÌ')).toBe('co quan chu tri');
    expect(text.fold('Đơn vị  phối hợp')).toBe('don vi phoi hop');
    expect(text.fold(' Thời gian\tHOÀN THÀNH ')).toBe('thoi gian hoan thanh');
  });

  it('uses no Node-only API, so that it runs in a browser and in Apps Script', () => {
    const dir = path.join(__dirname, '..', '..', '..', 'src', 'core', 'text');
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      expect([file, /\brequire\(|from '(fs|path|os|util|buffer|node:[a-z]+)'|\bBuffer\b|\bprocess\./.test(source)]).toEqual([file, false]);
    }
  });
});

describe('decodeHtmlEntities', () => {
  it('knows all 96 Latin-1 names, in code point order', () => {
    expect(LATIN1_ENTITY_COUNT).toBe(96);
    expect(decodeHtmlEntities('&nbsp;&shy;&eacute;&Ocirc;&times;&yuml;')).toBe('\u00a0\u00ad\u00e9\u00d4\u00d7\u00ff');
  });

  it('decodes the Vietnamese letters that have names', () => {
    expect(decodeHtmlEntities('&Dstrok;&dstrok;&abreve;&utilde;&itilde;')).toBe('Đđăũĩ');
  });
});
