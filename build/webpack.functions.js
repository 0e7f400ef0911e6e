// The Excel custom functions (=PAR.DUE() …) and the add-in package around them, into dist/excel/:
//   functions.js       the functions, each registered with CustomFunctions.associate (the metadata
//                      plugin writes those calls from the @customfunction ids, so ids cannot drift)
//   functions.json     metadata generated from the JSDoc of src/functions/functions.ts; a metadata
//                      error fails the build
//   functions-vi.json  the same with the Vietnamese names and descriptions of the catalogue
//                      (src/functions/locale-vi.json), served to Excel in vi-VN via the manifest
//   manifest.xml       the manifest with https://localhost:3000/ replaced by PAR_ADDIN_URL
//   assets/*.png       the icons
// taskpane.html (the shared runtime's page, which loads functions.js) comes from
// build/webpack.taskpane.js into the same folder, so this config must not clean it.
const fs = require('node:fs');
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { Compilation, WebpackError, sources } = require('webpack');

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

/** Writes functions-vi.json: functions.json with each name and description from the Vietnamese locale file. */
class VietnameseMetadataPlugin {
  apply(compiler) {
    const name = 'VietnameseMetadataPlugin';
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.fileDependencies.add(LOCALE_VI);
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset('functions.json');
        if (!asset) return; // the metadata plugin reported why
        const metadata = JSON.parse(asset.source.source().toString());
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
    new VietnameseMetadataPlugin(),
    new CopyWebpackPlugin({
      patterns: [
        {
          from: 'manifest.xml',
          to: 'manifest.xml',
          transform: (content) => content.toString().split(DEV_URL).join(addinUrl()),
        },
        { from: 'assets/*.png', to: 'assets/[name][ext]' },
      ],
    }),
  ],
  performance: { hints: false },
  devtool: false,
};
