/**
 * Offices named in a lead or support cell (design.md §5): "Văn phòng HĐND và UBND huyện; UBND cấp
 * xã" is two offices, "Các Phòng: Nội vụ, Tư pháp" is Phòng Nội vụ and Phòng Tư pháp, and "VP
 * HĐND-UBND huyện" is the same office as "Văn phòng HĐND và UBND huyện". Reports count a task for
 * each lead office it names, and a task naming none under UNASSIGNED_OFFICE, never dropping it.
 *
 * Splitting reads the cell by meaning: a new office starts at a capitalised word that begins an
 * office's name (Phòng, Sở, UBND, Trung tâm, …) after ";", "," or "và"; anything else continues the
 * office before it ("Phòng Văn hóa và Thông tin", "Cán bộ, công chức thuộc UBND xã").
 */
import { fold } from '../text/fold';

/** Where a task that names no lead office is counted. */
export const UNASSIGNED_OFFICE = 'Chưa xác định';

/** Words (folded) an office's name begins with. */
const HEAD_WORDS = [
  'phong',
  'so',
  'van phong',
  'vp',
  'ubnd',
  'uy ban',
  'hdnd',
  'hoi dong',
  'ban',
  'trung tam',
  'tt',
  'cong an',
  'chi cuc',
  'cuc',
  'doi',
  'dai',
  'hoi',
  'lien doan',
  'doan',
  'mat tran',
  'mttq',
  'kho bac',
  'chi nhanh',
  'bao hiem',
  'bhxh',
  'thanh tra',
  'toa an',
  'vien',
  'huyen uy',
  'dang uy',
  'thi uy',
  'thanh uy',
  'tinh uy',
  'truong',
  'benh vien',
  'cong chuc',
  'can bo',
  'bo phan',
  'buu dien',
  'cac co quan',
  'cac don vi',
  'cac phong',
  'cac so',
  'co quan',
  'don vi',
  'bch',
  'ban chi huy',
  'quan su',
  'nguoi dung dau',
  'chu tich',
  'lanh dao',
  'to',
  'nhom',
  'uy ban nhan dan',
];
const HEAD = new RegExp(`^(?:${HEAD_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?=\\s|$|[.,;:])`);

/** Abbreviations expanded for comparing spellings (folded words). */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  vp: 'van phong',
  ubnd: 'uy ban nhan dan',
  hdnd: 'hoi dong nhan dan',
  mttq: 'mat tran to quoc',
  bhxh: 'bao hiem xa hoi',
  tt: 'trung tam',
  'p.': 'phong',
};

/** "HĐND và UBND", "HĐND - UBND", "HĐND&UBND": one office's name, never two offices. */
const JOINED_COUNCILS = /(HĐND|Hội đồng nhân dân)\s*(?:và|-|–|&)\s*(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)/giu;
const JOIN_MARK = '\u0001';

/** Whether text begins with an office's name ("Phòng Nội vụ", "UBND cấp xã"): a capital, then a head word. */
export const startsOffice = (text: string): boolean => /^\p{Lu}/u.test(text) && HEAD.test(fold(text));

/** "Các Phòng: Nội vụ, Tư pháp" → the head word "Phòng" given to each item; "Các cơ quan:" gives none. */
const LIST_PREFIX = /^(?:các|cac)\s+([\p{L}\s]+?)\s*:\s*(.+)$/isu;
const SINGULAR_HEADS: Readonly<Record<string, string>> = { phong: 'Phòng', so: 'Sở', ban: 'Ban', 'trung tam': 'Trung tâm', 'chi cuc': 'Chi cục' };

function tidy(piece: string): string {
  return piece
    .replace(new RegExp(JOIN_MARK, 'g'), ' và ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–+•*.,;:]+|[\s.,;:]+$/g, '')
    .replace(/\s*\((?:chủ trì|phối hợp|chu tri|phoi hop)\)\s*$/i, '')
    .trim();
}

/** Splits at ",", ";", "và" where the next words start an office; other pieces join the one before. */
function splitRun(text: string, listMode: boolean): string[] {
  const tokens = text.split(/(\s*[;,\n]\s*|\s+và\s+)/u);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i += 2) {
    const token = tokens[i].trim();
    const sep = i > 0 ? tokens[i - 1] : '';
    if (token === '') continue;
    const hardBreak = /[;\n]/.test(sep);
    // In a list ("Các cơ quan: Nội vụ, Tư pháp"), every capitalised item after a comma is one.
    const newOffice = out.length === 0 || hardBreak || startsOffice(token) || (listMode && /,/.test(sep) && /^\p{Lu}/u.test(token));
    if (newOffice) out.push(token);
    else out[out.length - 1] += (/và/.test(sep) ? ' và ' : ', ') + token;
  }
  return out;
}

/**
 * The offices a cell names, as written (tidied), in order, without repeats.
 * @example splitOffices('Văn phòng HĐND và UBND huyện; UBND cấp xã') → ['Văn phòng HĐND và UBND huyện', 'UBND cấp xã']
 * @example splitOffices('Các Phòng: Nội vụ, Tư pháp') → ['Phòng Nội vụ', 'Phòng Tư pháp']
 * @example splitOffices('Phòng Văn hóa và Thông tin, UBND cấp xã') → ['Phòng Văn hóa và Thông tin', 'UBND cấp xã']
 */
export function splitOffices(cell: string): string[] {
  const text = cell.normalize('NFC').replace(JOINED_COUNCILS, `$1${JOIN_MARK}$2`).trim();
  if (text === '') return [];
  const pieces: string[] = [];
  for (const line of text.split(/\s*;\s*|\n+/)) {
    const list = LIST_PREFIX.exec(line.trim());
    if (list) {
      const head = SINGULAR_HEADS[fold(list[1])];
      for (const item of splitRun(list[2], true)) pieces.push(head && !startsOffice(item) ? `${head} ${item}` : item);
    } else {
      pieces.push(...splitRun(line, false));
    }
  }
  const seen = new Set<string>();
  return pieces.map(tidy).filter((p) => {
    const key = officeKey(p);
    if (p === '' || key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * What two spellings of one office share: folded, abbreviations spelled out, "-", "–", "&" read
 * as "và", punctuation dropped.
 * @example officeKey('VP HĐND-UBND huyện') → officeKey('Văn phòng HĐND và UBND huyện')
 * @example officeKey('Phòng Tài chính – Kế hoạch') → officeKey('Phòng Tài chính và Kế hoạch')
 */
export function officeKey(name: string): string {
  return fold(name)
    .replace(/\s*[-–—&]\s*/g, ' va ')
    .replace(/[.,;:()"“”]/g, (c) => (c === '.' ? '. ' : ' '))
    .split(/\s+/)
    .map((w) => ABBREVIATIONS[w] ?? w.replace(/\.$/, ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The key of a name without its head word ("Phòng Nội vụ" → "noi vu"), to place a bare "Nội vụ". */
function coreKey(key: string): string {
  const m = HEAD.exec(key);
  return m ? key.slice(m[0].length).trim() : key;
}

/** One line of the workbook's office list: the name to report under, and other spellings of it. */
export interface OfficeEntry {
  readonly name: string;
  readonly aliases: readonly string[];
}

/** Turns cells into the offices they name, merging spellings; built once per report. */
export interface OfficeResolver {
  /** The offices a lead cell names, by their report names; [UNASSIGNED_OFFICE] when none. */
  officesOf(cell: string): string[];
  /** Every office the cells given at construction name, with the spellings seen, sorted by name. */
  readonly known: readonly OfficeEntry[];
}

/**
 * A resolver for the offices of a set of cells, using the official's list first (its names and
 * aliases), then the first spelling seen of each office. A bare name ("Nội vụ", from "Các cơ quan:
 * Nội vụ, …") joins the one office whose name it is without the head word, when there is one.
 */
export function officeResolver(cells: readonly string[], list: readonly OfficeEntry[] = []): OfficeResolver {
  const nameOf = new Map<string, string>();
  const spellings = new Map<string, Set<string>>();
  for (const entry of list) {
    const name = tidy(entry.name);
    if (name === '') continue;
    for (const spelling of [name, ...entry.aliases]) {
      const key = officeKey(spelling);
      if (key !== '' && !nameOf.has(key)) nameOf.set(key, name);
    }
  }
  const pieces = cells.flatMap(splitOffices);
  for (const piece of pieces) {
    const key = officeKey(piece);
    if (!nameOf.has(key)) nameOf.set(key, piece);
  }
  // Bare names ("noi vu") placed under the one full name whose core they are.
  const byCore = new Map<string, Set<string>>();
  for (const [key, name] of nameOf) {
    if (HEAD.test(key)) {
      const set = byCore.get(coreKey(key)) ?? new Set<string>();
      set.add(name);
      byCore.set(coreKey(key), set);
    }
  }
  const resolve = (piece: string): string => {
    const key = officeKey(piece);
    if (!HEAD.test(key)) {
      const full = byCore.get(key);
      if (full && full.size === 1) return [...full][0];
    }
    return nameOf.get(key) ?? piece;
  };
  for (const piece of pieces) {
    const name = resolve(piece);
    const set = spellings.get(name) ?? new Set<string>();
    if (piece !== name) set.add(piece);
    spellings.set(name, set);
  }
  for (const entry of list) {
    const name = tidy(entry.name);
    if (name !== '' && !spellings.has(name)) spellings.set(name, new Set(entry.aliases));
  }
  return {
    officesOf(cell: string): string[] {
      const names = [...new Set(splitOffices(cell).map(resolve))];
      return names.length > 0 ? names : [UNASSIGNED_OFFICE];
    },
    known: [...spellings].map(([name, set]) => ({ name, aliases: [...set] })).sort((a, b) => a.name.localeCompare(b.name, 'vi')),
  };
}
