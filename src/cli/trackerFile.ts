/**
 * A tracker .xlsx on disk for the commands that change or read one (import --into, report,
 * remind): opened with one-line errors for a missing, unreadable or foreign file, and written
 * back through safeWrite with the previous version kept as a backup.
 */
import { readFileSync } from 'node:fs';
import { CliError } from './errors';
import { safeWrite, SafeWriteError } from './safeWrite';
import { readTrackerXlsx, type TrackerWorkbook } from '../files/readTrackerXlsx';

export type OpenTracker = TrackerWorkbook & { values: NonNullable<TrackerWorkbook['values']> };

/** Reads a tracker workbook; a file without a Nhiệm vụ sheet is refused as not a tracker. */
export async function openTracker(file: string): Promise<OpenTracker> {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch (e) {
    throw new CliError((e as NodeJS.ErrnoException).code === 'ENOENT' ? 'tracker-missing' : 'file-unreadable', { file });
  }
  let tracker: TrackerWorkbook;
  try {
    tracker = await readTrackerXlsx(data);
  } catch {
    throw new CliError('xlsx-unreadable', { file });
  }
  if (!tracker.values) throw new CliError('not-a-tracker', { file });
  return tracker as OpenTracker;
}

/** Writes through safeWrite, turning its failures into one-line errors; the old file is kept as a backup. */
export function writeSafely(target: string, data: Uint8Array): string | null {
  try {
    return safeWrite(target, data, { backup: true });
  } catch (e) {
    if (e instanceof SafeWriteError && e.step === 'backup') throw new CliError('backup-failed', { file: target, backup: e.path });
    throw new CliError('write-failed', { file: target });
  }
}
