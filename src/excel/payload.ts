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
 * Whether a failed sync was Excel refusing the request for its size. Excel on the web says so with
 * RequestPayloadSizeLimitExceeded, but a proxy or gateway in between may turn the HTTP 413 into
 * another code ("GeneralException", "Request Entity Too Large"): any error naming a payload, a
 * size or 413 counts. A refused request is applied not at all, so it can be sent again in parts.
 */
export function isRequestTooLarge(e: unknown): boolean {
  const { code, message } = (e ?? {}) as { code?: unknown; message?: unknown };
  const text = `${typeof code === 'string' ? code : ''} ${typeof message === 'string' ? message : ''}`;
  return /payload|too ?large|entity|\b413\b|size ?limit/i.test(text);
}

/**
 * A queued operation. `fresh` is false the first time; true when it is queued again after Excel
 * refused the request it was in for its size, and must then find its objects anew (by name): the
 * proxies of the refused request stand for objects Excel never made.
 */
export type QueuedOperation = (fresh: boolean) => void;

/**
 * Counts what is queued on a request context and syncs before the next operation would pass the
 * budget. `Infinity` (the desktop) never syncs early. Should Excel still refuse a request for its
 * size (an estimate that fell short, or a host with a smaller limit), its operations are queued
 * again in two halves, each synced alone, and so on down to single operations — never half-applied.
 */
export class RequestBudget {
  private queued = 0;
  private pending: QueuedOperation[] = [];

  constructor(
    private readonly sync: () => Promise<void>,
    readonly budget: number,
  ) {}

  /** Call before queueing an operation of `bytes` directly on the context (not replayable). */
  async reserve(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.budget) await this.flush();
    this.queued += bytes;
  }

  /** Queues an operation of `bytes`, syncing first when it would pass the budget. */
  async queue(bytes: number, operation: QueuedOperation): Promise<void> {
    await this.reserve(bytes);
    operation(false);
    this.pending.push(operation);
  }

  /** Syncs what is queued; a request refused for its size is sent again in halves. */
  async flush(): Promise<void> {
    const ops = this.pending;
    this.pending = [];
    this.queued = 0;
    try {
      await this.sync();
    } catch (e) {
      if (!isRequestTooLarge(e) || ops.length === 0) throw e;
      await this.resend(ops, e);
    }
  }

  private async resend(ops: readonly QueuedOperation[], cause: unknown): Promise<void> {
    if (ops.length === 1) throw cause;
    const half = Math.ceil(ops.length / 2);
    for (const part of [ops.slice(0, half), ops.slice(half)]) {
      for (const op of part) op(true);
      try {
        await this.sync();
      } catch (e) {
        if (!isRequestTooLarge(e)) throw e;
        await this.resend(part, e);
      }
    }
  }
}
