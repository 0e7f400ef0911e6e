/**
 * White-space tidying for cell text: one kind of line break, one space between words, no blank
 * lines. Cells come from Word, PDF extraction and spreadsheets, each with its own spaces
 * (non-breaking, tabs, ideographic), line breaks (\r\n, \v from Word, U+2028) and invisible
 * characters (zero-width spaces, byte-order marks, Word's cell-end \u0007).
 */

/** Line breaks of all origins: Windows, old Mac, Word's vertical tab and form feed, Unicode. */
const LINE_BREAKS = /\r\n|[\r\u000b\u000c\u0085\u2028\u2029]/g;
/** Spaces of all widths, tabs included. */
const SPACES = /[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
/**
 * Invisible characters and control codes. The soft hyphen U+00AD is deliberately kept: in
 * legacy TCVN3 text it is the letter ư ("Tr­êng"), and repairing that text needs it.
 */
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f\u200b\u2060\ufeff]/g;

/**
 * Normalises line breaks to "\n", turns every run of spaces/tabs into one space, trims each
 * line, drops blank lines (so no leading or trailing ones either).
 * @example tidyWhitespace('  Phòng\u00a0\u00a0Nội vụ \r\n\r\n\t- Báo cáo  ') → 'Phòng Nội vụ\n- Báo cáo'
 */
export function tidyWhitespace(text: string): string {
  return text
    .replace(LINE_BREAKS, '\n')
    .replace(INVISIBLE, '')
    .split('\n')
    .map((line) => line.replace(SPACES, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
