/**
 * The Báo cáo sheet: the periodic report as the province reads it, print-ready on A4 landscape —
 * the title and period, the counts of the five report states with percentages (all tasks, by area,
 * by lead office), then the appendix table STT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn | Kết quả
 * thực hiện | Tình trạng | Ghi chú. Values, not formulas: a report is a snapshot at its cut-off,
 * built again on request.
 */
import { formatDmy } from '../../core/dates';
import { doneRate } from '../../core/status/reportState';
import { PERIOD_NAMES } from '../../core/report/periods';
import type { ReportCounts, ReportData } from '../../core/report/report';
import { reportFlag } from '../dueStatus';
import { EMPTY, numberCell, textCell, type Cell, type CellStyle, type ConditionalFormat, type RowModel, type SheetModel } from '../model';
import { REPORT_SHEET } from '../sheetNames';

const WIDTH = 9;
const HEAD: CellStyle = { bold: true, wrap: true, hAlign: 'center', vAlign: 'middle', fill: 'DDEBF7', border: true };
const CELL: CellStyle = { border: true, vAlign: 'top', wrap: true };
const NUM: CellStyle = { border: true, vAlign: 'top', hAlign: 'center', numFmt: '0' };
const PCT: CellStyle = { border: true, vAlign: 'top', hAlign: 'center', numFmt: '0.0%' };
const BLOCK: CellStyle = { bold: true, fontColor: '1F4E79' };
const AREA_ROW: CellStyle = { ...CELL, bold: true, fill: 'F2F2F2' };

/** Column headers of the count tables (after the label), in the order of ReportCounts. */
export const COUNT_HEADERS = [
  'Tổng số',
  'Hoàn thành đúng hạn',
  'Hoàn thành quá hạn',
  'Đang thực hiện (trong hạn)',
  'Chưa hoàn thành, quá hạn',
  'Không có thời hạn',
  'Tỷ lệ hoàn thành',
];
export const APPENDIX_HEADERS = ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Kết quả thực hiện', 'Tình trạng', 'Ghi chú'];

const pad = (cells: Cell[]): Cell[] => [...cells, ...Array<Cell>(Math.max(0, WIDTH - cells.length)).fill(EMPTY)];

/** The report's title line: "BÁO CÁO Kết quả thực hiện kế hoạch CCHC quý I năm 2025". */
export function reportSubject(data: Pick<ReportData, 'period'>, year: number): string {
  return `Kết quả thực hiện kế hoạch cải cách hành chính ${PERIOD_NAMES[data.period.key].title} ${year}`;
}

/** "Hoàn thành ngày …", the period's progress and the evidence, as the Kết quả thực hiện cell. */
export function resultText(t: ReportData['tasks'][number]): string {
  return [
    t.progress,
    t.evidence ? `Minh chứng: ${t.evidence}` : '',
    t.doneDate && (t.state === 'doneOnTime' || t.state === 'doneLate') ? `Hoàn thành ngày ${formatDmy(t.doneDate)}` : '',
  ]
    .filter((s) => s !== '')
    .join('\n');
}

/** Thời hạn as the plan wrote it, with the date read from it when that says more. */
export function dueText(t: ReportData['tasks'][number]): string {
  const date = formatDmy(t.due);
  if (t.dueText === '') return date;
  return date === '' || t.dueText.includes(date) ? t.dueText : `${t.dueText} (${date})`;
}

export function countCells(c: ReportCounts): Cell[] {
  const rate = doneRate(c);
  return [
    numberCell(c.total, { ...NUM, bold: true }),
    numberCell(c.doneOnTime, NUM),
    numberCell(c.doneLate, NUM),
    numberCell(c.openOnTime, NUM),
    numberCell(c.openOverdue, NUM),
    numberCell(c.noDeadline, NUM),
    rate === null ? textCell('', PCT) : numberCell(rate, PCT),
  ];
}

export function buildReportSheet(data: ReportData, year: number, agency: string): SheetModel {
  const rows: RowModel[] = [];
  const push = (cells: Cell[], role: RowModel['role'] = 'setting'): number => {
    rows.push({ role, cells: pad(cells) });
    return rows.length;
  };
  // Fixed rows above section I, so a rebuilt report is recognised as ours by its heading (checkReplaceable).
  push([textCell(`BÁO CÁO ${reportSubject(data, year).toUpperCase()}`, { bold: true })], 'title');
  push([
    textCell(
      `Kỳ báo cáo: ${data.period.name} (từ ${formatDmy(data.period.from)} đến ${formatDmy(data.period.to)}); số liệu tính đến ngày ${formatDmy(data.asOf)}; hạn gửi báo cáo ${formatDmy(data.period.due)}.`,
      { italic: true },
    ),
  ]);
  push([textCell(agency, { italic: true })]);

  const c = data.counts;
  const share = (n: number): Cell => (c.total === 0 ? textCell('', PCT) : numberCell(n / c.total, PCT));
  push([]);
  push([textCell('I. TỔNG HỢP TÌNH HÌNH THỰC HIỆN', BLOCK)], 'section');
  push([textCell('STT', HEAD), textCell('Nội dung', HEAD), textCell('Số nhiệm vụ', HEAD), textCell('Tỷ lệ', HEAD)], 'header');
  const line = (no: string, label: string, n: number, bold = false): void => {
    push([textCell(no, { ...CELL, hAlign: 'center', bold }), textCell(label, { ...CELL, bold }), numberCell(n, { ...NUM, bold }), share(n)]);
  };
  line('', 'Tổng số nhiệm vụ', c.total, true);
  line('1', 'Đã hoàn thành', c.doneOnTime + c.doneLate, true);
  line('', `- ${reportFlag('doneOnTime').vi}`, c.doneOnTime);
  line('', `- ${reportFlag('doneLate').vi}`, c.doneLate);
  line('2', 'Chưa hoàn thành', c.openOnTime + c.openOverdue, true);
  line('', `- ${reportFlag('openOnTime').vi}`, c.openOnTime);
  line('', `- Quá hạn`, c.openOverdue);
  line('3', `${reportFlag('noDeadline').vi} (chưa hoàn thành)`, c.noDeadline, true);

  const table = (title: string, label: string, items: readonly { name: string; counts: ReportCounts }[]): void => {
    push([]);
    push([textCell(title, BLOCK)], 'section');
    push([textCell('STT', HEAD), textCell(label, HEAD), ...COUNT_HEADERS.map((h) => textCell(h, HEAD))], 'header');
    items.forEach((it, i) => push([numberCell(i + 1, NUM), textCell(it.name, CELL), ...countCells(it.counts)]));
    push([
      textCell('', CELL),
      textCell('Tổng cộng', { ...CELL, bold: true }),
      ...countCells(c).map((cell) => ({ ...cell, style: { ...cell.style, bold: true } })),
    ]);
  };
  table(
    'II. THEO LĨNH VỰC',
    'Lĩnh vực',
    data.byArea.map((a) => ({ name: a.label, counts: a })),
  );
  table(
    'III. THEO CƠ QUAN CHỦ TRÌ (nhiệm vụ có nhiều cơ quan chủ trì được tính cho từng cơ quan)',
    'Cơ quan chủ trì',
    data.byOffice.map((o) => ({ name: o.office, counts: o })),
  );

  push([]);
  push([textCell('IV. DANH MỤC NHIỆM VỤ VÀ KẾT QUẢ THỰC HIỆN', BLOCK)], 'section');
  const header = push(
    APPENDIX_HEADERS.map((h) => textCell(h, HEAD)),
    'header',
  );
  let area: string | null = null;
  for (const t of data.tasks) {
    if (t.area !== area) {
      area = t.area;
      push([textCell('', AREA_ROW), textCell(area, AREA_ROW), ...Array.from({ length: 5 }, () => textCell('', AREA_ROW))], 'section');
    }
    rows.push({
      role: 'task',
      taskId: t.id,
      cells: pad([
        textCell(t.id, { ...CELL, hAlign: 'center', numFmt: '@' }),
        textCell(t.title, { ...CELL, numFmt: '@' }),
        textCell(t.lead, { ...CELL, numFmt: '@' }),
        textCell(dueText(t), { ...CELL, hAlign: 'center', numFmt: '@' }),
        textCell(resultText(t), { ...CELL, numFmt: '@' }),
        textCell(reportFlag(t.state).vi, { ...CELL, hAlign: 'center' }),
        textCell(t.note, { ...CELL, numFmt: '@' }),
      ]),
    });
  }
  const first = header + 1;
  const conditionalFormats: ConditionalFormat[] =
    rows.length >= first
      ? [
          {
            range: `F${first}:F${rows.length}`,
            rules: (['doneOnTime', 'doneLate', 'openOverdue'] as const).map((k) => ({
              formula: `=$F${first}="${reportFlag(k).vi}"`,
              fill: reportFlag(k).fill,
              fontColor: reportFlag(k).fontColor,
            })),
          },
        ]
      : [];
  return {
    name: REPORT_SHEET,
    columns: [5, 40, 18, 13, 34, 15, 15, 10, 10].map((width, i) => ({ key: `c${i + 1}`, width })),
    rows,
    frozenRows: 0,
    validations: [],
    conditionalFormats,
    page: { orientation: 'landscape', fitToWidth: true, repeatRows: { first: header, last: header } },
  };
}
