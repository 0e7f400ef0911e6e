/**
 * Phrases of plans written as prose (no appendix table), as plans write them; folded once by the
 * phrase engine (src/core/text/phrases.ts).
 */

/**
 * What opens a list of sub-criteria to keep at full points ("Tiếp tục quan tâm các tiêu chí thành
 * phần (đạt điểm tối đa) về: A; B; C"): the words before the colon hold one of these.
 */
export const FULL_POINTS_PHRASES: readonly string[] = [
  'điểm tối đa',
  'tối đa điểm',
  'giữ vững điểm',
  'duy trì điểm',
  'giữ vững các tiêu chí',
  'duy trì các tiêu chí',
];

/** Lines after which a plan's content has ended (the recipients, the signature). */
export const END_OF_PLAN_PHRASES: readonly string[] = ['nơi nhận'];

/** Words that introduce the office put in charge ("Giao Phòng Nội vụ chủ trì", "do Sở Nội vụ chủ trì"). */
export const LEAD_INTRO_PHRASES: readonly string[] = ['giao', 'đề nghị', 'yêu cầu', 'do', 'phân công', 'giao cho'];

/** The verb that names the office in charge. */
export const LEAD_VERB = 'chủ trì';

/** Words of a title that make the plan one remedying last year's index ("Khắc phục các tiêu chí bị đánh giá thấp … năm 2023"). */
export const REMEDY_PHRASES: readonly string[] = ['khắc phục', 'bị đánh giá thấp', 'tồn tại, hạn chế', 'hạn chế, yếu kém'];
