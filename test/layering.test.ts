/**
 * The folder tells the layer, and arrows point inward only (docs/design.md §3):
 * core ← workbook ← documents (.docx) and files (.xlsx with exceljs, plan files) ← hosts (cli, excel, sheets,
 * functions) ← ui ← composition roots (taskpane, sidebar, the browser app). A layer may import its own folder and the layers inside it, and only the npm
 * packages named here; core and workbook never touch Node, a browser or a Google/Office global.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';

const SRC = join(__dirname, '..', 'src');

interface Layer {
  readonly may: readonly string[];
  readonly packages: RegExp;
}

const LAYERS: Record<string, Layer> = {
  core: { may: ['core'], packages: /^(zod|papaparse|jszip|saxes)$/ },
  workbook: { may: ['workbook', 'core'], packages: /^$/ },
  functions: { may: ['functions', 'core'], packages: /^$/ },
  excel: { may: ['excel', 'workbook', 'core'], packages: /^$/ },
  sheets: { may: ['sheets', 'workbook', 'core'], packages: /^$/ },
  documents: { may: ['documents', 'workbook', 'core'], packages: /^docx$/ },
  files: { may: ['files', 'workbook', 'core'], packages: /^(exceljs|jszip)$/ },
  cli: { may: ['cli', 'files', 'documents', 'workbook', 'core'], packages: /^(node:.*|exceljs|papaparse|zod)$/ },
  ui: { may: ['ui', 'files', 'documents', 'workbook', 'core'], packages: /^@fluentui\/(web-components|tokens)(\/.*)?$/ },
  taskpane: { may: ['taskpane', 'ui', 'excel', 'functions', 'workbook', 'core'], packages: /^@fluentui\/web-components(\/.*)?$/ },
  sidebar: { may: ['sidebar', 'ui', 'sheets', 'workbook', 'core'], packages: /^@fluentui\/web-components(\/.*)?$/ },
  app: { may: ['app', 'ui', 'files', 'documents', 'workbook', 'core'], packages: /^@fluentui\/web-components(\/.*)?$/ },
  bench: { may: ['bench', 'cli', 'files', 'workbook', 'core'], packages: /^(node:.*|exceljs)$/ },
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Source without comments, so a comment naming Office.js is not a use of it. */
const code = (file: string): string =>
  readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    // Text in quotes is data, not a call: the .docx part 'word/document.xml' is no DOM access.
    .replace(/'(?:[^'\\\n]|\\.)*'/g, "''");

const layerOf = (file: string): string => relative(SRC, file).split(/[\\/]/)[0];

describe('layering', () => {
  const all = files(SRC).filter((f) => statSync(f).isFile());

  it('knows every folder of src/', () => {
    const folders = readdirSync(SRC).filter((d) => statSync(join(SRC, d)).isDirectory());
    expect(folders.filter((d) => !(d in LAYERS))).toEqual([]);
  });

  it.each(Object.keys(LAYERS))('%s imports only inward layers and its allowed packages', (layer) => {
    const bad: string[] = [];
    for (const file of all.filter((f) => layerOf(f) === layer)) {
      const source = readFileSync(file, 'utf8');
      const specs = [
        ...source.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+'([^']+)'/gm),
        ...source.matchAll(/^\s*import\s+'([^']+)'/gm),
        ...source.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g),
      ].map((m) => m[1]);
      for (const spec of specs) {
        if (spec.startsWith('.')) {
          const target = layerOf(resolve(dirname(file), spec));
          if (!LAYERS[layer].may.includes(target)) bad.push(`${relative(SRC, file)} → ${spec}`);
        } else if (!LAYERS[layer].packages.test(spec)) {
          bad.push(`${relative(SRC, file)} → package ${spec}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it.each(['core', 'workbook', 'files'])('%s uses no Node, browser, Office or Google API', (layer) => {
    const bad = all
      .filter((f) => layerOf(f) === layer)
      .filter((f) => /\brequire\(|\bprocess\.|\bBuffer\b|\bdocument\.|\bwindow\.|\bOffice\.|\bExcel\.|\bSpreadsheetApp\b|\bgoogle\.script/.test(code(f)))
      .map((f) => relative(SRC, f));
    expect(bad).toEqual([]);
  });
});
