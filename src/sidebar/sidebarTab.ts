/** Which tab the sidebar opens on: the one the server wrote into the page, else `?tab=`. */
import type { TabKey } from '../ui';
import { isSidebarTab, type SidebarTab } from '../sheets/api';

/** The tab asked for: #app's data-par-tab (written by the server), then `?tab=`, else import. */
export function requestedTab(root: HTMLElement, search: string): SidebarTab {
  const fromPage = root.dataset.parTab;
  if (isSidebarTab(fromPage)) return fromPage;
  const fromQuery = new URLSearchParams(search).get('tab');
  return isSidebarTab(fromQuery) ? fromQuery : 'import';
}

/** The UI's tab for a menu tab (each menu item has its own). */
export function uiTab(tab: SidebarTab): TabKey {
  return tab;
}
