/**
 * Diacritics-insensitive folding, for matching Vietnamese phrases by meaning rather than by
 * exact spelling: "Thời gian HOÀN THÀNH" and "thoi gian hoan thanh" fold to the same string.
 */

/** The whole folding, one step after the other; `fold` gives the same result faster. */
function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Each UTF-16 unit below U+1F00 folded on its own (undefined until first met; null: whitespace).
 * Units of Latin (below U+0370) and of Latin Extended Additional (U+1E00–U+1EFF: the precomposed
 * Vietnamese letters) decompose into a base letter and marks all in U+0300–U+036F, which folding
 * drops, and lowercase the same alone as in a word: so folding them one at a time and joining is
 * folding the text. Any other unit sends the whole text through foldText.
 */
const UNITS: (string | null | undefined)[] = new Array<string | null | undefined>(0x1f00);

function unitFold(code: number): string | null {
  let folded = UNITS[code];
  if (folded === undefined) {
    const unit = String.fromCharCode(code);
    folded = UNITS[code] = /\s/.test(unit) ? null : foldText(unit);
  }
  return folded;
}

/**
 * Folds text for matching: NFD-decomposes, drops combining marks, maps đ/Đ to d, lowercases,
 * and collapses runs of whitespace to one space.
 * @example fold('Cơ quan CHỦ TRÌ') → 'co quan chu tri'
 * @example fold('Đơn vị  phối hợp') → 'don vi phoi hop'
 */
export function fold(text: string): string {
  let out = '';
  // A space is written only before the next letter, so runs collapse and the ends are trimmed.
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let piece: string | null;
    if (code < 0x80) {
      piece = code === 32 || (code >= 9 && code <= 13) ? null : code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
    } else if (code < 0x370 || (code >= 0x1e00 && code < 0x1f00)) {
      piece = unitFold(code);
    } else {
      return foldText(text);
    }
    if (piece === null) {
      space = out !== '';
    } else if (piece !== '') {
      if (space) out += ' ';
      space = false;
      out += piece;
    }
  }
  return out;
}
