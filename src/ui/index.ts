/**
 * The task pane (Excel) and sidebar (Google Sheets): one UI that talks to the spreadsheet only
 * through the `Host` port (src/workbook/host.ts). A host page calls `mountApp(root, host)` once.
 *
 * Layout, top to bottom: header (name, language), tab list, progress bar, error panel, the
 * active tab. See docs/ui.md for the data-testid handles, the keyboard and how errors show.
 */
import type { Host, SheetRow } from '../workbook/host';
import { TAB_KEYS, type PaneContext, type TabKey, type TabView } from './context';
import { h, replaceChildren, select, uid } from './dom';
import { addPaneStyles, applyTheme, defineFluentElements, removePaneStyles } from './fluent';
import { translator, type Lang, type MessageKey } from './i18n';
import { Runner } from './runner';
import { dashboardTab } from './tabs/dashboardTab';
import { importTab } from './tabs/importTab';
import { reportTab } from './tabs/reportTab';
import { rollupTab } from './tabs/rollupTab';
import { updateTab } from './tabs/updateTab';

export type { TabKey } from './context';
export type { Lang } from './i18n';

export interface MountOptions {
  /** Vietnamese unless told; a host may pass its display language. */
  readonly lang?: Lang;
  readonly initialTab?: TabKey;
  /** Where plans come from: the open workbook (default), or only files (the browser app). */
  readonly source?: 'workbook' | 'file';
  /** The tabs to show, in TAB_KEYS order (default: all). */
  readonly tabs?: readonly TabKey[];
}

export interface MountedApp {
  /** Unmounts: removes the pane, its styles and the host's selection listener. */
  dispose(): void;
  /** Switches to a tab (the Sheets menu items open the sidebar on one). */
  show(tab: TabKey): void;
}

const TAB_LABEL: Readonly<Record<TabKey, MessageKey>> = { import: 'tab.import', update: 'tab.update', dashboard: 'tab.dashboard', report: 'tab.report', rollup: 'tab.rollup' };

export function mountApp(root: HTMLElement, host: Host, options: MountOptions = {}): MountedApp {
  const doc = root.ownerDocument;
  let lang: Lang = options.lang === 'en' ? 'en' : 'vi';
  let t = translator(lang);
  // The roll-up only where the host can write one (the sidebar cannot read .xlsx files).
  const shownTabs = TAB_KEYS.filter((k) => (!options.tabs || options.tabs.includes(k)) && (k !== 'rollup' || host.rollup !== undefined));
  let active: TabKey = options.initialTab && shownTabs.includes(options.initialTab) ? options.initialTab : shownTabs[0];
  let disposed = false;

  defineFluentElements();
  addPaneStyles(doc);
  const app = h('div', { className: 'par-app', testid: 'par-app', attrs: { lang, 'data-busy': 'false', 'data-host': host.kind } });
  const runner = new Runner(app, t);

  const ctx: PaneContext = {
    host,
    runner,
    get lang() {
      return lang;
    },
    get t() {
      return t;
    },
    source: options.source ?? 'workbook',
    tabs: shownTabs,
    show: (tab) => show(tab),
    goTo: async (at: SheetRow) => {
      await runner.run({ label: 'progress.goto' }, () => host.goTo(at));
    },
    trackerChanged: (source) => {
      for (const key of TAB_KEYS) if (key !== source) tabs[key].stale();
    },
  };
  const get = (): PaneContext => ctx;
  const tabs: Record<TabKey, TabView> = { import: importTab(get), update: updateTab(get), dashboard: dashboardTab(get), report: reportTab(get), rollup: rollupTab(get) };

  // ---- header and tab list ----
  const title = h('h1', {});
  const langSelect = select({ testid: 'lang-select' }, [], lang);
  langSelect.addEventListener('change', () => setLang(langSelect.value === 'en' ? 'en' : 'vi'));
  const langLabel = h('label', { className: 'par-sr', attrs: { for: (langSelect.id = uid('lang')) } });
  const tabList = h('div', { className: 'par-tabs', testid: 'tabs', attrs: { role: 'tablist' } });
  const tabButtons = {} as Record<TabKey, HTMLButtonElement>;
  for (const key of shownTabs) {
    const button = h('button', { className: 'par-tab', testid: `tab-${key}`, attrs: { type: 'button', role: 'tab', id: uid(`tab-${key}`) }, on: { click: () => show(key) } });
    const panel = tabs[key].panel;
    panel.id = uid(`panel-${key}`);
    panel.setAttribute('aria-labelledby', button.id);
    panel.tabIndex = -1;
    button.setAttribute('aria-controls', panel.id);
    tabButtons[key] = button;
    tabList.appendChild(button);
  }
  // Arrow keys move between tabs (and open them), Home/End to the ends: the ARIA tabs pattern.
  tabList.addEventListener('keydown', (e) => {
    const at = shownTabs.indexOf(active);
    const moves: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: shownTabs.length - 1 };
    if (!(e.key in moves)) return;
    e.preventDefault();
    const next = shownTabs[(moves[e.key] + shownTabs.length) % shownTabs.length];
    show(next);
    tabButtons[next].focus();
  });

  const panels = h('div', { className: 'par-panels' }, ...shownTabs.map((k) => tabs[k].panel));
  replaceChildren(
    app,
    h('header', { className: 'par-header' }, title, h('div', {}, langLabel, langSelect)),
    tabList,
    runner.progressBox,
    runner.errorBox,
    panels,
  );
  root.appendChild(app);
  // Fluent themes only an element already in the document.
  applyTheme(app);

  function renderChrome(): void {
    app.setAttribute('lang', lang);
    title.textContent = t('app.title');
    langLabel.textContent = t('app.language');
    replaceChildren(langSelect, ...(['vi', 'en'] as const).map((l) => {
      const option = h('option', { text: t(`lang.${l}`) });
      option.value = l;
      return option;
    }));
    langSelect.value = lang;
    tabList.setAttribute('aria-label', t('app.tabs'));
    for (const key of shownTabs) {
      const selected = key === active;
      const button = tabButtons[key];
      button.textContent = t(TAB_LABEL[key]);
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
      tabs[key].panel.hidden = !selected;
    }
  }

  function show(tab: TabKey): void {
    if (disposed || !shownTabs.includes(tab)) return;
    const previous = active;
    active = tab;
    renderChrome();
    if (previous !== tab) tabs[previous].hidden();
    tabs[tab].shown();
  }

  function setLang(next: Lang): void {
    if (next === lang) return;
    lang = next;
    t = translator(lang);
    runner.setTranslate(t);
    renderChrome();
    for (const key of TAB_KEYS) tabs[key].render();
  }

  renderChrome();
  for (const key of TAB_KEYS) tabs[key].render();
  tabs[active].shown();

  return {
    dispose() {
      if (disposed) return;
      disposed = true;
      runner.dispose();
      for (const key of TAB_KEYS) tabs[key].dispose();
      app.remove();
      removePaneStyles(doc);
    },
    show,
  };
}
