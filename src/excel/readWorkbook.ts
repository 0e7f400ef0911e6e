/// <reference types="office-js" />
/**
 * Reading what an operation needs in ONE `context.sync()`: the cells of some sheets (their used
 * range, or the selection), their merged areas, the names of the workbook's sheets, defined
 * names and tables, and the names of the charts on sheets known to exist.
 *
 * Three things can make that single request fail, and all get the same slower path:
 * - a sheet that may be missing is read as `getItemOrNullObject(…).getUsedRangeOrNullObject()`;
 *   Excel answers a null object for the sheet and for what hangs off it. Should a host refuse a
 *   call on a null object instead, the read is retried knowing which sheets exist;
 * - Excel on the web refuses a response over 5 MB (ResponsePayloadSizeLimitExceeded): the retry
 *   reads the sheets' extents first, then their cells in row blocks, one request each;
 * - Excel refuses merged areas of a range holding more than 512 of them: the retry reads them in
 *   blocks small enough never to hold that many, in one request that may fail on its own (the
 *   import then goes on without merges, and says so).
 * So a normal read is 1 sync; only a failed one costs more, never a wrong result.
 */
import { HostError } from '../workbook/host';
import { parseAreas, type CellRect } from './a1';

export interface ReadTarget {
  /** A sheet by name, or null for the active sheet. */
  readonly sheet: string | null;
  /** Read the selection instead of the used range (active sheet only). */
  readonly selection?: boolean;
  /** Cells wanted; false reads the extent only (first and last used row). */
  readonly values: boolean;
  readonly merges?: boolean;
}

export interface ReadResult {
  readonly sheetName: string;
  readonly exists: boolean;
  /** 1-based top-left of `values` and the size of the range read; 0 rows when the sheet is empty. */
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
  readonly values: unknown[][] | null;
  readonly merges: readonly CellRect[];
  /** Merged areas were asked for but Excel would not give them (the import goes on without). */
  readonly mergesUnread?: boolean;
}

export interface WorkbookFacts {
  readonly sheets: readonly string[];
  /** Names of the charts on the sheets a read asked about (`ReadOptions.charts`), by sheet. */
  readonly charts?: ReadonlyMap<string, readonly string[]>;
  /** Sheets with an AutoFilter on (loaded where ExcelApi 1.9 has it), so only those get one removed. */
  readonly filtered: readonly string[];
  readonly names: readonly string[];
  readonly tables: readonly { readonly name: string; readonly sheet: string }[];
}

export interface ReadOptions {
  readonly facts?: boolean;
  /** AutoFilter states with the facts (ExcelApi 1.9). */
  readonly filtersSupported?: boolean;
  /** Merged areas need ExcelApi 1.13. */
  readonly mergesSupported: boolean;
  /** Cells per request in the block-by-block retry. */
  readonly cellsPerRequest?: number;
  /** Sheets, known to exist, whose charts' names to load too (to replace ours on re-import). */
  readonly charts?: readonly string[];
}

export interface ReadOutcome {
  readonly results: ReadResult[];
  readonly facts: WorkbookFacts | null;
  /** Chart names per sheet of `ReadOptions.charts`; empty when none was asked. */
  readonly charts: ReadonlyMap<string, readonly string[]>;
}

const RANGE_FIELDS = 'rowIndex,columnIndex,rowCount,columnCount';
const DEFAULT_CELLS_PER_REQUEST = 50_000;

/** An error of the Office.js kind (it has a string `code`). */
export function officeErrorCode(e: unknown): string | null {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}

const isSizeError = (e: unknown): boolean => /PayloadSizeLimitExceeded/i.test(officeErrorCode(e) ?? '');

interface Pending {
  sheetName(): string;
  exists(): boolean;
  range(): Excel.Range | null;
  merges(): CellRect[];
}

function queueFacts(ctx: Excel.RequestContext, filters: boolean): () => WorkbookFacts {
  const sheets = ctx.workbook.worksheets.load(filters ? 'items/name,items/autoFilter/enabled' : 'items/name');
  const names = ctx.workbook.names.load('items/name');
  const tables = ctx.workbook.tables.load('items/name,items/worksheet/name');
  return () => ({
    sheets: sheets.items.map((s) => s.name),
    filtered: filters ? sheets.items.filter((s) => s.autoFilter.enabled).map((s) => s.name) : [],
    names: names.items.map((n) => n.name),
    tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
  });
}

/**
 * Queues one target. `existing` null: optional sheets through *OrNullObject (one request);
 * a set: only sheets known to exist are touched (the retry).
 */
function queueTarget(ctx: Excel.RequestContext, t: ReadTarget, existing: ReadonlySet<string> | null, withValues: boolean, opts: ReadOptions): Pending {
  const fields = withValues && t.values ? `values,${RANGE_FIELDS}` : RANGE_FIELDS;
  // Merged areas of the cells read only (never the whole sheet), and only in the one-request read:
  // the retry reads them in blocks (readMergesInBlocks).
  const mergesOf = (range: Excel.Range): Excel.RangeAreas | null => (t.merges && opts.mergesSupported && existing === null ? range.getMergedAreasOrNullObject().load('address') : null);
  if (t.sheet === null) {
    const ws = ctx.workbook.worksheets.getActiveWorksheet();
    ws.load('name');
    // A selection is cut to the used range: whole columns selected are a million empty rows.
    const range = t.selection ? ctx.workbook.getSelectedRange().getIntersectionOrNullObject(ws.getUsedRange(true)) : ws.getUsedRangeOrNullObject(true);
    range.load(fields);
    const merges = mergesOf(range);
    return {
      sheetName: () => ws.name,
      exists: () => true,
      range: () => (range.isNullObject ? null : range),
      merges: () => (merges && !range.isNullObject && !merges.isNullObject ? parseAreas(merges.address) : []),
    };
  }
  const name = t.sheet;
  if (existing && !existing.has(name)) {
    return { sheetName: () => name, exists: () => false, range: () => null, merges: () => [] };
  }
  const ws = existing ? ctx.workbook.worksheets.getItem(name) : ctx.workbook.worksheets.getItemOrNullObject(name);
  const used = ws.getUsedRangeOrNullObject(true);
  used.load(fields);
  const merges = mergesOf(used);
  // isNullObject is only read on *OrNullObject proxies; a sheet got with getItem exists.
  const missing = (): boolean => existing === null && ws.isNullObject;
  return {
    sheetName: () => name,
    exists: () => !missing(),
    range: () => (missing() || used.isNullObject ? null : used),
    merges: () => (merges && !missing() && !used.isNullObject && !merges.isNullObject ? parseAreas(merges.address) : []),
  };
}

/** Excel returns at most this many merged areas per call; a block of this many cells cannot hold more. */
const MERGED_AREAS_PER_CALL = 511;

/**
 * The retry's merged areas: the cells read, cut into row blocks of at most 511 cells (so no call
 * can meet Excel's 512-area limit), all in one request. Should Excel still refuse, the import goes
 * on without merges and says so (mergesUnread), rather than failing.
 */
async function readMergesInBlocks(ctx: Excel.RequestContext, ranges: readonly { sheet: Excel.Worksheet; range: Excel.Range }[]): Promise<{ merges: CellRect[][]; unread: boolean }> {
  const queued = ranges.map(({ sheet, range }) => {
    const rowsPerBlock = Math.max(1, Math.floor(MERGED_AREAS_PER_CALL / Math.max(1, range.columnCount)));
    const blocks: Excel.RangeAreas[] = [];
    for (let r = 0; r < range.rowCount; r += rowsPerBlock) {
      const n = Math.min(rowsPerBlock, range.rowCount - r);
      blocks.push(sheet.getRangeByIndexes(range.rowIndex + r, range.columnIndex, n, range.columnCount).getMergedAreasOrNullObject().load('address'));
    }
    return blocks;
  });
  if (queued.every((b) => b.length === 0)) return { merges: ranges.map(() => []), unread: false };
  try {
    await ctx.sync();
  } catch (e) {
    if (officeErrorCode(e) === null) throw e;
    return { merges: ranges.map(() => []), unread: true };
  }
  return { merges: queued.map((blocks) => joinBlocks(blocks.flatMap((b) => (b.isNullObject ? [] : parseAreas(b.address))))), unread: false };
}

/** An area crossing a block edge comes back once per block: the pieces are put back together. */
function joinBlocks(pieces: CellRect[]): CellRect[] {
  const out: CellRect[] = [];
  for (const p of [...pieces].sort((a, b) => a.left - b.left || a.right - b.right || a.top - b.top)) {
    const prev = out[out.length - 1];
    if (prev && prev.left === p.left && prev.right === p.right && prev.bottom + 1 === p.top) out[out.length - 1] = { ...prev, bottom: p.bottom };
    else out.push(p);
  }
  return out;
}

/** Queues loading the chart names of sheets known to exist. */
function queueCharts(ctx: Excel.RequestContext, sheets: readonly string[]): () => Map<string, readonly string[]> {
  const loaded = sheets.map((name) => [name, ctx.workbook.worksheets.getItem(name).charts.load('items/name')] as const);
  return () => new Map(loaded.map(([name, charts]) => [name, charts.items.map((c) => c.name)]));
}

function resultOf(p: Pending, values: unknown[][] | null, wantValues: boolean): ReadResult {
  const range = p.range();
  const base = { sheetName: p.sheetName(), exists: p.exists(), merges: p.merges() };
  if (!range) return { ...base, top: 1, left: 1, rows: 0, columns: 0, values: wantValues ? [] : null };
  return {
    ...base,
    top: range.rowIndex + 1,
    left: range.columnIndex + 1,
    rows: range.rowCount,
    columns: range.columnCount,
    values: wantValues ? (values ?? range.values) : null,
  };
}

async function readInOne(ctx: Excel.RequestContext, targets: readonly ReadTarget[], opts: ReadOptions): Promise<ReadOutcome> {
  const facts = opts.facts ? queueFacts(ctx, opts.filtersSupported === true) : null;
  const pending = targets.map((t) => queueTarget(ctx, t, null, true, opts));
  const charts = queueCharts(ctx, opts.charts ?? []);
  await ctx.sync();
  return { results: pending.map((p, i) => resultOf(p, null, targets[i].values)), facts: facts ? facts() : null, charts: charts() };
}

/** The retry: which sheets exist, then extents, then cells block by block (halving a block the host still finds too large). */
async function readInSteps(ctx: Excel.RequestContext, targets: readonly ReadTarget[], opts: ReadOptions): Promise<ReadOutcome> {
  const factsOf = queueFacts(ctx, opts.filtersSupported === true);
  await ctx.sync();
  const facts = factsOf();
  const existing = new Set(facts.sheets);
  const pending = targets.map((t) => queueTarget(ctx, t, existing, false, opts));
  const charts = queueCharts(ctx, (opts.charts ?? []).filter((s) => existing.has(s)));
  await ctx.sync();
  const results: ReadResult[] = [];
  const withMerges = pending.flatMap((p, i) => {
    const range = p.range();
    if (!targets[i].merges || !opts.mergesSupported || !range) return [];
    const t = targets[i];
    const sheet = t.sheet === null ? ctx.workbook.worksheets.getActiveWorksheet() : ctx.workbook.worksheets.getItem(t.sheet);
    return [{ index: i, sheet, range }];
  });
  const blockMerges = await readMergesInBlocks(ctx, withMerges);
  const mergesAt = new Map(withMerges.map((w, k) => [w.index, blockMerges.merges[k]]));
  const budget = opts.cellsPerRequest ?? DEFAULT_CELLS_PER_REQUEST;
  for (const [i, p] of pending.entries()) {
    const t = targets[i];
    const range = p.range();
    const merged = (r: ReadResult): ReadResult => (mergesAt.has(i) ? { ...r, merges: mergesAt.get(i)!, ...(blockMerges.unread ? { mergesUnread: true } : {}) } : r);
    if (!t.values || !range) {
      results.push(merged(resultOf(p, null, t.values)));
      continue;
    }
    const values: unknown[][] = [];
    const sheet = t.sheet === null ? ctx.workbook.worksheets.getActiveWorksheet() : ctx.workbook.worksheets.getItem(t.sheet);
    let rowsPerBlock = Math.max(1, Math.floor(budget / Math.max(1, range.columnCount)));
    let r = 0;
    while (r < range.rowCount) {
      const n = Math.min(rowsPerBlock, range.rowCount - r);
      const block = sheet.getRangeByIndexes(range.rowIndex + r, range.columnIndex, n, range.columnCount).load('values');
      try {
        await ctx.sync();
      } catch (e) {
        if (isSizeError(e) && n > 1) {
          rowsPerBlock = Math.max(1, Math.floor(n / 2));
          continue;
        }
        throw e;
      }
      values.push(...block.values);
      r += n;
    }
    results.push(merged(resultOf(p, values, true)));
  }
  return { results, facts: opts.facts ? facts : null, charts: charts() };
}

/**
 * Reads the targets (and the workbook's names when `facts`): one sync normally, see above.
 * An error that is not Office's own (a bug of ours) is never retried.
 */
export async function readWorkbook(ctx: Excel.RequestContext, targets: readonly ReadTarget[], opts: ReadOptions): Promise<ReadOutcome> {
  try {
    return await readInOne(ctx, targets, opts);
  } catch (e) {
    const code = officeErrorCode(e);
    if (code === null || code === 'InvalidSelection') throw e;
    return readInSteps(ctx, targets, opts);
  }
}

/** A read's cells as the workbook ops want them: a grid from A1, blank rows/columns above and left of the used range included. */
export function gridFromA1(r: ReadResult): unknown[][] {
  if (!r.values || r.rows === 0) return [];
  const pad = Array<unknown>(r.left - 1).fill('');
  return [...Array.from({ length: r.top - 1 }, () => [] as unknown[]), ...r.values.map((row) => [...pad, ...row])];
}

/** The Office error an operation hit, as a message the pane shows. */
export function hostErrorOf(e: unknown, what: string): HostError | unknown {
  if (e instanceof HostError) return e;
  const code = officeErrorCode(e);
  if (code === null) return e;
  const detail = (e as { message?: string }).message ?? code;
  if (code === 'InvalidSelection') return new HostError(`${what}: vùng đang chọn không phải một vùng ô.`, 'Chọn một vùng ô (không chọn biểu đồ, hình) rồi thử lại.');
  if (/PayloadSizeLimitExceeded/i.test(code)) return new HostError(`${what}: dữ liệu quá lớn cho một lần gửi (${code}).`, 'Chọn một vùng nhỏ hơn rồi thử lại.');
  return new HostError(`${what}: Excel báo lỗi "${detail}" (${code}).`, 'Thử lại; nếu vẫn lỗi, lưu bảng tính, mở lại rồi thử lại.');
}
