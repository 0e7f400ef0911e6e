/**
 * Opening the harness in a Chromium page: the bundle inlined into a page with a strict
 * Content-Security-Policy (no network, no inline styles, scripts only by nonce), so the tests
 * also show the pane needs nothing more; page errors and CSP violations are collected.
 */
import type { Browser, Page } from 'playwright-core';
import type { StartOptions } from './harness';

const NONCE = 'par-test';

export const CSP = [
  "default-src 'none'",
  `script-src 'nonce-${NONCE}'`,
  "style-src 'none'",
  "img-src 'none'",
  "connect-src 'none'",
  "font-src 'none'",
].join('; ');

export interface PaneProblems {
  readonly errors: string[];
  readonly violations: string[];
}

export function pageHtml(bundle: string): string {
  // The bundle sits inside <script>: a literal "</script" in it would end the element early.
  const safe = bundle.replace(/<\/script/gi, '<\\/script');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>PAR Tracker</title>
</head>
<body>
<div id="root"></div>
<script nonce="${NONCE}">
document.addEventListener('securitypolicyviolation', (e) => { (window.__cspViolations ||= []).push(e.violatedDirective + ' ' + e.blockedURI); });
</script>
<script nonce="${NONCE}">${safe}</script>
</body>
</html>`;
}

export async function openPane(browser: Browser, bundle: string, options: StartOptions, size = { width: 360, height: 800 }): Promise<{ page: Page; problems: PaneProblems }> {
  // A Vietnamese browser, as the officials have: the date input shows dd/mm/yyyy.
  const page = await browser.newPage({ viewport: size, locale: 'vi-VN' });
  const problems: PaneProblems = { errors: [], violations: [] };
  page.on('pageerror', (e) => problems.errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.errors.push(m.text());
  });
  page.on('dialog', (d) => {
    problems.errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  // Nothing may go to the network: the test page is self-contained.
  await page.route('**/*', (route) => {
    problems.errors.push(`network: ${route.request().url()}`);
    void route.abort();
  });
  await page.setContent(pageHtml(bundle), { waitUntil: 'load' });
  await page.evaluate((opts) => (window as unknown as { parHarness: { start(o: unknown): void } }).parHarness.start(opts), options as unknown as Record<string, unknown>);
  await page.waitForSelector('[data-testid="par-app"]');
  return { page, problems };
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/** Waits until no host call is running. */
export async function idle(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="par-app"][data-busy="false"]');
}

export async function calls(page: Page, method?: string): Promise<{ method: string; args: unknown }[]> {
  return page.evaluate((m) => (window as unknown as { parHarness: { calls(m?: string): { method: string; args: unknown }[] } }).parHarness.calls(m), method);
}
