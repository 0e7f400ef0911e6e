/**
 * A small criteria set linked to seed 000's indicators and tasks, and component-index targets,
 * for the hand-calculated dashboard tests (the same numbers on every surface):
 *   3.1 on-time dossiers 85%  → band 70–90%: 1 of 2      3.2 task III-1.1.2 done → Đạt: 1 of 1
 *   7.1 online 60% × 2        → 1.2 of 2                 7.2 e-documents 45% → below 50%: 0 of 2
 *   procedures 2/3 = 66.67% (target > 85%: not met), digital 1.2/4 = 30% (target ≥ 30%: met),
 *   total 3.2/7 = 45.71%; points lost: 7.2 (2), 3.1 (1), 7.1 (0.8), 3.2 (0).
 */
import type { Criterion } from '../../../src/core/scoring';
import type { AreaTargetRow } from '../../../src/workbook/scoring/buildDashboardSheet';

const leaf = (code: string, area: Criterion['area'], name: string, maxPoints: number, rule: string, ref: string, kind: 'indicator' | 'task' = 'indicator'): Criterion => ({
  code, area, name, maxPoints, rule, link: { kind, ref }, evidenceRequired: true, survey: false,
});
const parent = (code: string, area: Criterion['area'], name: string, maxPoints: number): Criterion => ({ code, area, name, maxPoints, evidenceRequired: false, survey: false });

export const CRITERIA: Criterion[] = [
  parent('3', 'procedures', 'Cải cách thủ tục hành chính', 3),
  leaf('3.1', 'procedures', 'Tỷ lệ hồ sơ giải quyết đúng hạn', 2, 'Trên 90%: 2; Từ 70% đến 90%: 1; Dưới 70%: 0', 'III-3.1:1'),
  leaf('3.2', 'procedures', 'Công khai TTHC tại Bộ phận Một cửa', 1, 'Đạt: 1; Không đạt: 0', 'III-1.1.2', 'task'),
  parent('7', 'digital-government', 'Xây dựng, phát triển Chính quyền điện tử, Chính quyền số', 4),
  leaf('7.1', 'digital-government', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 2, 'Tỷ lệ × điểm tối đa', 'VII-4:1'),
  leaf('7.2', 'digital-government', 'Tỷ lệ văn bản xử lý trên môi trường điện tử', 2, 'Từ 80% trở lên: 2; Từ 50% đến dưới 80%: 1; Dưới 50%: 0', 'VII-1.1:2'),
];

export const TARGETS: AreaTargetRow[] = [
  { area: 'procedures', lastIndex: 0.8125, lastRank: 6, target: { op: '>', value: 0.85, unit: '%' }, targetRank: 4, owner: 'Phòng Nội vụ' },
  { area: 'digital-government', lastIndex: 0.25, lastRank: 9, target: { op: '>=', value: 0.3, unit: '%' }, targetRank: 7, owner: 'Văn phòng HĐND và UBND' },
];


/** The actuals the official enters, by indicator ID, and the task marked done. */
export const ACTUALS: ReadonlyArray<readonly [string, number]> = [
  ['III-3.1:1', 0.85],
  ['VII-4:1', 0.6],
  ['VII-1.1:2', 0.45],
];
export const DONE_TASK = 'III-1.1.2';
