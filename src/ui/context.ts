/** What the tabs share: the host, the call runner, the language, and moves between tabs. */
import type { Host, SheetRow } from '../workbook/host';
import type { Lang, Translate } from './i18n';
import type { Runner } from './runner';

export type TabKey = 'import' | 'update' | 'dashboard' | 'report' | 'rollup';
export const TAB_KEYS: readonly TabKey[] = ['import', 'update', 'dashboard', 'report', 'rollup'];

export interface PaneContext {
  readonly host: Host;
  readonly runner: Runner;
  readonly lang: Lang;
  readonly t: Translate;
  /** Where plans come from: the open workbook (pane, sidebar), or only files (the browser app). */
  readonly source: 'workbook' | 'file';
  /** The tabs this surface shows. */
  readonly tabs: readonly TabKey[];
  show(tab: TabKey): void;
  /** Moves the sheet's selection to a row (errors shown in the pane). */
  goTo(at: SheetRow): Promise<void>;
  /** The tracker changed (created or a task saved): the tabs showing it reload when next shown. */
  trackerChanged(source: TabKey): void;
}

export interface TabView {
  readonly panel: HTMLElement;
  /** Rebuilds the panel from the tab's state (first mount, language switch). */
  render(): void;
  /** The tab became visible / was left. */
  shown(): void;
  hidden(): void;
  /** The tracker changed elsewhere: reload when shown. */
  stale(): void;
  dispose(): void;
}
