/**
 * Any failure as the pane shows it: what happened and what to do. A HostError carries both
 * (Vietnamese, from the workbook layer); a failure that crossed google.script.run or Office.js
 * arrives as a plain Error or even a string, so the hint is read wherever it can be found and a
 * general one is given otherwise — the pane is never left blank.
 */
import { HostError } from '../workbook/host';
import type { Translate } from './i18n';

export interface PaneError {
  readonly message: string;
  readonly hint: string;
}

function textProp(value: unknown, name: string): string {
  if (typeof value !== 'object' || value === null) return '';
  const v = (value as Record<string, unknown>)[name];
  return typeof v === 'string' ? v.trim() : '';
}

/** Office.js and Apps Script prefix messages with the error's kind; the official needs the rest. */
const KIND_PREFIX = /^(Error|HostError|Exception|ScriptError|TypeError):\s*/;

export function paneError(error: unknown, t: Translate): PaneError {
  if (error instanceof HostError) return { message: error.message, hint: error.hint || t('error.genericHint') };
  if (typeof error === 'string') return { message: error.trim().replace(KIND_PREFIX, '') || t('error.unknown'), hint: t('error.genericHint') };
  // A HostError rebuilt on the other side of a bridge keeps its fields but not its class.
  const message = textProp(error, 'message') || textProp(error, 'description') || t('error.unknown');
  const hint = textProp(error, 'hint') || t('error.genericHint');
  return { message: message.replace(KIND_PREFIX, '') || t('error.unknown'), hint };
}
