/**
 * Rules of src/ui checked on its source: untrusted text never goes in as HTML, the UI reaches
 * the spreadsheet only through the Host port (no host globals, no other layer), makes no network
 * call, and keeps every string in the two language tables.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { en } from '../../src/ui/i18n/en';
import { vi } from '../../src/ui/i18n/vi';

const ROOT = resolve(__dirname, '..', '..');
const UI = join(ROOT, 'src', 'ui');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const SOURCES = files(UI).map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));

/** The code without comments, so a comment may name what the code must not do. */
const code = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

const offending = (pattern: RegExp, only = SOURCES): string[] => only.filter((f) => pattern.test(code(f.text))).map((f) => f.path);

describe('src/ui source rules', () => {
  it('has the UI sources', () => {
    expect(SOURCES.map((f) => f.path)).toEqual(expect.arrayContaining(['src/ui/index.ts', 'src/ui/i18n/vi.ts', 'src/ui/i18n/en.ts']));
  });

  it('never builds DOM from an HTML string', () => {
    expect(offending(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser|srcdoc/)).toEqual([]);
  });

  it('imports only from src/ui, src/files, src/documents, src/workbook, src/core and the Fluent packages', () => {
    const bad: string[] = [];
    for (const f of SOURCES) {
      for (const m of code(f.text).matchAll(/\bfrom\s+'([^']+)'|\bimport\s+'([^']+)'|\brequire\(\s*'([^']+)'/g)) {
        const spec = m[1] ?? m[2] ?? m[3];
        if (spec.startsWith('.')) {
          const target = relative(ROOT, resolve(ROOT, f.path, '..', spec));
          if (!/^src\/(ui|files|documents|workbook|core)(\/|$)/.test(target)) bad.push(`${f.path} → ${spec}`);
        } else if (!/^@fluentui\/(web-components|tokens)$/.test(spec)) bad.push(`${f.path} → ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('uses no Office or Google global and makes no network call', () => {
    expect(offending(/\bOffice\.|\bExcel\.run|\bgoogle\.script|\bSpreadsheetApp\b|\bHtmlService\b/)).toEqual([]);
    expect(offending(/\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|\bimport\s*\(/)).toEqual([]);
  });

  it('keeps every Vietnamese word in the language tables (the domain words come from core/workbook)', () => {
    const VIETNAMESE = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i;
    const outsideTables = SOURCES.filter((f) => !f.path.startsWith('src/ui/i18n/'));
    expect(offending(VIETNAMESE, outsideTables)).toEqual([]);
  });
});

describe('language tables', () => {
  const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('translates every English string into Vietnamese (language names excepted)', () => {
    const missing = (Object.keys(en) as (keyof typeof en)[]).filter((k) => !k.startsWith('lang.') && !vi[k]);
    expect(missing).toEqual([]);
    expect(Object.keys(vi).filter((k) => !(k in en))).toEqual([]);
  });

  it('keeps the same {placeholders} in both languages', () => {
    const differ = (Object.keys(vi) as (keyof typeof en)[]).filter((k) => placeholders(vi[k]!).join() !== placeholders(en[k]).join());
    expect(differ).toEqual([]);
  });
});
