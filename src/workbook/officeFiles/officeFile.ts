/**
 * The phiếu cập nhật: one small workbook per lead office, with only that office's tasks and the
 * indicators of those tasks. The office fills Trạng thái, Ngày hoàn thành, Kết quả kỳ này, Minh
 * chứng and Ghi chú of each task and Thực tế of each indicator, and sends the file back; the grey
 * columns on the right keep the values as they were sent, so reading the file back tells what the
 * office changed from what changed in the tracker meanwhile (a conflict, never overwritten
 * silently). Task IDs (Mã) and indicator IDs (Mã chỉ tiêu) tie each row to the tracker.
 */
import { formatDmy } from '../../core/dates';
import { PERIOD_NAMES, periodKeyOf, type PeriodKey } from '../../core/report/periods';
import { fold } from '../../core/text/fold';
import { TASK_STATES } from '../dueStatus';
import { dateCell, EMPTY, numberCell, textCell, type Cell, type CellStyle, type RowModel, type SheetModel, type WorkbookModel } from '../model';
import type { Grid, IndicatorRecord, TaskRecord } from '../ops/readTracker';
import { isoOfCell, numberOfCell, textOfCell } from '../ops/cellValues';
import { indicatorView } from '../ops/taskView';
import { DATE_FORMAT } from '../trackerColumns';

export const UPDATE_SHEET = 'Phiếu cập nhật';
export const GUIDE_SHEET = 'Hướng dẫn';
export const ACTUALS_SHEET = 'Chỉ tiêu';

/** The fields an office fills, as on the tracker's Nhiệm vụ sheet ('progress': the period's Kết quả cell). */
export const OFFICE_FIELDS = ['state', 'doneDate', 'progress', 'evidence', 'note'] as const;
export type OfficeField = (typeof OFFICE_FIELDS)[number];
export type OfficeValues = Record<OfficeField, string | null>;

const FIELD_LABEL: Record<OfficeField, string> = {
  state: 'Trạng thái',
  doneDate: 'Ngày hoàn thành',
  progress: 'Kết quả kỳ này',
  evidence: 'Minh chứng (văn bản, đường dẫn)',
  note: 'Ghi chú',
};
const SENT = ' (khi gửi, không sửa)';
/** "Kết quả kỳ này (6 tháng)": the period is in the header, so the file says which Kết quả cell it fills. */
const fieldHeader = (f: OfficeField, period: PeriodKey): string => (f === 'progress' ? `${FIELD_LABEL[f]} (${PERIOD_NAMES[period].vi})` : FIELD_LABEL[f]);
const HEADER_ROW = 4;

const ACTUAL_LABEL = 'Thực tế';
const INDICATOR_HEADERS = ['Mã chỉ tiêu', 'Mã nhiệm vụ', 'Chỉ tiêu', 'Mục tiêu', 'Nguyên văn', ACTUAL_LABEL, `${ACTUAL_LABEL}${SENT}`];

const HEAD: CellStyle = { bold: true, wrap: true, hAlign: 'center', vAlign: 'middle', fill: 'DDEBF7', border: true };
const FIXED: CellStyle = { border: true, vAlign: 'top', wrap: true, fill: 'F2F2F2', numFmt: '@' };
const EDIT: CellStyle = { border: true, vAlign: 'top', wrap: true, fill: 'FFF2CC', numFmt: '@' };
const SENT_STYLE: CellStyle = { border: true, vAlign: 'top', wrap: true, fontColor: '808080', numFmt: '@' };

const valueCell = (field: OfficeField, v: string | null, style: CellStyle): Cell =>
  field === 'doneDate' && v ? dateCell(v, { ...style, numFmt: DATE_FORMAT }) : textCell(v ?? '', style);

/** The instructions sheet, in Vietnamese, for the office's staff. */
function guide(office: string, planTitle: string, made: string, replyBy: string | null, period: PeriodKey, indicators: boolean): SheetModel {
  const lines = [
    `PHIẾU CẬP NHẬT TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH`,
    `Gửi: ${office}`,
    planTitle ? `Kế hoạch: ${planTitle}` : '',
    `Lập ngày ${formatDmy(made)}${replyBy ? `; đề nghị gửi lại trước ngày ${formatDmy(replyBy)}` : ''}.`,
    '',
    'Cách điền:',
    `1. Mở trang "${UPDATE_SHEET}". Mỗi dòng là một nhiệm vụ cơ quan chủ trì.`,
    `2. Chỉ điền các cột nền vàng: Trạng thái (chọn trong danh sách), Ngày hoàn thành (dd/mm/yyyy), Kết quả kỳ này (kỳ báo cáo ${PERIOD_NAMES[period].vi}: đã làm được gì, số văn bản), Minh chứng (số, ký hiệu văn bản hoặc đường dẫn), Ghi chú.`,
    indicators ? `3. Trang "${ACTUALS_SHEET}": điền cột Thực tế (nền vàng) của từng chỉ tiêu, cùng đơn vị với mục tiêu (95% nhập 95%).` : '',
    `${indicators ? 4 : 3}. Các ô khác được khoá để tránh sửa nhầm: không sửa cột Mã, không thêm hoặc xoá dòng; các cột chữ xám bên phải là giá trị khi gửi, dùng để đối chiếu.`,
    `${indicators ? 5 : 4}. Lưu tệp (giữ định dạng .xlsx) và gửi lại cho Phòng Nội vụ.`,
  ].filter((l, i) => l !== '' || i === 4);
  return {
    name: GUIDE_SHEET,
    columns: [{ key: 'c1', width: 110 }],
    rows: lines.map((l, i): RowModel => ({ role: i === 0 ? 'title' : 'setting', cells: [textCell(l, i === 0 ? { bold: true } : { wrap: true })] })),
    frozenRows: 0,
    validations: [],
    conditionalFormats: [],
    page: { orientation: 'portrait', fitToWidth: true },
  };
}

const pad = (rows: readonly RowModel[], width: number): RowModel[] =>
  rows.map((r) => ({ ...r, cells: [...r.cells, ...Array<Cell>(Math.max(0, width - r.cells.length)).fill(EMPTY)] }));

/** The indicators of the office's tasks: the target read-only, Thực tế to fill, the value as sent in grey. */
function actualsSheet(office: string, indicators: readonly IndicatorRecord[]): SheetModel {
  const rows: RowModel[] = [
    { role: 'title', cells: [textCell(`CHỈ TIÊU — ${office}`, { bold: true })] },
    { role: 'setting', cells: [textCell('Điền cột Thực tế (nền vàng), cùng đơn vị với mục tiêu; 95% nhập 95%.', { italic: true })] },
    // The same rule as the tracker's Thực tế note (trackerColumns.ts): a change against a base year is typed as the change.
    { role: 'setting', cells: [textCell('Chỉ tiêu tăng/giảm so với năm gốc: nhập mức tăng/giảm (giảm 5% nhập 5%).', { italic: true })] },
    { role: 'header', cells: INDICATOR_HEADERS.map((h) => textCell(h, HEAD)) },
  ];
  for (const ind of indicators) {
    const numFmt = ind.unit === '%' ? '0.0%' : 'General';
    const actual = (style: CellStyle): Cell =>
      ind.actual === null ? { value: { type: 'empty' }, style: { ...style, numFmt } } : numberCell(ind.actual, { ...style, numFmt });
    rows.push({
      role: 'indicator',
      taskId: ind.taskId,
      cells: [
        textCell(ind.ref, { ...FIXED, hAlign: 'center' }),
        textCell(ind.taskId, { ...FIXED, hAlign: 'center' }),
        textCell(ind.metric, FIXED),
        textCell(indicatorView(ind).target, { ...FIXED, hAlign: 'center' }),
        textCell(ind.text, FIXED),
        actual(EDIT),
        actual(SENT_STYLE),
      ],
    });
  }
  return {
    name: ACTUALS_SHEET,
    columns: [10, 10, 36, 12, 36, 12, 12].map((width, i) => ({ key: `c${i + 1}`, width })),
    rows: pad(rows, INDICATOR_HEADERS.length),
    frozenRows: HEADER_ROW,
    validations: [],
    conditionalFormats: [],
    page: { orientation: 'landscape', fitToWidth: true, repeatRows: { first: HEADER_ROW, last: HEADER_ROW } },
    // Only Thực tế can be typed in: a target or an ID cannot be overwritten by accident.
    protection: { unlocked: indicators.length > 0 ? [{ top: HEADER_ROW + 1, left: 6, bottom: HEADER_ROW + indicators.length, right: 6 }] : [] },
  };
}

/**
 * One office's phiếu: the guide, then its tasks with the values as they stand in the tracker
 * (Kết quả kỳ này being the `period`'s Kết quả cell), then the indicators of those tasks.
 */
export function buildOfficeFile(
  office: string,
  tasks: readonly TaskRecord[],
  meta: { planTitle: string; made: string; replyBy: string | null; period: PeriodKey; indicators?: readonly IndicatorRecord[] },
): WorkbookModel {
  const headers = [
    'Mã',
    'Nhiệm vụ',
    'Hạn',
    'Cơ quan chủ trì',
    ...OFFICE_FIELDS.map((f) => fieldHeader(f, meta.period)),
    ...OFFICE_FIELDS.map((f) => `${fieldHeader(f, meta.period)}${SENT}`),
  ];
  const rows: RowModel[] = [
    { role: 'title', cells: [textCell(`PHIẾU CẬP NHẬT — ${office}`, { bold: true })] },
    {
      role: 'setting',
      cells: [
        textCell(`Lập ngày ${formatDmy(meta.made)} từ bảng theo dõi${meta.planTitle ? ` "${meta.planTitle}"` : ''}. Cơ quan: ${office}`, { italic: true }),
      ],
    },
    { role: 'setting', cells: [textCell('Điền các cột nền vàng; xem trang Hướng dẫn.', { italic: true })] },
    { role: 'header', cells: headers.map((h) => textCell(h, HEAD)) },
  ];
  for (const t of tasks) {
    const values: OfficeValues = {
      state: t.state || null,
      doneDate: t.doneDate,
      progress: t.progress[meta.period] || null,
      evidence: t.evidence || null,
      note: t.note || null,
    };
    rows.push({
      role: 'task',
      taskId: t.id,
      cells: [
        textCell(t.id, { ...FIXED, hAlign: 'center' }),
        textCell(t.title, FIXED),
        textCell(t.due ? formatDmy(t.due) : t.dueText, { ...FIXED, hAlign: 'center' }),
        textCell(t.lead, FIXED),
        ...OFFICE_FIELDS.map((f) => valueCell(f, values[f], EDIT)),
        ...OFFICE_FIELDS.map((f) => valueCell(f, values[f], SENT_STYLE)),
      ],
    });
  }
  const first = HEADER_ROW + 1;
  const last = Math.max(first, HEADER_ROW + tasks.length);
  const stateColumn = 'E';
  const ids = new Set(tasks.map((t) => t.id));
  const indicators = (meta.indicators ?? []).filter((i) => ids.has(i.taskId));
  return {
    // The instructions first: the sheet the office sees on opening the file.
    sheets: [
      guide(office, meta.planTitle, meta.made, meta.replyBy, meta.period, indicators.length > 0),
      {
        name: UPDATE_SHEET,
        columns: [8, 44, 12, 22, 16, 14, 34, 30, 24, 14, 12, 20, 20, 16].map((width, i) => ({ key: `c${i + 1}`, width })),
        rows: pad(rows, headers.length),
        frozenRows: HEADER_ROW,
        validations: [
          {
            range: `${stateColumn}${first}:${stateColumn}${last}`,
            values: TASK_STATES.map((s) => s.vi),
            allowBlank: true,
            errorTitle: 'Trạng thái',
            error: `Chọn một trong: ${TASK_STATES.map((s) => s.vi).join(', ')}.`,
          },
        ],
        conditionalFormats: [],
        page: { orientation: 'landscape', fitToWidth: true, repeatRows: { first: HEADER_ROW, last: HEADER_ROW } },
        // Only the yellow cells can be typed in: a task's ID or title cannot be overwritten by accident.
        protection: { unlocked: tasks.length > 0 ? [{ top: first, left: 5, bottom: last, right: 4 + OFFICE_FIELDS.length }] : [] },
      },
      ...(indicators.length > 0 ? [actualsSheet(office, indicators)] : []),
    ],
    definedNames: [],
  };
}

/**
 * A returned file's sheets as one grid for the reader: the Phiếu cập nhật sheet, then — after a
 * row holding only this mark — the Chỉ tiêu sheet, when the file has one.
 */
export const ACTUALS_MARK = '#Chỉ tiêu#';

export function stackReturned(update: Grid, actuals: Grid | null): Grid {
  return actuals ? [...update, [ACTUALS_MARK], ...actuals] : update;
}

export interface ReturnedRow {
  readonly id: string;
  readonly returned: OfficeValues;
  readonly sent: OfficeValues;
}

export interface ReturnedActual {
  /** The indicator's ID ("VII-5:1") and its task's. */
  readonly ref: string;
  readonly taskId: string;
  readonly returned: number | null;
  readonly sent: number | null;
  /** The Thực tế cell holds something that is not a number. */
  readonly unreadable: string | null;
}

export interface ReturnedFile {
  readonly office: string;
  /** The period whose Kết quả cell "Kết quả kỳ này" fills; null in a phiếu without that column. */
  readonly period: PeriodKey | null;
  readonly rows: readonly ReturnedRow[];
  readonly actuals: readonly ReturnedActual[];
}

const PROGRESS_HEAD = /^ket qua ky nay \((.+?)\)( \(khi gui, khong sua\))?$/;

/** The indicator rows of a returned Chỉ tiêu sheet, read by its header words. */
function readActuals(grid: Grid): ReturnedActual[] {
  const header = grid.findIndex((r) => fold(textOfCell(r[0])) === fold(INDICATOR_HEADERS[0]));
  if (header < 0) return [];
  const heads = (grid[header] ?? []).map((c) => fold(textOfCell(c)));
  const col = (label: string): number => heads.indexOf(fold(label));
  const [ref, task, actual, sent] = [col(INDICATOR_HEADERS[0]), col(INDICATOR_HEADERS[1]), col(ACTUAL_LABEL), col(`${ACTUAL_LABEL}${SENT}`)];
  if (actual < 0 || sent < 0) return [];
  const out: ReturnedActual[] = [];
  for (const row of grid.slice(header + 1)) {
    const id = textOfCell(row[ref]).trim();
    if (!id) continue;
    const typed = row[actual];
    const returned = numberOfCell(typed);
    const blank = typed === null || typed === undefined || textOfCell(typed) === '';
    out.push({
      ref: id,
      taskId: task < 0 ? id.replace(/:\d+$/, '') : textOfCell(row[task]).trim(),
      returned,
      sent: numberOfCell(row[sent]),
      unreadable: returned === null && !blank ? textOfCell(typed) : null,
    });
  }
  return out;
}

/** A returned phiếu's office, period, task rows and indicator rows, read by its header words; null when the grid is no phiếu. */
export function readOfficeFile(stacked: Grid): ReturnedFile | null {
  const mark = stacked.findIndex((r) => r.length === 1 && r[0] === ACTUALS_MARK);
  const grid = mark < 0 ? stacked : stacked.slice(0, mark);
  const header = grid.findIndex((r) => fold(textOfCell(r[0])) === 'ma' && fold(textOfCell(r[1])) === 'nhiem vu');
  if (header < 0) return null;
  const heads = (grid[header] ?? []).map((c) => fold(textOfCell(c)));
  const progressAt = (sent: boolean): number => heads.findIndex((h) => PROGRESS_HEAD.exec(h) !== null && Boolean(PROGRESS_HEAD.exec(h)![2]) === sent);
  const progressHead = PROGRESS_HEAD.exec(heads[progressAt(false)] ?? '');
  const period = progressHead ? periodKeyOf(progressHead[1]) : null;
  const col = (f: OfficeField, sent: boolean): number =>
    f === 'progress' ? (period ? progressAt(sent) : -1) : heads.indexOf(fold(`${FIELD_LABEL[f]}${sent ? SENT : ''}`));
  const title = textOfCell(grid[0]?.[0]);
  const office = title.includes('—') ? title.slice(title.indexOf('—') + 1).trim() : '';
  const read = (row: readonly unknown[], f: OfficeField, sent: boolean): string | null => {
    const c = col(f, sent);
    if (c < 0) return null;
    if (f === 'doneDate') return isoOfCell(row[c]);
    const text = textOfCell(row[c]).trim();
    return text === '' ? null : text;
  };
  const rows: ReturnedRow[] = [];
  for (const row of grid.slice(header + 1)) {
    const id = textOfCell(row[0]).trim();
    if (!id) continue;
    const values = (sent: boolean): OfficeValues => Object.fromEntries(OFFICE_FIELDS.map((f) => [f, read(row, f, sent)])) as OfficeValues;
    rows.push({ id, returned: values(false), sent: values(true) });
  }
  return { office, period, rows, actuals: mark < 0 ? [] : readActuals(stacked.slice(mark + 1)) };
}
