/**
 * How the eight areas of the index (plus SIPAS) are named in real plans, folded (no diacritics,
 * lowercase). Section titles differ between years and localities — "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ" in one
 * plan is "XÂY DỰNG VÀ NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CB,CC,VC" in another — so an area is recognised
 * by any of its phrases. Order matters: the first area with a matching phrase wins, so the
 * narrower "impact" and "satisfaction" come before the areas whose words they contain.
 */
import type { AreaKey } from './areaKeys';

/** Phrases that name an area outright: safe on a section or group title. */
export const AREA_NAME_PHRASES: ReadonlyArray<readonly [AreaKey, readonly string[]]> = [
  ['satisfaction', ['hai long', 'sipas', 'dieu tra xa hoi hoc', 'dtxhh']],
  ['impact', ['tac dong cua cchc', 'tac dong cua cai cach', 'tac dong cai cach', 'tac dong den nguoi dan', 'tac dong cua cai cach hanh chinh']],
  ['direction', ['chi dao, dieu hanh', 'chi dao dieu hanh', 'cong tac chi dao', 'dieu hanh cchc', 'dieu hanh cai cach hanh chinh']],
  ['institutions', ['cai cach the che', 'xay dung the che', 'van ban quy pham phap luat', 'van ban qppl', 'vbqppl', 'thi hanh phap luat', 'the che']],
  ['procedures', ['thu tuc hanh chinh', 'cai cach tthc', 'cai cach thu tuc', 'kiem soat tthc']],
  ['organization', ['to chuc bo may', 'bo may hanh chinh', 'to chuc, bo may']],
  ['civil-service', ['che do cong vu', 'doi ngu can bo', 'doi ngu cb', 'cb,cc,vc', 'cb, cc, vc', 'cbccvc', 'cbcc, vc', 'can bo, cong chuc, vien chuc', 'cong chuc, vien chuc']],
  ['public-finance', ['tai chinh cong', 'cai cach tai chinh']],
  ['digital-government', ['chinh quyen dien tu', 'chinh quyen so', 'hien dai hoa hanh chinh', 'chuyen doi so', 'chinh phu dien tu', 'chinh phu so']],
];

/**
 * Weaker hints, read from a task's own text only when its section names no area (a table whose
 * only section is "NHIỆM VỤ TRỌNG TÂM").
 */
export const AREA_HINT_PHRASES: ReadonlyArray<readonly [AreaKey, readonly string[]]> = [
  ['satisfaction', ['muc do hai long', 'chi so hai long']],
  ['public-finance', ['tai chinh', 'ngan sach', 'tai san cong', 'giai ngan', 'tu chu', 'dau tu cong']],
  ['digital-government', ['truc tuyen', 'dien tu', 'so hoa', 'cong nghe thong tin', 'cntt', 'moi truong mang', 'dich vu cong', 'chu ky so', 'iso']],
  ['procedures', ['tthc', 'mot cua', 'ho so', 'phan anh, kien nghi', 'pakn']],
  ['institutions', ['phap luat', 'qppl', 'van ban trai phap luat']],
  ['organization', ['bien che', 'sap xep', 'kien toan', 'phan cap', 'don vi su nghiep', 'co cau so luong lanh dao']],
  ['civil-service', ['cong chuc', 'vien chuc', 'tuyen dung', 'vi tri viec lam', 'dao tao, boi duong', 'ky luat', 'bo nhiem']],
  ['impact', ['kinh te - xa hoi', 'kinh te xa hoi', 'thu hut dau tu', 'doanh nghiep', 'thu ngan sach']],
  ['direction', ['ke hoach cchc', 'tuyen truyen', 'kiem tra cchc', 'sang kien', 'bao cao cchc']],
];

/** Vietnamese and English display names of the areas. */
export const AREA_NAMES: Readonly<Record<AreaKey, { vi: string; en: string }>> = {
  direction: { vi: 'Công tác chỉ đạo, điều hành CCHC', en: 'Direction and management of PAR' },
  institutions: { vi: 'Xây dựng và tổ chức thực hiện VBQPPL', en: 'Institutional reform (legal documents)' },
  procedures: { vi: 'Cải cách thủ tục hành chính', en: 'Administrative procedure reform' },
  organization: { vi: 'Cải cách tổ chức bộ máy', en: 'Organisational reform' },
  'civil-service': { vi: 'Cải cách chế độ công vụ', en: 'Civil service reform' },
  'public-finance': { vi: 'Cải cách tài chính công', en: 'Public finance reform' },
  'digital-government': { vi: 'Chính quyền điện tử, chính quyền số', en: 'E-government and digital government' },
  impact: { vi: 'Tác động của CCHC', en: 'Impact of PAR on people, organisations and development' },
  satisfaction: { vi: 'Sự hài lòng (SIPAS)', en: 'Citizen satisfaction (SIPAS)' },
  other: { vi: 'Khác', en: 'Other' },
};
