// One webpack run builds every browser/Apps Script target. Each target has its own config in
// build/webpack.<target>.js (core bundle, Excel custom functions, Excel task pane, Google Sheets),
// so the targets stay independent; this file only collects them.
const fs = require('node:fs');
const path = require('node:path');

const dir = path.join(__dirname, 'build');
module.exports = fs
  .readdirSync(dir)
  .filter((f) => /^webpack\..+\.js$/.test(f))
  .sort()
  .map((f) => require(path.join(dir, f)));
