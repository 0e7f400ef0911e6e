// Bundles the pure core for hosts without Node: the Excel task pane (browser) and Google Apps
// Script load dist/web/par-core.js, which defines the global `ParCore`. The add-in entries
// (taskpane, custom functions, Apps Script) join this config with their issues.
const path = require('node:path');

module.exports = {
  mode: 'production',
  target: ['web', 'es2020'],
  entry: { 'par-core': path.resolve(__dirname, '..', 'src/core/index.ts') },
  output: {
    path: path.resolve(__dirname, '..', 'dist/web'),
    filename: '[name].js',
    library: { name: 'ParCore', type: 'var' },
    clean: true,
  },
  module: {
    rules: [{ test: /\.ts$/, loader: 'ts-loader', options: { configFile: path.resolve(__dirname, '..', 'tsconfig.build.json'), transpileOnly: true } }],
  },
  // The core must not reach for Node: a Node built-in in the bundle fails the build.
  resolve: { extensions: ['.ts', '.js'], fallback: {} },
  performance: { hints: false },
  devtool: false,
};
