// Fakes Office.js's proxy objects in general: calls queued until context.sync(), loaded properties
// readable only after the sync that loaded them (PropertyNotLoaded before); counts response bytes.
import { FakeError } from '../fakeWorkbook';
import type { FakeContext } from './context';

export const utf8 = (s: string): number => {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
};

export const notLoaded = (prop: string): FakeError =>
  new FakeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

/** A proxy: resolves to its target when the queue runs; loaded properties readable after sync. */
export abstract class ProxyBase<T> {
  private resolved: { target: T | null } | null = null;
  protected readonly data = new Map<string, unknown>();

  constructor(
    readonly context: FakeContext,
    private readonly resolver: () => T | null,
    private readonly orNull = false,
  ) {
    if (orNull) context.enqueue(16, () => this.data.set('isNullObject', this.target() === null));
  }

  /** The target, resolved once, at run time. A null target of a non-OrNull proxy is ItemNotFound. */
  target(): T | null {
    if (!this.resolved) this.resolved = { target: this.resolver() };
    return this.resolved.target;
  }

  required(): T {
    const t = this.target();
    if (t === null) throw new FakeError('ItemNotFound', "The requested resource doesn't exist.");
    return t;
  }

  /** For a child object: null when this is null (or an error, with nullChaining 'throw'). */
  protected parentOrNull(): T | null {
    const t = this.target();
    if (t === null && this.context.fake.options.nullChaining === 'throw') throw new FakeError('ItemNotFound', "The requested resource doesn't exist.");
    return t;
  }

  get isNullObject(): boolean {
    if (!this.data.has('isNullObject')) throw notLoaded('isNullObject');
    return this.data.get('isNullObject') as boolean;
  }

  protected read<V>(prop: string): V {
    if (!this.data.has(prop)) throw notLoaded(prop);
    return this.data.get(prop) as V;
  }

  protected abstract snapshot(field: string, target: T): unknown;

  load(spec?: string | string[]): this {
    const fields = (Array.isArray(spec) ? spec : (spec ?? '').split(',')).map((s) => s.trim()).filter(Boolean);
    this.context.enqueue(16 + fields.join(',').length, () => {
      const t = this.target();
      if (this.orNull) this.data.set('isNullObject', t === null);
      if (t === null) {
        if (!this.orNull) throw new FakeError('ItemNotFound', "The requested resource doesn't exist.");
        return;
      }
      for (const f of fields) {
        const v = this.snapshot(f, t);
        this.data.set(f.split('/')[0], v);
        this.context.responseBytes += utf8(JSON.stringify(v) ?? '');
      }
    });
    return this;
  }

  /** Queues a write; `bytes` are its arguments' size. */
  write(args: unknown, run: (t: T) => void): void {
    this.context.enqueue(utf8(JSON.stringify(args) ?? ''), () => run(this.required()));
  }
}

export class CollectionBase<I> {
  protected loadedItems: I[] | null = null;
  constructor(readonly context: FakeContext) {}
  get items(): I[] {
    if (!this.loadedItems) throw notLoaded('items');
    return this.loadedItems;
  }
}
