#!/usr/bin/env node
/**
 * pretest: the Debian tools the tests drive (LibreOffice to open the tracker .xlsx and the .docx reports, poppler's
 * pdftoppm to render it, Chromium for the task pane). Missing ones are installed with apt-get when running as root; otherwise
 * this stops with the exact command to run. Tests never skip silently for want of a tool.
 */
const { execSync, spawnSync } = require('node:child_process');

const NEEDED = [
  { what: 'soffice', check: 'command -v soffice', pkg: 'libreoffice-calc-nogui' },
  // Writer opens the report and reminder letters (.docx) the tests render to PDF pages.
  { what: 'LibreOffice Writer', check: 'test -e /usr/lib/libreoffice/program/libswlo.so', pkg: 'libreoffice-writer-nogui' },
  // Liberation Serif has Times New Roman's metrics: the .docx pages lay out as in Word.
  { what: 'Liberation fonts', check: 'fc-list | grep -q LiberationSerif', pkg: 'fonts-liberation' },
  { what: 'pdftoppm', check: 'command -v pdftoppm', pkg: 'poppler-utils' },
  // The task pane and the Sheets sidebar are tested in Debian's Chromium through playwright-core;
  // no browser is ever downloaded by npm.
  { what: 'chromium', check: 'command -v chromium', pkg: 'chromium' },
  // Vietnamese glyphs in the screenshots the browser tests save.
  { what: 'Noto fonts', check: 'fc-list | grep -q NotoSans-', pkg: 'fonts-noto-core' },
];

const has = (check) => spawnSync('sh', ['-c', check], { stdio: 'ignore' }).status === 0;
const missing = NEEDED.filter((n) => !has(n.check));
if (missing.length === 0) process.exit(0);

const pkgs = missing.map((m) => m.pkg).join(' ');
const command = `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${pkgs}`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(`Thiếu công cụ cho kiểm thử / Missing test tools: ${pkgs}\nChạy / Run:  sudo sh -c '${command}'`);
  process.exit(1);
}
console.error(`Đang cài / Installing: ${pkgs}`);
try {
  execSync(command, { stdio: 'inherit', shell: '/bin/sh' });
} catch {
  console.error(`Cài đặt thất bại / Install failed. Run:  ${command}`);
  process.exit(1);
}
const still = missing.filter((n) => !has(n.check));
if (still.length > 0) {
  console.error(`Vẫn thiếu / Still missing: ${still.map((s) => s.what).join(', ')}`);
  process.exit(1);
}
