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

/** A refused attempt against the same balance is one fact: its id derives from what was asked and what was available. */
export const rejectionEventId = (disbursementId: string, type: string, requested: string, available: string) =>
  deterministicId(`${disbursementId}/${type}/${requested}/${available}`);

/** 冲销: the one reversal a disbursement may have; the payment lookup finds it by this id (payments-on-record.ts). */
export const reversalEventId = (disbursementId: string) => deterministicId(`reversal/${disbursementId}`);
