/**
 * The Fluent 2 parts of the pane: the design tokens (web light theme) and the two Fluent web
 * components it uses — the progress bar and the message bar. Buttons, inputs, selects and the tab
 * list are native elements dressed with the same tokens (styles.ts): they keep native disabled,
 * form and keyboard behaviour in the Office webview and in the Apps Script sidebar iframe, and
 * end-to-end tests can drive them with plain `fill`/`selectOption`/`click`.
 *
 * Styles are applied as a constructed stylesheet where the browser has them (a page CSP without
 * 'unsafe-inline' for styles does not block CSSOM), else as a <style> element.
 */
import { webLightTheme } from '@fluentui/tokens';
import { MessageBar, MessageBarDefinition, ProgressBar, ProgressBarDefinition, setTheme } from '@fluentui/web-components';
import { PANE_CSS } from './styles';

let defined = false;

/** Registers only the Fluent elements the pane uses, once per page (a second bundle may have done it). */
export function defineFluentElements(): void {
  if (defined) return;
  defined = true;
  const registry = globalThis.customElements;
  if (!registry) return;
  // define() is asynchronous; a failure only loses the Fluent look (the pane's text stays), so it
  // must not surface as an unhandled rejection.
  if (!registry.get(ProgressBarDefinition.name)) void Promise.resolve(ProgressBar.define(ProgressBarDefinition)).catch(() => undefined);
  if (!registry.get(MessageBarDefinition.name)) void Promise.resolve(MessageBar.define(MessageBarDefinition)).catch(() => undefined);
}

/**
 * Puts the Fluent tokens on the pane's root (not the whole page). Fluent's setTheme only themes
 * an element inside <body>; a root mounted elsewhere gets the tokens as CSSOM properties.
 */
export function applyTheme(root: HTMLElement): void {
  try {
    if (root.closest('body')) setTheme(webLightTheme, root);
    else for (const [token, value] of Object.entries(webLightTheme)) root.style.setProperty(`--${token}`, String(value));
  } catch {
    // Tokens failed: every var() in styles.ts has its web-light fallback.
  }
}

export function clearTheme(root: HTMLElement): void {
  try {
    setTheme(null, root);
  } catch {
    /* nothing to undo */
  }
}

let users = 0;
let sheet: CSSStyleSheet | null = null;
let styleElement: HTMLStyleElement | null = null;

/** Adds the pane's stylesheet to the document; counted, so two mounted panes share one. */
export function addPaneStyles(doc: Document): void {
  users += 1;
  if (users > 1) return;
  try {
    if ('adoptedStyleSheets' in doc && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(PANE_CSS);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      return;
    }
  } catch {
    sheet = null;
  }
  styleElement = doc.createElement('style');
  styleElement.textContent = PANE_CSS;
  doc.head.appendChild(styleElement);
}

export function removePaneStyles(doc: Document): void {
  users = Math.max(0, users - 1);
  if (users > 0) return;
  if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  styleElement?.remove();
  sheet = null;
  styleElement = null;
}
