import type ExcelJSModule from 'exceljs';

let loaded: typeof ExcelJSModule | undefined;

/**
 * ExcelJS, loaded the first time a workbook is read or written rather than when the server starts: it is about
 * 8 MB of heap (and its growth room, ADR 0023) that a server importing CSV and exporting nothing need not hold.
 */
export function excelJs(): typeof ExcelJSModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('exceljs') as typeof ExcelJSModule;
  return loaded;
}
