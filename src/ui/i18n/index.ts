/**
 * Looking strings up: the chosen language's table, then English (Flubaroo's habit: one table
 * per language, English as the fallback), with `{name}` placeholders filled in.
 */
import { en, type MessageKey } from './en';
import { vi } from './vi';

export type Lang = 'vi' | 'en';
export type { MessageKey } from './en';

const TABLES: Readonly<Record<Lang, Partial<Record<MessageKey, string>>>> = { vi, en };

export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

/**
 * @example translator('vi')('editor.saved', { cells: 2, logs: 2 }) → 'Đã lưu (2 ô, 2 dòng nhật ký)'
 */
export function translator(lang: Lang): Translate {
  const table = TABLES[lang];
  return (key, params) => {
    const text = table[key] ?? en[key] ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (all, name: string) => (name in params ? String(params[name]) : all));
  };
}
