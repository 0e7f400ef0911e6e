/**
 * The Plan: what the importer makes of an appendix table, and the stable JSON shape that
 * `par-tracker import --json` prints (documented in docs/plan-json.md, JSON Schema in
 * docs/plan.schema.json generated from these zod schemas).
 */
import { z } from '../zodConfig';
import { AREA_KEYS } from '../areas/areaKeys';

/** Where an appendix column's meaning goes in a task. */
export const FIELD_KEYS = ['code', 'title', 'lead', 'support', 'output', 'dueText', 'unit'] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

export const AreaKeySchema = z.enum(AREA_KEYS);

export const TargetOpSchema = z.enum(['>=', '>', '<=', '<', '=']);
export type TargetOp = z.infer<typeof TargetOpSchema>;

/**
 * One numeric target found in a cell. For unit "%" the value is a fraction, as spreadsheets
 * store percentages (90% → 0.9), so it compares directly with an actual rate cell.
 */
export const TargetSchema = z.object({
  metric: z.string(),
  op: TargetOpSchema,
  value: z.number(),
  unit: z.enum(['%', 'count', 'other']),
  baselineYear: z.number().int().optional(),
  direction: z.enum(['increase', 'decrease']).optional(),
  text: z.string(),
});
export type Target = z.infer<typeof TargetSchema>;

export const DueKindSchema = z.enum(['date', 'quarter', 'year', 'recurring', 'schedule', 'none']);
export type DueKind = z.infer<typeof DueKindSchema>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const TaskSchema = z.object({
  /** Stable ID: section + code, with deterministic suffixes for duplicates and un-numbered rows. */
  id: z.string(),
  /** STT as printed, without a trailing dot ("" for an un-numbered task). */
  code: z.string(),
  /** The section's Roman numeral ("III"), "" where the table has none. */
  section: z.string(),
  sectionTitle: z.string(),
  area: AreaKeySchema,
  parentId: z.string().nullable(),
  group: z.boolean(),
  title: z.string(),
  lead: z.string(),
  support: z.string(),
  output: z.string(),
  dueText: z.string(),
  /** The deadline that drives the flag: the earliest date read from dueText. */
  due: IsoDate.nullable(),
  dueKind: DueKindSchema,
  /** Every date read from dueText, ascending (a cell may set several milestones). */
  dueDates: z.array(IsoDate),
  targets: z.array(TargetSchema),
  /** 1-based rows of the source grid this task was read from (several when a page split it). */
  rows: z.array(z.number().int().positive()),
});
export type Task = z.infer<typeof TaskSchema>;

export const PlanWarningSchema = z.object({
  /** 1-based source row, 0 for the whole table. */
  row: z.number().int().nonnegative(),
  /** Stable machine key of the kind of warning (see core/messages). */
  code: z.string(),
  /** Vietnamese message, naming the row and what was done. */
  message: z.string(),
});
export type PlanWarning = z.infer<typeof PlanWarningSchema>;

export const SectionSchema = z.object({
  /** Roman numeral as printed ("III"), "" for a section heading without one. */
  code: z.string(),
  title: z.string(),
  /** The area the section title names, 'other' when it names none. */
  area: AreaKeySchema,
  row: z.number().int().positive(),
});
export type Section = z.infer<typeof SectionSchema>;

/**
 * One row of the plan's component-index target table: an area's index and rank last year and
 * this year's target ("Trên 85%", rank 4), with the office in charge. Index values are fractions,
 * like every percentage in the Plan (81,25% → 0.8125).
 */
export const AreaTargetSchema = z.object({
  /** The area the row names; 'satisfaction' for SIPAS, 'total' for the PAR INDEX as a whole. */
  area: z.union([AreaKeySchema, z.literal('total')]),
  /** The row's name as written ("Cải cách thủ tục hành chính"). */
  name: z.string(),
  lastIndex: z.number().nullable(),
  lastRank: z.number().int().positive().nullable(),
  /** This year's target index, read like any target ("Trên 85%" → { op: '>', value: 0.85, unit: '%' }). */
  target: z
    .object({
      op: TargetOpSchema,
      value: z.number(),
      unit: z.enum(['%', 'count', 'other']),
    })
    .nullable(),
  /** The target cell as written. */
  targetText: z.string(),
  targetRank: z.number().int().positive().nullable(),
  /**
   * The office in charge, as written: the column headed by its words ("Cơ quan chủ trì tham mưu",
   * "Đơn vị thực hiện/theo dõi", "Cơ quan theo dõi"…); '' when the table has no such column.
   */
  owner: z.string(),
});
export type AreaTarget = z.infer<typeof AreaTargetSchema>;

export const PlanSchema = z.object({
  year: z.number().int().nullable(),
  title: z.string(),
  /** 1-based source rows of the header (one or two rows). */
  headerRows: z.array(z.number().int().positive()),
  /** Source column index (0-based) of each recognised field. */
  columns: z.partialRecord(z.enum(FIELD_KEYS), z.number().int().nonnegative()),
  sections: z.array(SectionSchema),
  tasks: z.array(TaskSchema),
  warnings: z.array(PlanWarningSchema),
  /**
   * The component-index target table, when the document has one. Always written by the importer
   * ([] when there is none); optional so that plans saved before it existed still read.
   */
  areaTargets: z.array(AreaTargetSchema).optional(),
});
export type Plan = z.infer<typeof PlanSchema>;
