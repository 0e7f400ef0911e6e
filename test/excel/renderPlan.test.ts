/** The pure parts of the Office.js adapter: addresses, R1C1, the render plan, the request budget. */
import { parseAreas, parseRect, firstRowOf, withoutSheet } from '../../src/excel/a1';
import { RequestBudget, utf8Bytes } from '../../src/excel/payload';
import { a1FromR1C1, r1c1FromA1 } from '../../src/excel/r1c1';
import { areaGroups, cellNumberFormat, chartName, chartOp, columnPoints, MAX_AREAS_ADDRESS, renderPlan, tableOf, type SheetOp } from '../../src/excel/renderPlan';
import { areasOf } from '../../src/excel/styleAreas';
import { formulaCell, textCell, EMPTY, type SheetModel } from '../../src/workbook/model';
import { trackerFromSource } from '../../src/workbook/ops';
import { smallAppendix } from './appendices';

describe('A1 addresses', () => {
  it('reads ranges, whole rows and columns, with or without a sheet', () => {
    expect(parseRect("'Nhiệm vụ'!B2:D9")).toEqual({ top: 2, left: 2, bottom: 9, right: 4 });
    expect(parseRect('7:9')).toMatchObject({ top: 7, bottom: 9, left: 1 });
    expect(parseRect('C:C')).toMatchObject({ left: 3, right: 3, top: 1 });
    expect(parseRect('nonsense')).toBeNull();
    expect(withoutSheet("'It''s!'!A1")).toBe('A1');
    expect(firstRowOf('C15:D15')).toBe(15);
  });

  it('splits a RangeAreas address on commas outside quoted sheet names', () => {
    expect(parseAreas("'Kế hoạch, 2024'!A1:B4, 'Kế hoạch, 2024'!D1:D4")).toEqual([
      { top: 1, left: 1, bottom: 4, right: 2 },
      { top: 1, left: 4, bottom: 4, right: 4 },
    ]);
  });
});

describe('R1C1', () => {
  const flag = '=IF(OR($I6="Hoàn thành",ISNUMBER($J6)),"x",IF($H6<IF(ISNUMBER(NgayDanhGia),NgayDanhGia,TODAY()),"Quá hạn $H6",""))';

  it('rewrites references only, not text, names or functions', () => {
    expect(r1c1FromA1(flag, 6, 13)).toBe('=IF(OR(RC9="Hoàn thành",ISNUMBER(RC10)),"x",IF(RC8<IF(ISNUMBER(NgayDanhGia),NgayDanhGia,TODAY()),"Quá hạn $H6",""))');
    expect(r1c1FromA1('=SUM(B17:G17)+LOG10(A1)+$C$2', 17, 8)).toBe('=SUM(RC[-6]:RC[-1])+LOG10(R[-16]C[-7])+R2C3');
  });

  it('gives back each row’s own formula from the shared one', () => {
    const shared = r1c1FromA1(flag, 6, 13);
    expect(a1FromR1C1(shared, 6, 13)).toBe(flag);
    expect(a1FromR1C1(shared, 7, 13)).toBe('=IF(OR($I7="Hoàn thành",ISNUMBER($J7)),"x",IF($H7<IF(ISNUMBER(NgayDanhGia),NgayDanhGia,TODAY()),"Quá hạn $H6",""))');
  });
});

describe('render plan', () => {
  const model = trackerFromSource({ sheetName: 'PL', values: smallAppendix(), firstRow: 1, firstColumn: 1 }, {}, null).model;
  const tasks = model.sheets[0];
  const kinds = (ops: SheetOp[]): string[] => ops.map((o) => o.kind);

  it('orders number formats before values, and fills formulas before values overwrite the rest', () => {
    const k = kinds(renderPlan(tasks, { notes: true }));
    expect(k.lastIndexOf('numberFormat')).toBeLessThan(k.indexOf('values'));
    expect(k.lastIndexOf('columnFormat')).toBeLessThan(k.indexOf('numberFormat'));
    expect(k.lastIndexOf('formulaFill')).toBeLessThan(k.indexOf('values'));
    expect(k.indexOf('table')).toBeGreaterThan(k.lastIndexOf('values'));
  });

  it('sends a column of per-row formulas as one R1C1 fill, and never a formula through values', () => {
    const ops = renderPlan(tasks, { notes: false });
    const formulaColumns = new Set(tasks.rows.flatMap((r) => r.cells.map((c, i) => (c.value.type === 'formula' && r.role === 'task' ? i + 1 : 0))).filter(Boolean));
    const fills = ops.filter((o) => o.kind === 'formulaFill');
    expect(fills.map((f) => f.kind === 'formulaFill' && f.rect.left).sort()).toEqual([...formulaColumns].sort());
    const values = ops.filter((o): o is Extract<SheetOp, { kind: 'values' }> => o.kind === 'values');
    for (const v of values) for (const row of v.grid) for (const cell of row) expect(typeof cell === 'string' && cell.startsWith('=IF(')).toBe(false);
  });

  it('makes text cells "@" and keeps formulas out of "@" cells', () => {
    expect(cellNumberFormat(textCell('1.1'), undefined)).toBe('@');
    expect(cellNumberFormat(textCell('x'), '@')).toBeNull();
    expect(cellNumberFormat(formulaCell('=SUM(A1:A2)'), '@')).toBe('General');
    expect(cellNumberFormat(EMPTY, '@')).toBeNull();
  });

  it('ends a formula fill at a cell holding a value', () => {
    const sheet: SheetModel = {
      name: 'S',
      columns: [{ key: 'a', width: 8 }],
      rows: [formulaCell('=B1'), formulaCell('=B2'), textCell('tổng'), formulaCell('=B4'), formulaCell('=B5')].map((c) => ({ role: 'task' as const, cells: [c] })),
      frozenRows: 0,
      validations: [],
      conditionalFormats: [],
    };
    const fills = renderPlan(sheet, { notes: false }).filter((o) => o.kind === 'formulaFill');
    expect(fills.map((f) => f.kind === 'formulaFill' && [f.rect.top, f.rect.bottom, f.r1c1])).toEqual([
      [1, 2, '=RC[1]'],
      [4, 5, '=RC[1]'],
    ]);
  });

  it('covers the pasted source copy’s scattered blanks with one rectangle per style', () => {
    const copy = model.sheets.find((s) => s.name.startsWith('Nguồn'))!;
    expect(areasOf(copy, 'wrap')).toHaveLength(1);
    expect(areasOf(tasks, 'border')).toHaveLength(1);
  });

  it('groups equal styles into RangeAreas with short address lists', () => {
    const rects = Array.from({ length: 300 }, (_, i) => ({ top: i * 2 + 1, bottom: i * 2 + 1, left: 1, right: 15 }));
    const groups = areaGroups(rects, true);
    expect(groups.flat()).toHaveLength(300);
    for (const g of groups) expect(g.map((r) => `A${r.top}:O${r.bottom}`).join(',').length).toBeLessThanOrEqual(MAX_AREAS_ADDRESS);
    expect(areaGroups(rects, false)).toHaveLength(300);
  });

  it('makes a Table only of a known sheet with a valid header', () => {
    expect(tableOf(tasks)).toEqual({ name: 'ParNhiemVu', rect: { top: 4, left: 1, bottom: tasks.rows.length, right: tasks.table!.columnKeys.length } });
    const copy = model.sheets.find((s) => s.name.startsWith('Nguồn'))!;
    expect(tableOf(copy)).toBeNull();
  });

  it('plans a chart of the model last, under a stable name, over the cells it is anchored to', () => {
    const sheet: SheetModel = {
      name: 'Tổng hợp',
      columns: [{ key: 'a', width: 8 }],
      rows: [{ role: 'task', cells: [textCell('x')] }],
      frozenRows: 0,
      validations: [],
      conditionalFormats: [],
      charts: [{ title: 'T', categories: 'A6:A13', series: [{ name: 'Chỉ số', values: 'E6:E13' }, { name: 'Mục tiêu', values: 'G6:G13' }], anchor: 'O5', widthColumns: 8, heightRows: 16, numFmt: '0%' }],
    };
    expect(renderPlan(sheet, { notes: false }).some((o) => o.kind === 'chart')).toBe(false);
    const ops = renderPlan(sheet, { notes: false, charts: true });
    expect(ops[ops.length - 1]).toEqual({
      kind: 'chart',
      name: 'PAR_IndexVsTarget',
      title: 'T',
      categories: { top: 6, left: 1, bottom: 13, right: 1 },
      series: [
        { name: 'Chỉ số', values: { top: 6, left: 5, bottom: 13, right: 5 } },
        { name: 'Mục tiêu', values: { top: 6, left: 7, bottom: 13, right: 7 } },
      ],
      position: { top: 5, left: 15, bottom: 20, right: 22 },
      numFmt: '0%',
    });
    expect(chartName('Khác', 1)).toBe('PAR_Chart2');
    expect(chartOp('S', { ...sheet.charts![0], categories: 'không phải địa chỉ' }, 0)).toBeNull();
  });

  it('converts character widths to points as Excel does', () => {
    expect(columnPoints(10)).toBe(56.25);
  });
});

describe('request budget', () => {
  it('syncs before a request would pass the budget, never for the first operation', async () => {
    let syncs = 0;
    const budget = new RequestBudget(async () => void syncs++, 100);
    await budget.reserve(150);
    await budget.reserve(10);
    expect(syncs).toBe(1);
    await budget.reserve(80);
    expect(syncs).toBe(1);
    await budget.reserve(20);
    expect(syncs).toBe(2);
  });

  it('counts UTF-8 bytes of Vietnamese text', () => {
    expect(utf8Bytes('Nhiệm vụ')).toBe(12);
  });
});
