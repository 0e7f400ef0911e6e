/** Bytes of text in the 8-bit encodings offices save files in, for tests of decoding them. */

/**
 * Windows-1258 bytes, as Windows writes them: a character the code page holds (ê, ơ, đ…) is one
 * byte; a toned letter is its base letter's byte, then the tone mark's (U+0300 etc.).
 */
export function cp1258(text: string): Uint8Array {
  const table = new Map<string, number>();
  const decoder = new TextDecoder('windows-1258');
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/gu;
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = table.get(ch);
    const pieces = direct !== undefined ? [ch] : [ch.normalize('NFD').replace(tones, '').normalize('NFC'), ...(ch.normalize('NFD').match(tones) ?? [])];
    for (const piece of pieces) {
      const byte = table.get(piece);
      if (byte === undefined) throw new Error(`no Windows-1258 byte for ${JSON.stringify(piece)}`);
      out.push(byte);
    }
  }
  return Uint8Array.from(out);
}
