/**
 * The phiếu cập nhật: one small workbook per lead office, with only that office's tasks. The office
 * fills Trạng thái, Ngày hoàn thành, Minh chứng and Ghi chú and sends the file back; the grey
 * columns on the right keep the values as they were sent, so reading the file back tells what the
 * office changed from what changed in the tracker meanwhile (a conflict, never overwritten
 * silently). Task IDs (Mã) tie each row to its task.
 */
import { formatDmy } from '../../core/dates';
import { fold } from '../../core/text/fold';
import { TASK_STATES } from '../dueStatus';
import { dateCell, EMPTY, textCell, type Cell, type CellStyle, type RowModel, type SheetModel, type WorkbookModel } from '../model';
import type { Grid, TaskRecord } from '../ops/readTracker';
import { isoOfCell, textOfCell } from '../ops/cellValues';
import { DATE_FORMAT } from '../trackerColumns';

export const UPDATE_SHEET = 'Phiếu cập nhật';
export const GUIDE_SHEET = 'Hướng dẫn';

/** The fields an office fills, as on the tracker's Nhiệm vụ sheet. */
export const OFFICE_FIELDS = ['state', 'doneDate', 'evidence', 'note'] as const;
export type OfficeField = (typeof OFFICE_FIELDS)[number];
export type OfficeValues = Record<OfficeField, string | null>;

const FIELD_LABEL: Record<OfficeField, string> = {
  state: 'Trạng thái',
  doneDate: 'Ngày hoàn thành',
  evidence: 'Minh chứng (văn bản, đường dẫn)',
  note: 'Ghi chú',
};
const SENT = ' (khi gửi, không sửa)';
const HEADERS = [
  'Mã',
  'Nhiệm vụ',
  'Hạn',
  'Cơ quan chủ trì',
  ...OFFICE_FIELDS.map((f) => FIELD_LABEL[f]),
  ...OFFICE_FIELDS.map((f) => `${FIELD_LABEL[f]}${SENT}`),
];
const HEADER_ROW = 4;

const HEAD: CellStyle = { bold: true, wrap: true, hAlign: 'center', vAlign: 'middle', fill: 'DDEBF7', border: true };
const FIXED: CellStyle = { border: true, vAlign: 'top', wrap: true, fill: 'F2F2F2', numFmt: '@' };
const EDIT: CellStyle = { border: true, vAlign: 'top', wrap: true, fill: 'FFF2CC', numFmt: '@' };
const SENT_STYLE: CellStyle = { border: true, vAlign: 'top', wrap: true, fontColor: '808080', numFmt: '@' };

const valueCell = (field: OfficeField, v: string | null, style: CellStyle): Cell =>
  field === 'doneDate' && v ? dateCell(v, { ...style, numFmt: DATE_FORMAT }) : textCell(v ?? '', style);

/** The instructions sheet, in Vietnamese, for the office's staff. */
function guide(office: string, planTitle: string, made: string, replyBy: string | null): SheetModel {
  const lines = [
    `PHIẾU CẬP NHẬT TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH`,
    `Gửi: ${office}`,
    planTitle ? `Kế hoạch: ${planTitle}` : '',
    `Lập ngày ${formatDmy(made)}${replyBy ? `; đề nghị gửi lại trước ngày ${formatDmy(replyBy)}` : ''}.`,
    '',
    'Cách điền:',
    `1. Mở trang "${UPDATE_SHEET}". Mỗi dòng là một nhiệm vụ cơ quan chủ trì.`,
    '2. Chỉ điền các cột nền vàng: Trạng thái (chọn trong danh sách), Ngày hoàn thành (dd/mm/yyyy), Minh chứng (số, ký hiệu văn bản hoặc đường dẫn), Ghi chú.',
    '3. Không sửa cột Mã, không thêm hoặc xoá dòng, không sửa các cột chữ xám bên phải (giá trị khi gửi, dùng để đối chiếu).',
    '4. Lưu tệp (giữ định dạng .xlsx) và gửi lại cho Phòng Nội vụ.',
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

/** One office's phiếu: the guide, then its tasks with the values as they stand in the tracker. */
export function buildOfficeFile(
  office: string,
  tasks: readonly TaskRecord[],
  meta: { planTitle: string; made: string; replyBy: string | null },
): WorkbookModel {
  const rows: RowModel[] = [
    { role: 'title', cells: [textCell(`PHIẾU CẬP NHẬT — ${office}`, { bold: true })] },
    {
      role: 'setting',
      cells: [
        textCell(`Lập ngày ${formatDmy(meta.made)} từ bảng theo dõi${meta.planTitle ? ` "${meta.planTitle}"` : ''}. Cơ quan: ${office}`, { italic: true }),
      ],
    },
    { role: 'setting', cells: [textCell('Điền các cột nền vàng; xem trang Hướng dẫn.', { italic: true })] },
    { role: 'header', cells: HEADERS.map((h) => textCell(h, HEAD)) },
  ];
  for (const t of tasks) {
    const values: OfficeValues = { state: t.state || null, doneDate: t.doneDate, evidence: t.evidence || null, note: t.note || null };
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
  return {
    // The instructions first: the sheet the office sees on opening the file.
    sheets: [
      guide(office, meta.planTitle, meta.made, meta.replyBy),
      {
        name: UPDATE_SHEET,
        columns: [8, 44, 12, 22, 16, 14, 30, 24, 14, 12, 20, 16].map((width, i) => ({ key: `c${i + 1}`, width })),
        rows: rows.map((r) => ({ ...r, cells: [...r.cells, ...Array<Cell>(Math.max(0, HEADERS.length - r.cells.length)).fill(EMPTY)] })),
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
      },
    ],
    definedNames: [],
  };
}

export interface ReturnedRow {
  readonly id: string;
  readonly returned: OfficeValues;
  readonly sent: OfficeValues;
}

/** A returned phiếu's office and rows, read by its header words; null when the grid is no phiếu. */
export function readOfficeFile(grid: Grid): { office: string; rows: ReturnedRow[] } | null {
  const header = grid.findIndex((r) => fold(textOfCell(r[0])) === 'ma' && fold(textOfCell(r[1])) === 'nhiem vu');
  if (header < 0) return null;
  const heads = (grid[header] ?? []).map((c) => fold(textOfCell(c)));
  const col = (label: string): number => heads.indexOf(fold(label));
  const title = textOfCell(grid[0]?.[0]);
  const office = title.includes('—') ? title.slice(title.indexOf('—') + 1).trim() : '';
  const read = (row: readonly unknown[], f: OfficeField, sent: boolean): string | null => {
    const c = col(`${FIELD_LABEL[f]}${sent ? SENT : ''}`);
    if (c < 0) return null;
    if (f === 'doneDate') return isoOfCell(row[c]);
    const text = textOfCell(row[c]).trim();
    return text === '' ? null : text;
  };
  const rows: ReturnedRow[] = [];
  for (const row of grid.slice(header + 1)) {
    const id = textOfCell(row[0]).trim();
    if (!id) continue;
    const values = (sent: boolean): OfficeValues => ({
      state: read(row, 'state', sent),
      doneDate: read(row, 'doneDate', sent),
      evidence: read(row, 'evidence', sent),
      note: read(row, 'note', sent),
    });
    rows.push({ id, returned: values(false), sent: values(true) });
  }
  return { office, rows };
}
