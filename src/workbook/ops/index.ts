/** The host-neutral operations behind the pane: each host reads, calls one of these, writes. */
export { textOfCell, isoOfCell, numberOfCell } from './cellValues';
export { readTaskSheet, readIndicatorSheet, findColumns, type Grid, type TaskRecord, type IndicatorRecord } from './readTracker';
export { taskListFrom, type TrackerValues } from './taskList';
export { dashboardFrom } from './dashboard';
export { planTaskSave, logTime, type SaveContext, type SavePlan } from './taskSave';
export { previewImport, trackerFromSource, planFromSource, rangeAddress, MAX_IMPORT_CELLS, type SourceRange, type TrackerBuild } from './importTracker';
export { isDone, taskView } from './taskView';
export { checkReplaceable, looksGenerated, SIGNATURE_ROWS } from './replaceable';
export { hostValue, sheetValues, excelDate, type HostCell, type DateCodec } from './hostValues';
export { trackerFromPlan, type TrackerBuildOptions } from './importTracker';
export { mergeTracker, keptValue, type MergeResult, type MergeLogContext } from './mergeTracker';
export { matchTasks, sectionOfId } from './matchTasks';
export { reportFrom, remindersFrom, reportTasks, type ReportRequest, type ReportBuild, type RemindBuild } from './report';
export { officeFilesFrom, collectFrom, officeFileName, type OfficeFile, type CollectBuild } from './officeFiles';
export { rollupFrom, rollupOf, readUnit, type RollupSource, type RollupRequest, type RollupBuild, type UnitRead } from './rollup';
