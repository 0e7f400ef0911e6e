/** Reading of the seed appendices (real plans, Unicode) for the text-module tests. */
import * as fs from 'fs';
import * as path from 'path';

export const SEED_DIR = path.join(__dirname, '..', '..', 'fixtures', 'seeds');

export const SEED_FILES = fs
  .readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();

/** The whole text of one seed file. */
export function seedText(file: string): string {
  return fs.readFileSync(path.join(SEED_DIR, file), 'utf8');
}

/** The lines of one seed file (1-based line n is index n - 1). */
export function seedLines(file: string): string[] {
  return seedText(file).split('\n');
}

/** Every non-blank line of every seed file. */
export function allSeedLines(): string[] {
  return SEED_FILES.flatMap(seedLines).filter((l) => l.trim() !== '');
}

/** The cells of a tab-separated seed line. */
export function tsvCells(file: string, lineNumber: number): string[] {
  return seedLines(file)[lineNumber - 1].split('\t');
}

/** The cells of a markdown pipe-table seed line (without the outer pipes). */
export function pipeCells(file: string, lineNumber: number): string[] {
  return seedLines(file)[lineNumber - 1].split('|').slice(1, -1);
}
