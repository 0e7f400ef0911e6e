/**
 * Every `@example` in the source's JSDoc is run: `@example <call> → <value>`, the call evaluated
 * with the exports of its own module in scope, compared with the value (objects may show only the
 * fields that matter: they are matched, not equalled). An example that no longer holds fails here,
 * so the documentation cannot drift from the code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const SRC = join(__dirname, '..', '..', 'src');

/** Layers whose modules load in Node without a host (no Office, Apps Script or DOM at load time). */
const RUNNABLE = /^(core|workbook|files|documents|cli|functions)\//;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

interface Example {
  readonly file: string;
  readonly line: number;
  readonly call: string;
  readonly value: string;
}

/** `<call> → <value>`, split at the arrow outside quotes and brackets. */
function split(text: string): { call: string; value: string } | null {
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    else if (depth === 0 && text.startsWith(' → ', i)) return { call: text.slice(0, i).trim(), value: text.slice(i + 3).trim() };
  }
  return null;
}

const EXAMPLES: Example[] = files(SRC)
  .filter((f) => RUNNABLE.test(relative(SRC, f).replace(/\\/g, '/')))
  .flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((text, i) => {
        const m = /^\s*\*\s*@example\s+(.*)$/.exec(text);
        const parts = m ? split(m[1]) : null;
        return parts ? [{ file: relative(SRC, file), line: i + 1, ...parts }] : [];
      }),
  );

/** What an example may call: its module's exports, and what its module imports by name. */
function scopeOf(file: string): Record<string, unknown> {
  const path = join(SRC, file);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const own = require(path) as Record<string, unknown>;
  const scope: Record<string, unknown> = {};
  for (const m of readFileSync(path, 'utf8').matchAll(/^import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'(\.[^']+)';/gm)) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const dep = require(join(dirname(path), m[2])) as Record<string, unknown>;
    for (const spec of m[1]
      .split(',')
      .map((x) => x.trim().replace(/^type\s+/, ''))
      .filter(Boolean)) {
      const [from, as] = spec.split(/\s+as\s+/);
      if (dep[from] !== undefined) scope[as ?? from] = dep[from];
    }
  }
  for (const [k, v] of Object.entries(own)) if (/^[A-Za-z_$][\w$]*$/.test(k)) scope[k] = v;
  return scope;
}

describe('the @example lines of the source', () => {
  it('are written as "<call> → <value>"', () => {
    const all = files(SRC).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((text, i) => ({ file: relative(SRC, file), line: i + 1, text }))
        .filter((l) => /^\s*\*\s*@example\s/.test(l.text) && !split(l.text.replace(/^\s*\*\s*@example\s+/, ''))),
    );
    expect(all.map((l) => `${l.file}:${l.line}`)).toEqual([]);
  });

  it.each(EXAMPLES.map((e) => [`${e.file}:${e.line}`, e] as const))('%s holds', (_, e) => {
    const scope = scopeOf(e.file);
    const names = Object.keys(scope);
    const run = new Function(...names, `return [(${e.call}), (${e.value})];`) as (...args: unknown[]) => [unknown, unknown];
    const [actual, expected] = run(...names.map((n) => scope[n]));
    if (expected !== null && typeof expected === 'object') expect(actual).toMatchObject(expected as object);
    else expect(actual).toEqual(expected);
  });
});
