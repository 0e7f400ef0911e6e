// Fakes no host object: the counters of every service call (calls, cells touched, writes without the
// document lock) and the simulated clock that fails a call past Apps Script's 6-minute limit.
/** Apps Script's limit on one execution. */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;

/** The simulated clock of the service calls (see FakeOptions.cost). */
export class FakeClock {
  now = Date.now();
  private started = this.now;
  /** The longest execution so far, in ms. */
  longest = 0;

  startExecution(): void {
    this.started = this.now;
  }

  advance(ms: number): void {
    this.now += ms;
    const elapsed = this.now - this.started;
    this.longest = Math.max(this.longest, elapsed);
    if (elapsed > EXECUTION_LIMIT_MS) throw new Error('Exceeded maximum execution time');
  }
}

export class Counters {
  readonly calls = new Map<string, number>();
  /** Cells touched by bulk calls (getValues, setValues, setNumberFormats, …). */
  readonly cells = new Map<string, number>();
  /** Mutating calls made without the document lock held. */
  readonly unlockedWrites: string[] = [];

  tick(name: string, cells = 0): void {
    this.calls.set(name, (this.calls.get(name) ?? 0) + 1);
    if (cells) this.cells.set(name, (this.cells.get(name) ?? 0) + cells);
  }

  count(name: string): number {
    return this.calls.get(name) ?? 0;
  }

  reset(): void {
    this.calls.clear();
    this.cells.clear();
    this.unlockedWrites.length = 0;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.calls].sort(([a], [b]) => a.localeCompare(b)));
  }

  cellSnapshot(): Record<string, number> {
    return Object.fromEntries([...this.cells].sort(([a], [b]) => a.localeCompare(b)));
  }
}
