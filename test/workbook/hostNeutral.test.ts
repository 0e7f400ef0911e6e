import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(__dirname, '../../src/workbook');

describe('src/workbook', () => {
  it('is host-neutral: imports only itself and core, no exceljs and no Node API', () => {
    for (const file of readdirSync(DIR).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(DIR, file), 'utf8');
      const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      for (const spec of imports) {
        expect([file, spec]).toEqual([file, expect.stringMatching(/^\.\/|^\.\.\/core\//)]);
      }
      expect(source).not.toMatch(/\brequire\(|\bprocess\.|\bBuffer\b/);
    }
  });
});
