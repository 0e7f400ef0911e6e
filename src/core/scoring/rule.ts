/**
 * The shape of a scoring rule: what `parseRule` reads from one cell and `formatRule` prints back.
 * A rule holds no source text, so two spellings of the same rule are equal values.
 */

/** One end of a band: the value (a fraction for unit '%') and whether the value itself belongs to the band. */
export interface Bound {
  readonly value: number;
  readonly inclusive: boolean;
}

/** One level of a banded rule: lower/upper bound (null = open) and the points it gives. */
export interface Band {
  readonly lower: Bound | null;
  readonly upper: Bound | null;
  readonly points: number;
}

/** "Trên 90%: 2; Từ 70% đến 90%: 1; Dưới 70%: 0" — unit '%' when the bounds are percentages. */
export interface BandsRule {
  readonly kind: 'bands';
  readonly unit: '%' | 'number';
  readonly bands: readonly Band[];
}

/** "Tỷ lệ × điểm tối đa": the actual rate times the maximum, capped at the maximum. */
export interface ProportionalRule {
  readonly kind: 'proportional';
}

/** "Đạt: 1; Không đạt: 0" — the labels are kept as written so the rule prints back the same way. */
export interface YesNoRule {
  readonly kind: 'yesno';
  readonly yes: { readonly label: string; readonly points: number };
  readonly no: { readonly label: string; readonly points: number };
}

/** "Kịp thời: 1; Không kịp thời: 0,5; Không ban hành: 0" — the actual is one of the labels. */
export interface CategoriesRule {
  readonly kind: 'categories';
  readonly categories: readonly { readonly label: string; readonly points: number }[];
}

/**
 * "4 lần/năm: 20; 3 lần: 15; 2 lần: 10; 1 lần: 5" — the actual is a count. It earns the points of
 * the largest listed count not above it: above the top count it keeps the top points; below the
 * smallest listed count (0 when no "0 lần" level is written) it earns 0.
 */
export interface CountsRule {
  readonly kind: 'counts';
  /** The unit as written after the first count ("lần/năm"), "" when none. */
  readonly unit: string;
  readonly levels: readonly { readonly count: number; readonly points: number }[];
}

export type Rule = BandsRule | ProportionalRule | YesNoRule | CategoriesRule | CountsRule;
export type RuleKind = Rule['kind'];

/** What a rule scores: % actuals are fractions (0.95 = 95%); booleans/strings for yes/no and categories. */
export type Actual = number | boolean | string | null;

/**
 * A rule that cannot be read, or an actual a rule cannot take: returned (never thrown) in place of
 * the rule, the points or the index, as a target check returns `{ error }`. Tell it apart by
 * `kind === 'error'` (from a rule) or `typeof result === 'number'` (from points and indices).
 * `error` is Vietnamese and says what was expected; `segment` is the part of the rule text at
 * fault, when there is one, and `position` where it starts (0-based).
 */
export class RuleError {
  readonly kind = 'error';
  readonly error: string;
  readonly segment?: string;
  readonly position?: number;
  constructor(error: string, segment?: string, position?: number) {
    this.error = error;
    if (segment !== undefined) this.segment = segment;
    if (position !== undefined) this.position = position;
  }
}
