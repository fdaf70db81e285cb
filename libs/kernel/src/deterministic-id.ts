import { createHash } from 'node:crypto';

/**
 * Ids derived from natural keys (凭证号, import + line…), so that a retry maps to the same event id and the
 * store's unique index refuses a second write. UUID v5 (SHA-1 under the product's namespace), computed with
 * node's hash directly: an import derives 100,000 of them.
 */
const NAMESPACE = Buffer.from('6f1c8a523f0e4c7e9a510c2f5b8d4e21', 'hex');

export function deterministicId(key: string): string {
  const h = createHash('sha1').update(NAMESPACE).update(key, 'utf8').digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.toString('hex', 0, 16);
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

/** 支付: a disbursement's id, from (unit, fiscal year, 凭证号) — the natural key of a payment, single or imported. */
export const disbursementIdOf = (unit: string, fiscalYear: number, voucherNo: string) => deterministicId(`disbursement/${unit}/${fiscalYear}/${voucherNo}`);

/** The ids of a payment's events: the disbursement's own, then ids derived from it (e.g. an OverspendWarned recorded with it). */
export const disbursementEventIds = (disbursementId: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => (i === 0 ? disbursementId : deterministicId(`${disbursementId}/${i}`)));

/**
 * The event id of a payment's n-th recording under its disbursement id (n from 0): the disbursement id itself, as
 * for any payment, then ids derived from it. A later one is taken only when every earlier one is a payment staged
 * by a disbursement import that was withdrawn (abandoned, ADR 0022): an import sent again records new facts, and the
 * payment lookup (payments-on-record.ts) follows the chain past the withdrawn ones.
 */
export const paymentRecordingId = (disbursementId: string, n: number): string => (n === 0 ? disbursementId : deterministicId(`${disbursementId}/recording/${n}`));

/** A disbursement import's settlement on one line (ADR 0022): its `DisbursementImportApplied` / `…Withdrawn` there. */
export const importSettledOnLineEventId = (importId: string, settlement: 'applied' | 'withdrawn', lineId: string): string =>
  deterministicId(`disbursement-import/${importId}/${settlement}/${lineId}`);

/** A refused attempt against the same balance is one fact: its id derives from what was asked and what was available. */
export const rejectionEventId = (disbursementId: string, type: string, requested: string, available: string) =>
  deterministicId(`${disbursementId}/${type}/${requested}/${available}`);

/** 文号 as a natural key: trimmed, and absent when blank. */
export const documentNoOf = (documentNo: string | null | undefined): string | null => documentNo?.trim() || null;

/** 调剂 under a 文号: the same document moving money between the same two lines is the same transfer (ADR 0017). */
export const transferIdOf = (fromLineId: string, toLineId: string, documentNo: string) => deterministicId(`transfer/${fromLineId}/${toLineId}/${documentNo}`);

/** A transfer's two events, source side then receiving side, named after the transfer so a retry finds them. */
export const transferEventIds = (transferId: string): [string, string] => [deterministicId(`${transferId}/out`), deterministicId(`${transferId}/in`)];

/** 追加 / 调减 under a 文号: the same document adjusting the same line the same way is the same adjustment (ADR 0017). */
export const adjustmentIdOf = (lineId: string, direction: 'increase' | 'decrease', documentNo: string) =>
  deterministicId(`adjustment/${lineId}/${direction}/${documentNo}`);

/** 欠薪案件: the id of a case's report, from the case. */
export const caseReportEventId = (caseId: string) => deterministicId(`${caseId}/reported`);

/** 冲销: the one reversal a disbursement may have; the payment lookup finds it by this id (payments-on-record.ts). */
export const reversalEventId = (disbursementId: string) => deterministicId(`reversal/${disbursementId}`);
