/**
 * Writing a file so that a failure never leaves a broken tracker where a good one was: the bytes
 * go to a temporary file beside the target, which is renamed over it only once complete (a
 * rename within one folder is atomic). The tracker being replaced is first copied to a backup
 * beside it, so an official can go back to the file as it was before a re-import.
 */
import * as fs from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

/** The file operations used, injectable so a test can fail a write as a full disk would. */
export interface FileOps {
  writeFileSync(path: string, data: Uint8Array): void;
  renameSync(from: string, to: string): void;
  copyFileSync(from: string, to: string): void;
  unlinkSync(path: string): void;
  existsSync(path: string): boolean;
  mkdirSync(path: string, options: { recursive: true }): unknown;
}

export class SafeWriteError extends Error {
  constructor(
    readonly step: 'write' | 'backup' | 'rename',
    readonly path: string,
    readonly cause: unknown,
  ) {
    super(`${step} failed: ${path}`);
  }
}

/** "out/tracker.xlsx" → "out/tracker.ban-truoc.xlsx": the copy kept before a file is replaced. */
export function backupPath(target: string): string {
  const ext = extname(target);
  return join(dirname(target), `${basename(target, ext)}.ban-truoc${ext}`);
}

/**
 * Writes `data` to `target` atomically. With `backup`, an existing target is first copied to
 * backupPath(target) (replacing an older backup). Returns the backup's path, or null.
 */
export function safeWrite(target: string, data: Uint8Array, opts: { backup: boolean }, ops: FileOps = fs): string | null {
  const temp = tempBeside(target, ops);
  try {
    ops.writeFileSync(temp, data);
  } catch (e) {
    discard(temp, ops);
    throw new SafeWriteError('write', target, e);
  }
  return replaceWith(temp, target, opts, ops);
}

/**
 * safeWrite for a file written as a stream (a tracker too large to hold as bytes): `write` fills
 * the temporary file it is given; the backup and the rename are safeWrite's.
 */
export async function safeWriteStreamed(
  target: string,
  write: (temp: string) => Promise<void>,
  opts: { backup: boolean },
  ops: FileOps = fs,
): Promise<string | null> {
  const temp = tempBeside(target, ops);
  try {
    await write(temp);
  } catch (e) {
    discard(temp, ops);
    throw new SafeWriteError('write', target, e);
  }
  return replaceWith(temp, target, opts, ops);
}

/** The temporary file beside the target (its folder made if need be). */
function tempBeside(target: string, ops: FileOps): string {
  const dir = dirname(target);
  ops.mkdirSync(dir, { recursive: true });
  return join(dir, `.${basename(target)}.${process.pid}.tmp`);
}

function discard(temp: string, ops: FileOps): void {
  try {
    ops.unlinkSync(temp);
  } catch {
    // Nothing was written, or it is gone already.
  }
}

/** The written temporary file takes the target's place, the old target first copied to its backup. */
function replaceWith(temp: string, target: string, opts: { backup: boolean }, ops: FileOps): string | null {
  let backup: string | null = null;
  if (opts.backup && ops.existsSync(target)) {
    backup = backupPath(target);
    try {
      ops.copyFileSync(target, backup);
    } catch (e) {
      discard(temp, ops);
      throw new SafeWriteError('backup', backup, e);
    }
  }
  try {
    ops.renameSync(temp, target);
  } catch (e) {
    discard(temp, ops);
    throw new SafeWriteError('rename', target, e);
  }
  return backup;
}
