/**
 * Delimited text (CSV, TSV as Excel exports or copies it) → a cell grid. Papaparse handles
 * quoted cells with embedded delimiters and line breaks, which hand-splitting gets wrong.
 */
import Papa from 'papaparse';

export type Grid = string[][];

/** Pads every row to the width of the widest one, so column indexes line up. */
export function padGrid(rows: string[][]): Grid {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return rows.map((r) => (r.length < width ? [...r, ...new Array<string>(width - r.length).fill('')] : r));
}

/** Guesses the delimiter of a delimited text: tab, semicolon (Vietnamese-locale Excel) or comma. */
export function sniffDelimiter(text: string): '\t' | ';' | ',' {
  const head = text.split(/\r?\n/, 20).join('\n');
  const count = (ch: string) => head.split(ch).length - 1;
  const tabs = count('\t');
  const semis = count(';');
  const commas = count(',');
  if (tabs > 0 && tabs >= semis && tabs >= commas / 4) return '\t';
  return semis > commas ? ';' : ',';
}

/**
 * Where a stray quote opens a field, as an offset into `text`; -1 when none. A stray opening quote
 * in a cell ('"Sáng kiến …') makes a quoted field that never closes (eating every row after it)
 * or closes at the next quoted cell, on this row or a later one, with a quote not followed by a
 * delimiter or the end of the line (eating or garbling the rows between). A real quoted cell,
 * multi-line ones included (Excel quotes cells with line breaks), closes cleanly and is left alone.
 */
function strayQuote(text: string, delimiter: string): number {
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' && fieldStart) {
      const open = i;
      let closed = -1;
      for (i = i + 1; i < text.length; i++) {
        const c = text[i];
        if (c !== '"') continue;
        if (text[i + 1] === '"') {
          i++;
          continue;
        }
        closed = i;
        break;
      }
      const next = closed < 0 ? '' : (text[closed + 1] ?? '');
      const clean = closed >= 0 && (next === '' || next === delimiter || next === '\n' || next === '\r');
      if (!clean) return open;
      if (closed < 0) return -1;
      fieldStart = false;
      continue;
    }
    fieldStart = ch === delimiter || ch === '\n' || ch === '\r';
  }
  return -1;
}

export interface DelimitedRead {
  readonly grid: Grid;
  /** How many cells each row had before padding. */
  readonly widths: readonly number[];
  /** 1-based file lines with a stray opening quote (dropped, so it eats no rows). */
  readonly unclosedQuotes: readonly number[];
}

/**
 * Parses CSV/TSV text, repairing what would silently lose rows: a stray opening quote would
 * swallow the following rows into one cell, so it is dropped (and reported),
 * and the parse goes on.
 */
export function readDelimited(text: string, delimiter?: string): DelimitedRead {
  let body = text.replace(/^\uFEFF/, '');
  const delim = delimiter ?? sniffDelimiter(body);
  const unclosedQuotes: number[] = [];
  // Each pass removes one unclosed quote; a file cannot have more of them than lines.
  for (let at = strayQuote(body, delim); at >= 0; at = strayQuote(body, delim)) {
    unclosedQuotes.push(body.slice(0, at).split(/\r\n|\r|\n/).length);
    body = body.slice(0, at) + body.slice(at + 1);
  }
  const result = Papa.parse<string[]>(body, { delimiter: delim, skipEmptyLines: false });
  const rows = result.data.filter((r, i, all) => !(i === all.length - 1 && r.length === 1 && r[0] === ''));
  return { grid: padGrid(rows), widths: rows.map((r) => r.length), unclosedQuotes };
}

/**
 * Parses CSV/TSV text into a grid.
 * @example parseDelimited('STT,Nhiệm vụ\n1,"Ban hành, triển khai"') → [['STT','Nhiệm vụ'],['1','Ban hành, triển khai']]
 */
export function parseDelimited(text: string, delimiter?: string): Grid {
  return readDelimited(text, delimiter).grid;
}
