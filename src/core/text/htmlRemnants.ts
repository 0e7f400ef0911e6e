/**
 * Removal of the HTML left in cells of real appendices ("<b>I.</b>", "<p>…</p>",
 * "<ul style=…> - Ban hành …", "<br>"), keeping the line structure that the markup expressed:
 * paragraphs and breaks become line breaks, list items become "- " lines.
 *
 * Only well-formed tags with a known HTML element name are touched, so text that merely
 * contains "<" ("< 5%", "<=", "<Tên đơn vị>") is left alone.
 */
import { decodeHtmlEntities } from './htmlEntities';

/** Elements whose tags stand for a line break (before and after their content). */
const BLOCK = new Set([
  'address', 'article', 'blockquote', 'body', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'ol', 'p',
  'pre', 'section', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
/** Elements whose tags simply vanish (their content stays in the running text). */
const INLINE = new Set([
  'a', 'abbr', 'b', 'big', 'center', 'cite', 'code', 'col', 'colgroup', 'del', 'dfn', 'em', 'font',
  'head', 'i', 'img', 'ins', 'kbd', 'mark', 'meta', 'q', 's', 'samp', 'small', 'span', 'strike',
  'strong', 'sub', 'sup', 'td', 'th', 'tt', 'u', 'var', 'wbr',
]);
/** Table cells inside a cell: separated by a space rather than glued together. */
const CELL = new Set(['td', 'th']);

/**
 * A comment, or a tag: "<", optional "/", an element name (Word's "o:p" included), attributes
 * that start after white space and contain no "<" or ">", optional "/", ">".
 */
const TAG_RE = /<!--[\s\S]*?-->|<(\/?)([A-Za-z][A-Za-z0-9]*(?::[A-Za-z][A-Za-z0-9-]*)?)(\s[^<>]*)?\/?>/g;

interface ListState {
  ordered: boolean;
  items: number;
  /** Whether <li> tags were seen: without them the items are inline " - " runs (see below). */
  hasItems: boolean;
}

/**
 * Real appendices have "<ul style="list-style-type: none"> - First item. - Second item" with no
 * <li> at all: the dashes are the bullets. Inside such a list, a dash (or •, +) that opens the
 * text or follows the end of a sentence starts a new item. A dash inside a sentence
 * ("tài chính - ngân sách") does not.
 */
function splitInlineBullets(text: string, atListStart: boolean): string {
  return text.replace(/(^|[.;:!?…])[ \t\u00a0]*([-–—•+])[ \t\u00a0]+/g, (whole, before: string, dash: string, offset: number) => {
    if (before === '' && !(offset === 0 && atListStart)) return whole;
    return `${before}\n${dash === '+' ? '+' : '-'} `;
  });
}

/**
 * Turns HTML remnants into plain text with line breaks; decodes character references in the text
 * between tags (so "&lt;b&gt;" stays a literal "<b>").
 * @example stripHtmlRemnants('<b>I.</b>') → 'I.'
 * @example stripHtmlRemnants('<p>Một</p><p>Hai</p>') → '\nMột\n\nHai\n'
 * @example stripHtmlRemnants('<ul><li>A</li><li>B</li></ul>') → '\n\n- A\n\n- B\n\n'
 * @example stripHtmlRemnants('Tỷ lệ < 5%') → 'Tỷ lệ < 5%'
 */
export function stripHtmlRemnants(text: string): string {
  if (!text.includes('<')) return decodeHtmlEntities(text);
  const lists: ListState[] = [];
  let out = '';
  /** Marker of a list item whose text has not started yet ("- ", "2. "). */
  let pendingMarker = '';
  /** Whether the innermost item-less list has had any text yet. */
  let listTextSeen = false;

  const emitText = (raw: string): void => {
    let piece = decodeHtmlEntities(raw);
    const list = lists[lists.length - 1];
    if (list && !list.hasItems) {
      piece = splitInlineBullets(piece, !listTextSeen);
      if (piece.trim() !== '') listTextSeen = true;
    }
    if (pendingMarker && piece.trim() !== '') {
      piece = pendingMarker + piece.replace(/^\s+/, '');
      pendingMarker = '';
    }
    out += piece;
  };
  const emitBreak = (): void => {
    // A <p> just inside an <li> must not separate the marker from the item's text.
    if (!pendingMarker) out += '\n';
  };

  let last = 0;
  for (const m of text.matchAll(TAG_RE)) {
    const start = m.index ?? 0;
    const closing = m[1] === '/';
    const rawName = m[2];
    if (rawName === undefined) {
      // A comment: drop it.
      emitText(text.slice(last, start));
      last = start + m[0].length;
      continue;
    }
    const name = rawName.toLowerCase();
    const known = BLOCK.has(name) || INLINE.has(name) || name.includes(':');
    if (!known) continue; // "<abc>" that is not HTML stays as text
    emitText(text.slice(last, start));
    last = start + m[0].length;

    if (name === 'ul' || name === 'ol') {
      if (closing) lists.pop();
      else lists.push({ ordered: name === 'ol', items: 0, hasItems: false });
      listTextSeen = false;
      pendingMarker = '';
      out += '\n';
    } else if (name === 'li') {
      if (closing) {
        pendingMarker = '';
        out += '\n';
        continue;
      }
      const list = lists[lists.length - 1];
      out += '\n';
      if (list) {
        list.hasItems = true;
        list.items++;
        pendingMarker = list.ordered ? `${list.items}. ` : '- ';
      } else {
        pendingMarker = '- ';
      }
    } else if (BLOCK.has(name)) {
      emitBreak();
    } else if (CELL.has(name)) {
      out += ' ';
    }
    // Inline tags and namespaced Word tags ("<o:p>") just vanish.
  }
  emitText(text.slice(last));
  return out;
}
