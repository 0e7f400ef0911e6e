/**
 * Runs LibreOffice headless on files we wrote, as an independent reader: if it converts them and
 * computes our formulas, the workbook opens and reads right without Excel. Missing tools fail
 * the test with the command that installs them; they are never skipped silently.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import Papa from 'papaparse';

/** The path of an executable on PATH, or null. */
function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

export function requireTool(name: string, install: string): string {
  const found = onPath(name);
  if (found === null) {
    throw new Error(`${name} was not found on PATH. Install it with \`${install}\` and run the tests again.`);
  }
  return found;
}

export const requireSoffice = (): string => requireTool('soffice', 'apt-get install -y libreoffice-calc-nogui');
export const requirePdftoppm = (): string => requireTool('pdftoppm', 'apt-get install -y poppler-utils');

/**
 * CSV export options: comma, double quotes, UTF-8 (76), from line 1, default cell format,
 * default language, quoted fields not as text, detect special numbers, save cells as shown
 * (so dates read dd/mm/yyyy), no formulas, no trimming, and -1 = every sheet to its own file
 * named <file>-<sheet>.csv (LibreOffice 7.2+).
 */
export const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1';

export interface Conversion {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A fresh temp dir; the caller removes it. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * Converts files with soffice into outDir. Each call gets its own LibreOffice profile, so runs in
 * parallel (or a LibreOffice the developer has open) do not lock each other out.
 */
export function convert(files: readonly string[], to: string, outDir: string): Conversion {
  const soffice = requireSoffice();
  const profile = tempDir('lo-');
  try {
    const r = spawnSync(
      soffice,
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', to, '--outdir', outDir, ...files],
      { encoding: 'utf8', timeout: 180_000 },
    );
    if (r.error) throw r.error;
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

export function parseCsv(text: string): string[][] {
  return Papa.parse<string[]>(text, { skipEmptyLines: false }).data;
}

export function mustExist(path: string, conversion: Conversion): string {
  if (!existsSync(path)) {
    throw new Error(`LibreOffice did not write ${path}\nstdout: ${conversion.stdout}\nstderr: ${conversion.stderr}`);
  }
  return path;
}
