/**
 * The roll-up workbook's sheets, print-ready on A4 landscape: **Tổng hợp đơn vị** (one row per
 * unit: the five report states, the shares done and done on time — banded by colour —, the
 * self-assessed points and index, the rank; the total; the files left out) and **Quá hạn các đơn
 * vị** (every overdue task of every unit, with its unit and lead office). Values, not formulas: a
 * roll-up is a snapshot at its cut-off, made again on request.
 */
import { formatDmy } from '../../core/dates';
import type { RollupData } from '../../core/report/rollup';
import { EMPTY, numberCell, textCell, type Cell, type CellStyle, type ChartModel, type RowModel, type SheetModel } from '../model';
import { ROLLUP_OVERDUE_SHEET, ROLLUP_SHEET } from '../sheetNames';
import { COUNT_HEADERS, countCells } from '../report/reportSheet';

const HEAD: CellStyle = { bold: true, wrap: true, hAlign: 'center', vAlign: 'middle', fill: 'DDEBF7', border: true };
const CELL: CellStyle = { border: true, vAlign: 'top', wrap: true };
const NUM: CellStyle = { border: true, vAlign: 'top', hAlign: 'center', numFmt: '0' };
const PCT: CellStyle = { border: true, vAlign: 'top', hAlign: 'center', numFmt: '0.0%' };
const BLOCK: CellStyle = { bold: true, fontColor: '1F4E79' };

/** Colour bands of the share done on time: good, to watch, behind. */
export const ROLLUP_BANDS = [
  { from: 0.8, fill: 'C6EFCE', fontColor: '006100', vi: 'Tốt (từ 80%)' },
  { from: 0.5, fill: 'FFEB9C', fontColor: '9C5700', vi: 'Cần theo dõi (50% – dưới 80%)' },
  { from: 0, fill: 'FFC7CE', fontColor: '9C0006', vi: 'Chậm (dưới 50%)' },
] as const;

export const bandOf = (share: number | null): (typeof ROLLUP_BANDS)[number] | null =>
  share === null ? null : (ROLLUP_BANDS.find((b) => share >= b.from) ?? null);

export const UNIT_HEADERS = ['STT', 'Đơn vị', ...COUNT_HEADERS, 'Tỷ lệ đúng hạn', 'Điểm tự chấm', 'Chỉ số CCHC', 'Xếp hạng'];

const share = (n: number | null, style: CellStyle = PCT): Cell => (n === null ? textCell('', style) : numberCell(n, style));

function sheet(name: string, widths: readonly number[], rows: RowModel[], header: number, charts: ChartModel[] = []): SheetModel {
  return {
    name,
    columns: widths.map((width, i) => ({ key: `c${i + 1}`, width })),
    rows: rows.map((r) => ({ ...r, cells: [...r.cells, ...Array<Cell>(Math.max(0, widths.length - r.cells.length)).fill(EMPTY)] })),
    frozenRows: header,
    validations: [],
    conditionalFormats: [],
    page: { orientation: 'landscape', fitToWidth: true, repeatRows: { first: header, last: header } },
    ...(charts.length > 0 ? { charts } : {}),
  };
}

export function buildRollupSheets(data: RollupData): SheetModel[] {
  const cutOff = `Số liệu tính đến ngày ${formatDmy(data.asOf)}${data.year ? `; kế hoạch năm ${data.year}` : ''}; ${data.units.length} đơn vị.`;
  // ---- Tổng hợp đơn vị ----
  const rows: RowModel[] = [];
  const push = (cells: Cell[], role: RowModel['role'] = 'setting'): number => rows.push({ role, cells });
  push([textCell('TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH CỦA CÁC ĐƠN VỊ', { bold: true })], 'title');
  push([textCell(cutOff, { italic: true })]);
  push([textCell('Xếp hạng theo tỷ lệ nhiệm vụ hoàn thành đúng hạn; đơn vị bằng nhau cùng hạng.', { italic: true })]);
  const header = push(
    UNIT_HEADERS.map((h) => textCell(h, HEAD)),
    'header',
  );
  data.units.forEach((u, i) => {
    const band = bandOf(u.onTimeRate);
    const c = u.counts;
    push([
      numberCell(i + 1, NUM),
      textCell(u.unit, CELL),
      // The five states and the share done, as the report's tables show them.
      ...countCells(c),
      share(u.onTimeRate, band ? { ...PCT, bold: true, fill: band.fill, fontColor: band.fontColor } : PCT),
      u.points === null ? textCell('', NUM) : numberCell(u.points, { ...NUM, numFmt: '0.00' }),
      share(u.index),
      u.rank === null ? textCell('', NUM) : numberCell(u.rank, { ...NUM, bold: true }),
    ]);
  });
  const t = data.total;
  const bold = (style: CellStyle): CellStyle => ({ ...style, bold: true });
  push([
    textCell('', CELL),
    textCell('Tổng cộng', bold(CELL)),
    ...countCells(t.counts).map((cell) => ({ ...cell, style: bold(cell.style ?? {}) })),
    share(t.onTimeRate, bold(PCT)),
    textCell('', NUM),
    textCell('', NUM),
    textCell('', NUM),
  ]);
  push([]);
  push([textCell('Màu của tỷ lệ đúng hạn:', BLOCK)]);
  for (const b of ROLLUP_BANDS) push([textCell('', { fill: b.fill, border: true }), textCell(b.vi)]);
  if (data.skipped.length > 0) {
    push([]);
    push([textCell(`Các tệp không tổng hợp (${data.skipped.length}):`, BLOCK)], 'section');
    for (const s of data.skipped) push([textCell(''), textCell(`${s.file}: ${s.reason}`, { wrap: false })]);
  }
  const first = header + 1;
  const last = header + data.units.length;
  const charts: ChartModel[] =
    data.units.length > 0
      ? [
          {
            title: 'Tỷ lệ nhiệm vụ hoàn thành đúng hạn theo đơn vị',
            categories: `B${first}:B${last}`,
            series: [{ name: 'Tỷ lệ đúng hạn', values: `J${first}:J${last}` }],
            anchor: `O${header}`,
            widthColumns: 8,
            heightRows: Math.max(12, Math.min(30, data.units.length + 4)),
            numFmt: '0%',
          },
        ]
      : [];
  const summary = sheet(ROLLUP_SHEET, [5, 30, 9, 11, 11, 12, 12, 10, 11, 11, 10, 10, 9], rows, header, charts);

  // ---- Quá hạn các đơn vị ----
  const overdue: RowModel[] = [];
  const add = (cells: Cell[], role: RowModel['role'] = 'setting'): number => overdue.push({ role, cells });
  add([textCell('NHIỆM VỤ QUÁ HẠN CỦA CÁC ĐƠN VỊ', { bold: true })], 'title');
  add([textCell(cutOff, { italic: true })]);
  const head = add(
    ['STT', 'Đơn vị', 'Mã', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Hạn', 'Số ngày quá hạn'].map((h) => textCell(h, HEAD)),
    'header',
  );
  let n = 0;
  for (const u of data.units) {
    for (const task of [...u.overdue].sort((a, b) => b.daysOverdue - a.daysOverdue)) {
      add([
        numberCell(++n, NUM),
        textCell(u.unit, CELL),
        textCell(task.id, { ...CELL, hAlign: 'center', numFmt: '@' }),
        textCell(task.title, { ...CELL, numFmt: '@' }),
        textCell(task.lead, { ...CELL, numFmt: '@' }),
        textCell(formatDmy(task.due), { ...CELL, hAlign: 'center' }),
        numberCell(task.daysOverdue, NUM),
      ]);
    }
  }
  if (n === 0) add([textCell(''), textCell(`Không có nhiệm vụ quá hạn tại ngày ${formatDmy(data.asOf)}.`, { italic: true, wrap: false })]);
  return [summary, sheet(ROLLUP_OVERDUE_SHEET, [5, 24, 9, 48, 24, 11, 10], overdue, head)];
}
