/**
 * The Google Sheets sidebar (composition root): the shared UI (src/ui) on the google.script.run
 * host. The server writes the tab to open into #app's data-par-tab when it serves the page
 * (src/sheets/menu.ts); `?tab=` works too, for a page opened outside Apps Script.
 */
import { mountApp } from '../ui';
import { GoogleScriptHost } from './googleScriptHost';
import { requestedTab, uiTab } from './sidebarTab';

function start(): void {
  const root = document.getElementById('app');
  if (!root) return;
  const tab = requestedTab(root, location.search);
  mountApp(root, new GoogleScriptHost(), { initialTab: uiTab(tab), lang: 'vi' });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
