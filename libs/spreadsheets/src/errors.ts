/** A file that cannot be read as a disbursement sheet at all (as opposed to a bad row). */
export class SpreadsheetError extends Error {
  constructor(readonly code: string, zh: string, en: string, readonly details: Record<string, unknown> = {}) {
    super(`${zh} / ${en}`);
    this.name = 'SpreadsheetError';
  }
}
