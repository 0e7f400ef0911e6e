/**
 * The browser app (dist/app/index.html): the composition root. The shared UI (src/ui) on the
 * in-page workbook (BrowserHost), plans taken only from files; the Tổng hợp and Báo cáo tabs read
 * the tracker built or chosen. Nothing is uploaded: the page has no server of ours to talk to.
 * Once loaded over http(s), a service worker keeps it working offline; opened from the file
 * system it runs without one.
 */
import { mountApp } from '../ui';
import { BrowserHost } from './browserHost';

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');
const lang = /^en\b/i.test(new URLSearchParams(location.search).get('lang') ?? '') ? 'en' : 'vi';
mountApp(root, new BrowserHost(), { lang, source: 'file', tabs: ['import', 'dashboard', 'report', 'rollup'] });

if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
  // The worker only caches the app's own files; a failure leaves the app working online.
  navigator.serviceWorker.register('sw.js').catch(() => undefined);
}
