import type { PlanWarning } from '../plan/schema';
import { importMessage, type ImportMessageCode, IMPORT_MESSAGES } from './messages';

export type WarningSink = <C extends ImportMessageCode>(row: number, code: C, params: Parameters<(typeof IMPORT_MESSAGES)[C]['vi']>[0]) => void;

/** Collects warnings in the Plan's shape, with the Vietnamese message. */
export function warningCollector(): { warnings: PlanWarning[]; warn: WarningSink } {
  const warnings: PlanWarning[] = [];
  const warn: WarningSink = (row, code, params) => {
    warnings.push({ row, code, message: importMessage(code, row, params) });
  };
  return { warnings, warn };
}
