/**
 * A structural check of Vietnamese syllables (onset + rhyme + at most one tone), used to judge
 * whether a legacy-encoding conversion produced Vietnamese or garbage. Vietnamese writes one
 * syllable per word, with a small closed set of onsets and rhymes and strict spelling rules
 * (c/k/q, g/gh, ng/ngh), so garbled text almost never passes by accident.
 *
 * The check is deliberately generous about rare-but-real rhymes (a false "invalid" on a genuine
 * conversion only weakens the evidence) and strict about spelling rules and tone placement (which
 * are what tell "Cộng" from "Céng").
 */

/** Combining tone marks (after NFD): huyền, sắc, ngã, hỏi, nặng. */
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const ACUTE = '\u0301';
const DOT_BELOW = '\u0323';
/** Combining marks that shape a vowel letter, and the bases they may sit on. */
const SHAPE_MARKS: Readonly<Record<string, string>> = {
  '\u0306': 'a', // breve: ă
  '\u0302': 'aeo', // circumflex: â ê ô
  '\u031b': 'ou', // horn: ơ ư
};
const PLAIN_VOWELS = 'aeiouy';

/** Longest first, so that "ngh" wins over "ng" and "n". */
const ONSETS = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'th', 'tr', 'qu',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', '',
];

/** Rhymes without a final consonant. */
const OPEN_RHYMES = new Set(
  (
    'a e ê i o ô ơ u ư y ai ao au âu ay ây eo êu ia iu oa oe oi ôi ơi ua uê ui uơ uy ưa ưi ưu ' +
    'iêu yêu oai oao oay oeo uây uôi ươi ươu uya uyu'
  ).split(' '),
);

/**
 * Nuclei that take a final consonant, with the finals each allows. "k" finals are kept for the
 * Central Highlands place names (Đắk Lắk) that appear in provincial plans.
 */
const CLOSED_RHYMES: Readonly<Record<string, string>> = {
  a: 'c ch k m n ng nh p t',
  ă: 'c k m n ng p t',
  â: 'c k m n ng p t',
  e: 'c k m n ng p t',
  ê: 'ch k m n nh p t',
  i: 'ch m n nh p t',
  o: 'c k m n ng p t',
  ô: 'c k m n ng p t',
  ơ: 'k m n p t',
  u: 'c k m n ng p t',
  ư: 'c k m n ng t',
  oa: 'c ch m n ng nh p t',
  oă: 'c m n ng t',
  oe: 'n t',
  oo: 'c ng',
  uâ: 'n ng t',
  uê: 'ch nh n t',
  uy: 'ch n nh p t',
  iê: 'c m n ng p t',
  yê: 'm n ng t',
  uô: 'c m n ng t',
  ươ: 'c m n ng p t',
  uyê: 'n t',
};
const STOP_FINALS = new Set(['c', 'ch', 'k', 'p', 't']);

const RHYMES: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const rhyme of OPEN_RHYMES) map.set(rhyme, '');
  for (const [nucleus, finals] of Object.entries(CLOSED_RHYMES)) {
    for (const final of finals.split(' ')) map.set(nucleus + final, final);
  }
  return map;
})();

const LETTERS = /^[abcdđeghiklmnopqrstuvxyăâêôơư]+$/;
const FRONT_VOWELS = 'eêiy';

/**
 * Strips the tone from a lower-case word, checking on the way that every accent is Vietnamese
 * and sits on a letter that can carry it. Returns null for anything that is not.
 */
function splitTone(word: string): { base: string; tone: string; toneAt: number } | null {
  let tone = '';
  let toneAt = -1;
  let lastBase = '';
  let base = '';
  let letters = 0;
  for (const ch of word.normalize('NFD')) {
    if (TONE_MARKS.has(ch)) {
      if (tone || !PLAIN_VOWELS.includes(lastBase)) return null;
      tone = ch;
      toneAt = letters - 1;
    } else if (ch in SHAPE_MARKS) {
      if (!SHAPE_MARKS[ch].includes(lastBase)) return null;
      base += ch;
    } else if (ch >= '\u0300' && ch <= '\u036f') {
      return null; // diaeresis, ring, cedilla…: not Vietnamese
    } else {
      lastBase = ch;
      base += ch;
      letters++;
    }
  }
  return { base: base.normalize('NFC'), tone, toneAt };
}

/** Rhymes whose tone may sit on either vowel (old "hoà" and new "hòa" styles both exist). */
const FREE_TONE_RHYMES = new Set(['oa', 'oe', 'uê', 'uơ', 'uy']);

/**
 * Whether the tone sits where Vietnamese puts it: on the last vowel before a final consonant
 * ("toán", "tiến"), never on a closing glide ("xáo", not "xaó"), on the first vowel of ia/ua/ưa
 * ("múa"). Legacy garbage often puts an accent on a glide: VNI "xaõ" is not Unicode "xaõ".
 * @param toneAt index of the toned vowel within the rhyme, -1 when there is no tone.
 */
function toneFits(rhyme: string, final: string, toneAt: number): boolean {
  if (toneAt < 0) return true;
  const vowels = rhyme.length - final.length;
  if (toneAt >= vowels) return false;
  if (final !== '') return toneAt === vowels - 1;
  if (vowels === 1 || FREE_TONE_RHYMES.has(rhyme)) return true;
  // Open rhymes: the tone is on the nucleus, which is never the last vowel of a 2-3 vowel rhyme
  // except in the free rhymes above (ia/ua/ưa: on the first; ai, ươi, oai…: before the glide).
  if (rhyme === 'ia' || rhyme === 'ua' || rhyme === 'ưa') return toneAt === 0;
  return toneAt < vowels - 1;
}

/** Vietnamese spelling rules for the onset before a given rhyme. */
function onsetFits(onset: string, rhyme: string): boolean {
  const first = rhyme.charAt(0);
  const front = first !== '' && FRONT_VOWELS.includes(first);
  switch (onset) {
    case 'c':
    case 'ng':
      return !front;
    case 'g':
      return first !== 'e' && first !== 'ê';
    case 'k':
    case 'gh':
    case 'ngh':
      return front;
    case 'qu':
      return first !== 'u' && first !== 'ư';
    case 'gi':
      return first !== 'i';
    default:
      return true;
  }
}

/**
 * Whether a single word is a well-formed Vietnamese syllable (case-insensitive). Foreign words,
 * acronyms and legacy-encoding garbage are not.
 * @example isVietnameseSyllable('Nghiêng') → true
 * @example isVietnameseSyllable('khuya') → true
 * @example isVietnameseSyllable('Céng') → false
 *   ("ce" must be spelt "ke")
 * @example isVietnameseSyllable('hoøa') → false
 * @example isVietnameseSyllable('tèt') → false
 *   (a -t syllable only takes sắc or nặng)
 */
export function isVietnameseSyllable(word: string): boolean {
  if (word.length === 0 || word.length > 8) return false;
  const split = splitTone(word.toLowerCase());
  if (!split || !LETTERS.test(split.base)) return false;
  const { base, tone, toneAt } = split;
  for (const onset of ONSETS) {
    if (!base.startsWith(onset)) continue;
    const rhyme = base.slice(onset.length);
    // "gi" alone is a whole syllable ("gì"): the i is both onset and vowel.
    if (rhyme === '' && onset === 'gi') return toneAt <= 1;
    const final = RHYMES.get(rhyme);
    if (final === undefined || !onsetFits(onset, rhyme)) continue;
    const toneInRhyme = tone === '' ? -1 : toneAt - onset.length;
    if (tone !== '' && toneInRhyme < 0) continue; // an accent on the onset ("qúa")
    if (!toneFits(rhyme, final, toneInRhyme)) continue;
    // Syllables closed by a stop consonant only carry sắc or nặng.
    if (STOP_FINALS.has(final) && tone !== ACUTE && tone !== DOT_BELOW) continue;
    return true;
  }
  return false;
}
