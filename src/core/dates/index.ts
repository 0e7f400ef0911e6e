/** Calendar dates as ISO 'YYYY-MM-DD' strings: build, check, compare, shift, convert, show. */
export type { YearMonthDay } from './iso';
export {
  isLeapYear,
  daysInMonth,
  isoDate,
  parseIso,
  isIsoDate,
  lastDayOfMonth,
  lastDayOfQuarter,
  compareIso,
  addDays,
  diffDays,
  dateToIso,
  todayIso,
} from './iso';
export { excelSerialToIso, isoToExcelSerial } from './excel';
export { formatDmy } from './format';
