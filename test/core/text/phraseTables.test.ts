/**
 * The phrase tables written with diacritics (issue 14, "One phrase engine") must fold exactly to
 * the folded phrases they were written as before: each table's written phrases, folded by the
 * function its reader folds them with (`headerWords` for header cells, `fold` for the engine's
 * alternations), give the old folded list below, in order and with the same keys — so no reader
 * changes — and each table holds at least one phrase with a Vietnamese diacritic.
 * RELATIVE_YEARS, RECURRING_MARKERS, SCHEDULE_PHRASES (due) and TOTAL_ROW_PHRASES (component-index
 * table) stay folded: their readers use them as written, against folded text.
 */
import { AREA_TARGET_FIELD_PHRASES, LAST_GROUP_WORDS, TARGET_GROUP_WORDS } from '../../../src/core/appendix/areaTargetsPhrases';
import { HEADER_PHRASES } from '../../../src/core/appendix/headerPhrases';
import { DAY_MONTH_CUES, ISSUERS, ONWARD_WORDS, RANGE_LINKS, START_CUES, START_OPENERS, YEAR_PREFIXES } from '../../../src/core/due/phrases';
import { CRITERIA_COLUMNS } from '../../../src/core/scoring/criteriaGrid';
import { REFERENCE_WORDS } from '../../../src/core/target/phrases';
import { fold } from '../../../src/core/text/fold';
import { headerWords } from '../../../src/core/text/phrases';

/** The component-index table's header words: years kept (areaTargets.ts). */
const keepYears = (text: string): string => headerWords(text, { keepYears: true });
const header = (text: string): string => headerWords(text);

/** A letter Vietnamese writes with a diacritic (folding removes it). */
const DIACRITIC = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

// The folded phrases of each table, as they were when the tables took diacritics (printed once from
// the old tables), with the phrases added since (indicator tables: "chỉ tiêu", "đơn vị tính"…).
const OLD_HEADER_PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['stt', 'code'],
  ['tt', 'code'],
  ['so tt', 'code'],
  ['so thu tu', 'code'],
  ['ma', 'code'],
  ['ma so', 'code'],
  ['nhiem vu', 'title'],
  ['nhiem vu cu the', 'title'],
  ['nhiem vu trong tam', 'title'],
  ['nhiem vu giai phap', 'title'],
  ['ten nhiem vu', 'title'],
  ['noi dung', 'title'],
  ['noi dung thuc hien', 'title'],
  ['noi dung cong viec', 'title'],
  ['noi dung nhiem vu', 'title'],
  ['cong viec', 'title'],
  ['linh vuc', 'title'],
  ['linh vuc tieu chi', 'title'],
  ['tieu chi', 'title'],
  ['tieu chi tieu chi thanh phan', 'title'],
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
  ['co quan don vi chu tri', 'lead'],
  ['co quan chu tri thuc hien', 'lead'],
  ['don vi chu tri thuc hien', 'lead'],
  ['co quan chu tri theo doi', 'lead'],
  ['co quan chu tri theo doi danh gia', 'lead'],
  ['co quan theo doi danh gia', 'lead'],
  ['don vi theo doi', 'lead'],
  ['co quan theo doi', 'lead'],
  ['co quan thuc hien', 'lead'],
  ['don vi thuc hien', 'lead'],
  ['co quan don vi thuc hien', 'lead'],
  ['chiu trach nhiem', 'lead'],
  ['don vi chiu trach nhiem', 'lead'],
  ['co quan chiu trach nhiem', 'lead'],
  ['nguoi thuc hien', 'lead'],
  ['phu trach', 'lead'],
  ['can bo phu trach', 'lead'],
  ['phoi hop', 'support'],
  ['co quan phoi hop', 'support'],
  ['don vi phoi hop', 'support'],
  ['co quan don vi phoi hop', 'support'],
  ['co quan phoi hop thuc hien', 'support'],
  ['don vi phoi hop thuc hien', 'support'],
  ['don vi thuc hien phoi hop thuc hien', 'support'],
  ['don vi thuc hien phoi hop', 'support'],
  ['ket qua', 'output'],
  ['san pham', 'output'],
  ['ket qua san pham', 'output'],
  ['ket qua san pham', 'output'],
  ['san pham dau ra', 'output'],
  ['ket qua dau ra', 'output'],
  ['san pham dau ra ket qua dat duoc', 'output'],
  ['ket qua dat duoc', 'output'],
  ['yeu cau', 'output'],
  ['yeu cau nam', 'output'],
  ['yeu cau can dat', 'output'],
  ['chi tieu', 'indicator'],
  ['ten chi tieu', 'indicator'],
  ['noi dung chi tieu', 'indicator'],
  ['chi tieu cu the', 'indicator'],
  ['chi so chi tieu', 'indicator'],
  ['ket qua muc tieu', 'output'],
  ['ket qua muc tieu', 'output'],
  ['muc tieu can dat', 'output'],
  ['chi tieu can dat', 'output'],
  ['gia tri muc tieu', 'output'],
  ['ket qua can dat', 'output'],
  ['chi tieu nam', 'output'],
  ['chi tieu ke hoach', 'output'],
  ['ke hoach nam', 'output'],
  ['gia tri', 'output'],
  ['gia tri can dat', 'output'],
  ['don vi tinh', 'unit'],
  ['dvt', 'unit'],
  ['don vi do', 'unit'],
  ['muc tieu', 'output'],
  ['hinh thuc san pham', 'output'],
  ['phan cong nhiem vu', 'group'],
  ['phan cong thuc hien', 'group'],
  ['phan cong', 'group'],
  ['to chuc thuc hien', 'group'],
  ['ghi chu', 'ignore'],
];
const OLD_AREA_TARGET_FIELD_PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['stt', 'code'],
  ['tt', 'code'],
  ['chi so thanh phan', 'name'],
  ['cac chi so thanh phan', 'name'],
  ['ten chi so', 'name'],
  ['linh vuc', 'name'],
  ['linh vuc danh gia', 'name'],
  ['linh vuc chi so thanh phan', 'name'],
  ['noi dung', 'name'],
  ['chi so', 'index'],
  ['gia tri chi so', 'index'],
  ['gia tri', 'index'],
  ['ket qua', 'index'],
  ['diem', 'index'],
  ['ty le', 'index'],
  ['xep hang', 'rank'],
  ['thu hang', 'rank'],
  ['vi tri xep hang', 'rank'],
  ['thu bac', 'rank'],
  ['hang', 'rank'],
  ['co quan chu tri', 'owner'],
  ['co quan tham muu', 'owner'],
  ['co quan chu tri tham muu', 'owner'],
  ['co quan chu tri theo doi', 'owner'],
  ['don vi chu tri', 'owner'],
  ['don vi tham muu', 'owner'],
  ['co quan phu trach', 'owner'],
  ['don vi phu trach', 'owner'],
  ['co quan chiu trach nhiem', 'owner'],
  ['chu tri', 'owner'],
  ['tham muu', 'owner'],
  ['theo doi', 'owner'],
  ['co quan theo doi', 'owner'],
  ['don vi theo doi', 'owner'],
  ['don vi thuc hien', 'owner'],
  ['co quan thuc hien', 'owner'],
  ['don vi thuc hien theo doi', 'owner'],
  ['co quan duoc giao', 'owner'],
  ['don vi duoc giao', 'owner'],
  ['co quan dau moi', 'owner'],
  ['don vi dau moi', 'owner'],
  ['phu trach', 'owner'],
  ['chiu trach nhiem', 'owner'],
];
const OLD_TARGET_GROUP_WORDS: readonly string[] = ['muc tieu', 'phan dau', 'chi tieu nam', 'ke hoach nam', 'du kien nam'];
const OLD_LAST_GROUP_WORDS: readonly string[] = ['nam truoc', 'nam lien ke', 'ket qua nam', 'da dat'];
const OLD_CRITERIA_PHRASES: Readonly<Record<string, readonly string[]>> = {
  code: ['ma', 'ma tieu chi', 'ma so', 'stt', 'tt', 'so tt'],
  area: ['linh vuc', 'linh vuc danh gia', 'chi so thanh phan'],
  name: ['ten tieu chi', 'tieu chi', 'tieu chi thanh phan', 'noi dung', 'noi dung tieu chi', 'linh vuc tieu chi', 'linh vuc tieu chi tieu chi thanh phan'],
  maxPoints: ['diem toi da', 'diem chuan', 'thang diem toi da', 'so diem toi da'],
  rule: ['cach tinh diem', 'thang diem', 'cach cham diem', 'phuong phap tinh diem', 'phuong phap cham diem', 'huong dan cham diem', 'quy tac tinh diem'],
  link: ['lien ket', 'chi tieu lien ket', 'nhiem vu lien ket', 'lien ket chi tieu'],
  lastYearPoints: ['diem nam truoc', 'diem nam', 'ket qua nam truoc', 'diem dat nam truoc'],
  evidenceRequired: ['minh chung', 'yeu cau minh chung', 'tai lieu kiem chung', 'can minh chung'],
  survey: ['dtxhh', 'dieu tra xhh', 'dieu tra xa hoi hoc', 'diem dieu tra xa hoi hoc'],
  template: ['gia tri mau', 'mau'],
};
const OLD_YEAR_PREFIXES: readonly string[] = ['trong', 'trong ca', 'trong suot', 'ca', 'suot', 'cuoi', 'het', 'den het', 'den cuoi'];
const OLD_START_CUES: readonly string[] = ['ke tu', 'tu'];
const OLD_START_OPENERS: readonly string[] = ['bat dau', 'khoi dau'];
const OLD_ONWARD_WORDS: readonly string[] = [
  'tro di',
  've sau',
  'tro ve sau',
  'va cac nam tiep theo',
  'va cac nam sau',
  'va nhung nam tiep theo',
  'va nhung nam sau',
];
const OLD_DAY_MONTH_CUES: readonly string[] = ['ngay', 'truoc', 'den', 'toi', 'vao', 'tu', 'han', 'nhat'];
const OLD_RANGE_LINKS: readonly string[] = ['-', 'den', 'toi', 'cho den', 'den het', 'toi het'];
const OLD_ISSUERS: readonly string[] = [
  'ubnd',
  'uy ban',
  'chinh phu',
  'thu tuong',
  'bo',
  'hdnd',
  'hoi dong',
  'quoc hoi',
  'tinh uy',
  'huyen uy',
  'thanh uy',
  'ban chap hanh',
  'ban thuong vu',
  'chu tich',
];
const OLD_REFERENCE_WORDS: readonly string[] = [
  'so',
  'ngay',
  'thang',
  'nam',
  'quy',
  'qui',
  'dieu',
  'khoan',
  'diem',
  'muc',
  'chuong',
  'phu luc',
  'giai doan',
  'muc do',
  'khoa',
  'thu',
  'dot',
  'iso',
  'tcvn',
  'phien ban',
];

interface Table {
  readonly name: string;
  /** The phrases as written now, with the key each stands for ('' for a plain list). */
  readonly written: ReadonlyArray<readonly [string, string]>;
  /** The folded phrases as written before, with their keys. */
  readonly old: ReadonlyArray<readonly [string, string]>;
  /** How the table's reader folds a phrase. */
  readonly fold: (text: string) => string;
}

const plain = (phrases: readonly string[]): ReadonlyArray<readonly [string, string]> => phrases.map((p) => [p, ''] as const);

const TABLES: readonly Table[] = [
  { name: 'HEADER_PHRASES', written: HEADER_PHRASES, old: OLD_HEADER_PHRASES, fold: header },
  { name: 'AREA_TARGET_FIELD_PHRASES', written: AREA_TARGET_FIELD_PHRASES, old: OLD_AREA_TARGET_FIELD_PHRASES, fold: keepYears },
  { name: 'TARGET_GROUP_WORDS', written: plain(TARGET_GROUP_WORDS), old: plain(OLD_TARGET_GROUP_WORDS), fold: keepYears },
  { name: 'LAST_GROUP_WORDS', written: plain(LAST_GROUP_WORDS), old: plain(OLD_LAST_GROUP_WORDS), fold: keepYears },
  ...CRITERIA_COLUMNS.map((c) => ({
    name: `CRITERIA_COLUMNS ${c.key}`,
    written: plain(c.phrases),
    old: plain(OLD_CRITERIA_PHRASES[c.key] ?? []),
    fold: header,
  })),
  { name: 'YEAR_PREFIXES', written: plain(YEAR_PREFIXES), old: plain(OLD_YEAR_PREFIXES), fold },
  { name: 'START_CUES', written: plain(START_CUES), old: plain(OLD_START_CUES), fold },
  { name: 'START_OPENERS', written: plain(START_OPENERS), old: plain(OLD_START_OPENERS), fold },
  { name: 'ONWARD_WORDS', written: plain(ONWARD_WORDS), old: plain(OLD_ONWARD_WORDS), fold },
  { name: 'DAY_MONTH_CUES', written: plain(DAY_MONTH_CUES), old: plain(OLD_DAY_MONTH_CUES), fold },
  { name: 'RANGE_LINKS', written: plain(RANGE_LINKS), old: plain(OLD_RANGE_LINKS), fold },
  { name: 'ISSUERS', written: plain(ISSUERS), old: plain(OLD_ISSUERS), fold },
  { name: 'REFERENCE_WORDS', written: plain(REFERENCE_WORDS), old: plain(OLD_REFERENCE_WORDS), fold },
];

describe('phrase tables written with diacritics fold as before', () => {
  test('every criteria column has its old list', () => {
    expect(CRITERIA_COLUMNS.map((c) => c.key)).toEqual(Object.keys(OLD_CRITERIA_PHRASES));
  });

  test.each(TABLES.map((t) => [t.name, t] as const))('%s folds to the old folded phrases', (_name, table) => {
    expect(table.written.map(([p, key]) => [table.fold(p), key])).toEqual(table.old.map(([p, key]) => [p, key]));
  });

  test.each(TABLES.map((t) => [t.name, t] as const))('%s is written with diacritics', (_name, table) => {
    expect(table.written.some(([p]) => DIACRITIC.test(p))).toBe(true);
  });

  test('the old lists are folded text', () => {
    for (const table of TABLES) for (const [p] of table.old) expect(table.fold(p)).toBe(p);
  });
});
