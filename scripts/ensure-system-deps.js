#!/usr/bin/env node
/**
 * pretest: the Debian tools the tests drive (LibreOffice to open the tracker .xlsx, poppler's
 * pdftoppm to render it). Missing ones are installed with apt-get when running as root; otherwise
 * this stops with the exact command to run. Tests never skip silently for want of a tool.
 */
const { execSync, spawnSync } = require('node:child_process');

const NEEDED = [
  { command: 'soffice', pkg: 'libreoffice-calc-nogui' },
  { command: 'pdftoppm', pkg: 'poppler-utils' },
];

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const missing = NEEDED.filter((n) => !has(n.command));
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
const still = missing.filter((n) => !has(n.command));
if (still.length > 0) {
  console.error(`Vẫn thiếu / Still missing: ${still.map((s) => s.command).join(', ')}`);
  process.exit(1);
}
