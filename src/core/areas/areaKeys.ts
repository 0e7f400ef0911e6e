/** The stable keys of the index's areas (design.md §1), plus SIPAS and a catch-all. */
export const AREA_KEYS = [
  'direction',
  'institutions',
  'procedures',
  'organization',
  'civil-service',
  'public-finance',
  'digital-government',
  'impact',
  'satisfaction',
  'other',
] as const;
export type AreaKey = (typeof AREA_KEYS)[number];
