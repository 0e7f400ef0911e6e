/**
 * Character tables of the two legacy Vietnamese encodings still found in official documents.
 *
 * Both encodings were "font hacks": the bytes are ordinary Windows-1252 / Latin-1 code points and
 * a special font (.VnTime for TCVN3, VNI-Times for VNI) draws Vietnamese glyphs in their place.
 * Once such text lands in a spreadsheet or a text extraction, the font is gone and only the
 * Latin-1 characters remain, e.g. "Céng hßa" (TCVN3) or "Coäng hoøa" (VNI) for "Cộng hòa".
 *
 * The tables are kept as plain data so that they can be read and checked against the encodings'
 * published code charts; legacy.ts derives its lookup maps from them. They were cross-checked
 * against independent converter tables and are exercised by round-trip tests over real plans.
 */

/** The legacy encodings this module knows. */
export type LegacyEncoding = 'tcvn3' | 'vni';

/**
 * TCVN3 (TCVN 5712:1993 "VN3", the ABC keyboard's .VnTime fonts).
 *
 * Each row is one vowel family: the six Unicode letters in tone order (no tone, huyền, hỏi, ngã,
 * sắc, nặng) and the TCVN3 code point for each. Unaccented ASCII letters map to themselves.
 *
 * VN3 has no code points for upper-case toned letters: typists either used the lower-case code
 * (the ".VnTimeH" fonts draw those as capitals) or wrote the old-style "Uû ban". Only the seven
 * upper-case base letters Ă Â Ê Ô Ơ Ư Đ have codes of their own (UPPER rows below).
 *
 * @example TCVN3_ROWS[0] → ['aàảãáạ', [0x61, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9]]
 *   ("¸", 0xB8, is á)
 */
export const TCVN3_ROWS: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['aàảãáạ', [0x61, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9]],
  ['ăằẳẵắặ', [0xa8, 0xbb, 0xbc, 0xbd, 0xbe, 0xc6]],
  ['âầẩẫấậ', [0xa9, 0xc7, 0xc8, 0xc9, 0xca, 0xcb]],
  ['eèẻẽéẹ', [0x65, 0xcc, 0xce, 0xcf, 0xd0, 0xd1]],
  ['êềểễếệ', [0xaa, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6]],
  ['iìỉĩíị', [0x69, 0xd7, 0xd8, 0xdc, 0xdd, 0xde]],
  ['oòỏõóọ', [0x6f, 0xdf, 0xe1, 0xe2, 0xe3, 0xe4]],
  ['ôồổỗốộ', [0xab, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9]],
  ['ơờởỡớợ', [0xac, 0xea, 0xeb, 0xec, 0xed, 0xee]],
  ['uùủũúụ', [0x75, 0xef, 0xf1, 0xf2, 0xf3, 0xf4]],
  // 0xAD is the soft hyphen: "Tr­êng" = "Trường" hides an invisible character.
  ['ưừửữứự', [0xad, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9]],
  ['yỳỷỹýỵ', [0x79, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe]],
  ['đ', [0xae]],
  // The only upper-case letters VN3 encodes separately.
  ['ĂÂÊÔƠƯĐ', [0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7]],
];

/**
 * VNI (VNI-Windows, the VNI-Times family of fonts).
 *
 * A toned letter is written as its base letter followed by one "mark" character drawn by the font
 * as the accent (ù sắc, ø huyền, û hỏi, õ ngã, ï nặng; â circumflex; ê breve; combined forms like
 * ä = circumflex + nặng). ơ, ư, đ and the i-family are single characters of their own, and so is
 * ỵ ("î": the dot goes under the descender, so the font has a dedicated glyph).
 *
 * Each row: Unicode letters in tone order (no tone, sắc, huyền, hỏi, ngã, nặng), then the VNI
 * spelling of each, space separated. Upper case is written out separately because the marks have
 * their own upper-case code points (the font positions them above capitals).
 *
 * @example VNI_ROWS[7] → ['ôốồổỗộ', 'oâ oá oà oå oã oä']
 *   ("Coäng" is "Cộng")
 */
export const VNI_ROWS: ReadonlyArray<readonly [string, string]> = [
  ['aáàảãạ', 'a aù aø aû aõ aï'],
  ['ăắằẳẵặ', 'aê aé aè aú aü aë'],
  ['âấầẩẫậ', 'aâ aá aà aå aã aä'],
  ['eéèẻẽẹ', 'e eù eø eû eõ eï'],
  ['êếềểễệ', 'eâ eá eà eå eã eä'],
  ['iíìỉĩị', 'i í ì æ ó ò'],
  ['oóòỏõọ', 'o où oø oû oõ oï'],
  ['ôốồổỗộ', 'oâ oá oà oå oã oä'],
  ['ơớờởỡợ', 'ô ôù ôø ôû ôõ ôï'],
  ['uúùủũụ', 'u uù uø uû uõ uï'],
  ['ưứừửữự', 'ö öù öø öû öõ öï'],
  ['yýỳỷỹỵ', 'y yù yø yû yõ î'],
  ['đ', 'ñ'],
  ['AÁÀẢÃẠ', 'A AÙ AØ AÛ AÕ AÏ'],
  ['ĂẮẰẲẴẶ', 'AÊ AÉ AÈ AÚ AÜ AË'],
  ['ÂẤẦẨẪẬ', 'AÂ AÁ AÀ AÅ AÃ AÄ'],
  ['EÉÈẺẼẸ', 'E EÙ EØ EÛ EÕ EÏ'],
  ['ÊẾỀỂỄỆ', 'EÂ EÁ EÀ EÅ EÃ EÄ'],
  ['IÍÌỈĨỊ', 'I Í Ì Æ Ó Ò'],
  ['OÓÒỎÕỌ', 'O OÙ OØ OÛ OÕ OÏ'],
  ['ÔỐỒỔỖỘ', 'OÂ OÁ OÀ OÅ OÃ OÄ'],
  ['ƠỚỜỞỠỢ', 'Ô ÔÙ ÔØ ÔÛ ÔÕ ÔÏ'],
  ['UÚÙỦŨỤ', 'U UÙ UØ UÛ UÕ UÏ'],
  ['ƯỨỪỬỮỰ', 'Ö ÖÙ ÖØ ÖÛ ÖÕ ÖÏ'],
  ['YÝỲỶỸỴ', 'Y YÙ YØ YÛ YÕ Î'],
  ['Đ', 'Ñ'],
];

/**
 * Spellings that VNI text contains in the field although the table above has a different one:
 * some keyboard drivers write ỵ as "y" + the generic nặng mark instead of the dedicated "î".
 * Decoding accepts them; encoding never produces them.
 */
export const VNI_DECODE_ALIASES: ReadonlyArray<readonly [string, string]> = [
  ['yï', 'ỵ'],
  ['YÏ', 'Ỵ'],
];
