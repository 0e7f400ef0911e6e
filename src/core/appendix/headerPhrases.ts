/**
 * What an appendix column header means, by phrase, written as plans write them (with diacritics;
 * folded once by the phrase engine, src/core/text/phrases.ts, as `headerWords` folds a header cell).
 * Real plans name the same column many ways (design.md §1, glossary); a header cell is matched
 * against these phrases and the most specific (longest) match wins, so "Cơ quan phối hợp thực
 * hiện" goes to `support` even though "thực hiện" alone could suggest the lead.
 */
import type { FieldKey } from '../plan/schema';

/**
 * `indicator` is a "Chỉ tiêu" column: the text of each row when the table has no task column (an
 * indicator table, "TT | Chỉ tiêu | Chủ trì"), else the row's expected result, as before.
 */
export type HeaderMeaning = FieldKey | 'group' | 'ignore' | 'indicator';

export const HEADER_PHRASES: ReadonlyArray<readonly [string, HeaderMeaning]> = [
  ['STT', 'code'],
  ['TT', 'code'],
  ['số TT', 'code'],
  ['số thứ tự', 'code'],
  ['mã', 'code'],
  ['mã số', 'code'],

  ['nhiệm vụ', 'title'],
  ['nhiệm vụ cụ thể', 'title'],
  ['nhiệm vụ trọng tâm', 'title'],
  ['nhiệm vụ, giải pháp', 'title'],
  ['tên nhiệm vụ', 'title'],
  ['nội dung', 'title'],
  ['nội dung thực hiện', 'title'],
  ['nội dung công việc', 'title'],
  ['nội dung nhiệm vụ', 'title'],
  ['công việc', 'title'],
  ['lĩnh vực', 'title'],
  ['lĩnh vực, tiêu chí', 'title'],
  ['tiêu chí', 'title'],
  ['tiêu chí, tiêu chí thành phần', 'title'],
  ['giải pháp', 'title'],

  ['tiến độ', 'dueText'],
  ['tiến độ thực hiện', 'dueText'],
  ['tiến độ hoàn thành', 'dueText'],
  ['thời gian', 'dueText'],
  ['thời hạn', 'dueText'],
  ['thời gian thực hiện', 'dueText'],
  ['thời gian hoàn thành', 'dueText'],
  ['thời hạn hoàn thành', 'dueText'],
  ['hạn hoàn thành', 'dueText'],
  ['thời gian chậm nhất phải hoàn thành', 'dueText'],
  ['mốc thời gian', 'dueText'],

  ['chủ trì', 'lead'],
  ['cơ quan chủ trì', 'lead'],
  ['đơn vị chủ trì', 'lead'],
  ['cơ quan, đơn vị chủ trì', 'lead'],
  ['cơ quan chủ trì thực hiện', 'lead'],
  ['đơn vị chủ trì thực hiện', 'lead'],
  ['cơ quan chủ trì theo dõi', 'lead'],
  ['cơ quan chủ trì theo dõi, đánh giá', 'lead'],
  ['cơ quan theo dõi, đánh giá', 'lead'],
  ['đơn vị theo dõi', 'lead'],
  ['cơ quan theo dõi', 'lead'],
  ['cơ quan thực hiện', 'lead'],
  ['đơn vị thực hiện', 'lead'],
  ['cơ quan, đơn vị thực hiện', 'lead'],
  ['chịu trách nhiệm', 'lead'],
  ['đơn vị chịu trách nhiệm', 'lead'],
  ['cơ quan chịu trách nhiệm', 'lead'],
  ['người thực hiện', 'lead'],
  ['phụ trách', 'lead'],
  ['cán bộ phụ trách', 'lead'],

  ['phối hợp', 'support'],
  ['cơ quan phối hợp', 'support'],
  ['đơn vị phối hợp', 'support'],
  ['cơ quan, đơn vị phối hợp', 'support'],
  ['cơ quan phối hợp thực hiện', 'support'],
  ['đơn vị phối hợp thực hiện', 'support'],
  ['đơn vị thực hiện/phối hợp thực hiện', 'support'],
  ['đơn vị thực hiện/phối hợp', 'support'],

  ['kết quả', 'output'],
  ['sản phẩm', 'output'],
  ['kết quả/sản phẩm', 'output'],
  ['kết quả, sản phẩm', 'output'],
  ['sản phẩm đầu ra', 'output'],
  ['kết quả đầu ra', 'output'],
  ['sản phẩm đầu ra/kết quả đạt được', 'output'],
  ['kết quả đạt được', 'output'],
  ['yêu cầu', 'output'],
  ['yêu cầu năm', 'output'],
  ['yêu cầu cần đạt', 'output'],
  ['chỉ tiêu', 'indicator'],
  ['tên chỉ tiêu', 'indicator'],
  ['nội dung chỉ tiêu', 'indicator'],
  ['chỉ tiêu cụ thể', 'indicator'],
  ['chỉ số, chỉ tiêu', 'indicator'],
  ['kết quả/mục tiêu', 'output'],
  ['kết quả / mục tiêu', 'output'],
  ['mục tiêu cần đạt', 'output'],
  ['chỉ tiêu cần đạt', 'output'],
  ['giá trị mục tiêu', 'output'],
  ['kết quả cần đạt', 'output'],
  ['chỉ tiêu năm', 'output'],
  ['chỉ tiêu kế hoạch', 'output'],
  ['kế hoạch năm', 'output'],
  ['giá trị', 'output'],
  ['giá trị cần đạt', 'output'],

  ['đơn vị tính', 'unit'],
  ['ĐVT', 'unit'],
  ['đơn vị đo', 'unit'],
  ['mục tiêu', 'output'],
  ['hình thức sản phẩm', 'output'],

  ['phân công nhiệm vụ', 'group'],
  ['phân công thực hiện', 'group'],
  ['phân công', 'group'],
  ['tổ chức thực hiện', 'group'],

  ['ghi chú', 'ignore'],
];
