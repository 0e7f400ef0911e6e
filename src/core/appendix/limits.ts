/**
 * The largest input an import takes. A plan's appendix has tens to a few thousand rows; these
 * bounds are far above that and far below what would exhaust memory (a 1,000,000-row file is
 * refused in one line rather than crashing), and every surface refuses the same way
 * (docs/reimport.md, "Bad input").
 */
export const IMPORT_LIMITS = {
  /** Bytes of a file (text or .xlsx/.docx). */
  bytes: 50 * 1024 * 1024,
  /** Rows of the table (lines of a text file). */
  rows: 200_000,
  /** Cells of the table read. */
  cells: 2_000_000,
} as const;

export type LimitKind = keyof typeof IMPORT_LIMITS;

/** The first limit a table of `rows` × `cells` passes, or null when it fits. */
export function overLimit(size: { bytes?: number; rows?: number; cells?: number }): { kind: LimitKind; size: number; limit: number } | null {
  for (const kind of ['bytes', 'rows', 'cells'] as const) {
    const n = size[kind];
    if (n !== undefined && n > IMPORT_LIMITS[kind]) return { kind, size: n, limit: IMPORT_LIMITS[kind] };
  }
  return null;
}
