/**
 * Cleaning of the text of one table cell, as found in real appendices: HTML remnants, character
 * references, decomposed Unicode and untidy white space.
 */
import { stripHtmlRemnants } from './htmlRemnants';
import { tidyWhitespace } from './whitespace';

/** Anything the full cleaning would change: markup, references, line breaks, odd or doubled spaces. */
 
const NEEDS_CLEANING = /[<&\n\r\t\u0000-\u0008\u000b-\u001f\u007f\u0085\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]| {2}|^ | $/;

/**
 * Cleans the text of one cell:
 *  - HTML remnants removed, keeping their structure: <p> and <br> become line breaks, list
 *    items become "- " lines (also the "<ul> - item. - item" form real appendices have);
 *  - character references decoded (&amp; &nbsp; &lt; &#NNN; …);
 *  - white space tidied (one space between words, trimmed lines, no blank lines);
 *  - NFC normalisation, so that decomposed input ("a" + U+0300) compares equal to composed.
 * Text that merely contains "<" ("< 5%", "<=") is kept as it is.
 * @example cleanCellText('<b>I.</b>') → 'I.'
 * @example cleanCellText('<p>1. Báo cáo quý;</p> <p>2. Báo cáo năm.</p>') → '1. Báo cáo quý;\n2. Báo cáo năm.'
 * @example cleanCellText('<ul style="list-style-type: none"> - Ban hành. - Kịp thời') → '- Ban hành.\n- Kịp thời'
 * @example cleanCellText('Tỷ lệ &lt; 5%&nbsp;') → 'Tỷ lệ < 5%'
 */
export function cleanCellText(raw: string): string {
  if (typeof raw !== 'string' || raw === '') return '';
  // Most cells are one clean line already: skip the HTML and white-space passes for them.
  if (!NEEDS_CLEANING.test(raw)) return raw.normalize('NFC');
  // NFC last: character references may produce combining marks ("a&#769;").
  return tidyWhitespace(stripHtmlRemnants(raw)).normalize('NFC');
}
