import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(__dirname, '..', 'fixtures');

/** A seed plan as extracted from the published document (test/fixtures/seeds/). */
export function seedText(name: '000-appendix' | '001-no-table' | '002-two-row-header' | '003-markdown'): string {
  return readFileSync(join(FIXTURES, 'seeds', `${name}.txt`), 'utf8');
}

/**
 * A seed's appendix table as the cells of a spreadsheet, as an official who pasted the table
 * into a sheet has it (what a host's range read returns).
 */
export function seedSheetValues(name: Parameters<typeof seedText>[0]): string[][] {
  // Imported lazily so fixture users that only need text do not load the importer.
   
  const { importText } = require('../../src/core/appendix/importDocument') as typeof import('../../src/core/appendix/importDocument');
  return importText(seedText(name), 'document').grid.map((row) => row.map((c) => String(c ?? '')));
}
