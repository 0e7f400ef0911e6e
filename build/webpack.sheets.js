// The Google Sheets add-on (Apps Script project), built into dist/sheets/ — exactly the files
// `clasp push` uploads:
//   par-sheets.js  the bundle of src/sheets (global `var ParSheets`), for V8 Apps Script
//   menu.js, …     the hand-written top-level entry files of src/sheets/entry/, copied as they are
//                  (their JSDoc, e.g. @customfunction, must survive, so they are never minified)
//   sidebar.html   the sidebar: one self-contained page, its script inlined (HtmlService serves
//                  one file per page)
//   appsscript.json, .claspignore
// and copy/ — the same project for an official without clasp, to paste file by file into the Apps
// Script editor (docs/cai-dat-google-sheets.md): the editor names script files *.gs and HTML files
// *.html, so copy/ holds par-sheets.gs, menu.gs, customFunctions.gs, sidebar.html, appsscript.json
// with the pushed files' content unchanged. clasp never pushes copy/ (.claspignore's `**/**`).
// Apps Script runs every .js file of the project in one global scope on each execution, so the
// bundle's top level only defines ParSheets and calls no Google service.
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyPlugin = require('copy-webpack-plugin');

const root = path.resolve(__dirname, '..');
// This directory is ours alone: tsc (tsconfig.build.json) must never compile src/sheets into it, or
// its CommonJS files (menu.js from menu.ts…) would overwrite the entry files and be pushed by clasp
// (the vm test would fail on them: "exports is not defined").
const OUT = path.join(root, 'dist/sheets');

/**
 * Script text safe inside an inline <script>: "</script" would end the element and "<!--" would
 * switch the HTML parser into its escaped state. "<\/" and "<\!--" mean the same to JavaScript
 * (in strings, templates and regular expressions, the only places they can occur).
 */
function inlineSafe(js) {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** Moves each emitted script of the HTML page into the page, then drops the separate file. */
class InlineScriptsPlugin {
  apply(compiler) {
    const name = 'InlineScriptsPlugin';
    compiler.hooks.compilation.tap(name, (compilation) => {
      const inlined = new Set();
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap(name, (data) => {
        for (const tag of [...data.headTags, ...data.bodyTags]) {
          if (tag.tagName !== 'script' || !tag.attributes || typeof tag.attributes.src !== 'string') continue;
          const file = tag.attributes.src.replace(/^\.?\//, '').split('?')[0];
          const asset = compilation.getAsset(file);
          if (!asset) throw new Error(`${name}: no asset ${file} to inline`);
          tag.innerHTML = inlineSafe(asset.source.source().toString());
          delete tag.attributes.src;
          delete tag.attributes.defer;
          inlined.add(file);
        }
        return data;
      });
      compilation.hooks.processAssets.tap({ name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
        for (const file of inlined) compilation.deleteAsset(file);
      });
    });
  }
}

/**
 * The copy-install files (dist/sheets/copy/), in the order docs/cai-dat-google-sheets.md gives:
 * the pushed file → its name in the Apps Script editor. The bundle comes first among the scripts
 * (so ParSheets is defined before anything else, though no entry file needs it at load time).
 */
const COPY_FILES = [
  ['appsscript.json', 'appsscript.json'],
  ['par-sheets.js', 'par-sheets.gs'],
  ['menu.js', 'menu.gs'],
  ['customFunctions.js', 'customFunctions.gs'],
  ['sidebar.html', 'sidebar.html'],
];

/**
 * Writes copy/ from the final pushed files. Every pushed file must have its copy (a new entry file
 * left out of COPY_FILES would make the pasted project silently incomplete), so the build fails.
 */
class CopyInstallPlugin {
  apply(compiler) {
    const name = 'CopyInstallPlugin';
    // thisCompilation: the main compilation only, not HtmlWebpackPlugin's child compiler.
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const pushed = compilation
          .getAssets()
          .map((a) => a.name)
          .filter((f) => !f.includes('/') && !f.startsWith('.'));
        const missing = pushed.filter((f) => !COPY_FILES.some(([from]) => from === f));
        if (missing.length > 0) throw new Error(`${name}: no copy-install name for ${missing.join(', ')} (add it to COPY_FILES and the guide)`);
        for (const [from, to] of COPY_FILES) {
          const asset = compilation.getAsset(from);
          if (!asset) throw new Error(`${name}: ${from} was not built`);
          compilation.emitAsset(`copy/${to}`, new webpack.sources.RawSource(asset.source.source()), { minimized: true });
        }
      });
    });
  }
}

module.exports = {
  name: 'sheets',
  mode: 'production',
  // V8 Apps Script and the sidebar's browsers; ES2019 output needs no newer syntax of either.
  target: ['web', 'es2019'],
  entry: {
    'par-sheets': { import: path.join(root, 'src/sheets/index.ts'), library: { name: 'ParSheets', type: 'var' } },
    sidebar: path.join(root, 'src/sidebar/sidebar.ts'),
  },
  output: {
    path: OUT,
    filename: '[name].js',
    publicPath: '',
    clean: true,
  },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: 'ts-loader',
        // Type checking is `npm run typecheck`'s job. ES modules, so webpack drops the unused parts
        // of zod and Fluent UI; ES2019 syntax for V8 Apps Script.
        options: {
          configFile: path.join(root, 'tsconfig.json'),
          transpileOnly: true,
          compilerOptions: { target: 'ES2019', module: 'es2020', sourceMap: false },
        },
      },
      // Stylesheets the UI imports travel as text inside the script (no separate file to serve).
      { test: /\.css$/, type: 'asset/source' },
    ],
  },
  resolve: { extensions: ['.ts', '.js'], fallback: {} },
  optimization: { splitChunks: false, runtimeChunk: false },
  plugins: [
    // The sidebar carries exceljs and jszip: the plan files it imports (.docx, .xlsx), the phiếu cập
    // nhật it writes and reads and the units it rolls up are such files (measured: sidebar.html
    // 1,815 KB with the .xlsx plan reader; 757 KB, 225 KB gzipped without exceljs — docs/sheets.md).
    new HtmlWebpackPlugin({
      template: path.join(root, 'src/sidebar/sidebar.html'),
      filename: 'sidebar.html',
      chunks: ['sidebar'],
      inject: 'body',
      scriptLoading: 'blocking',
      minify: false,
    }),
    new InlineScriptsPlugin(),
    new CopyInstallPlugin(),
    new CopyPlugin({
      patterns: [
        // Marked minimized so Terser leaves them as written (JSDoc and parameter names).
        { from: '*.js', context: path.join(root, 'src/sheets/entry'), info: { minimized: true } },
        { from: path.join(root, 'appsscript.json') },
        { from: path.join(root, '.claspignore'), to: '.claspignore', toType: 'file' },
      ],
    }),
  ],
  performance: { hints: false },
  devtool: false,
};
