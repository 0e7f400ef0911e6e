import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(__dirname, '..', 'fixtures');

/** A seed plan as extracted from the published document (test/fixtures/seeds/). */
export function seedText(name: '000-appendix' | '001-no-table' | '002-two-row-header' | '003-markdown'): string {
  return readFileSync(join(FIXTURES, 'seeds', `${name}.txt`), 'utf8');
}
