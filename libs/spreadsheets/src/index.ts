export * from './disbursement-rows';
export * from './errors';
export { FIELD_LABELS, mapHeaders, normaliseHeader, type AmountUnit, type Column, type DisbursementField, type HeaderMapping } from './headers';
export { excelSerialToDate, parseAmountCell, parseDateCell, CellError } from './values';
export type { CsvEncoding } from './sources';
export { excelJs } from './exceljs-on-demand';
