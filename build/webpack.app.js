// The browser app, into dist/app/ — a static page that runs entirely in the browser:
//   index.html  src/app/index.html (its own Content-Security-Policy: only its own files)
//   app.js      src/app/app.ts: the shared UI (src/ui) on the in-page workbook (src/app/browserHost.ts),
//               exceljs and the .docx reader/writer included
//   sw.js       src/app/sw.ts: the service worker that keeps the app working offline once loaded
//   app.css, icon.png
// Every path is relative, so the folder works at any address and opened from the file system.
// `npm run app` serves it on http://127.0.0.1:8080/ (scripts/serve-app.js).
const path = require('node:path');
const webpack = require('webpack');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const ROOT = path.resolve(__dirname, '..');
const { version } = require(path.join(ROOT, 'package.json'));

module.exports = {
  name: 'app',
  mode: 'production',
  target: ['web', 'es2020'],
  context: ROOT,
  entry: { app: path.join(ROOT, 'src', 'app', 'app.ts'), sw: path.join(ROOT, 'src', 'app', 'sw.ts') },
  output: { path: path.join(ROOT, 'dist', 'app'), filename: '[name].js', clean: true },
  module: {
    rules: [
      {
        test: /\.ts$/,
        loader: 'ts-loader',
        options: { configFile: path.join(ROOT, 'tsconfig.build.json'), transpileOnly: true, compilerOptions: { module: 'es2020', sourceMap: false, lib: ['es2022', 'dom', 'webworker'] } },
      },
    ],
  },
  // A Node built-in in the bundle fails the build: the app runs in a browser only.
  resolve: { extensions: ['.ts', '.js'], fallback: {} },
  plugins: [
    new webpack.DefinePlugin({ APP_VERSION: JSON.stringify(version) }),
    new CopyWebpackPlugin({
      patterns: [
        { from: 'src/app/index.html', to: 'index.html' },
        { from: 'src/app/app.css', to: 'app.css' },
        { from: 'assets/icon-64.png', to: 'icon.png' },
      ],
    }),
  ],
  performance: { hints: false },
  devtool: false,
};
