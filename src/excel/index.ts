/** The Office.js adapter: the workbook port on Excel (see docs/excel.md). */
export { ExcelHost, type ExcelHostOptions } from './excelHost';
export { officeEnv, type ExcelEnv, type ExcelRun } from './excelEnv';
