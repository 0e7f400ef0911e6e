/**
 * A tracker .xlsx on disk for the commands that change or read one (import --into, report,
 * remind): opened with one-line errors for a missing, unreadable or foreign file, and written
 * back through safeWrite with the previous version kept as a backup. A new tracker (import -o)
 * is streamed to disk row by row instead of being built as bytes in memory first.
 */
import { createWriteStream, readFileSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { CliError } from './errors';
import { safeWrite, safeWriteStreamed, SafeWriteError } from './safeWrite';
import { readTrackerXlsx, type TrackerWorkbook } from '../files/readTrackerXlsx';
import { streamTrackerXlsx } from '../files/streamTrackerXlsx';
import { addCharts, carryCharts } from '../files/xlsxCharts';
import type { WorkbookModel } from '../workbook/model';

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
    throw writeError(target, e);
  }
}

/**
 * Writes a tracker read from `target` back to it (a report sheet, returned phiếu, a re-import):
 * exceljs drops the charts of a file it reads, so the ones the file had are carried over, and the
 * charts of `model` (the sheets it rewrote) added.
 */
export async function rewriteTracker(target: string, data: Uint8Array, model?: WorkbookModel): Promise<string | null> {
  let bytes = model ? await addCharts(data, model) : data;
  try {
    bytes = await carryCharts(new Uint8Array(readFileSync(target)), bytes);
  } catch {
    // The file could not be read again: written without its old charts rather than not at all.
  }
  return writeSafely(target, bytes);
}

/** Streams a new tracker to `target` (streamTrackerXlsx) through safeWrite's temporary file and backup. */
export async function streamTrackerSafely(target: string, model: WorkbookModel): Promise<string | null> {
  try {
    return await safeWriteStreamed(
      target,
      async (temp) => {
        const file = createWriteStream(temp);
        // A failed write (a full disk) ends the wait at once; a failed render closes the file.
        const closed = finished(file);
        const written = streamTrackerXlsx(model, file).catch((e: unknown) => {
          file.destroy(e as Error);
          throw e;
        });
        await Promise.all([written, closed]);
      },
      { backup: true },
    );
  } catch (e) {
    throw writeError(target, e);
  }
}

function writeError(target: string, e: unknown): CliError {
  if (e instanceof SafeWriteError && e.step === 'backup') return new CliError('backup-failed', { file: target, backup: e.path });
  return new CliError('write-failed', { file: target });
}
