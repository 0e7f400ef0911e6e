/**
 * Text files as offices save them, from the seed plan's own lines: UTF-8 with and without a BOM,
 * Excel's "Unicode Text" (UTF-16 LE with a BOM), UTF-16 without one, Windows-1258 (a plain "CSV"
 * on a Vietnamese Windows), TCVN3 bytes, and bytes that are no Vietnamese at all.
 */
import { decodeText } from '../../../src/core/text/decode';
import { cp1258 } from '../../helpers/encodings';
import { seedText } from '../../helpers/fixtures';
import { encodeTcvn3, encodeVni } from './legacyEncoders';

const LINES = seedText('000-appendix').split('\n').slice(6, 12).join('\n');

describe('decodeText', () => {
  it.each([
    ['UTF-8', Buffer.from(LINES, 'utf8'), 'utf-8'],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(LINES, 'utf8')]), 'utf-8'],
    ['Excel "Unicode Text" (UTF-16 LE, BOM)', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LINES, 'utf16le')]), 'utf-16le'],
    ['UTF-16 LE without a BOM', Buffer.from(LINES, 'utf16le'), 'utf-16le'],
  ])('reads %s', (_, bytes, encoding) => {
    expect(decodeText(bytes)).toEqual({ ok: true, text: LINES, encoding });
  });

  it('reads Windows-1258 (a plain "CSV" saved on a Vietnamese Windows) into Unicode', () => {
    const decoded = decodeText(cp1258(LINES));
    expect(decoded).toEqual({ ok: true, text: LINES.normalize('NFC'), encoding: 'windows-1258' });
  });

  it("hands TCVN3 and VNI bytes (old .VnTime / VNI fonts) to the importer's legacy repair", () => {
    for (const [encode, encoding] of [
      [encodeTcvn3, 'tcvn3'],
      [encodeVni, 'vni'],
    ] as const) {
      const legacy = encode(LINES);
      const decoded = decodeText(Buffer.from(legacy, 'latin1'));
      expect(decoded).toEqual({ ok: true, text: legacy, encoding });
    }
  });

  it('refuses 8-bit bytes that read as no Vietnamese, and binary data', () => {
    const koi8 = Uint8Array.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4, 0x20, 0xcd, 0xc9, 0xd2, 0x2c, 0x20, 0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]);
    expect(decodeText(koi8)).toEqual({ ok: false, reason: 'unknown-8bit' });
    expect(decodeText(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00, 0x89, 0x00]))).toEqual({ ok: false, reason: 'binary' });
  });
});
