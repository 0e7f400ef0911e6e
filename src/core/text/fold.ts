/**
 * Diacritics-insensitive folding, for matching Vietnamese phrases by meaning rather than by
 * exact spelling: "Thời gian HOÀN THÀNH" and "thoi gian hoan thanh" fold to the same string.
 */

/**
 * Folds text for matching: NFD-decomposes, drops combining marks, maps đ/Đ to d, lowercases,
 * and collapses runs of whitespace to one space.
 * @example fold('Cơ quan CHỦ TRÌ') → 'co quan chu tri'
 * @example fold('Đơn vị  phối hợp') → 'don vi phoi hop'
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
