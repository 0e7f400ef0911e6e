/**
 * The core runs where the add-ins run: the webpack bundle (dist/web/par-core.js, built by
 * `npm run build:web`, which `npm test` runs first) is evaluated in a bare JavaScript context —
 * no require, no process, no Buffer, as in a browser task pane or Apps Script V8 — and imports a
 * seed appendix there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { seedText } from '../helpers/fixtures';

const BUNDLE = join(__dirname, '..', '..', 'dist', 'web', 'par-core.js');

it('imports seed 000 with the browser bundle in a context without Node globals', () => {
  const context = vm.createContext({ console });
  vm.runInContext(readFileSync(BUNDLE, 'utf8'), context);
  context.text = seedText('000-appendix');
  const result = vm.runInContext(
    `(() => { const p = ParCore.importText(text, 'document').plan;
      return { year: p.year, tasks: p.tasks.length, due: p.tasks.find((t) => t.id === 'IV-5').due,
               area: ParCore.areaOf('Thực hiện các nội dung thuộc lĩnh vực cải cách tài chính công'),
               target: ParCore.formatTargets(ParCore.parseTargets('Bảo đảm tỷ lệ hồ sơ giải quyết đúng hạn trên 99%')),
               noRequire: typeof require, noProcess: typeof process }; })()`,
    context,
  );
  expect(result).toEqual({ year: 2024, tasks: 57, due: '2024-12-31', area: 'public-finance', target: '> 99%', noRequire: 'undefined', noProcess: 'undefined' });
});
