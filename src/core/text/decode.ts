/**
 * The bytes of a text file (a .csv, .tsv or .txt an official saved) as text. Offices save from
 * Excel as "CSV UTF-8", as "Unicode Text" (UTF-16 with a byte-order mark, tab-separated), or as
 * plain "CSV", which on a Vietnamese Windows writes Windows-1258; files typed in the old
 * TCVN3 (.VnTime) or VNI fonts hold their bytes as Latin-1 letters. Each is decoded or, when the
 * bytes read as no Vietnamese at all, refused with a message that says it is an encoding problem.
 * Uses only TextDecoder (Node, browsers), so it runs wherever the importer does.
 */
import { detectLegacyEncoding, type LegacyEncoding } from './legacy';
import { isVietnameseSyllable } from './vietnameseSyllable';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | LegacyEncoding;

export type DecodedText =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncoding }
  | { readonly ok: false; readonly reason: 'unknown-8bit' | 'binary' };

const decode = (bytes: Uint8Array, label: string, fatal = false): string => new TextDecoder(label, { fatal, ignoreBOM: false }).decode(bytes);

/** UTF-16 without a byte-order mark: most of the high (or low) bytes of its ASCII are zero. */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Share of the words with a letter outside ASCII that are Vietnamese syllables. */
function vietnameseShare(text: string): number {
  const words = text
    .slice(0, 20_000)
    .split(/[^\p{L}]+/u)
    .filter((w) => /[^\x00-\x7f]/.test(w));
  if (words.length === 0) return 0;
  return words.filter((w) => isVietnameseSyllable(w)).length / words.length;
}

/**
 * Decodes a text file's bytes.
 * @example decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])) → { ok: true, text: 'A', encoding: 'utf-8' }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: decode(bytes, 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: decode(bytes, 'utf-16be'), encoding: 'utf-16be' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { ok: true, text: decode(bytes, 'utf-8'), encoding: 'utf-8' };
  const order = utf16Order(bytes);
  if (order) return { ok: true, text: decode(bytes, order), encoding: order };
  if (bytes.includes(0)) return { ok: false, reason: 'binary' };
  try {
    return { ok: true, text: decode(bytes, 'utf-8', true), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: one byte per character, in one of the 8-bit encodings offices use.
  }
  // TCVN3 / VNI bytes read as Latin-1 letters are what the importer's legacy repair converts.
  const latin1 = decode(bytes, 'windows-1252');
  const legacy = detectLegacyEncoding(latin1);
  if (legacy) return { ok: true, text: latin1, encoding: legacy };
  const cp1258 = decode(bytes, 'windows-1258').normalize('NFC');
  if (vietnameseShare(cp1258) >= 0.6) return { ok: true, text: cp1258, encoding: 'windows-1258' };
  return { ok: false, reason: 'unknown-8bit' };
}
