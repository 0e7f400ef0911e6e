/**
 * Cleaning of the text of one table cell, as found in real appendices: HTML remnants, character
 * references, decomposed Unicode and untidy white space.
 */
import { stripHtmlRemnants } from './htmlRemnants';
import { tidyWhitespace } from './whitespace';

/**
 * Cleans the text of one cell:
 *  - HTML remnants removed, keeping their structure: <p> and <br> become line breaks, list
 *    items become "- " lines (also the "<ul> - item. - item" form real appendices have);
 *  - character references decoded (&amp; &nbsp; &lt; &#NNN; …);
 *  - white space tidied (one space between words, trimmed lines, no blank lines);
 *  - NFC normalisation, so that decomposed input ("a" + U+0300) compares equal to composed.
 * Text that merely contains "<" ("< 5%", "<=") is kept as it is.
 * @example cleanCellText('<b>I.</b>') === 'I.'
 * @example cleanCellText('<p>1. Báo cáo quý;</p> <p>2. Báo cáo năm.</p>') === '1. Báo cáo quý;\n2. Báo cáo năm.'
 * @example cleanCellText('<ul style="list-style-type: none"> - Ban hành. - Kịp thời') === '- Ban hành.\n- Kịp thời'
 * @example cleanCellText('Tỷ lệ &lt; 5%&nbsp;') === 'Tỷ lệ < 5%'
 */
export function cleanCellText(raw: string): string {
  if (typeof raw !== 'string' || raw === '') return '';
  // NFC last: character references may produce combining marks ("a&#769;").
  return tidyWhitespace(stripHtmlRemnants(raw)).normalize('NFC');
}
