#!/usr/bin/env node
/**
 * npm run push:sheets (after the tests and the build) — pushes dist/sheets/ with the pinned clasp
 * and says what really reached Apps Script. clasp can exit 0 without pushing ("Skipping push.",
 * which with --json prints nothing at all), which must never read as success: clasp runs with
 * --json, and its list of pushed files is checked against .claspignore's whitelist.
 */
'use strict';
const { spawnSync } = require('node:child_process');
const { readFileSync } = require('node:fs');
const { basename, join } = require('node:path');

/** The files the whitelist lets through ("!name" lines), in .claspignore's order. */
function expectedFiles(claspignore) {
  return claspignore
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('!'))
    .map((l) => l.slice(1));
}

/**
 * What clasp's --json output says happened: { ok: true, pushed } when every expected file was
 * pushed, { ok: true, upToDate: true } when clasp found nothing changed, else { ok: false, problem }.
 */
function pushOutcome(stdout, expected) {
  let pushed;
  try {
    pushed = JSON.parse(stdout.trim());
  } catch {
    return { ok: false, problem: 'clasp pushed nothing (no list of pushed files: the push was skipped)' };
  }
  if (!Array.isArray(pushed)) return { ok: false, problem: 'clasp answered something else than a list of pushed files' };
  if (pushed.length === 0) return { ok: true, upToDate: true };
  const names = pushed.map((p) => basename(String(p)));
  const missing = expected.filter((f) => !names.includes(f));
  if (missing.length > 0) return { ok: false, problem: `not pushed: ${missing.join(', ')}` };
  return { ok: true, pushed: names };
}

function main() {
  const root = join(__dirname, '..');
  const expected = expectedFiles(readFileSync(join(root, '.claspignore'), 'utf8'));
  const run = spawnSync('npx', ['clasp', 'push', '--force', '--json'], { cwd: root, encoding: 'utf8' });
  process.stderr.write(run.stderr ?? '');
  const outcome = run.status === 0 ? pushOutcome(run.stdout ?? '', expected) : { ok: false, problem: `clasp exited with ${run.status}` };
  if (!outcome.ok) {
    process.stderr.write(`Lỗi: chưa đẩy được mã lên Apps Script — ${outcome.problem} / Error: the push did not happen — ${outcome.problem}\n`);
    process.exit(1);
  }
  if (outcome.upToDate) process.stdout.write('Không đẩy gì: mã trên Apps Script đã giống bản dựng này / Nothing pushed: the Apps Script project already matches this build\n');
  else process.stdout.write(`Đã đẩy ${outcome.pushed.length} tệp lên Apps Script / Pushed ${outcome.pushed.length} files: ${outcome.pushed.join(', ')}\n`);
}

if (require.main === module) main();

module.exports = { expectedFiles, pushOutcome };
