/**
 * npm run bench — timings for a 10,000-task appendix (the seed appendix repeated), printed, and the
 * peak memory of the CLI importing a 100,000-row appendix in a child process.
 * Speed is measured here, never asserted in unit tests.
 */
import { excelCodec, runFunction, sheetsCodec } from '../core/functions';
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { importAppendix } from '../core/appendix/importAppendix';
import { parseDue } from '../core/due/parseDue';
import { parseTargets } from '../core/target/parseTargets';
import { buildTrackerModel } from '../workbook/buildTracker';
import type { WorkbookModel } from '../workbook/model';
import { excelDate, sheetValues, trackerFromSource } from '../workbook/ops';
import { INDICATOR_SHEET, TASK_SHEET } from '../workbook/sheetNames';
import { writeTrackerXlsx } from '../files/writeTrackerXlsx';
import { streamTrackerXlsx } from '../files/streamTrackerXlsx';
import { readXlsxAppendix } from '../files/readXlsx';
import { readTrackerValues } from '../files/readTrackerXlsx';
import { readUnit, rollupOf, type UnitRead } from '../workbook/ops';
import { areaIndices, criteriaTemplate, linkedActuals, parseRule, pointsLost, scoreCriteria, type Actual, type Criterion } from '../core/scoring';
import { AREA_KEYS } from '../core/areas/areaKeys';
import { bigGrid, gridToXlsx, seedGrid } from './bigAppendix';
import { PEAK_MARK } from './peakMemory';

const TASKS = Number(process.env.BENCH_TASKS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** Sheet rows of the appendix the CLI imports in a child process for its peak memory; 0 skips it. */
const BIG_ROWS = Number(process.env.BENCH_BIG_ROWS ?? 100_000);

const scratch = mkdtempSync(join(tmpdir(), 'par-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

async function time<T>(label: string, fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  let best = Infinity;
  let value!: T;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    value = await fn();
    best = Math.min(best, performance.now() - t0);
  }
  console.log(`${label.padEnd(48)} ${best.toFixed(1).padStart(9)} ms`);
  return { ms: best, value };
}

/** What the CLI does with a new tracker: streamed to a file (here in a scratch folder). */
async function streamToFile(model: WorkbookModel, file: string): Promise<number> {
  const out = createWriteStream(file);
  await Promise.all([streamTrackerXlsx(model, out), finished(out)]);
  return statSync(file).size;
}

const MB = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function main(): Promise<void> {
  const grid = bigGrid({ tasks: TASKS });
  const dueTexts = grid.map((r) => r[2]);
  const outputs = grid.map((r) => r[5]);
  console.log(`PAR Tracker bench: ${grid.length} rows, best of ${RUNS} runs (node ${process.version})`);

  const imported = await time('core import (grid → Plan, all passes)', () => importAppendix(grid));
  const plan = imported.value;
  console.log(`${''.padEnd(48)} ${plan.tasks.length} tasks, ${plan.tasks.reduce((s, t) => s + t.targets.length, 0)} targets`);
  await time('  deadlines alone (parseDue on every cell)', () => dueTexts.forEach((t) => parseDue(t, { year: 2024 })));
  await time('  targets alone (parseTargets on every cell)', () => outputs.forEach((t) => parseTargets(t)));
  const source = { name: 'Phụ lục', grid };
  const model = await time('tracker model (buildTrackerModel)', () => buildTrackerModel(plan, source));
  const trackerFile = join(scratch, 'tracker.xlsx');
  const streamed = await time('tracker .xlsx streamed to a file (the CLI)', () => streamToFile(model.value, trackerFile));
  const inMemory = await time('tracker .xlsx in memory (renderModel: app, pane)', () => writeTrackerXlsx(model.value));

  const input = await gridToXlsx(grid);
  const bare = await time('bare exceljs: read input .xlsx + write grid', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(input as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    wb.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const out = new ExcelJS.Workbook();
    const ws = out.addWorksheet('copy');
    for (const r of rows) ws.addRow(r);
    return out.xlsx.writeBuffer();
  });
  const whole = await time('whole CLI import (.xlsx in → tracker file)', async () => {
    const sheet = await readXlsxAppendix(input);
    const p = importAppendix(sheet.grid, { merges: sheet.merges });
    return streamToFile(buildTrackerModel(p, { name: sheet.name, grid: sheet.grid }), trackerFile);
  });
  console.log(`tracker size: ${(streamed.value / 1024).toFixed(0)} KB streamed, ${(inMemory.value.length / 1024).toFixed(0)} KB in memory`);
  console.log(`ratio whole CLI / bare exceljs I/O: ${(whole.ms / bare.ms).toFixed(2)}× (aim ≤ 2×)`);
  console.log(`core import per 10,000 rows: ${((imported.ms * 10_000) / grid.length).toFixed(1)} ms (aim < 300 ms)`);
}

/**
 * The CLI (dist/cli/main.js) importing a BIG_ROWS-row appendix into a new tracker, in a child
 * process of its own so its peak memory is its alone: peak RSS as the kernel counts it, the
 * heap's peak as the largest heap before a garbage collection (--trace-gc), and the wall time.
 */
async function benchBigImport(): Promise<void> {
  if (BIG_ROWS <= 0) return;
  const input = join(scratch, 'big-appendix.xlsx');
  writeFileSync(input, await gridToXlsx(bigGrid({ rows: BIG_ROWS })));
  const cli = join(__dirname, '..', 'cli', 'main.js');
  const args = ['--trace-gc', '--require', join(__dirname, 'peakMemory.js'), cli, 'import', input, '-o', join(scratch, 'big-tracker.xlsx'), '--force'];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const peakLine = run.stderr.split('\n').find((l) => l.startsWith(PEAK_MARK));
  if (run.status !== 0 || !peakLine) {
    console.log(`\nCLI import of ${BIG_ROWS.toLocaleString('en')} rows failed (status ${run.status}):\n${run.stderr.slice(-2000)}`);
    process.exitCode = 1;
    return;
  }
  const peak = JSON.parse(peakLine.slice(PEAK_MARK.length)) as { maxRssBytes: number; ms: number };
  // "… Mark-Compact 1203.4 (1290.1) -> 987.6 (1100.5) MB, …": the heap in use before each collection.
  const heapBefore = [...run.stdout.matchAll(/ ([\d.]+) \([\d.]+\) -> [\d.]+ \([\d.]+\) MB/g)].map((m) => Number(m[1]));
  const heapPeak = Math.max(0, ...heapBefore) * 1024 * 1024;
  console.log(`\nCLI import of a ${BIG_ROWS.toLocaleString('en')}-row appendix (child process, one run)`);
  console.log(`  time ${(peak.ms / 1000).toFixed(1)} s; peak RSS ${MB(peak.maxRssBytes)} (aim < 1,500 MB); heap peak ${MB(heapPeak)}`);
}

const CRITERIA = Number(process.env.BENCH_CRITERIA ?? 1_000);
const INDICATORS = Number(process.env.BENCH_INDICATORS ?? 10_000);

/**
 * CRITERIA leaf criteria (8 areas × 10 criteria, the template's rules in turn), each linked to one
 * of INDICATORS indicators whose actuals are made up deterministically for the rule's kind.
 */
function scoringSet(): { criteria: Criterion[]; indicators: Map<string, Actual> } {
  const rules = criteriaTemplate().criteria.filter((c) => c.rule);
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const areas = AREA_KEYS.slice(0, 8);
  const criteria: Criterion[] = [];
  const indicators = new Map<string, Actual>();
  const perCriterion = Math.ceil(CRITERIA / (areas.length * 10));
  let leaves = 0;
  areas.forEach((area, a) => {
    const areaRow: Criterion = { code: `${a + 1}`, area, name: `Lĩnh vực ${a + 1}`, maxPoints: 0, evidenceRequired: false, survey: false };
    criteria.push(areaRow);
    for (let k = 1; k <= 10; k++) {
      const parent: Criterion = { code: `${a + 1}.${k}`, area, name: `Tiêu chí ${a + 1}.${k}`, maxPoints: 0, evidenceRequired: false, survey: false };
      criteria.push(parent);
      for (let j = 1; j <= perCriterion && leaves < CRITERIA; j++, leaves++) {
        const template = rules[leaves % rules.length];
        const ref = `T${(leaves * Math.floor(INDICATORS / CRITERIA)) % INDICATORS}:1`;
        criteria.push({ ...template, code: `${a + 1}.${k}.${j}`, area, link: { kind: 'indicator', ref } });
        parent.maxPoints += template.maxPoints;
        const rule = parseRule(template.rule as string);
        const actual: Actual =
          rule.kind === 'yesno'
            ? random() > 0.3
            : rule.kind === 'categories'
              ? rule.categories[Math.floor(random() * rule.categories.length)].label
              : rule.kind === 'counts'
                ? Math.floor(random() * 5)
                : Math.round(random() * 1000) / 1000;
        indicators.set(ref, actual);
      }
      areaRow.maxPoints += parent.maxPoints;
    }
  });
  for (let i = 0; indicators.size < INDICATORS; i++) if (!indicators.has(`T${i}:1`)) indicators.set(`T${i}:1`, Math.round(random() * 1000) / 1000);
  return { criteria, indicators };
}

async function benchScoring(): Promise<void> {
  const { criteria, indicators } = scoringSet();
  const leaves = criteria.filter((c) => c.rule).length;
  console.log(`\nscoring ${leaves.toLocaleString('en')} criteria against ${indicators.size.toLocaleString('en')} indicators`);
  const actuals = linkedActuals(
    criteria,
    (ref) => indicators.get(ref),
    () => undefined,
  );
  const scored = await time('  linked actuals + scoreCriteria', () =>
    scoreCriteria(
      criteria,
      linkedActuals(
        criteria,
        (ref) => indicators.get(ref),
        () => undefined,
      ),
    ),
  );
  await time('  areaIndices', () => areaIndices(scored.value));
  await time('  pointsLost', () => pointsLost(scored.value));
  const whole = await time('  all three (scoreCriteria + areaIndices + pointsLost)', () => {
    const s = scoreCriteria(criteria, actuals);
    return [areaIndices(s), pointsLost(s)];
  });
  const total = areaIndices(scored.value).at(-1);
  console.log(
    `  ${scored.value.filter((s) => s.leaf && s.points !== null).length} scored, total ${total?.points} / ${total?.max} points; ${whole.ms.toFixed(1)} ms in all`,
  );
}

/**
 * The PAR functions on a whole 10,000-row column in one call, as a sheet calls them (Apps Script
 * allows 30 s per custom-function call; Excel recalculates on every edit). The column is the
 * seed's deadlines and targets repeated; dates go through each host's codec.
 */
async function benchFunctions(): Promise<void> {
  const rows = Number(process.env.BENCH_FUNCTION_ROWS ?? 10_000);
  const seed = seedGrid();
  const header = seed.findIndex((r) => r[0] === 'STT');
  // The seed's Tiến độ and Kết quả/sản phẩm columns, found by their header words.
  const at = (word: RegExp): number => seed[header].findIndex((h) => word.test(h));
  const body = seed.slice(header + 1);
  const dueTexts = body.map((r) => r[at(/Tiến độ/)] ?? '').filter((t) => t !== '');
  const targetTexts = body.map((r) => r[at(/Kết quả/)] ?? '').filter((t) => t !== '');
  const column = (texts: string[]): string[][] => Array.from({ length: rows }, (_, i) => [texts[i % texts.length]]);
  const dues = column(dueTexts);
  const targets = column(targetTexts);
  const actuals = Array.from({ length: rows }, (_, i) => [(i % 100) / 100]);
  const sheets = sheetsCodec();
  const excel = excelCodec();
  console.log(`\nPAR functions on a ${rows.toLocaleString('en')}-row column, one call each`);
  const due = await time('  DUE (Sheets: Date objects)', () => runFunction('DUE', [dues, 2024, null], sheets));
  await time('  DUE (Excel: serials)', () => runFunction('DUE', [dues, 2024, null], excel));
  const dueDates = due.value as unknown[][];
  await time('  STATUS', () => runFunction('STATUS', [dueDates, column(['Đang thực hiện']), null, new Date(2024, 9, 1), 14], sheets));
  await time('  TARGET', () => runFunction('TARGET', [targets], sheets));
  await time('  CHECK', () => runFunction('CHECK', [actuals, targets], sheets));
  await time('  SCORE', () => runFunction('SCORE', [actuals, 2, 'Trên 90%: 2; Từ 70% đến 90%: 1; Dưới 70%: 0'], sheets));
  await time('  AREA', () => runFunction('AREA', [targets, null], sheets));
}

/** Re-import of the 10,000-task plan over its own tracker: unchanged, and with 1% of tasks reworded. */
async function benchReimport(): Promise<void> {
  const grid = bigGrid({ tasks: TASKS });
  const source = { sheetName: 'Phụ lục', values: grid, firstRow: 1, firstColumn: 1 };
  const { model } = trackerFromSource(source, {}, null);
  const sheets = Object.fromEntries(model.sheets.map((s) => [s.name, sheetValues(s, excelDate)]));
  const existing = { tasks: sheets[TASK_SHEET], indicators: sheets[INDICATOR_SHEET] };
  console.log('re-import (build + merge over the existing tracker)');
  const same = await time('  the same plan', () => trackerFromSource(source, {}, existing));
  let n = 0;
  const reworded = grid.map((r) => (/^\d/.test(r[0]) && n++ % 100 === 0 ? [r[0], `${r[1]} (sửa đổi)`, ...r.slice(2)] : r));
  const changed = await time('  1% of tasks reworded', () => trackerFromSource({ ...source, values: reworded }, {}, existing));
  console.log(`${''.padEnd(48)} ${same.value.merge!.counts.unchanged} unchanged; reworded: ${JSON.stringify(changed.value.merge!.counts)}`);
}

/**
 * The roll-up of 100 unit trackers of ~200 tasks each, as the CLI and the browser app do it:
 * each file read (only its values kept), then counted and ranked, then the roll-up written.
 */
async function benchRollup(): Promise<void> {
  const UNITS = 100;
  const seed = seedGrid();
  const h = seed.findIndex((r) => r[0] === 'STT');
  const body = seed.slice(h + 1);
  const grid = [...seed.slice(0, h + 1), ...body, ...body, ...body, ...body];
  const { model } = trackerFromSource({ sheetName: 'Phụ lục', values: grid, firstRow: 1, firstColumn: 1 }, { criteria: 'template' }, null);
  const bytes = await writeTrackerXlsx(model);
  const tasks = model.sheets.find((x) => x.name === TASK_SHEET)!.rows.filter((r) => r.role === 'task').length;
  console.log(`\nroll-up of ${UNITS} unit trackers (${tasks} tasks each, with the template criteria; ${(bytes.length / 1024).toFixed(0)} KB each)`);
  let peak = 0;
  const rolled = await time(`  read ${UNITS} files + roll up + write`, async () => {
    const units: UnitRead[] = [];
    for (let i = 0; i < UNITS; i++) {
      units.push(readUnit({ file: `don-vi-${i + 1}.xlsx`, values: await readTrackerValues(bytes) }, '2025-01-15'));
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    const build = rollupOf(units, { asOf: '2025-01-15' });
    return { build, out: await writeTrackerXlsx({ sheets: build.sheets, definedNames: [] }) };
  });
  const one = await time('  one file read (values only)', () => readTrackerValues(bytes));
  console.log(
    `${''.padEnd(48)} ${rolled.value.build.data.units.length} units, ${rolled.value.build.data.total.counts.total.toLocaleString('en')} tasks; per file ${(rolled.ms / UNITS).toFixed(0)} ms (read ${one.ms.toFixed(0)} ms); heap peak ${(peak / 1024 / 1024).toFixed(0)} MB`,
  );
}

main()
  .then(benchBigImport)
  .then(benchRollup)
  .then(benchReimport)
  .then(benchScoring)
  .then(benchFunctions)
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
