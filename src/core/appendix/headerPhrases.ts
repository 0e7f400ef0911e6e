/**
 * What an appendix column header means, by phrase (folded: no diacritics, lowercase).
 * Real plans name the same column many ways (design.md §1, glossary); a header cell is matched
 * against these phrases and the most specific (longest) match wins, so "Cơ quan phối hợp thực
 * hiện" goes to `support` even though "thực hiện" alone could suggest the lead.
 */
import type { FieldKey } from '../plan/schema';

export type HeaderMeaning = FieldKey | 'group' | 'ignore';

export const HEADER_PHRASES: ReadonlyArray<readonly [string, HeaderMeaning]> = [
  ['stt', 'code'],
  ['tt', 'code'],
  ['so tt', 'code'],
  ['so thu tu', 'code'],
  ['ma', 'code'],
  ['ma so', 'code'],

  ['nhiem vu', 'title'],
  ['nhiem vu cu the', 'title'],
  ['nhiem vu trong tam', 'title'],
  ['nhiem vu, giai phap', 'title'],
  ['ten nhiem vu', 'title'],
  ['noi dung', 'title'],
  ['noi dung thuc hien', 'title'],
  ['noi dung cong viec', 'title'],
  ['noi dung nhiem vu', 'title'],
  ['cong viec', 'title'],
  ['linh vuc', 'title'],
  ['linh vuc, tieu chi', 'title'],
  ['tieu chi', 'title'],
  ['tieu chi, tieu chi thanh phan', 'title'],
  ['giai phap', 'title'],

  ['tien do', 'dueText'],
  ['tien do thuc hien', 'dueText'],
  ['tien do hoan thanh', 'dueText'],
  ['thoi gian', 'dueText'],
  ['thoi han', 'dueText'],
  ['thoi gian thuc hien', 'dueText'],
  ['thoi gian hoan thanh', 'dueText'],
  ['thoi han hoan thanh', 'dueText'],
  ['han hoan thanh', 'dueText'],
  ['thoi gian cham nhat phai hoan thanh', 'dueText'],
  ['moc thoi gian', 'dueText'],

  ['chu tri', 'lead'],
  ['co quan chu tri', 'lead'],
  ['don vi chu tri', 'lead'],
  ['co quan, don vi chu tri', 'lead'],
  ['co quan chu tri thuc hien', 'lead'],
  ['don vi chu tri thuc hien', 'lead'],
  ['co quan chu tri theo doi', 'lead'],
  ['co quan thuc hien', 'lead'],
  ['don vi thuc hien', 'lead'],
  ['co quan, don vi thuc hien', 'lead'],
  ['chiu trach nhiem', 'lead'],
  ['don vi chiu trach nhiem', 'lead'],
  ['co quan chiu trach nhiem', 'lead'],
  ['nguoi thuc hien', 'lead'],
  ['phu trach', 'lead'],
  ['can bo phu trach', 'lead'],

  ['phoi hop', 'support'],
  ['co quan phoi hop', 'support'],
  ['don vi phoi hop', 'support'],
  ['co quan, don vi phoi hop', 'support'],
  ['co quan phoi hop thuc hien', 'support'],
  ['don vi phoi hop thuc hien', 'support'],
  ['don vi thuc hien/phoi hop thuc hien', 'support'],
  ['don vi thuc hien/phoi hop', 'support'],

  ['ket qua', 'output'],
  ['san pham', 'output'],
  ['ket qua/san pham', 'output'],
  ['ket qua, san pham', 'output'],
  ['san pham dau ra', 'output'],
  ['ket qua dau ra', 'output'],
  ['san pham dau ra/ket qua dat duoc', 'output'],
  ['ket qua dat duoc', 'output'],
  ['yeu cau', 'output'],
  ['yeu cau nam', 'output'],
  ['yeu cau can dat', 'output'],
  ['chi tieu', 'output'],
  ['muc tieu', 'output'],
  ['hinh thuc san pham', 'output'],

  ['phan cong nhiem vu', 'group'],
  ['phan cong thuc hien', 'group'],
  ['phan cong', 'group'],
  ['to chuc thuc hien', 'group'],

  ['ghi chu', 'ignore'],
];
