/**
 * The pane's styles, as a string injected by mountApp so the Excel and the Sheets bundles carry
 * them without a CSS loader. Colours, type and spacing are Fluent 2 design tokens (set by
 * `setTheme` in ./fluent.ts); each var() has the web-light value as fallback so the pane still
 * reads right if the theme could not be set. Everything is scoped under `.par-app`.
 *
 * Narrow panes: the layout is one column and must read at 320 px.
 */

export const PANE_CSS = `
.par-app {
  --par-gap: var(--spacingVerticalM, 12px);
  --par-focus: var(--colorStrokeFocus2, #000000);
  --par-stroke: var(--colorNeutralStroke1, #d1d1d1);
  --par-stroke2: var(--colorNeutralStroke2, #e0e0e0);
  --par-muted: var(--colorNeutralForeground3, #616161);
  --par-fg2: var(--colorNeutralForeground2, #424242);
  --par-brand: var(--colorBrandBackground, #0f6cbd);
  box-sizing: border-box;
  min-width: 0;
  min-height: 100%;
  font-family: var(--fontFamilyBase, 'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif);
  font-size: var(--fontSizeBase300, 14px);
  line-height: var(--lineHeightBase300, 20px);
  color: var(--colorNeutralForeground1, #242424);
  background: var(--colorNeutralBackground1, #ffffff);
  -webkit-font-smoothing: antialiased;
  overflow-wrap: anywhere;
}
.par-app *, .par-app *::before, .par-app *::after { box-sizing: border-box; }
.par-app [hidden] { display: none !important; }
.par-app h2, .par-app h3 { margin: 0; }
.par-app h2 { font-size: var(--fontSizeBase400, 16px); line-height: var(--lineHeightBase400, 22px); font-weight: var(--fontWeightSemibold, 600); }
.par-app h3 { font-size: var(--fontSizeBase300, 14px); line-height: var(--lineHeightBase300, 20px); font-weight: var(--fontWeightSemibold, 600); margin: 16px 0 6px; }
.par-app p { margin: 0 0 8px; }
.par-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

/* Header and tabs */
.par-header { display: flex; align-items: center; justify-content: space-between; gap: 8px; padding: 8px 12px; border-bottom: 1px solid var(--par-stroke2); }
.par-header h1 { margin: 0; font-size: var(--fontSizeBase400, 16px); line-height: var(--lineHeightBase400, 22px); font-weight: var(--fontWeightSemibold, 600); color: var(--colorBrandForeground1, #0f6cbd); }
.par-header select { width: auto; min-width: 0; height: 28px; }
.par-tabs { display: flex; border-bottom: 1px solid var(--par-stroke2); padding: 0 4px; }
.par-tab {
  position: relative; flex: 1 1 auto; min-width: 0; margin: 0; padding: 10px 6px 10px;
  border: 0; background: transparent; color: var(--par-fg2); cursor: pointer;
  font: inherit; line-height: var(--lineHeightBase300, 20px); border-radius: var(--borderRadiusMedium, 4px);
}
.par-tab:hover { color: var(--colorNeutralForeground1, #242424); background: var(--colorSubtleBackgroundHover, #f5f5f5); }
.par-tab[aria-selected='true'] { color: var(--colorNeutralForeground1, #242424); font-weight: var(--fontWeightSemibold, 600); }
.par-tab[aria-selected='true']::after {
  content: ''; position: absolute; left: 10px; right: 10px; bottom: 0; height: 3px;
  border-radius: var(--borderRadiusCircular, 10000px); background: var(--par-brand);
}
.par-panel { padding: 12px; }

/* Controls: native elements in Fluent 2 clothes */
.par-btn {
  display: inline-flex; align-items: center; justify-content: center; gap: 6px;
  min-height: 32px; padding: 5px 12px; margin: 0;
  font: inherit; font-weight: var(--fontWeightSemibold, 600); text-align: center;
  color: var(--colorNeutralForeground1, #242424); background: var(--colorNeutralBackground1, #ffffff);
  border: var(--strokeWidthThin, 1px) solid var(--par-stroke); border-radius: var(--borderRadiusMedium, 4px);
  cursor: pointer;
}
.par-btn:hover { background: var(--colorNeutralBackground1Hover, #f5f5f5); border-color: var(--colorNeutralStroke1Hover, #c7c7c7); }
.par-btn:active { background: var(--colorNeutralBackground1Pressed, #e0e0e0); }
.par-btn-primary { color: var(--colorNeutralForegroundOnBrand, #ffffff); background: var(--par-brand); border-color: transparent; }
.par-btn-primary:hover { background: var(--colorBrandBackgroundHover, #115ea3); border-color: transparent; }
.par-btn-primary:active { background: var(--colorBrandBackgroundPressed, #0c3b5e); }
.par-btn-subtle { background: transparent; border-color: transparent; font-weight: var(--fontWeightRegular, 400); color: var(--colorBrandForeground1, #0f6cbd); }
.par-btn-subtle:hover { background: var(--colorSubtleBackgroundHover, #f5f5f5); border-color: transparent; }
.par-btn-small { min-height: 24px; padding: 1px 8px; font-size: var(--fontSizeBase200, 12px); font-weight: var(--fontWeightRegular, 400); }
.par-btn:disabled, .par-btn:disabled:hover {
  color: var(--colorNeutralForegroundDisabled, #bdbdbd); background: var(--colorNeutralBackgroundDisabled, #f0f0f0);
  border-color: var(--colorNeutralStrokeDisabled, #e0e0e0); cursor: not-allowed;
}
.par-btn-subtle:disabled, .par-btn-subtle:disabled:hover { background: transparent; border-color: transparent; }
.par-app :focus-visible { outline: 2px solid var(--par-focus); outline-offset: 1px; }
.par-app input[type='text'], .par-app input[type='search'], .par-app input[type='number'], .par-app input[type='date'],
.par-app select, .par-app textarea {
  width: 100%; min-width: 0; min-height: 32px; margin: 0; padding: 4px 8px;
  font: inherit; color: var(--colorNeutralForeground1, #242424); background: var(--colorNeutralBackground1, #ffffff);
  border: 1px solid var(--par-stroke); border-bottom-color: var(--colorNeutralStrokeAccessible, #616161);
  border-radius: var(--borderRadiusMedium, 4px);
}
.par-app textarea { min-height: 60px; resize: vertical; }
.par-app input:focus, .par-app select:focus, .par-app textarea:focus {
  outline: none; border-bottom-color: var(--colorCompoundBrandStroke, #0f6cbd);
  box-shadow: inset 0 -1px 0 var(--colorCompoundBrandStroke, #0f6cbd);
}
.par-app input:focus-visible, .par-app select:focus-visible, .par-app textarea:focus-visible { outline: 2px solid var(--par-focus); outline-offset: 1px; }
.par-app input[aria-invalid='true'] { border-color: var(--colorPaletteRedBorder2, #d13438); }
.par-app input:disabled, .par-app select:disabled { color: var(--colorNeutralForegroundDisabled, #bdbdbd); background: var(--colorNeutralBackgroundDisabled, #f0f0f0); }
.par-field { margin: 0 0 10px; min-width: 0; }
.par-field > label, .par-label { display: block; margin: 0 0 2px; font-size: var(--fontSizeBase200, 12px); line-height: var(--lineHeightBase200, 16px); font-weight: var(--fontWeightSemibold, 600); color: var(--par-fg2); }
.par-hint { margin-top: 2px; font-size: var(--fontSizeBase200, 12px); line-height: var(--lineHeightBase200, 16px); color: var(--par-muted); }
.par-invalid { margin-top: 2px; font-size: var(--fontSizeBase200, 12px); line-height: var(--lineHeightBase200, 16px); color: var(--colorPaletteRedForeground1, #bc2f32); }
.par-actions { display: flex; flex-wrap: wrap; gap: 8px; margin: 12px 0; }
.par-fieldset { border: 0; padding: 0; margin: 0 0 10px; min-width: 0; }
.par-fieldset legend { padding: 0; margin-bottom: 4px; font-size: var(--fontSizeBase200, 12px); font-weight: var(--fontWeightSemibold, 600); color: var(--par-fg2); }
.par-radio { display: flex; align-items: center; gap: 8px; min-height: 28px; cursor: pointer; }
.par-radio input { width: 16px; height: 16px; margin: 0; accent-color: var(--par-brand); }
.par-row2 { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
.par-filters { display: grid; grid-template-columns: 1fr 1fr; gap: 0 8px; }
.par-filters .par-field { margin-bottom: 8px; }
.par-filters .par-wide { grid-column: 1 / -1; }
.par-filters-bar { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin: 4px 0 8px; font-size: var(--fontSizeBase200, 12px); color: var(--par-fg2); }

/* Notes (status, warning, success) */
.par-drop { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; padding: 10px 12px; margin: 4px 0; border: 1px dashed var(--colorNeutralStroke1, #d1d1d1); border-radius: var(--borderRadiusMedium, 4px); }
.par-drop > .par-label { flex-basis: 100%; }
.par-drop > label.par-btn { cursor: pointer; }
.par-file-input { position: absolute; width: 1px; height: 1px; opacity: 0; overflow: hidden; }
.par-file-input:focus-visible + label { outline: 2px solid var(--par-brand); outline-offset: 2px; }
.par-note { padding: 8px 10px; margin: 8px 0; border-radius: var(--borderRadiusMedium, 4px); border: 1px solid var(--par-stroke2); background: var(--colorNeutralBackground3, #f5f5f5); }
.par-note-warning { background: var(--colorPaletteYellowBackground1, #fefbf4); border-color: var(--colorPaletteYellowBorder1, #fdeab3); }
.par-note-success { background: var(--colorPaletteGreenBackground1, #f1faf1); border-color: var(--colorPaletteGreenBorder1, #9fd89f); }
.par-muted { color: var(--par-muted); }
.par-small { font-size: var(--fontSizeBase200, 12px); line-height: var(--lineHeightBase200, 16px); }

/* Progress and errors */
.par-progress { padding: 6px 12px 8px; border-bottom: 1px solid var(--par-stroke2); }
.par-progress-label { font-size: var(--fontSizeBase200, 12px); line-height: var(--lineHeightBase200, 16px); color: var(--par-fg2); margin-bottom: 4px; }
.par-progress fluent-progress-bar { display: block; width: 100%; }
.par-error { margin: 8px 12px 0; }
.par-error fluent-message-bar { padding-block: 8px; }
.par-error-title { font-weight: var(--fontWeightSemibold, 600); color: var(--colorPaletteRedForeground1, #bc2f32); }
.par-error-message { margin-top: 2px; font-size: var(--fontSizeBase300, 14px); line-height: var(--lineHeightBase300, 20px); color: var(--colorNeutralForeground1, #242424); }
.par-error-hint { margin-top: 4px; color: var(--par-fg2); }
.par-error-actions { display: flex; gap: 8px; margin-top: 8px; }

/* Import */
.par-source { margin: 8px 0; }
.par-source-line { display: flex; flex-wrap: wrap; gap: 0 6px; }
.par-counts { display: grid; grid-template-columns: repeat(auto-fill, minmax(84px, 1fr)); gap: 6px; margin: 4px 0 8px; padding: 0; list-style: none; }
.par-count { padding: 6px 8px; border: 1px solid var(--par-stroke2); border-radius: var(--borderRadiusMedium, 4px); background: var(--colorNeutralBackground2, #fafafa); }
.par-count-value { display: block; font-size: var(--fontSizeBase500, 20px); line-height: var(--lineHeightBase500, 28px); font-weight: var(--fontWeightSemibold, 600); }
.par-count-label { display: block; font-size: var(--fontSizeBase200, 12px); line-height: var(--lineHeightBase200, 16px); color: var(--par-fg2); }
.par-warnings { list-style: none; margin: 0; padding: 0; max-height: 240px; overflow-y: auto; border: 1px solid var(--par-stroke2); border-radius: var(--borderRadiusMedium, 4px); }
.par-warnings li + li { border-top: 1px solid var(--par-stroke2); }
.par-merge { margin: 12px 0; }
.par-merge h4 { margin: 12px 0 4px; font-size: var(--fontSizeBase300, 14px); }
.par-merge-list { list-style: none; margin: 0; padding: 0; border: 1px solid var(--par-stroke2); border-radius: var(--borderRadiusMedium, 4px); max-height: 320px; overflow-y: auto; }
.par-merge-list > li { padding: 6px 8px; }
.par-merge-list > li + li { border-top: 1px solid var(--par-stroke2); }
.par-merge-head { display: flex; gap: 6px; align-items: baseline; }
.par-merge-id { font-weight: 600; white-space: nowrap; }
.par-merge-fields { margin: 4px 0 0; padding-left: 16px; font-size: var(--fontSizeBase200, 12px); overflow-wrap: anywhere; }
.par-merge-fields del { color: var(--colorPaletteRedForeground1, #bc2f32); }
.par-merge-fields ins { color: var(--colorPaletteGreenForeground1, #0e700e); text-decoration: none; }
.par-merge-dropped .par-merge-head { color: var(--par-muted, #616161); }
.par-warning { display: block; width: 100%; padding: 6px 8px; margin: 0; border: 0; background: transparent; font: inherit; font-size: var(--fontSizeBase200, 12px); line-height: var(--lineHeightBase200, 16px); text-align: left; color: inherit; cursor: pointer; }
.par-warning:hover { background: var(--colorSubtleBackgroundHover, #f5f5f5); }
.par-warning:disabled { cursor: default; background: transparent; }
.par-warning-row { font-weight: var(--fontWeightSemibold, 600); color: var(--colorBrandForeground1, #0f6cbd); margin-right: 4px; }
.par-summary dl { display: grid; grid-template-columns: 1fr auto; gap: 2px 10px; margin: 6px 0 10px; }
.par-summary dt { color: var(--par-fg2); }
.par-summary dd { margin: 0; font-weight: var(--fontWeightSemibold, 600); text-align: right; font-variant-numeric: tabular-nums; }
.par-summary .par-summary-sheets { margin: 4px 0 0; }
.par-mapping { display: grid; grid-template-columns: minmax(84px, max-content) minmax(0, 1fr); gap: 6px 8px; align-items: center; }
@media (max-width: 349px) {
  /* The narrowest panes: each dropdown gets the full width so "B — Nhiệm vụ cụ thể" is not cut. */
  .par-mapping { grid-template-columns: minmax(0, 1fr); gap: 2px; }
  .par-mapping select { margin-bottom: 6px; }
}
.par-mapping label { font-size: var(--fontSizeBase200, 12px); line-height: var(--lineHeightBase200, 16px); font-weight: var(--fontWeightSemibold, 600); color: var(--par-fg2); }

/* Update: the task list */
.par-tasks { list-style: none; margin: 0; padding: 0; border: 1px solid var(--par-stroke2); border-radius: var(--borderRadiusMedium, 4px); }
.par-task { display: grid; grid-template-columns: auto 1fr auto; gap: 2px 8px; padding: 8px 10px; cursor: pointer; border-left: 3px solid transparent; }
.par-task + .par-task { border-top: 1px solid var(--par-stroke2); }
.par-task:hover { background: var(--colorSubtleBackgroundHover, #f5f5f5); }
.par-task[aria-selected='true'] { background: var(--colorBrandBackground2, #ebf3fc); border-left-color: var(--par-brand); }
.par-task:focus-visible { outline-offset: -2px; }
.par-task-id { font-weight: var(--fontWeightSemibold, 600); white-space: nowrap; }
.par-task-due { min-width: 0; font-size: var(--fontSizeBase200, 12px); color: var(--par-fg2); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; align-self: center; }
.par-task-title { grid-column: 1 / -1; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.par-task-lead { grid-column: 1 / -1; font-size: var(--fontSizeBase200, 12px); line-height: var(--lineHeightBase200, 16px); color: var(--par-muted); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.par-badge {
  display: inline-block; padding: 0 6px; min-height: 20px; border-radius: var(--borderRadiusCircular, 10000px);
  font-size: var(--fontSizeBase200, 12px); line-height: 20px; font-weight: var(--fontWeightSemibold, 600); white-space: nowrap;
  background: var(--colorNeutralBackground3, #f5f5f5); color: var(--par-fg2); border: 1px solid var(--par-stroke2);
}

/* Update: the editor */
.par-editor-head .par-btn-subtle { margin-left: -12px; }
.par-editor-head { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-bottom: 8px; }
.par-editor-title { margin: 4px 0 8px; font-weight: var(--fontWeightSemibold, 600); }
.par-facts { display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; margin: 0 0 12px; font-size: var(--fontSizeBase200, 12px); line-height: var(--lineHeightBase200, 16px); }
.par-facts dt { color: var(--par-muted); }
.par-facts dd { margin: 0; }
.par-indicator { padding: 8px; margin: 0 0 8px; border: 1px solid var(--par-stroke2); border-radius: var(--borderRadiusMedium, 4px); }
.par-indicator-metric { font-size: var(--fontSizeBase200, 12px); line-height: var(--lineHeightBase200, 16px); margin-bottom: 4px; }
.par-indicator-line { display: flex; align-items: center; gap: 6px; }
.par-indicator-line input { flex: 1 1 auto; }
.par-indicator-line .par-label { margin: 0; white-space: nowrap; }
.par-indicator-target { font-weight: var(--fontWeightSemibold, 600); white-space: nowrap; }
.par-unit { white-space: nowrap; color: var(--par-fg2); }
.par-dirty { font-size: var(--fontSizeBase200, 12px); color: var(--colorPaletteDarkOrangeForeground1, #c43501); }

/* Dashboard */
.par-totals { display: grid; grid-template-columns: repeat(auto-fill, minmax(92px, 1fr)); gap: 6px; margin: 8px 0; padding: 0; list-style: none; }
.par-total { padding: 6px 8px; border-radius: var(--borderRadiusMedium, 4px); border: 1px solid var(--par-stroke2); background: var(--colorNeutralBackground2, #fafafa); }
.par-total .par-count-value { font-size: var(--fontSizeBase500, 20px); }
.par-table-wrap { overflow-x: auto; border: 1px solid var(--par-stroke2); border-radius: var(--borderRadiusMedium, 4px); }
.par-table { border-collapse: collapse; width: 100%; font-size: var(--fontSizeBase200, 12px); line-height: var(--lineHeightBase200, 16px); }
.par-table th, .par-table td { padding: 4px 6px; border-bottom: 1px solid var(--par-stroke2); vertical-align: top; }
.par-table thead th { background: var(--colorNeutralBackground3, #f5f5f5); font-weight: var(--fontWeightSemibold, 600); text-align: right; vertical-align: bottom; min-width: 48px; }
.par-table thead th:first-child { text-align: left; }
.par-table tbody th { text-align: left; font-weight: var(--fontWeightRegular, 400); min-width: 108px; max-width: 160px; }
.par-table th:first-child { position: sticky; left: 0; z-index: 1; background: var(--colorNeutralBackground1, #ffffff); box-shadow: 1px 0 0 var(--par-stroke2); }
.par-table thead th:first-child { background: var(--colorNeutralBackground3, #f5f5f5); }
.par-table td { text-align: right; font-variant-numeric: tabular-nums; }
.par-table td.par-zero { color: var(--colorNeutralForeground4, #707070); }
.par-table tr:last-child > * { border-bottom: 0; }
.par-table .par-table-total { font-weight: var(--fontWeightSemibold, 600); }
.par-overdue { list-style: none; margin: 0; padding: 0; }
.par-overdue li { padding: 8px 0; border-bottom: 1px solid var(--par-stroke2); }
.par-overdue-head { display: flex; align-items: center; gap: 8px; }
.par-spacer { flex: 1 1 auto; }
.par-overdue-title { margin: 2px 0 4px; }
.par-check { display: flex; gap: 6px; align-items: flex-start; font-weight: var(--fontWeightRegular, 400); }
.par-check input { margin: 2px 0 0; }
.par-met { color: #006100; font-weight: var(--fontWeightSemibold, 600); }
.par-notmet { color: #9c0006; font-weight: var(--fontWeightSemibold, 600); }
.par-lost { list-style: none; margin: 0; padding: 0; }
.par-lost li { padding: 6px 0; border-bottom: 1px solid var(--par-stroke2); }
.par-lost-head { display: flex; gap: 8px; align-items: baseline; }
.par-lost-head strong { white-space: nowrap; }
.par-overdue-meta { font-size: var(--fontSizeBase200, 12px); line-height: var(--lineHeightBase200, 16px); color: var(--par-muted); }
`;
