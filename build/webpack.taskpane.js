// The Excel task pane, into dist/excel/ next to the custom functions (shared runtime):
//   taskpane.js    src/taskpane/taskpane.ts: the shared UI (src/ui) on the Office.js adapter (src/excel)
//   taskpane.html  src/taskpane/taskpane.html, copied as is: it loads Office's script, then
//                  functions.js, then taskpane.js, under its own Content-Security-Policy
// No `output.clean`: build/webpack.functions.js writes into the same folder.
//
// `npm run dev-server` (webpack serve --config build/webpack.taskpane.js) serves dist/excel on
// https://localhost:3000 with office-addin-dev-certs' certificate; run `npm run build` first so
// functions.js, functions.json, the manifest and the icons are there.
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist', 'excel');

const config = {
  name: 'excel-taskpane',
  mode: 'production',
  target: ['web', 'es2020'],
  context: ROOT,
  entry: { taskpane: path.join(ROOT, 'src', 'taskpane', 'taskpane.ts') },
  output: { path: DIST, filename: '[name].js' },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: 'ts-loader',
        // ES modules, so webpack drops the Fluent components the pane does not use.
        options: { configFile: path.join(ROOT, 'tsconfig.build.json'), transpileOnly: true, compilerOptions: { module: 'es2020', sourceMap: false } },
      },
    ],
  },
  // The pane runs in Office's webview: a Node built-in in the bundle fails the build.
  resolve: { extensions: ['.ts', '.js'], fallback: {} },
  plugins: [new CopyWebpackPlugin({ patterns: [{ from: 'src/taskpane/taskpane.html', to: 'taskpane.html' }] })],
  performance: { hints: false },
  devtool: false,
};

/** The development server: https on port 3000, as the manifest's SourceLocation says. */
async function serveConfig() {
  const devCerts = require('office-addin-dev-certs');
  return {
    ...config,
    mode: 'development',
    // Not an eval-based source map: the page's CSP has no 'unsafe-eval'.
    devtool: 'source-map',
    devServer: {
      port: 3000,
      server: { type: 'https', options: await devCerts.getHttpsServerOptions() },
      static: { directory: DIST },
      headers: { 'Access-Control-Allow-Origin': '*' },
      // No injected client (hot reload uses inline script and a websocket the CSP forbids).
      hot: false,
      liveReload: false,
      client: false,
    },
  };
}

module.exports = process.env.WEBPACK_SERVE ? serveConfig : config;
