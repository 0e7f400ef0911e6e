/**
 * Every call to the host goes through `Runner.run`: one call at a time (a double click cannot
 * write twice), the action buttons disabled meanwhile, a progress bar, and any failure — a
 * rejected promise, a HostError, a throw — turned into the error panel with what to do and a
 * "try again". Nothing a host does can leave the pane blank or raise an unhandled rejection.
 */
import { append, h, replaceChildren } from './dom';
import { paneError } from './errors';
import { focusKey } from './focus';
import type { MessageKey, Translate } from './i18n';
import type { Progress } from '../workbook/host';

/** Marks an element that starts a host call: disabled while any call runs. */
export const HOST_ACTION = 'data-host-action';

export interface RunOptions {
  /** The progress label; for long work the host's own labels replace it. */
  readonly label: MessageKey;
  /** Show the bar at once (long work) rather than after a short delay (quick calls do not flicker). */
  readonly immediate?: boolean;
  /** What "Thử lại" on the error panel does: the whole action again, result handling included. */
  readonly retry?: () => void;
}

export class Runner {
  private active = false;
  private progressTimer: ReturnType<typeof setTimeout> | undefined;
  private retry: (() => void) | null = null;
  private disposed = false;
  readonly progressBox: HTMLElement;
  readonly errorBox: HTMLElement;
  private readonly progressLabel: HTMLElement;
  private readonly progressBar: HTMLElement;
  private lastError: { message: string; hint: string } | null = null;

  constructor(
    private readonly root: HTMLElement,
    private t: Translate,
  ) {
    this.progressLabel = h('div', { className: 'par-progress-label', testid: 'progress-label' });
    this.progressBar = h('fluent-progress-bar' as 'div', { testid: 'progress-bar', attrs: { 'aria-hidden': 'true' } });
    this.progressBox = h(
      'div',
      { className: 'par-progress', testid: 'progress', attrs: { role: 'progressbar', 'aria-live': 'polite', hidden: true } },
      this.progressLabel,
      this.progressBar,
    );
    this.errorBox = h('div', { className: 'par-error', testid: 'error-panel', attrs: { role: 'alert', hidden: true } });
  }

  private idleQueue: (() => void)[] = [];

  get busy(): boolean {
    return this.active;
  }

  /** Runs `fn` now, or as soon as the running call ends (a tab shown mid-call still loads). */
  whenIdle(fn: () => void): void {
    if (this.active) this.idleQueue.push(fn);
    else fn();
  }

  setTranslate(t: Translate): void {
    this.t = t;
    if (this.lastError) this.renderError(this.lastError);
  }

  /**
   * Runs one host call. Resolves to its result, or to undefined when it failed (the error is
   * shown) or when another call was still running (the click is ignored).
   */
  async run<T>(options: RunOptions, work: (onProgress: (p: Progress) => void) => Promise<T>): Promise<T | undefined> {
    if (this.active || this.disposed) return undefined;
    this.active = true;
    // Disabling the focused button drops focus to <body>; it is put back when the call ends.
    const focused = this.root.ownerDocument.activeElement;
    const refocus = focused instanceof HTMLElement && this.root.contains(focused) ? focusKey(focused) : null;
    this.clearError();
    this.setBusy(true);
    this.startProgress(options);
    try {
      return await work((p) => this.showStep(p));
    } catch (error) {
      if (!this.disposed) this.showError(error, options.retry ?? null);
      return undefined;
    } finally {
      this.active = false;
      if (!this.disposed) {
        this.stopProgress();
        this.setBusy(false);
        this.restoreFocus(refocus);
        const queued = this.idleQueue.splice(0);
        // After this call's caller has handled its result.
        if (queued.length) setTimeout(() => queued.forEach((fn) => fn()), 0);
      }
    }
  }

  /** Shows a failure that did not come from a run (e.g. a selection callback). */
  showError(error: unknown, retry: (() => void) | null = null): void {
    this.retry = retry;
    this.lastError = paneError(error, this.t);
    this.renderError(this.lastError);
  }

  clearError(): void {
    this.lastError = null;
    this.retry = null;
    replaceChildren(this.errorBox);
    this.errorBox.hidden = true;
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.progressTimer);
  }

  private renderError(e: { message: string; hint: string }): void {
    const actions = h('div', { className: 'par-error-actions' });
    if (this.retry) {
      const retry = this.retry;
      append(actions, h('button', { className: 'par-btn par-btn-small', testid: 'error-retry', text: this.t('error.retry'), attrs: { type: 'button' }, on: { click: () => { this.clearError(); retry(); } } }));
    }
    append(actions, h('button', { className: 'par-btn par-btn-small', testid: 'error-dismiss', text: this.t('error.dismiss'), attrs: { type: 'button' }, on: { click: () => this.clearError() } }));
    const bar = h(
      'fluent-message-bar' as 'div',
      { attrs: { intent: 'error', layout: 'multiline' } },
      h(
        'div',
        {},
        h('div', { className: 'par-error-title', testid: 'error-title', text: this.t('error.title') }),
        h('div', { className: 'par-error-message', testid: 'error-message', text: e.message }),
        h('div', { className: 'par-error-hint', testid: 'error-hint', text: e.hint }),
        actions,
      ),
    );
    replaceChildren(this.errorBox, bar);
    this.errorBox.hidden = false;
    this.errorBox.scrollIntoView?.({ block: 'nearest' });
  }

  private setBusy(busy: boolean): void {
    this.root.dataset.busy = String(busy);
    this.root.setAttribute('aria-busy', String(busy));
    for (const el of Array.from(this.root.querySelectorAll<HTMLButtonElement | HTMLSelectElement | HTMLInputElement>(`[${HOST_ACTION}]`))) {
      if (busy) {
        if (!el.disabled) {
          el.disabled = true;
          el.dataset.busyDisabled = 'true';
        }
      } else if (el.dataset.busyDisabled) {
        el.disabled = false;
        delete el.dataset.busyDisabled;
      }
    }
  }

  private restoreFocus(selector: string | null): void {
    if (!selector) return;
    const doc = this.root.ownerDocument;
    if (doc.activeElement && doc.activeElement !== doc.body) return;
    this.root.querySelector<HTMLElement>(selector)?.focus();
  }

  private startProgress(options: RunOptions): void {
    this.progressLabel.textContent = this.t(options.label);
    this.progressBar.removeAttribute('value');
    this.progressBar.removeAttribute('max');
    this.progressBox.removeAttribute('aria-valuenow');
    this.progressBox.setAttribute('aria-valuetext', this.t(options.label));
    this.progressBox.dataset.value = '';
    const show = (): void => {
      this.progressBox.hidden = false;
    };
    clearTimeout(this.progressTimer);
    if (options.immediate) show();
    else this.progressTimer = setTimeout(show, 150);
  }

  private showStep(p: Progress): void {
    if (this.disposed || !this.active) return;
    clearTimeout(this.progressTimer);
    const total = Math.max(0, p.total);
    const done = Math.min(Math.max(0, p.done), total);
    const step = total > 0 ? this.t('progress.step', { done, total }) : '';
    const label = [p.label, step].filter(Boolean).join(' · ');
    if (label) this.progressLabel.textContent = label;
    if (total > 0) {
      this.progressBar.setAttribute('max', String(total));
      this.progressBar.setAttribute('value', String(done));
      this.progressBox.setAttribute('aria-valuemin', '0');
      this.progressBox.setAttribute('aria-valuemax', String(total));
      this.progressBox.setAttribute('aria-valuenow', String(done));
      this.progressBox.dataset.value = `${done}/${total}`;
    }
    this.progressBox.setAttribute('aria-valuetext', label);
    this.progressBox.hidden = false;
  }

  private stopProgress(): void {
    clearTimeout(this.progressTimer);
    this.progressBox.hidden = true;
  }
}

/** An action button: disabled at once when created while a call runs. */
export function actionButton(runner: Runner, props: Parameters<typeof h>[1], onClick: () => void): HTMLButtonElement {
  const button = h('button', { ...props, attrs: { type: 'button', [HOST_ACTION]: true, ...props?.attrs }, on: { click: onClick } });
  if (runner.busy) {
    button.disabled = true;
    button.dataset.busyDisabled = 'true';
  }
  return button;
}
