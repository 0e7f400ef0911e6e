/// <reference types="office-js" />
/**
 * The Excel task pane: the composition root. The shared UI (src/ui) on the Office.js adapter
 * (src/excel), in the pane's language. Nothing else lives here.
 */
import { ExcelHost } from '../excel';
import { mountApp } from '../ui';
import { paneLanguage } from './language';

Office.onReady(() => {
  const root = document.getElementById('app');
  if (!root) throw new Error('taskpane.html has no #app element');
  mountApp(root, new ExcelHost(), { lang: paneLanguage(Office.context.displayLanguage) });
});
