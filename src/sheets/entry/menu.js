/**
 * PAR Tracker — Google Sheets add-on: menu, sidebar and the server functions the sidebar calls.
 *
 * Apps Script only sees top-level `function` declarations, so each entry point is declared here
 * with its parameters and delegates to the bundle (par-sheets.js, global `ParSheets`), where the
 * logic lives and is tested. Hand-written on purpose: keep it free of logic.
 */

/** Adds the PAR Tracker menu (Tiện ích mở rộng › PAR Tracker). @param {Object} e the open event */
function onOpen(e) {
  ParSheets.server.onOpen(e);
}

/** Runs when the add-on is installed from the Marketplace. @param {Object} e the install event */
function onInstall(e) {
  ParSheets.server.onInstall(e);
}

/** Menu: Nhập kế hoạch (import the plan appendix). */
function showImport() {
  ParSheets.server.showSidebar('import');
}

/** Menu: Cập nhật tiến độ (update progress). */
function showUpdate() {
  ParSheets.server.showSidebar('update');
}

/** Menu: Tổng hợp (dashboard). */
function showDashboard() {
  ParSheets.server.showSidebar('dashboard');
}

/** Menu: Báo cáo (the periodic report and the reminders). */
function showReport() {
  ParSheets.server.showSidebar('report');
}

/** Sidebar: write the Báo cáo sheet of a period and return the report. @param {Object} request ReportRequest */
function parBuildReport(request) {
  return ParSheets.server.buildReport(request);
}

/** Sidebar: write a plan read from a file as a new sheet and make it active. @param {Object} request SourceSheetRequest */
function parAddSourceSheet(request) {
  return ParSheets.server.addSourceSheet(request);
}

/** Sidebar: the phiếu cập nhật of every lead office, for the sidebar to write as .xlsx files. @param {Object} request OfficeFilesRequest */
function parOfficeFiles(request) {
  return ParSheets.server.officeFiles(request);
}

/** Sidebar: returned phiếu (read in the sidebar) previewed, or applied with their Nhật ký rows. @param {Object} request CollectRequest */
function parCollect(request) {
  return ParSheets.server.collect(request);
}

/** Sidebar: write the roll-up of the units read in the sidebar as new sheets. @param {Object} request RollupHostRequest */
function parRollup(request) {
  return ParSheets.server.rollup(request);
}

/** Sidebar: write the Đôn đốc sheet and return the reminders per office. @param {Object} request RemindRequest */
function parBuildReminders(request) {
  return ParSheets.server.buildReminders(request);
}

/** Sidebar: preview an import of the active sheet or selection. @param {Object} request ImportRequest */
function parPreviewImport(request) {
  return ParSheets.server.previewImport(request);
}

/**
 * Sidebar: create the tracker; call again with the returned `next` step until it is null.
 * @param {Object} request ImportRequest
 * @param {Object} step null on the first call, then the previous result's `next`
 */
function parCreateTracker(request, step) {
  return ParSheets.server.createTracker(request, step);
}

/** Sidebar: the tasks for the update tab. */
function parListTasks() {
  return ParSheets.server.listTasks();
}

/** Sidebar: save one task's changes. @param {Object} request SaveRequest */
function parSaveTask(request) {
  return ParSheets.server.saveTask(request);
}

/** Sidebar: the dashboard figures. */
function parDashboard() {
  return ParSheets.server.dashboard();
}

/** Sidebar: select a row of a sheet. @param {Object} target { sheet, row } */
function parGoTo(target) {
  return ParSheets.server.goTo(target);
}

/** Sidebar: the sheet and row of the current selection, or null. */
function parActiveRow() {
  return ParSheets.server.activeRow();
}
