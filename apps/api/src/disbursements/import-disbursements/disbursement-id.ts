import { createHash } from 'node:crypto';

/**
 * The natural key of a disbursement, exactly as a single recording derives it: `deterministicId` of
 * `disbursement/{unit}/{fiscalYear}/{voucherNo}` (UUID v5 under the product's namespace). Computed with
 * node's hash directly because an import derives 100,000 of them; the spec pins it to `deterministicId`.
 */
const NAMESPACE = Buffer.from('6f1c8a523f0e4c7e9a510c2f5b8d4e21', 'hex');

export function uuidV5(key: string): string {
  const h = createHash('sha1').update(NAMESPACE).update(key, 'utf8').digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.toString('hex', 0, 16);
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

export const disbursementId = (unit: string, fiscalYear: number, voucherNo: string) => uuidV5(`disbursement/${unit}/${fiscalYear}/${voucherNo}`);
