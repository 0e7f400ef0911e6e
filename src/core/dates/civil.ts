/**
 * Calendar arithmetic on plain integers (proleptic Gregorian calendar), so that no date in the
 * core ever goes through a JS `Date` and its host timezone: the same code gives the same answer
 * in Excel's browser, in Apps Script and in Node. Algorithms from Howard Hinnant's
 * "chrono-Compatible Low-Level Date Algorithms".
 */

/**
 * Days from 1970-01-01 to the given civil date (negative before 1970). Does not validate.
 * @example daysFromCivil(1970, 1, 1) → 0
 * @example daysFromCivil(2024, 12, 31) → 20088
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  // Count years from March, so the leap day is the last day of the counted year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * The civil date `days` days after 1970-01-01, as [year, month, day].
 * @example civilFromDays(20088) → [2024, 12, 31]
 */
export function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return [year, month, day];
}
