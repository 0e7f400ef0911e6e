/**
 * The Đôn đốc sheet: per lead office, its tasks not done past their deadline (with the days
 * overdue) and those due within the warning window — the list the official turns into reminder
 * letters. Values at the reminder date, built on request.
 */
import { formatDmy } from '../../core/dates';
import type { Reminders } from '../../core/report/reminders';
import { EMPTY, numberCell, textCell, type Cell, type CellStyle, type RowModel, type SheetModel } from '../model';
import { REMIND_SHEET } from '../sheetNames';

const WIDTH = 6;
const HEAD: CellStyle = { bold: true, wrap: true, hAlign: 'center', vAlign: 'middle', fill: 'DDEBF7', border: true };
const CELL: CellStyle = { border: true, vAlign: 'top', wrap: true, numFmt: '@' };
/** An office's heading row: not wrapped, so its name runs across the row instead of down the narrow STT column. */
const OFFICE: CellStyle = { bold: true, fill: 'F2F2F2', border: true };
const pad = (cells: Cell[]): Cell[] => [...cells, ...Array<Cell>(Math.max(0, WIDTH - cells.length)).fill(EMPTY)];

export const REMIND_HEADERS = ['STT', 'Mã', 'Nhiệm vụ', 'Thời hạn', 'Hạn', 'Tình trạng'];

/** "Quá hạn 12 ngày", "Còn 3 ngày", "Đến hạn hôm nay". */
export function overdueText(t: { daysOverdue: number } | { daysLeft: number }): string {
  if ('daysOverdue' in t) return `Quá hạn ${t.daysOverdue} ngày`;
  return t.daysLeft === 0 ? 'Đến hạn hôm nay' : `Còn ${t.daysLeft} ngày`;
}

export function buildRemindSheet(data: Reminders): SheetModel {
  const rows: RowModel[] = [];
  const push = (cells: Cell[], role: RowModel['role'] = 'setting'): number => {
    rows.push({ role, cells: pad(cells) });
    return rows.length;
  };
  const overdue = data.offices.reduce((n, o) => n + o.tasks.length, 0);
  const soon = data.offices.reduce((n, o) => n + o.dueSoon.length, 0);
  push([textCell('DANH SÁCH NHIỆM VỤ CẦN ĐÔN ĐỐC', { bold: true })], 'title');
  push([
    textCell(
      `Tính đến ngày ${formatDmy(data.asOf)}: ${overdue} lượt nhiệm vụ quá hạn, ${soon} lượt sắp đến hạn (trong ${data.soonDays} ngày), ${data.offices.length} cơ quan.`,
      { italic: true },
    ),
  ]);
  push([]);
  const header = push(
    REMIND_HEADERS.map((h) => textCell(h, HEAD)),
    'header',
  );
  if (data.offices.length === 0)
    push([
      textCell('', CELL),
      textCell('', CELL),
      textCell('Không có nhiệm vụ quá hạn hoặc sắp đến hạn.', CELL),
      textCell('', CELL),
      textCell('', CELL),
      textCell('', CELL),
    ]);
  for (const o of data.offices) {
    push(
      [
        textCell(`${o.office} — ${o.tasks.length} quá hạn, ${o.dueSoon.length} sắp đến hạn`, OFFICE),
        ...Array.from({ length: WIDTH - 1 }, () => textCell('', OFFICE)),
      ],
      'section',
    );
    [...o.tasks, ...o.dueSoon].forEach((t, i) => {
      const late = 'daysOverdue' in t;
      rows.push({
        role: 'task',
        taskId: t.id,
        cells: pad([
          numberCell(i + 1, { ...CELL, numFmt: '0', hAlign: 'center' }),
          textCell(t.id, { ...CELL, hAlign: 'center' }),
          textCell(t.title, CELL),
          textCell(t.dueText, CELL),
          textCell(formatDmy(t.due), { ...CELL, hAlign: 'center' }),
          textCell(overdueText(t), { ...CELL, hAlign: 'center', fill: late ? 'FFC7CE' : 'FFEB9C', fontColor: late ? '9C0006' : '9C5700' }),
        ]),
      });
    });
  }
  return {
    name: REMIND_SHEET,
    columns: [5, 8, 56, 18, 11, 16].map((width, i) => ({ key: `c${i + 1}`, width })),
    rows,
    frozenRows: header,
    validations: [],
    conditionalFormats: [],
    page: { orientation: 'portrait', fitToWidth: true, repeatRows: { first: header, last: header } },
  };
}
