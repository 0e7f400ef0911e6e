/**
 * Unicode → legacy encoders, for tests only: they turn real Unicode plans into the TCVN3 / VNI
 * text a typist would have produced, so that detection and conversion can be checked on them.
 * They are built from the same tables as the decoder, inverted; the tables themselves are checked
 * against known legacy strings in legacy.test.ts.
 */
import { TCVN3_ROWS, VNI_ROWS } from '../../../src/core/text/legacyTables';

const TCVN3_ENCODE = new Map<string, string>();
for (const [letters, codes] of TCVN3_ROWS) {
  Array.from(letters).forEach((letter, i) => TCVN3_ENCODE.set(letter, String.fromCharCode(codes[i])));
}

const VNI_ENCODE = new Map<string, string>();
for (const [letters, spellings] of VNI_ROWS) {
  const seqs = spellings.split(' ');
  Array.from(letters).forEach((letter, i) => VNI_ENCODE.set(letter, seqs[i]));
}

/**
 * Encodes NFC Unicode as TCVN3 the way the ABC keyboard did: upper-case toned letters that VN3
 * cannot express are written with the lower-case code (lossy, as in real documents).
 */
export function encodeTcvn3(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    // ASCII letters stay as typed; other capitals fall back to the lower-case code.
    out += TCVN3_ENCODE.get(ch) ?? (ch > '\u007f' ? TCVN3_ENCODE.get(ch.toLowerCase()) : undefined) ?? ch;
  }
  return out;
}

/** Encodes NFC Unicode as VNI (lossless). */
export function encodeVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += VNI_ENCODE.get(ch) ?? ch;
  return out;
}

/** Whether every letter of the text has its own code in TCVN3 (no upper-case toned letter). */
export function tcvn3Lossless(text: string): boolean {
  for (const ch of text.normalize('NFC')) {
    if (!TCVN3_ENCODE.has(ch) && TCVN3_ENCODE.has(ch.toLowerCase())) return false;
  }
  return true;
}
