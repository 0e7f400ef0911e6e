/**
 * When a tab reads the workbook: the first time it is shown, and again once it is shown after
 * something changed the tracker (a save, an import) — never while another call runs, and never
 * behind the official's back while the tab is hidden.
 */
import type { PaneContext } from './context';

export interface StaleLoader {
  shown(): void;
  hidden(): void;
  /** The tracker changed: read again now if the tab is in view, else when it is next shown. */
  stale(): void;
  dispose(): void;
  /** Whether the tab is in view. */
  visible(): boolean;
}

export function staleLoader(ctx: () => PaneContext, state: { stale: boolean }, load: () => Promise<unknown>): StaleLoader {
  let visible = false;
  const loadWhenIdle = (): void =>
    ctx().runner.whenIdle(() => {
      if (visible && state.stale) void load();
    });
  return {
    shown() {
      visible = true;
      loadWhenIdle();
    },
    hidden() {
      visible = false;
    },
    stale() {
      state.stale = true;
      if (visible) loadWhenIdle();
    },
    dispose() {
      visible = false;
    },
    visible: () => visible,
  };
}
