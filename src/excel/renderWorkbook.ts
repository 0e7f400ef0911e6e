/// <reference types="office-js" />
/**
 * Writes a WorkbookModel into the open workbook through Office.js: the host side of
 * `renderPlan`. Every operation is queued on one request context; the RequestBudget syncs early
 * only when Excel on the web's 5 MB request limit would be passed (never on the desktop), so the
 * whole tracker is written in one `context.sync()` whatever its size there.
 *
 * A sheet that exists is cleared in place rather than deleted and re-added, so formulas and
 * names elsewhere that point at it keep pointing at it (a deleted sheet leaves #REF!). A sheet
 * marked `ifExists: 'keep'` (Nhật ký) is not touched at all.
 *
 * Charts (Tổng hợp's index vs target) travel in the last, cosmetic request with print setup and
 * notes, after them: a host that refuses a chart loses the chart only. Clearing cells does not
 * remove a chart, so the charts of ours an earlier import left (named `PAR_…`, listed by the
 * read before) are deleted first: a re-import leaves one chart, not two.
 */
import { columnLetter, quoteSheetName, type SheetModel, type WorkbookModel } from '../workbook/model';
import { rectAddress, type CellRect } from './a1';
import { operationBytes, type RequestBudget } from './payload';
import { CHART_PREFIX, renderPlan, type SheetOp } from './renderPlan';
import type { WorkbookFacts } from './readWorkbook';
import type { StyleProperty } from './styleAreas';

export interface RenderCapabilities {
  /** ExcelApi 1.9: page layout, AutoFilter, screen-updating suspension. */
  readonly api19: boolean;
  /** ExcelApi 1.18: notes. */
  readonly notes: boolean;
  /** ExcelApi 1.8: charts with series set from ranges (1.7) and the value axis' number format (1.8). */
  readonly charts?: boolean;
}

/** The look of the tracker Tables: a plain style, so the cells' own fills (as in the CLI's workbook) show. */
export const TABLE_STYLE = 'TableStyleLight1';
const BORDER_COLOUR = '#BFBFBF';
const BORDER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

const hex = (rrggbb: string): string => `#${rrggbb.toUpperCase()}`;

/** One rectangle as a Range; several as a RangeAreas (ExcelApi 1.9), which has the same format and dataValidation. */
function rangesOf(ws: Excel.Worksheet, rects: readonly CellRect[]): Excel.Range | Excel.RangeAreas {
  return rects.length === 1 ? ws.getRange(rectAddress(rects[0])) : ws.getRanges(rects.map(rectAddress).join(','));
}

function applyStyle(range: Excel.Range | Excel.RangeAreas, property: StyleProperty, v: string | boolean, rect: CellRect): void {
  switch (property) {
    case 'bold':
      range.format.font.bold = true;
      break;
    case 'italic':
      range.format.font.italic = true;
      break;
    case 'fontColor':
      range.format.font.color = hex(String(v));
      break;
    case 'fill':
      range.format.fill.color = hex(String(v));
      break;
    case 'wrap':
      range.format.wrapText = true;
      break;
    case 'hAlign':
      range.format.horizontalAlignment = v === 'center' ? 'Center' : v === 'right' ? 'Right' : 'Left';
      break;
    case 'vAlign':
      range.format.verticalAlignment = v === 'middle' ? 'Center' : 'Top';
      break;
    case 'border': {
      const edges: string[] = [...BORDER_EDGES];
      if (rect.bottom > rect.top) edges.push('InsideHorizontal');
      if (rect.right > rect.left) edges.push('InsideVertical');
      for (const edge of edges) {
        const border = range.format.borders.getItem(edge as Excel.BorderIndex);
        border.style = 'Continuous';
        border.color = BORDER_COLOUR;
      }
      break;
    }
  }
}

/** Queues one operation of the plan on the sheet. Untyped single values: Office.js applies them to every cell of the range. */
export function applyOp(ws: Excel.Worksheet, op: SheetOp, tableNames: ReadonlyMap<string, string>): void {
  const block = (top: number, left: number, grid: readonly unknown[][]): Excel.Range => ws.getRangeByIndexes(top - 1, left - 1, grid.length, grid[0]?.length ?? 0);
  switch (op.kind) {
    case 'columnFormat': {
      const letter = columnLetter(op.column);
      (ws.getRange(`${letter}:${letter}`) as unknown as { numberFormat: unknown }).numberFormat = op.numFmt;
      break;
    }
    case 'columnWidth': {
      const letter = columnLetter(op.column);
      ws.getRange(`${letter}:${letter}`).format.columnWidth = op.points;
      break;
    }
    case 'numberFormat':
      block(op.top, op.left, op.grid).numberFormat = op.grid as string[][];
      break;
    case 'values':
      block(op.top, op.left, op.grid).values = op.grid as unknown[][];
      break;
    case 'formulas':
      block(op.top, op.left, op.grid).formulas = op.grid;
      break;
    case 'formulaFill':
      (ws.getRange(rectAddress(op.rect)) as unknown as { formulasR1C1: unknown }).formulasR1C1 = op.r1c1;
      break;
    case 'style':
      applyStyle(rangesOf(ws, op.rects), op.property, op.value, op.rects[0]);
      break;
    case 'validation': {
      const dv = rangesOf(ws, op.rects).dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: op.values.join(',') } };
      dv.ignoreBlanks = op.allowBlank;
      dv.errorAlert = { showAlert: true, style: 'Stop', title: op.title, message: op.message };
      break;
    }
    case 'conditionalFormat': {
      const cf = ws.getRange(rectAddress(op.rect)).conditionalFormats.add('Custom');
      cf.custom.rule.formula = op.formula;
      cf.custom.format.fill.color = hex(op.fill);
      if (op.fontColor) cf.custom.format.font.color = hex(op.fontColor);
      cf.priority = op.priority;
      break;
    }
    case 'table': {
      // A Range of this sheet, never an address: Excel reads a bare address on the ACTIVE sheet.
      const table = ws.tables.add(ws.getRange(rectAddress(op.rect)), true);
      table.name = tableNames.get(op.name) ?? op.name;
      table.style = TABLE_STYLE;
      table.showBandedRows = false;
      break;
    }
    case 'autoFilter':
      ws.autoFilter.apply(ws.getRange(rectAddress(op.rect)));
      break;
    case 'freezeRows':
      ws.freezePanes.freezeRows(op.rows);
      break;
    case 'merge':
      ws.getRange(rectAddress(op.rect)).merge(false);
      break;
    case 'autofitRows':
      ws.getRange(`${op.top}:${op.bottom}`).format.autofitRows();
      break;
    case 'page': {
      const layout = ws.pageLayout;
      layout.orientation = op.setup.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      layout.paperSize = 'A4';
      if (op.setup.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (op.setup.repeatRows) layout.setPrintTitleRows(`$${op.setup.repeatRows.first}:$${op.setup.repeatRows.last}`);
      break;
    }
    case 'note':
      ws.notes.add(ws.getRange(`${columnLetter(op.column)}${op.row}`), op.text);
      break;
    case 'chart': {
      const range = (r: CellRect): Excel.Range => ws.getRange(rectAddress(r));
      // Made from the first series' values, then every series set explicitly: what Excel would
      // guess from the range (a text first cell taken as the series name…) does not matter.
      const chart = ws.charts.add('ColumnClustered', range(op.series[0].values), 'Columns');
      chart.name = op.name;
      chart.title.text = op.title;
      op.series.forEach((s, i) => {
        const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
        series.name = s.name;
        series.setValues(range(s.values));
        series.setXAxisValues(range(op.categories));
      });
      if (op.numFmt) chart.axes.valueAxis.numberFormat = op.numFmt;
      chart.legend.position = 'Bottom';
      const p = op.position;
      chart.setPosition(rectAddress({ top: p.top, left: p.left, bottom: p.top, right: p.left }), rectAddress({ top: p.bottom, left: p.right, bottom: p.bottom, right: p.right }));
      break;
    }
    case 'deleteChart':
      ws.charts.getItem(op.name).delete();
      break;
  }
}

/** Operations that only make the sheet nicer (printing, hover notes, charts): a host lacking them must not fail the import. */
export const isCosmetic = (op: SheetOp): boolean => op.kind === 'page' || op.kind === 'note' || op.kind === 'chart' || op.kind === 'deleteChart';

/** Clears a sheet that is being replaced: tables back to ranges first, so the new Table can take their place. */
function clearSheet(ctx: Excel.RequestContext, ws: Excel.Worksheet, sheetName: string, facts: WorkbookFacts): void {
  for (const t of facts.tables) if (t.sheet === sheetName) ctx.workbook.tables.getItem(t.name).convertToRange();
  if (facts.filtered.includes(sheetName)) ws.autoFilter.remove();
  const all = ws.getRange();
  all.conditionalFormats.clearAll();
  all.dataValidation.clear();
  all.clear('All');
  ws.freezePanes.unfreeze();
}

/**
 * The Table names to use: ours, unless a table elsewhere (not on a sheet being replaced)
 * already has the name, then with a number.
 */
function tableNamesFor(model: WorkbookModel, facts: WorkbookFacts): Map<string, string> {
  const replaced = new Set(model.sheets.filter((s) => s.ifExists !== 'keep').map((s) => s.name));
  const taken = new Set(facts.tables.filter((t) => !replaced.has(t.sheet)).map((t) => t.name.toLowerCase()));
  const out = new Map<string, string>();
  for (const name of ['ParNhiemVu', 'ParChiTieu', 'ParNhatKy']) {
    let candidate = name;
    for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${name}${i}`;
    out.set(name, candidate);
  }
  return out;
}

export interface RenderResult {
  /** Sheets written (created or replaced); kept ones are not listed. */
  readonly written: readonly string[];
  /** Operations queued for a last, separate request (see isCosmetic), the charts last. */
  readonly cosmetic: readonly { readonly sheet: string; readonly op: SheetOp }[];
}

/**
 * Queues the whole workbook on `ctx` through `budget`, syncing early only as it requires; the
 * caller flushes the budget at the end (a request Excel refuses for its size is sent again in parts). `facts` is what the read before it found (sheets, names, tables).
 */
export async function renderWorkbook(
  ctx: Excel.RequestContext,
  model: WorkbookModel,
  facts: WorkbookFacts,
  budget: RequestBudget,
  caps: RenderCapabilities,
  onSheet?: (sheet: SheetModel, index: number) => void,
): Promise<RenderResult> {
  const existing = new Set(facts.sheets);
  const tableNames = tableNamesFor(model, facts);
  const written: string[] = [];
  const cosmetic: { sheet: string; op: SheetOp }[] = [];
  // Last of all: a chart that fails stops only what comes after it in the request.
  const charts: { sheet: string; op: SheetOp }[] = [];
  for (const [index, sheet] of model.sheets.entries()) {
    onSheet?.(sheet, index);
    const exists = existing.has(sheet.name);
    if (exists && sheet.ifExists === 'keep') continue;
    let ws!: Excel.Worksheet;
    await budget.queue(operationBytes(sheet.name) * 6, () => {
      // Sent again (after a refusal for size), it does again what was never applied.
      ws = exists ? ctx.workbook.worksheets.getItem(sheet.name) : ctx.workbook.worksheets.add(sheet.name);
      if (exists) clearSheet(ctx, ws, sheet.name, facts);
    });
    if (exists && caps.charts) {
      for (const name of facts.charts?.get(sheet.name) ?? []) {
        if (name.startsWith(CHART_PREFIX)) charts.push({ sheet: sheet.name, op: { kind: 'deleteChart', name } });
      }
    }
    for (const op of renderPlan(sheet, { notes: caps.notes && !exists, areas: caps.api19, charts: caps.charts === true })) {
      // ws.autoFilter and ws.pageLayout are ExcelApi 1.9: older hosts go without.
      if ((op.kind === 'autoFilter' || op.kind === 'page') && !caps.api19) continue;
      if (op.kind === 'chart' || op.kind === 'deleteChart') {
        charts.push({ sheet: sheet.name, op });
        continue;
      }
      if (isCosmetic(op)) {
        cosmetic.push({ sheet: sheet.name, op });
        continue;
      }
      await budget.queue(operationBytes(op), (fresh) => applyOp(fresh ? ctx.workbook.worksheets.getItem(sheet.name) : ws, op, tableNames));
    }
    written.push(sheet.name);
  }
  for (const n of model.definedNames) {
    await budget.queue(operationBytes(n) * 2, () => {
      // Names compare case-insensitively in Excel.
      if (facts.names.some((x) => x.toLowerCase() === n.name.toLowerCase())) ctx.workbook.names.getItem(n.name).delete();
      ctx.workbook.names.add(n.name, `=${quoteSheetName(n.sheet)}!${n.ref}`);
    });
  }
  return { written, cosmetic: [...cosmetic, ...charts] };
}
