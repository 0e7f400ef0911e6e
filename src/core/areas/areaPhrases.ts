/**
 * How the eight areas of the index (plus SIPAS) are named in real plans, written as officials
 * write them (folded once by the phrase engine, src/core/text/phrases.ts, and matched as whole words). Section titles differ between years and localities — "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ" in one
 * plan is "XÂY DỰNG VÀ NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CB,CC,VC" in another — so an area is recognised
 * by any of its phrases. Order matters: the first area with a matching phrase wins, so the
 * narrower "impact" and "satisfaction" come before the areas whose words they contain.
 */
import type { AreaKey } from './areaKeys';

/** Phrases that name an area outright: safe on a section or group title. */
export const AREA_NAME_PHRASES: ReadonlyArray<readonly [AreaKey, readonly string[]]> = [
  ['satisfaction', ['hài lòng', 'SIPAS', 'điều tra xã hội học', 'ĐTXHH']],
  ['impact', ['tác động của CCHC', 'tác động của cải cách', 'tác động cải cách', 'tác động đến người dân', 'tác động của cải cách hành chính']],
  ['direction', ['chỉ đạo, điều hành', 'chỉ đạo điều hành', 'công tác chỉ đạo', 'điều hành CCHC', 'điều hành cải cách hành chính']],
  ['institutions', ['cải cách thể chế', 'xây dựng thể chế', 'văn bản quy phạm pháp luật', 'văn bản QPPL', 'VBQPPL', 'thi hành pháp luật', 'thể chế']],
  ['procedures', ['thủ tục hành chính', 'cải cách TTHC', 'cải cách thủ tục', 'kiểm soát TTHC']],
  ['organization', ['tổ chức bộ máy', 'bộ máy hành chính', 'tổ chức, bộ máy']],
  [
    'civil-service',
    ['chế độ công vụ', 'đội ngũ cán bộ', 'đội ngũ CB', 'CB, CC, VC', 'CBCCVC', 'CBCC, VC', 'cán bộ, công chức, viên chức', 'công chức, viên chức'],
  ],
  ['public-finance', ['tài chính công', 'cải cách tài chính']],
  ['digital-government', ['chính quyền điện tử', 'chính quyền số', 'hiện đại hóa hành chính', 'chuyển đổi số', 'Chính phủ điện tử', 'Chính phủ số']],
];

/**
 * Weaker hints, read from a task's own text only when its section names no area (a table whose
 * only section is "NHIỆM VỤ TRỌNG TÂM").
 */
export const AREA_HINT_PHRASES: ReadonlyArray<readonly [AreaKey, readonly string[]]> = [
  ['satisfaction', ['mức độ hài lòng', 'chỉ số hài lòng']],
  ['public-finance', ['tài chính', 'ngân sách', 'tài sản công', 'giải ngân', 'tự chủ', 'đầu tư công']],
  ['digital-government', ['trực tuyến', 'điện tử', 'số hóa', 'công nghệ thông tin', 'CNTT', 'môi trường mạng', 'dịch vụ công', 'chữ ký số', 'ISO']],
  ['procedures', ['TTHC', 'một cửa', 'hồ sơ', 'phản ánh, kiến nghị', 'PAKN']],
  ['institutions', ['pháp luật', 'QPPL', 'văn bản trái pháp luật']],
  ['organization', ['biên chế', 'sắp xếp', 'kiện toàn', 'phân cấp', 'đơn vị sự nghiệp', 'cơ cấu số lượng lãnh đạo']],
  ['civil-service', ['công chức', 'viên chức', 'tuyển dụng', 'vị trí việc làm', 'đào tạo, bồi dưỡng', 'kỷ luật', 'bổ nhiệm']],
  ['impact', ['kinh tế - xã hội', 'kinh tế xã hội', 'thu hút đầu tư', 'doanh nghiệp', 'thu ngân sách']],
  ['direction', ['kế hoạch CCHC', 'tuyên truyền', 'kiểm tra CCHC', 'sáng kiến', 'báo cáo CCHC']],
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
