import { sql } from 'kysely';
import type { ReadModelKysely } from '../database';
import { fenToYuan, toFen, toInt } from '../fen';

export interface BeneficiaryRow {
  /** 补助类别, e.g. 公益性岗位补贴 */
  readonly category: string;
  /** 受益人数: people of the payments, less those of payments reversed in full */
  readonly people: number;
  readonly payments: number;
  readonly disbursed: string;
  readonly reversed: string;
  readonly netDisbursed: string;
}

/** Beneficiaries of subsidy disbursements by category, as of a date (the derived 补贴人数 indicators). */
export async function beneficiariesByCategory(
  db: ReadModelKysely, query: { readonly fiscalYear: number; readonly asOf: string; readonly unit?: string; readonly units?: readonly string[] },
): Promise<BeneficiaryRow[]> {
  let q = db.selectFrom('subsidies').where('fiscal_year', '=', query.fiscalYear).where('date', '<=', query.asOf);
  if (query.unit !== undefined) q = q.where('unit', '=', query.unit);
  if (query.units !== undefined) q = q.where('unit', 'in', ['', ...query.units]);
  const rows = await q.select([
    'category',
    sql<string>`cast(sum(people) as text)`.as('people'),
    sql<string>`cast(sum(payments) as text)`.as('payments'),
    sql<string>`cast(sum(disbursed) as text)`.as('disbursed'),
    sql<string>`cast(sum(reversed) as text)`.as('reversed'),
  ]).groupBy('category').execute();
  rows.sort((a, b) => (a.category < b.category ? -1 : a.category > b.category ? 1 : 0)); // code-point order on both dialects
  return rows.map((r) => ({
    category: r.category, people: toInt(r.people), payments: toInt(r.payments), disbursed: fenToYuan(r.disbursed),
    reversed: fenToYuan(r.reversed), netDisbursed: fenToYuan(toFen(r.disbursed) - toFen(r.reversed)),
  }));
}
