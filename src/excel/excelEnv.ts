/// <reference types="office-js" />
/**
 * What the adapter takes from Office: `Excel.run`, the API sets the host supports, and whether it
 * is Excel on the web (whose 5 MB request limit sets the write budget). Injected, so tests and the
 * browser end-to-end run the same adapter against the in-memory fake.
 */

export type ExcelRun = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelEnv {
  readonly run: ExcelRun;
  /** Office.context.requirements.isSetSupported('ExcelApi', version). */
  readonly supports: (version: string) => boolean;
  /**
   * 'desktop' only where there is no request size limit (Windows, Mac); anything else, including
   * an unknown platform, gets the web's budget, which is always safe.
   */
  readonly platform: 'web' | 'desktop';
  readonly now: () => Date;
}

interface OfficeGlobals {
  Excel?: { run: ExcelRun };
  Office?: {
    context?: {
      platform?: string;
      requirements?: { isSetSupported(name: string, version?: string): boolean };
    };
  };
}

/** The environment of a real task pane: Office's globals, read when first used (after Office.onReady). */
export function officeEnv(): ExcelEnv {
  const g = globalThis as unknown as OfficeGlobals;
  const platform = g.Office?.context?.platform;
  return {
    run: (batch) => {
      if (!g.Excel) throw new Error('Office.js (Excel) is not loaded');
      return g.Excel.run(batch);
    },
    supports: (version) => g.Office?.context?.requirements?.isSetSupported('ExcelApi', version) ?? false,
    platform: platform === 'PC' || platform === 'Mac' ? 'desktop' : 'web',
    now: () => new Date(),
  };
}
