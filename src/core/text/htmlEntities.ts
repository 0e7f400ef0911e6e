/**
 * Decoding of HTML character references ("&amp;", "&nbsp;", "&#7879;", "&#x1EC7;"), which survive
 * in cells of appendices that went through an HTML or rich-text export.
 */

/** HTML 4 names of the Latin-1 characters U+00A0…U+00FF, in code point order. */
const LATIN1_NAMES = (
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr ' +
  'deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ' +
  'ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml ' +
  'eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'
).split(' ');

/** The other named references met in office documents (punctuation, Vietnamese letters). */
const OTHER_NAMES: Readonly<Record<string, string>> = {
  quot: '"',
  amp: '&',
  apos: "'",
  lt: '<',
  gt: '>',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  sbquo: '\u201a',
  ldquo: '\u201c',
  rdquo: '\u201d',
  bdquo: '\u201e',
  bull: '\u2022',
  euro: '\u20ac',
  trade: '\u2122',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwnj: '\u200c',
  zwj: '\u200d',
  Abreve: '\u0102',
  abreve: '\u0103',
  Dstrok: '\u0110',
  dstrok: '\u0111',
  Itilde: '\u0128',
  itilde: '\u0129',
  Utilde: '\u0168',
  utilde: '\u0169',
};

const NAMED: ReadonlyMap<string, string> = new Map([
  ...LATIN1_NAMES.map((name, i): [string, string] => [name, String.fromCharCode(0xa0 + i)]),
  ...Object.entries(OTHER_NAMES),
]);

/** The number of Latin-1 names, exported for a consistency test (there must be 96). */
export const LATIN1_ENTITY_COUNT = LATIN1_NAMES.length;

function fromCodePoint(cp: number): string | undefined {
  // NUL, surrogates and out-of-range values are not characters: leave the reference as written.
  if (!Number.isInteger(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
  return String.fromCodePoint(cp);
}

/**
 * Replaces HTML character references with the characters they stand for. Unknown names and
 * malformed references are left as written ("NOTT DUNN & CO." stays as it is).
 * @example decodeHtmlEntities('Tài chính &amp; Kế hoạch') → 'Tài chính & Kế hoạch'
 * @example decodeHtmlEntities('&lt; 5%&nbsp;') → '< 5%\u00a0'
 * @example decodeHtmlEntities('Vi&#7879;t &#x4E;am') → 'Việt Nam'
 */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, ref: string) => {
    if (ref.charAt(0) === '#') {
      const hex = ref.charAt(1) === 'x' || ref.charAt(1) === 'X';
      return fromCodePoint(parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10)) ?? whole;
    }
    return NAMED.get(ref) ?? whole;
  });
}
