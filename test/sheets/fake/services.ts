// Fakes LockService's lock, HtmlService's output, and Ui with its menus and sidebars;
// counts Lock.tryLock/releaseLock and the Ui calls.
import type { FakeGoogle } from './google';

export class FakeLock {
  held = false;
  acquired = 0;
  constructor(private readonly g: FakeGoogle) {}
  tryLock(_ms: number): boolean {
    this.g.tick('Lock.tryLock');
    if (this.g.options.lockAvailable === false) return false;
    this.held = true;
    this.acquired++;
    return true;
  }
  waitLock(ms: number): void {
    if (!this.tryLock(ms)) throw new Error('Exception: Lock timeout: another process was holding the lock for too long.');
  }
  hasLock(): boolean {
    return this.held;
  }
  releaseLock(): void {
    this.g.tick('Lock.releaseLock');
    this.held = false;
  }
}

export class FakeHtmlOutput {
  title = '';
  sandbox: string | null = null;
  constructor(private content: string) {}
  getContent(): string {
    return this.content;
  }
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setSandboxMode(mode: string): this {
    this.sandbox = mode;
    return this;
  }
  append(more: string): this {
    this.content += more;
    return this;
  }
}

export class FakeMenu {
  readonly items: { label: string; fn: string }[] = [];
  added = false;
  constructor(
    private readonly ui: FakeUi,
    readonly kind: 'addon' | 'custom',
    readonly name: string,
  ) {}
  addItem(label: string, fn: string): this {
    this.items.push({ label, fn });
    return this;
  }
  addSeparator(): this {
    return this;
  }
  addToUi(): void {
    this.added = true;
    this.ui.menus.push(this);
  }
}

export class FakeUi {
  readonly menus: FakeMenu[] = [];
  readonly sidebars: FakeHtmlOutput[] = [];
  constructor(private readonly g: FakeGoogle) {}
  createAddonMenu(): FakeMenu {
    this.g.tick('Ui.createAddonMenu');
    return new FakeMenu(this, 'addon', 'PAR Tracker');
  }
  createMenu(name: string): FakeMenu {
    this.g.tick('Ui.createMenu');
    return new FakeMenu(this, 'custom', name);
  }
  showSidebar(output: FakeHtmlOutput): void {
    this.g.tick('Ui.showSidebar');
    this.sidebars.push(output);
  }
}
