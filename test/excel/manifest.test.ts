/**
 * The Excel add-in package, offline: manifest.xml is well-formed and has what Excel needs for a
 * shared-runtime add-in with custom functions (namespace PAR), every resid it uses is defined,
 * and every https://localhost:3000/ URL it names is a file the build writes. The functions
 * config (build/webpack.functions.js) is built once into a temporary folder, with PAR_ADDIN_URL
 * set, so the test neither depends on nor disturbs dist/; taskpane.html comes from the task pane
 * config and is looked for in dist/excel (npm test builds it first).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FUNCTION_CATALOGUE, FUNCTION_IDS } from '../../src/core/functions';

const ROOT = join(__dirname, '..', '..');
const DEV_URL = 'https://localhost:3000/';
const PROD_URL = 'https://par.example.gov.vn/addin/';

// ---------------------------------------------------------------------------------------------
// A small strict XML reader: enough to prove the manifest well-formed and to query it. No DTDs,
// no CDATA (a manifest has neither).

interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;
const ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
const decode = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
      : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e],
  );

function parseXml(xml: string): XmlElement {
  let pos = 0;
  const fail = (why: string): never => {
    const line = xml.slice(0, pos).split('\n').length;
    throw new Error(`XML not well-formed at line ${line}: ${why}`);
  };
  const text = xml.replace(/^\uFEFF/, '');
  const decl = /^<\?xml\s+version="1\.0"(?:\s+encoding="UTF-8")?(?:\s+standalone="(?:yes|no)")?\s*\?>/.exec(text);
  if (!decl) fail('missing or malformed <?xml version="1.0" …?> declaration');
  pos = decl![0].length;
  const stack: XmlElement[] = [];
  const scopes: Array<Set<string>> = [new Set(['xml'])];
  let root: XmlElement | null = null;
  const skipMisc = () => {
    for (;;) {
      const ws = /^\s*/.exec(text.slice(pos))![0];
      pos += ws.length;
      if (text.startsWith('<!--', pos)) {
        const end = text.indexOf('-->', pos + 4);
        if (end < 0) fail('unterminated comment');
        if (text.slice(pos + 4, end).includes('--')) fail('"--" inside a comment');
        pos = end + 3;
      } else return;
    }
  };
  skipMisc();
  while (pos < text.length) {
    if (text.startsWith('<!--', pos)) {
      skipMisc();
      continue;
    }
    if (text.startsWith('</', pos)) {
      const m = /^<\/([^\s>]+)\s*>/.exec(text.slice(pos));
      if (!m) fail('malformed end tag');
      const open = stack.pop();
      if (!open || open.name !== m![1]) fail(`</${m![1]}> closes <${open?.name ?? 'nothing'}>`);
      scopes.pop();
      pos += m![0].length;
      if (stack.length === 0) {
        skipMisc();
        if (pos < text.length) fail('content after the root element');
      }
      continue;
    }
    if (text[pos] === '<') {
      const m = /^<([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/.exec(text.slice(pos));
      if (!m) fail('malformed start tag');
      const [whole, name, rawAttrs, selfClosing] = m!;
      if (!NAME.test(name)) fail(`bad element name ${name}`);
      const attrs: Record<string, string> = {};
      for (const a of rawAttrs.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        const value = a[2] ?? a[3];
        if (!NAME.test(a[1])) fail(`bad attribute name ${a[1]}`);
        if (a[1] in attrs) fail(`duplicate attribute ${a[1]} on <${name}>`);
        if (ENTITY.test(value)) fail(`bare "&" in attribute ${a[1]}`);
        attrs[a[1]] = decode(value);
      }
      const scope = new Set(scopes[scopes.length - 1]);
      for (const key of Object.keys(attrs)) if (key.startsWith('xmlns:')) scope.add(key.slice(6));
      for (const qname of [name, ...Object.keys(attrs).filter((k) => !k.startsWith('xmlns'))]) {
        const prefix = qname.includes(':') ? qname.split(':')[0] : null;
        if (prefix && !scope.has(prefix)) fail(`undeclared namespace prefix ${prefix} in ${qname}`);
      }
      // xsi:type values name types by prefix too.
      const type = attrs['xsi:type'];
      if (type?.includes(':') && !scope.has(type.split(':')[0])) fail(`undeclared prefix in xsi:type="${type}"`);
      const el: XmlElement = { name, attrs, children: [], text: '' };
      if (stack.length > 0) stack[stack.length - 1].children.push(el);
      else if (root) fail('second root element');
      else root = el;
      pos += whole.length;
      if (!selfClosing) {
        stack.push(el);
        scopes.push(scope);
      } else if (stack.length === 0) {
        skipMisc();
        if (pos < text.length) fail('content after the root element');
      }
      continue;
    }
    const end = text.indexOf('<', pos);
    const chunk = text.slice(pos, end < 0 ? text.length : end);
    if (stack.length === 0) fail('text outside the root element');
    if (ENTITY.test(chunk)) fail('bare "&" in text');
    if (chunk.includes('>') && chunk.includes(']]>')) fail('"]]>" in text');
    stack[stack.length - 1].text += decode(chunk);
    pos += chunk.length;
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1].name}> is not closed`);
  if (!root) fail('no root element');
  return root!;
}

const local = (name: string): string => name.split(':').pop()!;
function all(el: XmlElement, name: string): XmlElement[] {
  return el.children.flatMap((c) => [...(local(c.name) === name ? [c] : []), ...all(c, name)]);
}
function one(el: XmlElement, path: string): XmlElement {
  let at: XmlElement[] = [el];
  for (const step of path.split('/')) at = at.flatMap((e) => e.children.filter((c) => local(c.name) === step));
  if (at.length !== 1) throw new Error(`expected one ${path}, found ${at.length}`);
  return at[0];
}

// ---------------------------------------------------------------------------------------------

describe('the XML reader', () => {
  it.each([
    ['<?xml version="1.0"?><a><b></a></b>', /closes/],
    ['<?xml version="1.0"?><a x="1" x="2"/>', /duplicate attribute/],
    ['<?xml version="1.0"?><a>R&D</a>', /bare "&"/],
    ['<?xml version="1.0"?><a><b:c/></a>', /undeclared namespace prefix b/],
    ['<?xml version="1.0"?><a/><a/>', /after the root/],
    ['<?xml version="1.0"?><a>', /not closed/],
  ])('rejects %s', (xml, why) => {
    expect(() => parseXml(xml)).toThrow(why);
  });
});

describe('manifest.xml', () => {
  const source = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
  const app = parseXml(source);
  const resources = one(app, 'VersionOverrides/Resources');
  const host = one(app, 'VersionOverrides/Hosts/Host');
  const defined = new Map<string, XmlElement>();
  for (const group of resources.children) for (const r of group.children) defined.set(r.attrs.id, r);
  const resource = (id: string): XmlElement => {
    const r = defined.get(id);
    if (!r) throw new Error(`resid ${id} is not defined`);
    return r;
  };

  it('is an Excel task pane add-in with the basics in en-US and a vi-VN override', () => {
    expect(local(app.name)).toBe('OfficeApp');
    expect(app.attrs['xsi:type']).toBe('TaskPaneApp');
    expect(one(app, 'Id').text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(one(app, 'Version').text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(one(app, 'DefaultLocale').text).toBe('en-US');
    for (const field of ['DisplayName', 'Description']) {
      const el = one(app, field);
      expect(el.attrs.DefaultValue).toBeTruthy();
      expect(el.children.map((o) => [local(o.name), o.attrs.Locale])).toEqual([['Override', 'vi-VN']]);
      expect(el.children[0].attrs.Value).toMatch(/[ạ-ỹđ]/);
    }
    expect(one(app, 'Hosts/Host').attrs.Name).toBe('Workbook');
    expect(one(app, 'Permissions').text).toBe('ReadWriteDocument');
    expect(one(app, 'DefaultSettings/SourceLocation').attrs.DefaultValue).toBe(`${DEV_URL}taskpane.html`);
  });

  it('requires the shared runtime and the custom functions runtime', () => {
    const sets = Object.fromEntries(all(one(app, 'Requirements'), 'Set').map((s) => [s.attrs.Name, s.attrs.MinVersion]));
    expect(sets.SharedRuntime).toBe('1.1');
    expect(Number(sets.CustomFunctionsRuntime)).toBeGreaterThanOrEqual(1.1);
  });

  it('runs the functions and the pane in one long-lived runtime on taskpane.html', () => {
    expect(host.attrs['xsi:type']).toBe('Workbook');
    const runtime = one(host, 'Runtimes/Runtime');
    expect(runtime.attrs).toMatchObject({ resid: 'Taskpane.Url', lifetime: 'long' });
    expect(resource('Taskpane.Url').attrs.DefaultValue).toBe(`${DEV_URL}taskpane.html`);
    const cf = one(host, 'AllFormFactors/ExtensionPoint');
    expect(cf.attrs['xsi:type']).toBe('CustomFunctions');
    expect(one(cf, 'Page/SourceLocation').attrs.resid).toBe(runtime.attrs.resid);
    expect(resource(one(cf, 'Script/SourceLocation').attrs.resid).attrs.DefaultValue).toBe(`${DEV_URL}functions.js`);
    const metadata = resource(one(cf, 'Metadata/SourceLocation').attrs.resid);
    expect(metadata.attrs.DefaultValue).toBe(`${DEV_URL}functions.json`);
    expect(metadata.children.map((o) => [o.attrs.Locale, o.attrs.Value])).toEqual([['vi-VN', `${DEV_URL}functions-vi.json`]]);
    expect(resource(one(cf, 'Namespace').attrs.resid).attrs.DefaultValue).toBe('PAR');
    expect(one(host, 'DesktopFormFactor/FunctionFile').attrs.resid).toBe(runtime.attrs.resid);
  });

  it('has a ribbon button that opens the task pane, with icons and vi-VN labels', () => {
    const actions = all(host, 'Action');
    expect(actions.map((a) => a.attrs['xsi:type'])).toEqual(['ShowTaskpane']);
    expect(one(actions[0], 'SourceLocation').attrs.resid).toBe('Taskpane.Url');
    const button = all(host, 'Control')[0];
    expect(button.attrs['xsi:type']).toBe('Button');
    expect(all(button, 'Image').map((i) => i.attrs.size)).toEqual(['16', '32', '80']);
    const label = resource(one(button, 'Label').attrs.resid);
    expect(label.children.map((o) => o.attrs.Locale)).toEqual(['vi-VN']);
  });

  it('defines every resid it uses, once, and uses every resource it defines', () => {
    const used = [...source.matchAll(/\bresid="([^"]+)"/g)].map((m) => m[1]);
    const ids = resources.children.flatMap((g) => g.children.map((r) => r.attrs.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(used.filter((id) => !defined.has(id))).toEqual([]);
    expect(ids.filter((id) => !used.includes(id))).toEqual([]);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(32);
  });

  it('names only https://localhost:3000/ URLs, which the build replaces', () => {
    const urls = [...source.matchAll(/\b(?:DefaultValue|Value)="(https?:\/\/[^"]*)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => !u.startsWith(DEV_URL))).toEqual([]);
  });
});

describe('the built add-in (build/webpack.functions.js)', () => {
  let out: string;
  const source = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
  const files = [...new Set([...source.matchAll(/"https:\/\/localhost:3000\/([^"]+)"/g)].map((m) => m[1]))];
  /** Files other configs write into dist/excel, and the config that writes each. */
  const BUILT_ELSEWHERE: Readonly<Record<string, string>> = { 'taskpane.html': 'build/webpack.taskpane.js' };

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'par-excel-'));
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--config', join(ROOT, 'build', 'webpack.functions.js'), '--output-path', out], {
      cwd: ROOT,
      env: { ...process.env, PAR_ADDIN_URL: PROD_URL, PAR_CF_RUNTIME: '' },
      stdio: 'pipe',
    });
  }, 120_000);
  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('writes every file the manifest names', () => {
    expect(files).toEqual(expect.arrayContaining(['functions.js', 'functions.json', 'functions-vi.json', 'taskpane.html', 'assets/icon-16.png', 'assets/icon-32.png', 'assets/icon-64.png', 'assets/icon-80.png']));
    const missing = files.filter((f) => !(f in BUILT_ELSEWHERE) && !existsSync(join(out, f)));
    expect(missing).toEqual([]);
  });

  it('has taskpane.html in dist/excel once the task pane config exists (npm test builds it)', () => {
    for (const [file, config] of Object.entries(BUILT_ELSEWHERE)) {
      if (!files.includes(file) || !existsSync(join(ROOT, config))) continue;
      expect([file, existsSync(join(ROOT, 'dist', 'excel', file))]).toEqual([file, true]);
    }
  });

  it('writes the manifest with the production base URL from PAR_ADDIN_URL, and nothing else changed', () => {
    const built = readFileSync(join(out, 'manifest.xml'), 'utf8');
    expect(built).not.toContain('localhost');
    expect(built).toBe(source.split(DEV_URL).join(PROD_URL));
    parseXml(built);
  });

  it('copies the icons as PNGs of the sizes their names say', () => {
    for (const size of [16, 32, 64, 80]) {
      const png = readFileSync(join(out, 'assets', `icon-${size}.png`));
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it('writes functions.json with the eight functions, matrix parameters and results', () => {
    const metadata = JSON.parse(readFileSync(join(out, 'functions.json'), 'utf8'));
    expect(metadata.functions.map((f: { id: string }) => f.id)).toEqual([...FUNCTION_IDS]);
    for (const fn of metadata.functions) {
      expect(fn.result.dimensionality).toBe('matrix');
      expect(fn.parameters.length).toBeGreaterThan(0);
      for (const p of fn.parameters) expect([fn.id, p.name, p.dimensionality]).toEqual([fn.id, p.name, 'matrix']);
    }
  });

  it('writes functions-vi.json: the same functions with the Vietnamese names and descriptions', () => {
    const en = JSON.parse(readFileSync(join(out, 'functions.json'), 'utf8'));
    const vi = JSON.parse(readFileSync(join(out, 'functions-vi.json'), 'utf8'));
    expect(vi.functions.map((f: { id: string }) => f.id)).toEqual(en.functions.map((f: { id: string }) => f.id));
    for (const spec of FUNCTION_CATALOGUE) {
      const fn = vi.functions.find((f: { id: string }) => f.id === spec.id);
      expect(fn.name).toBe(spec.name.vi);
      expect(fn.description).toBe(spec.description.vi);
      expect(fn.parameters.map((p: { name: string; description: string }) => [p.name, p.description])).toEqual(
        spec.params.map((p) => [p.viName, p.description.vi]),
      );
      const strip = (f: Record<string, unknown>) => ({ ...f, name: 0, description: 0, parameters: (f.parameters as object[]).map((p) => ({ ...p, name: 0, description: 0 })) });
      expect(strip(fn)).toEqual(strip(en.functions.find((f: { id: string }) => f.id === spec.id)));
    }
  });

  it('registers each function with CustomFunctions.associate in functions.js', () => {
    const js = readFileSync(join(out, 'functions.js'), 'utf8');
    for (const id of FUNCTION_IDS) expect(js).toMatch(new RegExp(`CustomFunctions\\.associate\\("${id}",`));
  });
});
