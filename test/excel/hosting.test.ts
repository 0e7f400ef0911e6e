/**
 * The add-in as a static host serves it (docs/cai-dat-excel.md). The functions and task pane
 * configs are built into a temporary folder with a non-localhost PAR_ADDIN_URL — the GitHub Pages
 * address the workflow derives — and the built files are checked: every manifest URL https and
 * under that address, no localhost anywhere, the metadata Excel fetches cross-origin present and
 * valid with the options the declared CustomFunctionsRuntime covers, and functions.js returning
 * DUE's date as the build and the runtime allow. A second functions build targets runtime 1.4.
 * The GitHub Pages workflow is checked to build with that address and publish both folders.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runInNewContext } from 'node:vm';
import { FUNCTION_IDS } from '../../src/core/functions';

const ROOT = join(__dirname, '..', '..');
const SITE_URL = 'https://vp-ubnd.github.io/par-tracker/excel/';
const WEBPACK = join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');

/**
 * The CustomFunctionsRuntime version each top-level functions.json option needs, from Microsoft's
 * documentation (not from the build, so the two are checked against each other):
 * allowErrorForDataTypeAny came with the 1.3 error handling (error values as inputs);
 * allowCustomDataForDataTypeAny is listed in the requirement set history under 1.4.
 */
const OPTION_NEEDS: Readonly<Record<string, string>> = { allowErrorForDataTypeAny: '1.3', allowCustomDataForDataTypeAny: '1.4' };
const KNOWN_TOP_LEVEL = new Set([...Object.keys(OPTION_NEEDS), 'functions', 'enums']);
const atLeast = (have: string, need: string): boolean => {
  const [a, b] = [have, need].map((v) => v.split('.').map(Number));
  return a[0] > b[0] || (a[0] === b[0] && a[1] >= b[1]);
};

const buildArgs = (config: string, out: string, env: Record<string, string>) =>
  [[WEBPACK, '--config', join(ROOT, 'build', config), '--output-path', out], { cwd: ROOT, env: { ...process.env, PAR_CF_RUNTIME: '', ...env } }] as const;

/** Builds one webpack config into `out`; the three builds below run side by side. */
async function build(config: string, out: string, env: Record<string, string>): Promise<void> {
  await promisify(execFile)(process.execPath, ...buildArgs(config, out, env));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const declaredRuntime = (manifest: string): string => /<Set Name="CustomFunctionsRuntime" MinVersion="([\d.]+)"\/>/.exec(manifest)![1];

/** Loads a built functions.js as Excel does (after Office's script) and collects what it registers. */
function loadFunctions(dir: string, sets: Record<string, string>): Record<string, (...args: unknown[]) => unknown[][]> {
  class CfError {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  }
  const registered: Record<string, (...args: unknown[]) => unknown[][]> = {};
  const requirements = { isSetSupported: (name: string, version = '1.1') => name in sets && atLeast(sets[name], version) };
  const context = {
    CustomFunctions: {
      Error: CfError,
      ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
      associate: (id: string, fn: (...args: unknown[]) => unknown[][]) => (registered[id] = fn),
    },
    Office: { context: { requirements } },
  };
  runInNewContext(readFileSync(join(dir, 'functions.js'), 'utf8'), Object.assign(context, { self: context, window: context }));
  return registered;
}

describe('the add-in built for a static host', () => {
  let out: string;
  let out14: string;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'par-host-'));
    out14 = mkdtempSync(join(tmpdir(), 'par-host14-'));
    await Promise.all([
      build('webpack.functions.js', out, { PAR_ADDIN_URL: SITE_URL }),
      build('webpack.taskpane.js', out, {}),
      build('webpack.functions.js', out14, { PAR_ADDIN_URL: SITE_URL, PAR_CF_RUNTIME: '1.4' }),
    ]);
  }, 240_000);
  afterAll(() => {
    for (const dir of [out, out14]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('names only https URLs under PAR_ADDIN_URL in the manifest, each a file the build wrote', () => {
    const manifest = readFileSync(join(out, 'manifest.xml'), 'utf8');
    // Every URL in an attribute value, except the XML namespaces (names, never fetched).
    const urls = [...manifest.matchAll(/\s([\w:]+)="([a-z][\w+.-]*:\/\/[^"]*)"/gi)].filter((m) => !m[1].startsWith('xmlns')).map((m) => m[2]);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    expect(urls.filter((u) => !u.startsWith(SITE_URL))).toEqual([]);
    expect(urls.filter((u) => !u.startsWith('https://'))).toEqual([]);
    const missing = urls.map((u) => u.slice(SITE_URL.length)).filter((f) => !existsSync(join(out, f)));
    expect(missing).toEqual([]);
  });

  it('has no localhost in any built file', () => {
    const files = filesUnder(out);
    expect(files.map((f) => relative(out, f)).sort()).toEqual(
      expect.arrayContaining(['functions.js', 'functions.json', 'functions-vi.json', 'manifest.xml', 'taskpane.html', 'taskpane.js']),
    );
    const withLocalhost = files.filter((f) => /localhost|127\.0\.0\.1/i.test(readFileSync(f, 'latin1'))).map((f) => relative(out, f));
    expect(withLocalhost).toEqual([]);
  });

  it('writes functions.json and functions-vi.json as valid metadata for the eight functions', () => {
    for (const file of ['functions.json', 'functions-vi.json']) {
      const metadata = JSON.parse(readFileSync(join(out, file), 'utf8'));
      expect([file, Object.keys(metadata).filter((k) => !KNOWN_TOP_LEVEL.has(k))]).toEqual([file, []]);
      expect(metadata.functions.map((f: { id: string }) => f.id)).toEqual([...FUNCTION_IDS]);
      for (const fn of metadata.functions) {
        expect(typeof fn.name).toBe('string');
        expect(fn.result).toEqual({ dimensionality: 'matrix' });
        for (const p of fn.parameters) expect([fn.id, p.type, p.dimensionality]).toEqual([fn.id, 'any', 'matrix']);
      }
    }
  });

  it('sets allowErrorForDataTypeAny (every parameter is any: an error cell reaches the function), and no 1.4 option by default', () => {
    for (const file of ['functions.json', 'functions-vi.json']) {
      const metadata = JSON.parse(readFileSync(join(out, file), 'utf8'));
      expect([file, metadata.allowErrorForDataTypeAny]).toEqual([file, true]);
      expect([file, 'allowCustomDataForDataTypeAny' in metadata]).toEqual([file, false]);
    }
    expect(declaredRuntime(readFileSync(join(out, 'manifest.xml'), 'utf8'))).toBe('1.3');
  });

  it('declares a CustomFunctionsRuntime at least what every option in its metadata needs (both builds)', () => {
    for (const dir of [out, out14]) {
      const declared = declaredRuntime(readFileSync(join(dir, 'manifest.xml'), 'utf8'));
      for (const file of ['functions.json', 'functions-vi.json']) {
        const metadata = JSON.parse(readFileSync(join(dir, file), 'utf8'));
        for (const [option, need] of Object.entries(OPTION_NEEDS)) {
          if (metadata[option] !== undefined) expect([file, option, declared, atLeast(declared, need)]).toEqual([file, option, declared, true]);
        }
      }
    }
  });

  it('targets runtime 1.4 with PAR_CF_RUNTIME=1.4: the manifest requires it and the metadata allows data types', () => {
    const manifest = readFileSync(join(out14, 'manifest.xml'), 'utf8');
    expect(declaredRuntime(manifest)).toBe('1.4');
    expect(manifest.replace('MinVersion="1.4"/>', 'MinVersion="1.3"/>')).toBe(readFileSync(join(out, 'manifest.xml'), 'utf8'));
    const metadata = JSON.parse(readFileSync(join(out14, 'functions.json'), 'utf8'));
    expect([metadata.allowErrorForDataTypeAny, metadata.allowCustomDataForDataTypeAny]).toEqual([true, true]);
  });

  it('refuses an unknown PAR_CF_RUNTIME', () => {
    const dir = mkdtempSync(join(tmpdir(), 'par-host-bad-'));
    try {
      const [args, options] = buildArgs('webpack.functions.js', dir, { PAR_CF_RUNTIME: '1.9' });
      expect(() => execFileSync(process.execPath, args, { ...options, stdio: 'pipe' })).toThrow(/PAR_CF_RUNTIME must be one of 1\.3, 1\.4/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('returns DUE as a formatted date only from the 1.4 build on an Excel with 1.4, the serial otherwise', () => {
    const m365 = { CustomFunctionsRuntime: '1.5', ExcelApi: '1.19' };
    const office2021 = { CustomFunctionsRuntime: '1.3', ExcelApi: '1.14' };
    const due = (dir: string, sets: Record<string, string>) => loadFunctions(dir, sets).DUE([['Quý III năm 2024']], null, null);
    expect(due(out14, m365)).toEqual([[{ type: 'Double', basicValue: 45565, numberFormat: 'dd/mm/yyyy' }]]);
    expect(due(out14, { CustomFunctionsRuntime: '1.4', ExcelApi: '1.16' })).toEqual([
      [{ type: 'FormattedNumber', basicValue: 45565, numberFormat: 'dd/mm/yyyy' }],
    ]);
    expect(due(out14, office2021)).toEqual([[45565]]);
    expect(due(out, m365)).toEqual([[45565]]);
    expect(due(out, office2021)).toEqual([[45565]]);
  });

  it('gives an error only in the cell whose input is an error, in the built functions.js', () => {
    const fns = loadFunctions(out, { CustomFunctionsRuntime: '1.3', ExcelApi: '1.14' });
    const out3 = fns.RATE([[45], [{ code: '#DIV/0!' }], [5]], [[50], [50], [50]]);
    expect(out3[0][0]).toBe(0.9);
    expect(out3[1][0]).toMatchObject({ code: '#VALUE!', message: 'Ô đầu vào đang là lỗi #DIV/0!' });
    expect(out3[2][0]).toBe(0.1);
  });
});

describe('.github/workflows/pages.yml', () => {
  const path = join(ROOT, '.github', 'workflows', 'pages.yml');
  const workflow = existsSync(path) ? readFileSync(path, 'utf8') : '';

  /** The `run: |` block of the step with this name, dedented. */
  const runOf = (stepName: string): string => {
    const start = workflow.indexOf(`- name: ${stepName}`);
    expect(start).toBeGreaterThanOrEqual(0);
    const lines = workflow.slice(start).split('\n');
    const runAt = lines.findIndex((l) => /^\s+run: \|\s*$/.test(l));
    const body: string[] = [];
    const indent = lines[runAt + 1].match(/^\s*/)![0].length;
    for (const line of lines.slice(runAt + 1)) {
      if (line.trim() !== '' && line.match(/^\s*/)![0].length < indent) break;
      body.push(line.slice(indent));
    }
    return body.join('\n');
  };

  it('exists, installs with npm ci, builds with npm run build, and runs no tests or system package installs', () => {
    expect(workflow).not.toBe('');
    expect(workflow).toMatch(/run: npm ci\s*$/m);
    expect(workflow).toMatch(/run: npm run build\s*$/m);
    expect(workflow).not.toMatch(/apt-get|apt install|npm test|npm run test|npx jest|ensure-system-deps/);
  });

  it('builds with PAR_ADDIN_URL = https://<owner>.github.io/<repo>/excel/, taken from the github context', () => {
    expect(workflow).toMatch(/PAR_ADDIN_URL: \$\{\{ steps\.site\.outputs\.addin_url \}\}/);
    expect(workflow).toContain('${{ github.repository_owner }}');
    expect(workflow).toContain('${{ github.event.repository.name }}');
    const script = runOf('The add-in address');
    const address = (owner: string, repo: string, custom = ''): string => {
      const dir = mkdtempSync(join(tmpdir(), 'par-gh-'));
      try {
        writeFileSync(join(dir, 'out'), '');
        execFileSync('bash', ['-c', script], {
          cwd: dir,
          env: { PATH: process.env.PATH, OWNER: owner, REPO: repo, CUSTOM_URL: custom, GITHUB_OUTPUT: join(dir, 'out') },
          stdio: 'pipe',
        });
        return readFileSync(join(dir, 'out'), 'utf8').trim();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
    expect(address('VP-UBND', 'par-tracker')).toBe('addin_url=https://vp-ubnd.github.io/par-tracker/excel/');
    expect(address('vp-ubnd', 'vp-ubnd.github.io')).toBe('addin_url=https://vp-ubnd.github.io/excel/');
    expect(address('vp-ubnd', 'par-tracker', 'https://cchc.example.gov.vn/excel/')).toBe('addin_url=https://cchc.example.gov.vn/excel/');
  });

  it('publishes dist/app at the site root and dist/excel under /excel/, with the Pages actions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'par-site-'));
    try {
      for (const [file, text] of [
        ['dist/app/index.html', 'app'],
        ['dist/app/assets/app.js', 'js'],
        ['dist/excel/manifest.xml', 'manifest'],
        ['dist/excel/functions.json', '{}'],
      ]) {
        mkdirSync(join(dir, file, '..'), { recursive: true });
        writeFileSync(join(dir, file), text);
      }
      execFileSync('bash', ['-c', runOf('Assemble the site')], { cwd: dir, stdio: 'pipe' });
      expect(
        filesUnder(join(dir, '_site'))
          .map((f) => relative(join(dir, '_site'), f))
          .sort(),
      ).toEqual(['assets/app.js', 'excel/functions.json', 'excel/manifest.xml', 'index.html']);
      // Without the browser app the job fails rather than publishing half a site.
      rmSync(join(dir, 'dist', 'app'), { recursive: true });
      expect(() => execFileSync('bash', ['-c', runOf('Assemble the site')], { cwd: dir, stdio: 'pipe' })).toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(workflow).toMatch(/uses: actions\/upload-pages-artifact@v\d+\s+with:\s+path: _site\s/);
    expect(workflow).toMatch(/uses: actions\/deploy-pages@v\d+/);
    expect(workflow).toMatch(/pages: write/);
    expect(workflow).toMatch(/id-token: write/);
  });
});
