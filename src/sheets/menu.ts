/// <reference types="google-apps-script" />
/**
 * The PAR Tracker menu and the sidebar. onOpen may run before the add-on is authorised for the
 * document (AuthMode.NONE), so it does nothing but build the menu.
 */
import { isSidebarTab, type SidebarTab } from './api';

/** Menu items and the top-level function (entry/menu.js) each one runs. */
export const MENU_ITEMS: readonly { readonly label: string; readonly fn: string; readonly tab: SidebarTab }[] = [
  { label: 'Nhập kế hoạch', fn: 'showImport', tab: 'import' },
  { label: 'Cập nhật tiến độ', fn: 'showUpdate', tab: 'update' },
  { label: 'Tổng hợp', fn: 'showDashboard', tab: 'dashboard' },
  { label: 'Báo cáo', fn: 'showReport', tab: 'report' },
];

export const SIDEBAR_FILE = 'sidebar';
export const SIDEBAR_TITLE = 'PAR Tracker';
/** The marker in sidebar.html that says which tab to open; the server rewrites its value. */
export const TAB_MARKER = 'data-par-tab="import"';

export function onOpen(_e?: unknown): void {
  let menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) menu = menu.addItem(item.label, item.fn);
  menu.addToUi();
}

export function onInstall(e?: unknown): void {
  onOpen(e);
}

/**
 * The sidebar page opened on a tab. The tab is one of four known words, so it can be written
 * into the page as is (never text from a cell or a request).
 */
export function sidebarHtml(page: string, tab: SidebarTab): string {
  if (!page.includes(TAB_MARKER)) throw new Error(`${SIDEBAR_FILE}.html không có dấu ${TAB_MARKER}`);
  return page.replace(TAB_MARKER, `data-par-tab="${tab}"`);
}

export function showSidebar(tab?: string): void {
  const chosen: SidebarTab = isSidebarTab(tab) ? tab : 'import';
  const page = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).getContent();
  const output = HtmlService.createHtmlOutput(sidebarHtml(page, chosen)).setTitle(SIDEBAR_TITLE).setSandboxMode(HtmlService.SandboxMode.IFRAME);
  SpreadsheetApp.getUi().showSidebar(output);
}
