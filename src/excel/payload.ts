/**
 * Request size. Excel on the web refuses a request (one `context.sync()`: every queued
 * operation together) or a response larger than 5 MB with `RequestPayloadSizeLimitExceeded` /
 * `ResponsePayloadSizeLimitExceeded`; Excel on Windows and Mac have no such limit. The adapter
 * estimates what each queued operation adds and syncs before the sum would pass its budget, so
 * on the web a workbook larger than the budget costs one more round trip per ~4 MB, never an
 * error; on the desktop the budget is unlimited and the sync count does not depend on size at all.
 */

/** Excel on the web's documented limit for one request or response. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** What the adapter queues per request on the web: 20% under the limit for the protocol's own envelope. */
export const WEB_REQUEST_BUDGET = 4 * 1024 * 1024;

/** What one operation costs beyond its arguments: the action, object paths and ids around it. */
export const OPERATION_OVERHEAD = 512;

/** Largest values/number-format block: a block always fits in one request, with room to spare. */
export const BLOCK_BYTES = 1024 * 1024;

/** UTF-8 length of a string (Vietnamese letters take 2–3 bytes). */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes an operation with these arguments adds to a request. */
export function operationBytes(args: unknown): number {
  return utf8Bytes(JSON.stringify(args) ?? '') + OPERATION_OVERHEAD;
}

/**
 * Counts what is queued on a request context and syncs before the next operation would pass the
 * budget. `Infinity` (the desktop) never syncs early.
 */
export class RequestBudget {
  private queued = 0;

  constructor(
    private readonly sync: () => Promise<void>,
    readonly budget: number,
  ) {}

  /** Call before queueing an operation of `bytes`. */
  async reserve(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.budget) {
      await this.sync();
      this.queued = 0;
    }
    this.queued += bytes;
  }
}
