/**
 * Detection and repair of Vietnamese text typed in the legacy TCVN3 (.VnTime) and VNI
 * (VNI-Times) encodings, which reach us as Latin-1 look-alikes: "Céng hßa x· héi" (TCVN3) or
 * "Coäng hoøa xaõ hoäi" (VNI) for "Cộng hòa xã hội".
 *
 * Conversion is only applied when the evidence is strong, because the same Latin-1 letters are
 * also ordinary Unicode Vietnamese ("Công tác" would become "Cụng tỏc" under TCVN3) and ordinary
 * French or Portuguese ("café", "São Paulo"). The evidence is counted per word:
 *  - good: the word is not a Vietnamese syllable as it stands, and becomes one once converted;
 *  - neutral: the word already is a Vietnamese syllable (ambiguous: "toàn" is also VNI for "tồn");
 *  - bad: the converted word is not Vietnamese either (a foreign word, not legacy text).
 * Lines containing letters that only Unicode can express (ư, ơ, đ, ạ…) or combining marks are
 * Unicode by construction and are never converted.
 */
import { LegacyEncoding, TCVN3_ROWS, VNI_DECODE_ALIASES, VNI_ROWS } from './legacyTables';
import { isVietnameseSyllable } from './vietnameseSyllable';

export type { LegacyEncoding };

/** Letters and marks that only Unicode Vietnamese has: their presence proves a line is Unicode. */
// Combining marks (U+0300–U+036F) stand alone in this class on purpose: any one betrays Unicode text.
// eslint-disable-next-line no-misleading-character-class
const UNICODE_ONLY = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9\u0300-\u036f]/;
/** Where every legacy code lives. */
const LATIN1_SUPPLEMENT = /[\u00a0-\u00ff]/;
/** The Latin-1 letters that are also Unicode Vietnamese letters (they prove nothing). */
const VIETNAMESE_LATIN1 = new Set('àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ');

// ---------------------------------------------------------------------------------------------
// Lookup maps derived from the tables
// ---------------------------------------------------------------------------------------------

const TCVN3_DECODE: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [letters, codes] of TCVN3_ROWS) {
    Array.from(letters).forEach((letter, i) => {
      const code = String.fromCharCode(codes[i]);
      if (code !== letter) map.set(code, letter);
    });
  }
  return map;
})();

/** TCVN3 codes of the seven upper-case letters it has (Ă Â Ê Ô Ơ Ư Đ). */
const TCVN3_UPPER_CODES = new Set(
  Array.from(TCVN3_DECODE).filter(([, letter]) => letter !== letter.toLowerCase()).map(([code]) => code),
);

/** TCVN3 codes of đ and Đ, the only consonant it encodes (the other codes are vowels). */
const TCVN3_D_CODES = new Set(
  Array.from(TCVN3_DECODE).filter(([, letter]) => letter === 'đ' || letter === 'Đ').map(([code]) => code),
);

/** VNI spellings of one character (ơ = "ô") and of two (ộ = "oä"). */
const VNI_SINGLE = new Map<string, string>();
const VNI_PAIR = new Map<string, string>();
(() => {
  const add = (seq: string, letter: string): void => {
    if (seq === letter) return;
    (seq.length === 1 ? VNI_SINGLE : VNI_PAIR).set(seq, letter);
  };
  for (const [letters, spellings] of VNI_ROWS) {
    const seqs = spellings.split(' ');
    Array.from(letters).forEach((letter, i) => add(seqs[i], letter));
  }
  for (const [seq, letter] of VNI_DECODE_ALIASES) add(seq, letter);
  // Typists mix the case of the mark with that of the letter ("Aù"); the letter decides.
  for (const [seq, letter] of Array.from(VNI_PAIR)) {
    const base = seq.charAt(0);
    const mark = seq.charAt(1);
    const otherMark = mark === mark.toLowerCase() ? mark.toUpperCase() : mark.toLowerCase();
    if (!VNI_PAIR.has(base + otherMark)) VNI_PAIR.set(base + otherMark, letter);
  }
})();

/** Characters that may be part of a word in each encoding (TCVN3 uses non-letters like "¸"). */
const WORD_RE: Readonly<Record<LegacyEncoding, RegExp>> = {
  tcvn3: new RegExp(
    `[\\p{L}${Array.from(TCVN3_DECODE.keys())
      .filter((c) => !/\p{L}/u.test(c))
      .map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
      .join('')}]+`,
    'gu',
  ),
  vni: /\p{L}+/gu,
};

// ---------------------------------------------------------------------------------------------
// Decoding
// ---------------------------------------------------------------------------------------------

function decodeTcvn3Chars(text: string): string {
  let out = '';
  for (const ch of text) out += TCVN3_DECODE.get(ch) ?? ch;
  return out;
}

function decodeVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const pair = VNI_PAIR.get(text.slice(i, i + 2));
    if (pair !== undefined) {
      out += pair;
      i++;
    } else {
      out += VNI_SINGLE.get(text.charAt(i)) ?? text.charAt(i);
    }
  }
  return out;
}

/**
 * TCVN3 has no upper-case toned letters, so "CÔNG TÁC" was typed "C«NG T¸C" (the .VnTimeH font
 * drew the lower-case codes as capitals). Where the ASCII letters of a word, or of its
 * neighbours, show that it is in capitals, the converted letters are put in capitals too.
 */
function restoreTcvn3Capitals(original: string, decoded: string): string {
  // Both strings have the same length: TCVN3 maps one UTF-16 unit to one.
  const chars = decoded.split('');
  const words = Array.from(original.matchAll(WORD_RE.tcvn3), (m) => {
    let upper = 0;
    let lower = 0;
    let vowelCodes = 0;
    for (const ch of m[0]) {
      if (ch >= 'A' && ch <= 'Z') upper++;
      else if (ch >= 'a' && ch <= 'z') lower++;
      else if (TCVN3_UPPER_CODES.has(ch)) upper++;
      if (TCVN3_DECODE.has(ch) && !TCVN3_D_CODES.has(ch)) vowelCodes++;
    }
    const start = m.index ?? 0;
    return { start, end: start + m[0].length, upper, lower, vowelCodes };
  });
  // A word is in capitals when it shows two capitals and no small letter ("C«NG", "§éI").
  const sure = words.map((w) => w.lower === 0 && w.upper >= 2);
  // A word showing no small letter ("VÒ", "§Ó") is in capitals when a neighbour is a Vietnamese
  // word in capitals ("VÒ VIÖC", "ñY BAN"); acronyms next to it ("TTHC §Ó", "H§ND") prove nothing.
  const support = words.map(
    (w, i) => sure[i] && (w.vowelCodes > 0 || isVietnameseSyllable(original.slice(w.start, w.end))),
  );
  words.forEach((w, i) => {
    const caps =
      sure[i] ||
      (w.lower === 0 && ((i > 0 && support[i - 1]) || (i + 1 < words.length && support[i + 1])));
    if (!caps) return;
    // Only the legacy codes need it (ý, 0xFD, is the one that decodes to itself).
    for (let k = w.start; k < w.end; k++) {
      if (original.charCodeAt(k) > 0x7f) chars[k] = chars[k].toUpperCase();
    }
  });
  return chars.join('');
}

function convertLine(line: string, encoding: LegacyEncoding): string {
  if (encoding === 'vni') return decodeVni(line);
  return restoreTcvn3Capitals(line, decodeTcvn3Chars(line));
}

function splitLines(text: string): string[] {
  // Keeps the separators (odd indexes) so that the text can be rebuilt exactly.
  return text.split(/(\r\n|\n|\r)/);
}

/**
 * Converts legacy-encoded text to Unicode, unconditionally: every character of the encoding is
 * mapped, so only call it on text known to be in that encoding (see repairLegacyText for the
 * careful version).
 * @example convertLegacy('Céng hßa x· héi chñ nghÜa ViÖt Nam', 'tcvn3') → 'Cộng hòa xã hội chủ nghĩa Việt Nam'
 * @example convertLegacy('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'vni') → 'Cộng hòa xã hội chủ nghĩa Việt Nam'
 * @example convertLegacy('C«NG T¸C CHØ §¹O', 'tcvn3') → 'CÔNG TÁC CHỈ ĐẠO'
 */
export function convertLegacy(text: string, encoding: LegacyEncoding): string {
  return splitLines(text)
    .map((part, i) => (i % 2 === 1 ? part : convertLine(part, encoding)))
    .join('');
}

// ---------------------------------------------------------------------------------------------
// Evidence
// ---------------------------------------------------------------------------------------------

interface Evidence {
  /** Words (of letters) seen, and how many of them read as Vietnamese once converted. */
  words: number;
  vietnamese: number;
  good: number;
  bad: number;
  neutral: number;
  /** Good words containing a character that no Unicode Vietnamese word has ("¸", "ø", "ä"). */
  strong: number;
  /** Distinct good words: "µm µm" (micrometres) must not count twice. */
  distinctGood: Set<string>;
}

function emptyEvidence(): Evidence {
  return { words: 0, vietnamese: 0, good: 0, bad: 0, neutral: 0, strong: 0, distinctGood: new Set() };
}

/** An all-capitals acronym such as "HĐND": says nothing either way. */
function isAcronym(word: string): boolean {
  return /^[A-ZĐ]{2,}$/.test(word);
}

function hasStrongChar(word: string): boolean {
  for (const ch of word) if (ch > '\u007f' && !VIETNAMESE_LATIN1.has(ch)) return true;
  return false;
}

function lineEvidence(line: string, encoding: LegacyEncoding, into: Evidence): void {
  const decode = encoding === 'vni' ? decodeVni : decodeTcvn3Chars;
  for (const m of line.matchAll(WORD_RE[encoding])) {
    const word = m[0];
    // Lone ASCII letters (list markers, remnants of "<b>") say nothing about the language.
    if (/^[A-Za-z]$/.test(word)) continue;
    const converted = decode(word);
    const convertedIsVietnamese = isVietnameseSyllable(converted);
    into.words++;
    if (convertedIsVietnamese || isAcronym(converted)) into.vietnamese++;
    if (converted === word) continue;
    if (isVietnameseSyllable(word)) {
      into.neutral++;
    } else if (convertedIsVietnamese) {
      into.good++;
      into.distinctGood.add(converted.toLowerCase());
      if (hasStrongChar(word)) into.strong++;
    } else if (isAcronym(converted)) {
      into.neutral++;
    } else {
      into.bad++;
    }
  }
}

function gatherEvidence(text: string, encoding: LegacyEncoding): Evidence {
  const evidence = emptyEvidence();
  for (const line of splitLines(text)) {
    if (!UNICODE_ONLY.test(line)) lineEvidence(line, encoding, evidence);
  }
  return evidence;
}

/**
 * Several distinct words must turn into Vietnamese, words that stay foreign after conversion must
 * be rare, and the converted text as a whole must read as Vietnamese (most words are syllables or
 * acronyms: French "Loïc et Caïn" has two VNI-looking words but "et" gives it away). TCVN3 also
 * needs a character no Unicode Vietnamese word has, since its ambiguous letters (é = ộ, ê = ờ)
 * are common in Unicode text; VNI's letter-then-mark pairs ("aù") are themselves the signature.
 */
function isConfident(e: Evidence, encoding: LegacyEncoding): boolean {
  return (
    e.distinctGood.size >= 2 &&
    e.bad * 4 <= e.good &&
    e.vietnamese >= 0.7 * e.words &&
    (encoding === 'vni' || e.strong >= 1)
  );
}

/**
 * Says which legacy encoding a text is in, or null when it is not confidently legacy text
 * (Unicode Vietnamese, English, French… and too-short samples all give null). For a table, pass
 * the text of many cells joined by newlines: more words give more evidence.
 * @example detectLegacyEncoding('Céng hßa x· héi chñ nghÜa ViÖt Nam') → 'tcvn3'
 * @example detectLegacyEncoding('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam') → 'vni'
 * @example detectLegacyEncoding('Cộng hòa xã hội chủ nghĩa Việt Nam') → null
 * @example detectLegacyEncoding('Un café à São Paulo') → null
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  // Both encodings always use Latin-1 letters or signs (U+00A0–U+00FF): without any, no work.
  if (typeof text !== 'string' || !LATIN1_SUPPLEMENT.test(text)) return null;
  const tcvn3 = gatherEvidence(text, 'tcvn3');
  const vni = gatherEvidence(text, 'vni');
  const tcvn3Ok = isConfident(tcvn3, 'tcvn3');
  const vniOk = isConfident(vni, 'vni');
  if (tcvn3Ok && vniOk) {
    // Both readings make sense: only answer if one is clearly better.
    if (tcvn3.good >= 2 * vni.good) return 'tcvn3';
    if (vni.good >= 2 * tcvn3.good) return 'vni';
    return null;
  }
  if (tcvn3Ok) return 'tcvn3';
  if (vniOk) return 'vni';
  return null;
}

/** Options of repairLegacyText. */
export interface RepairLegacyOptions {
  /**
   * The encoding, when already known (e.g. detected once over a whole table): skips detection
   * on this text but keeps the per-line safety checks.
   */
  encoding?: LegacyEncoding;
}

/**
 * Converts legacy-encoded text to Unicode when confident, and otherwise returns it unchanged.
 * Works line by line: lines that are Unicode (ư, ơ, đ, ạ…), that hold no word that becomes
 * Vietnamese, or whose words mostly stay foreign are left as they are.
 * @example repairLegacyText('Phßng Néi vô') → { text: 'Phòng Nội vụ', encoding: 'tcvn3' }
 * @example repairLegacyText('Hà Nội') → { text: 'Hà Nội', encoding: null }
 * @example repairLegacyText('Tr­êng', { encoding: 'tcvn3' }) → { text: 'Trường', encoding: 'tcvn3' }
 */
export function repairLegacyText(
  text: string,
  options: RepairLegacyOptions = {},
): { text: string; encoding: LegacyEncoding | null } {
  if (typeof text !== 'string' || text === '') return { text: typeof text === 'string' ? text : '', encoding: null };
  const encoding = options.encoding ?? detectLegacyEncoding(text);
  if (encoding === null) return { text, encoding: null };
  const repaired = splitLines(text)
    .map((part, i) => {
      if (i % 2 === 1 || UNICODE_ONLY.test(part)) return part;
      const e = emptyEvidence();
      lineEvidence(part, encoding, e);
      return e.good >= 1 && e.bad <= e.good ? convertLine(part, encoding) : part;
    })
    .join('');
  return repaired === text ? { text, encoding: null } : { text: repaired, encoding };
}
