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
 * Parses CSV/TSV text into a grid.
 * @example parseDelimited('STT,Nhiệm vụ\n1,"Ban hành, triển khai"') // [['STT','Nhiệm vụ'],['1','Ban hành, triển khai']]
 */
export function parseDelimited(text: string, delimiter?: string): Grid {
  const body = text.replace(/^\uFEFF/, '');
  const result = Papa.parse<string[]>(body, {
    delimiter: delimiter ?? sniffDelimiter(body),
    skipEmptyLines: false,
  });
  const rows = result.data.filter((r, i, all) => !(i === all.length - 1 && r.length === 1 && r[0] === ''));
  return padGrid(rows);
}
