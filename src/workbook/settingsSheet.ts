/**
 * The Cài đặt sheet: what the reports need that the plan does not say — the agency's name, place
 * and signer (for the .docx heading and signature), the report periods with their cut-offs and due
 * dates (the national defaults, editable since provinces set their own), and the office list that
 * merges spellings of one office. Made once with the tracker and never replaced by a re-import
 * (ifExists 'keep'), so what the official typed stays. Read back by label, not by position.
 */
import { defaultPeriods, PERIOD_KEYS, PERIOD_NAMES, checkPeriods, periodKeyOf, type PeriodKey, type ReportPeriod } from '../core/report/periods';
import type { OfficeEntry } from '../core/offices/offices';
import { fold } from '../core/text/fold';
import { dateCell, EMPTY, numberCell, textCell, type Cell, type CellStyle, type RowModel, type SheetModel } from './model';
import { SETTINGS_SHEET } from './sheetNames';
import { DATE_FORMAT } from './trackerColumns';
import { isoOfCell, numberOfCell, textOfCell } from './ops/cellValues';

const INPUT: CellStyle = { fill: 'FFF2CC', border: true, wrap: true, vAlign: 'top' };
const LABEL: CellStyle = { bold: true, border: true, vAlign: 'top', wrap: true };
const HEAD: CellStyle = { bold: true, wrap: true, hAlign: 'center', vAlign: 'middle', fill: 'DDEBF7', border: true };
const BLOCK: CellStyle = { bold: true, fontColor: '1F4E79' };
/** Hints run on to the right over the empty cells beside them, rather than wrapping into tall rows. */
const HINT: CellStyle = { italic: true, fontColor: '595959' };
const WIDTH = 5;

/** The agency details of the settings block, by key, with their labels and defaults. */
export const AGENCY_FIELDS = [
  { key: 'superior', vi: 'Cơ quan cấp trên', hint: 'Dòng trên của tên cơ quan, ví dụ: UBND TỈNH …', default: '' },
  { key: 'agency', vi: 'Tên cơ quan ban hành', hint: 'Ví dụ: ỦY BAN NHÂN DÂN HUYỆN …', default: '' },
  { key: 'agencyShort', vi: 'Viết tắt tên loại văn bản – cơ quan', hint: 'Phần sau số văn bản, ví dụ: UBND', default: 'UBND' },
  { key: 'place', vi: 'Địa danh', hint: 'Nơi ban hành, ví dụ: Sơn Tịnh', default: '' },
  { key: 'signAuthority', vi: 'Thẩm quyền ký', hint: 'Ví dụ: TM. ỦY BAN NHÂN DÂN hoặc KT. CHỦ TỊCH', default: 'TM. ỦY BAN NHÂN DÂN' },
  { key: 'signerTitle', vi: 'Chức vụ người ký', hint: 'Ví dụ: CHỦ TỊCH, PHÓ CHỦ TỊCH', default: 'CHỦ TỊCH' },
  { key: 'signer', vi: 'Họ tên người ký', hint: '', default: '' },
  { key: 'recipients', vi: 'Nơi nhận báo cáo', hint: 'Cách nhau bởi dấu ;', default: 'UBND tỉnh; Sở Nội vụ; Lưu: VT' },
  { key: 'replyDays', vi: 'Số ngày các cơ quan báo cáo lại (đôn đốc)', hint: 'Công văn đôn đốc đề nghị báo cáo trong số ngày này', default: 7 },
] as const;
export type AgencyKey = (typeof AGENCY_FIELDS)[number]['key'];

export interface Agency {
  readonly superior: string;
  readonly agency: string;
  readonly agencyShort: string;
  readonly place: string;
  readonly signAuthority: string;
  readonly signerTitle: string;
  readonly signer: string;
  readonly recipients: readonly string[];
  readonly replyDays: number;
}

export interface Settings {
  readonly agency: Agency;
  /** Every period, from the sheet where it is valid, else the national default of the year. */
  readonly periods: readonly (ReportPeriod & { readonly name: string })[];
  readonly offices: readonly OfficeEntry[];
  /** What could not be read as typed (in Vietnamese); the default was used instead. */
  readonly problems: readonly string[];
  /** The plan year the periods are for. */
  readonly year: number;
}

const PERIOD_HEADERS = ['Mã', 'Kỳ báo cáo', 'Từ ngày', 'Ngày chốt số liệu', 'Hạn gửi báo cáo'];
const OFFICE_HEADERS = ['Tên cơ quan (dùng trong báo cáo)', 'Cách viết khác (cách nhau bởi dấu ;)'];
const YEAR_LABEL = 'Năm kế hoạch';

const pad = (cells: Cell[]): Cell[] => [...cells, ...Array<Cell>(Math.max(0, WIDTH - cells.length)).fill(EMPTY)];

export function buildSettingsSheet(year: number, offices: readonly OfficeEntry[]): SheetModel {
  const rows: RowModel[] = [];
  const push = (cells: Cell[], role: RowModel['role'] = 'setting'): void => {
    rows.push({ role, cells: pad(cells) });
  };
  push([textCell('CÀI ĐẶT BÁO CÁO', { bold: true })], 'title');
  push([textCell('Các ô màu vàng do người theo dõi nhập; báo cáo định kỳ và công văn đôn đốc lấy thông tin ở đây.', HINT)]);
  push([textCell('Nhập lại kế hoạch không ghi đè trang này.', HINT)]);
  push([textCell('1. Thông tin cơ quan', BLOCK)], 'section');
  push([textCell(YEAR_LABEL, LABEL), numberCell(year, { ...INPUT, numFmt: '0', hAlign: 'left' })]);
  for (const f of AGENCY_FIELDS) {
    const value =
      typeof f.default === 'number' ? numberCell(f.default, { ...INPUT, numFmt: '0', hAlign: 'left' }) : textCell(f.default, { ...INPUT, numFmt: '@' });
    push([textCell(f.vi, LABEL), value, textCell(f.hint, HINT)]);
  }
  push([]);
  push([textCell('2. Kỳ báo cáo (mặc định theo chế độ báo cáo CCHC; sửa theo quy định của tỉnh)', BLOCK)], 'section');
  push(
    PERIOD_HEADERS.map((h) => textCell(h, HEAD)),
    'header',
  );
  const date: CellStyle = { ...INPUT, numFmt: DATE_FORMAT, hAlign: 'center' };
  for (const p of defaultPeriods(year)) {
    push([
      textCell(p.key, { ...LABEL, hAlign: 'center' }),
      textCell(PERIOD_NAMES[p.key].vi, LABEL),
      dateCell(p.from, date),
      dateCell(p.to, date),
      dateCell(p.due, date),
    ]);
  }
  push([]);
  push([textCell('3. Danh mục cơ quan (gộp các cách viết khác nhau của một cơ quan)', BLOCK)], 'section');
  push(
    OFFICE_HEADERS.map((h) => textCell(h, HEAD)),
    'header',
  );
  for (const o of offices) push([textCell(o.name, { ...INPUT, numFmt: '@' }), textCell(o.aliases.join('; '), { ...INPUT, numFmt: '@' })]);
  for (let i = 0; i < 5; i++) push([textCell('', { ...INPUT, numFmt: '@' }), textCell('', { ...INPUT, numFmt: '@' })]);
  return {
    name: SETTINGS_SHEET,
    columns: [
      { key: 'label', width: 30 },
      { key: 'value', width: 36 },
      { key: 'c3', width: 14 },
      { key: 'c4', width: 16 },
      { key: 'c5', width: 16 },
    ],
    rows,
    frozenRows: 0,
    validations: [],
    conditionalFormats: [],
    page: { orientation: 'portrait', fitToWidth: true },
    ifExists: 'keep',
  };
}

/**
 * The settings as typed, with the national defaults where a value is missing or wrong. `grid` is
 * null when the workbook has no Cài đặt sheet (a tracker made before it existed).
 */
export function readSettings(grid: readonly (readonly unknown[])[] | null, fallbackYear: number): Settings {
  const problems: string[] = [];
  const rows = grid ?? [];
  const label = (r: readonly unknown[]): string => fold(textOfCell(r[0]));
  const valueOf = (vi: string): unknown => rows.find((r) => label(r) === fold(vi))?.[1];
  const typedYear = numberOfCell(valueOf(YEAR_LABEL));
  const year = typedYear !== null && Number.isInteger(typedYear) && typedYear >= 1990 && typedYear <= 2100 ? typedYear : fallbackYear;
  const text = (key: AgencyKey): string => {
    const f = AGENCY_FIELDS.find((x) => x.key === key)!;
    const v = valueOf(f.vi);
    return v === undefined ? String(f.default) : textOfCell(v);
  };
  const replyTyped = numberOfCell(valueOf(AGENCY_FIELDS.find((f) => f.key === 'replyDays')!.vi));
  const agency: Agency = {
    superior: text('superior'),
    agency: text('agency'),
    agencyShort: text('agencyShort') || 'UBND',
    place: text('place'),
    signAuthority: text('signAuthority'),
    signerTitle: text('signerTitle'),
    signer: text('signer'),
    recipients: text('recipients')
      .split(/\s*[;\n]\s*/)
      .filter((s) => s !== ''),
    replyDays: replyTyped !== null && Number.isInteger(replyTyped) && replyTyped >= 0 && replyTyped <= 365 ? replyTyped : 7,
  };

  const defaults = new Map(defaultPeriods(year).map((p) => [p.key, p]));
  const typed = new Map<PeriodKey, { key: PeriodKey; from: unknown; to: unknown; due: unknown; name: string }>();
  const periodHeader = rows.findIndex((r) => r.some((c) => fold(textOfCell(c)) === fold(PERIOD_HEADERS[3])));
  if (periodHeader >= 0) {
    for (let i = periodHeader + 1; i < rows.length; i++) {
      const r = rows[i];
      const key = periodKeyOf(textOfCell(r[0])) ?? periodKeyOf(textOfCell(r[1]));
      if (!key) break;
      typed.set(key, {
        key,
        name: textOfCell(r[1]) || PERIOD_NAMES[key].vi,
        from: isoOfCell(r[2]) ?? r[2],
        to: isoOfCell(r[3]) ?? r[3],
        due: isoOfCell(r[4]) ?? r[4],
      });
    }
  }
  const bad = new Set(checkPeriods([...typed.values()]).map((p) => (problems.push(`${p.message} Dùng ngày mặc định.`), p.key)));
  const periods = PERIOD_KEYS.map((key) => {
    const t = typed.get(key);
    if (t && !bad.has(key)) return { key, name: t.name, from: t.from as string, to: t.to as string, due: t.due as string };
    return { ...defaults.get(key)!, name: PERIOD_NAMES[key].vi };
  });

  const offices: OfficeEntry[] = [];
  const officeHeader = rows.findIndex((r) => fold(textOfCell(r[0])).startsWith(fold('Tên cơ quan')) && fold(textOfCell(r[1])).startsWith(fold('Cách viết')));
  if (officeHeader >= 0) {
    for (let i = officeHeader + 1; i < rows.length; i++) {
      const name = textOfCell(rows[i][0]);
      if (name === '') continue;
      offices.push({
        name,
        aliases: textOfCell(rows[i][1])
          .split(/\s*[;\n]\s*/)
          .filter((s) => s !== ''),
      });
    }
  }
  return { agency, periods, offices, problems, year };
}
