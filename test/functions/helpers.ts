/** Calling the PAR functions in tests through the one runner, with Excel's codec and plain error values. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { excelCodec, runFunction, type CellError, type FunctionId } from '../../src/core/functions';
import { FIXTURES } from '../helpers/fixtures';

const codec = excelCodec();

/** PAR.<id>(...args) as Excel calls it, errors left as { error, message } values. */
export function call(id: FunctionId, ...args: unknown[]): unknown {
  return runFunction(id, args, codec);
}

/** A column range from a list of values. */
export const column = (values: readonly unknown[]): unknown[][] => values.map((v) => [v]);

/** Any error value with this code (and, when given, a message matching). */
export function anError(code: CellError['error'], message?: RegExp | string): unknown {
  return expect.objectContaining({ error: code, message: message === undefined ? expect.any(String) : expect.stringMatching(message) });
}

export type SeedName = '000-appendix' | '002-two-row-header' | '003-markdown';

/** The hand-checked task list of a seed plan (test/fixtures/expected). */
export function expectedTasks(name: SeedName): Array<{ id: string; group: boolean; area: string; title: string; dueText: string; due: string | null; dueKind: string; targets: string }> {
  return JSON.parse(readFileSync(join(FIXTURES, 'expected', `${name}.tasks.json`), 'utf8'));
}
