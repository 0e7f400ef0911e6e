/**
 * Display names of the index areas (PRODUCT.md §1), as the Lĩnh vực column shows them.
 * Kept here until core grows a home for them; the keys are core's.
 */
import type { AreaKey } from '../core/areas/areaKeys';

export const AREA_NAMES: Readonly<Record<AreaKey, { readonly vi: string; readonly en: string }>> = {
  direction: { vi: 'Công tác chỉ đạo, điều hành CCHC', en: 'PAR direction and management' },
  institutions: { vi: 'Xây dựng và tổ chức thực hiện VBQPPL', en: 'Legal documents' },
  procedures: { vi: 'Cải cách thủ tục hành chính', en: 'Administrative procedure reform' },
  organization: { vi: 'Cải cách tổ chức bộ máy', en: 'Organisational reform' },
  'civil-service': { vi: 'Cải cách chế độ công vụ', en: 'Civil service reform' },
  'public-finance': { vi: 'Cải cách tài chính công', en: 'Public finance reform' },
  'digital-government': { vi: 'Chính quyền điện tử, chính quyền số', en: 'E-government, digital government' },
  impact: { vi: 'Tác động của CCHC', en: 'Impact of PAR' },
  satisfaction: { vi: 'Sự hài lòng (SIPAS)', en: 'Satisfaction (SIPAS)' },
  other: { vi: 'Khác', en: 'Other' },
};
