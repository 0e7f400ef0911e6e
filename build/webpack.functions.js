// The Excel custom functions (=PAR.DUE() …) and the add-in package around them, into dist/excel/:
//   functions.js       the functions, each registered with CustomFunctions.associate (the metadata
//                      plugin writes those calls from the @customfunction ids, so ids cannot drift)
//   functions.json     metadata generated from the JSDoc of src/functions/functions.ts; a metadata
//                      error fails the build
//   functions-vi.json  the same with the Vietnamese names and descriptions of the catalogue
//                      (src/functions/locale-vi.json), served to Excel in vi-VN via the manifest
//   manifest.xml       the manifest with https://localhost:3000/ replaced by PAR_ADDIN_URL and the
//                      CustomFunctionsRuntime version it requires set to PAR_CF_RUNTIME
//   assets/*.png       the icons
// taskpane.html (the shared runtime's page, which loads functions.js) comes from
// build/webpack.taskpane.js into the same folder, so this config must not clean it.
const fs = require('node:fs');
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { Compilation, DefinePlugin, WebpackError, sources } = require('webpack');

const ROOT = path.resolve(__dirname, '..');
const FUNCTIONS = path.join(ROOT, 'src', 'functions', 'functions.ts');
const LOCALE_VI = path.join(ROOT, 'src', 'functions', 'locale-vi.json');

/** The base URL the source manifest uses, for development (npm run dev-server). */
const DEV_URL = 'https://localhost:3000/';

/** The one place the production base URL is set: PAR_ADDIN_URL, e.g. https://par.example.gov.vn/addin/. */
function addinUrl() {
  const raw = process.env.PAR_ADDIN_URL || DEV_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`PAR_ADDIN_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== 'https:') throw new Error(`PAR_ADDIN_URL must be https (Office loads add-ins only over https): ${raw}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * The top-level options of functions.json and the CustomFunctionsRuntime version each needs
 * (Microsoft's custom-functions requirement sets and metadata reference):
 *   allowErrorForDataTypeAny       1.3  an error cell in an input range reaches the function as an
 *                                       error value, so only that cell's result is an error (without
 *                                       it Excel gives #VALUE! for the whole call)
 *   allowCustomDataForDataTypeAny  1.4  data types in and out: DUE's date as a formatted number
 * custom-functions-metadata writes allowCustomDataForDataTypeAny on every file it generates and
 * has no tag for allowErrorForDataTypeAny, so the options are set here, after it: each one whose
 * version is at most the target, none above it.
 */
const METADATA_OPTIONS = { allowErrorForDataTypeAny: '1.3', allowCustomDataForDataTypeAny: '1.4' };
const CF_RUNTIMES = ['1.3', '1.4'];

/**
 * The CustomFunctionsRuntime version the build targets: PAR_CF_RUNTIME, 1.3 by default. The
 * manifest requires it, so an Excel without it does not offer the add-in at all: 1.3 installs on
 * Office 2021 and retail Office bought once (Version 2311 or later) as well as on Microsoft 365 and
 * the web; 1.4 (Microsoft 365 Version 2208+, Mac 16.64+, the web) adds DUE's dates shown as dates.
 */
function cfRuntime() {
  const version = process.env.PAR_CF_RUNTIME || CF_RUNTIMES[0];
  if (!CF_RUNTIMES.includes(version)) throw new Error(`PAR_CF_RUNTIME must be one of ${CF_RUNTIMES.join(', ')}: ${version}`);
  return version;
}

const versionAtMost = (a, b) => {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  return x[0] < y[0] || (x[0] === y[0] && x[1] <= y[1]);
};

/** The manifest for the host: the production base URL and the runtime version the build targets. */
function transformManifest(content) {
  const text = content.toString();
  const set = /(<Set Name="CustomFunctionsRuntime" MinVersion=")[\d.]+("\/>)/g;
  if ((text.match(set) || []).length !== 1) throw new Error('manifest.xml must require CustomFunctionsRuntime exactly once');
  return text.replace(set, `$1${cfRuntime()}$2`).split(DEV_URL).join(addinUrl());
}

/**
 * Sets the top-level options of functions.json for the targeted runtime (METADATA_OPTIONS), then
 * writes functions-vi.json: the same with each name and description from the Vietnamese locale file.
 */
class MetadataPlugin {
  apply(compiler) {
    const name = 'ParMetadataPlugin';
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.fileDependencies.add(LOCALE_VI);
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset('functions.json');
        if (!asset) return; // the metadata plugin reported why
        const generated = JSON.parse(asset.source.source().toString());
        const options = {};
        for (const [option, version] of Object.entries(METADATA_OPTIONS)) {
          if (versionAtMost(version, cfRuntime())) options[option] = true;
        }
        const { functions, ...rest } = generated;
        for (const option of Object.keys(METADATA_OPTIONS)) delete rest[option];
        const en = { ...options, ...rest, functions };
        compilation.updateAsset('functions.json', new sources.RawSource(`${JSON.stringify(en, null, 2)}\n`));
        const metadata = JSON.parse(JSON.stringify(en));
        const locale = JSON.parse(fs.readFileSync(LOCALE_VI, 'utf8'));
        const fail = (message) => compilation.errors.push(new WebpackError(`${path.relative(ROOT, LOCALE_VI)}: ${message}`));
        for (const fn of metadata.functions) {
          const vi = locale[fn.id];
          if (!vi) {
            fail(`no Vietnamese entry for ${fn.id}`);
            continue;
          }
          fn.name = vi.name;
          fn.description = vi.description;
          for (const param of fn.parameters) {
            const p = vi.parameters[param.name];
            if (!p) {
              fail(`no Vietnamese entry for parameter ${param.name} of ${fn.id}`);
              continue;
            }
            param.name = p.name;
            param.description = p.description;
          }
        }
        compilation.emitAsset('functions-vi.json', new sources.RawSource(`${JSON.stringify(metadata, null, 2)}\n`));
      });
    });
  }
}

module.exports = {
  name: 'excel-functions',
  mode: 'production',
  target: ['web', 'es2020'],
  context: ROOT,
  entry: { functions: FUNCTIONS },
  output: {
    path: path.join(ROOT, 'dist', 'excel'),
    filename: '[name].js',
    // No `clean`: build/webpack.taskpane.js writes taskpane.html into the same folder.
  },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: 'ts-loader',
        options: { configFile: path.join(ROOT, 'tsconfig.build.json'), transpileOnly: true },
      },
    ],
  },
  resolve: { extensions: ['.ts', '.js'], fallback: {} },
  plugins: [
    new CustomFunctionsMetadataPlugin({ input: FUNCTIONS, output: 'functions.json' }),
    new MetadataPlugin(),
    // What src/functions/runExcel.ts reads to return DUE's dates as formatted numbers (1.4 only).
    new DefinePlugin({ PAR_CF_RUNTIME: JSON.stringify(cfRuntime()) }),
    new CopyWebpackPlugin({
      patterns: [
        {
          from: 'manifest.xml',
          to: 'manifest.xml',
          transform: transformManifest,
        },
        { from: 'assets/*.png', to: 'assets/[name][ext]' },
      ],
    }),
  ],
  performance: { hints: false },
  devtool: false,
};
