// Fakes Excel.run and the request context (Excel.RequestContext): the queue that runs at sync().
// Counts syncs, measures request/response bytes (refused over 5 MB on the web) and records every write.
import { FakeError, FakeWorkbookState, parseAddress, rectToAddress, type FakeSheet, type Rect } from '../fakeWorkbook';
import { WorkbookProxy } from './collections';

export interface FakeOptions {
  readonly platform?: 'desktop' | 'web';
  readonly nullChaining?: 'propagate' | 'throw';
  /** Requirement sets reported as supported ('1.1' … this version), default '1.18'. */
  readonly apiVersion?: string;
  /** Every getMergedAreas call fails (a host that refuses them whatever the count). */
  readonly mergesFail?: boolean;
  /** How a request over the web's 5 MB is refused (default RequestPayloadSizeLimitExceeded; a gateway may say otherwise). */
  readonly payloadError?: { readonly code: string; readonly message: string };
}

export interface WriteRecord {
  readonly sync: number;
  readonly sheet: string;
  readonly kind: string;
  readonly address: string;
}

const WEB_LIMIT = 5 * 1024 * 1024;
const ACTION_OVERHEAD = 120;

interface Action {
  readonly bytes: number;
  run(): void;
}

export class FakeExcel {
  readonly state = new FakeWorkbookState();
  readonly writes: WriteRecord[] = [];
  /** Sizes of each request and response, in sync order. */
  readonly requests: { readonly bytes: number; readonly responseBytes: number }[] = [];
  syncs = 0;
  readonly handlers: ((args: unknown) => unknown)[] = [];

  constructor(readonly options: FakeOptions = {}) {}

  /** Excel.run(batch): a new request context; pending operations are synced when the batch ends. */
  run = async <T>(batch: (ctx: FakeContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(this);
    const result = await batch(ctx);
    if (ctx.pending > 0) await ctx.sync();
    return result;
  };

  /** Counts the syncs an operation makes. */
  async countSyncs(op: () => Promise<unknown>): Promise<number> {
    const before = this.syncs;
    await op();
    return this.syncs - before;
  }

  /** ExcelApi versions compare by minor number: 1.9 < 1.13 < 1.18. */
  supports(version: string): boolean {
    const minor = (v: string): number => Number(v.split('.')[1] ?? 0);
    return minor(version) <= minor(this.options.apiVersion ?? '1.18');
  }

  record(kind: string, sheet: FakeSheet | undefined, rect?: Rect): void {
    this.writes.push({ sync: this.syncs + 1, sheet: sheet?.name ?? '', kind, address: rect ? rectToAddress(rect) : '' });
  }

  /** The user selects cells: sets the selection and tells the listeners, as Excel does. */
  select(sheetName: string, address: string): void {
    const sheet = this.state.sheetByName(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    this.state.activeSheetId = sheet.id;
    this.state.selection = { sheetId: sheet.id, rect: parseAddress(address) };
    const args = { address: address.replace(/\$/g, ''), worksheetId: sheet.id, type: 'WorksheetSelectionChanged', source: 'Local' };
    for (const h of [...this.handlers]) void Promise.resolve().then(() => h(args));
  }

  /** A namespace object to install as the global `Excel` in a page. */
  get namespace(): { run: FakeExcel['run'] } {
    return { run: this.run };
  }
}

export class FakeContext {
  private queue: Action[] = [];
  readonly workbook: WorkbookProxy;
  readonly application = {
    suspendApiCalculationUntilNextSync: (): void => this.enqueue(16, () => undefined),
    suspendScreenUpdatingUntilNextSync: (): void => this.enqueue(16, () => undefined),
  };

  constructor(readonly fake: FakeExcel) {
    this.workbook = new WorkbookProxy(this);
  }

  get pending(): number {
    return this.queue.length;
  }

  enqueue(bytes: number, run: () => void): void {
    this.queue.push({ bytes: bytes + ACTION_OVERHEAD, run });
  }

  /** The response a load adds (measured when it runs). */
  responseBytes = 0;

  async sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    this.fake.syncs++;
    this.responseBytes = 0;
    const bytes = actions.reduce((n, a) => n + a.bytes, 0);
    const web = this.fake.options.platform === 'web';
    if (web && bytes > WEB_LIMIT) {
      this.fake.requests.push({ bytes, responseBytes: 0 });
      const refusal = this.fake.options.payloadError ?? {
        code: 'RequestPayloadSizeLimitExceeded',
        message: 'The request payload size has exceeded the limit.',
      };
      throw new FakeError(refusal.code, refusal.message);
    }
    await Promise.resolve();
    try {
      for (const a of actions) a.run();
    } finally {
      this.fake.requests.push({ bytes, responseBytes: this.responseBytes });
    }
    if (web && this.responseBytes > WEB_LIMIT) {
      throw new FakeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    }
  }
}
