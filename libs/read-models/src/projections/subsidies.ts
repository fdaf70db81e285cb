import { insertRows, upsertAdd, upsertReplace } from '../bulk';
import type { ReadModelKysely } from '../database';
import { toFen, toInt } from '../fen';

/** A subsidy payment (补助类别 set) or a 冲销 of any disbursement, in event order. */
export type SubsidyOp =
  | { readonly kind: 'record'; readonly id: string; readonly lineId: string; readonly category: string; readonly date: string; readonly amount: bigint; readonly people: number }
  | { readonly kind: 'reverse'; readonly id: string; readonly date: string; readonly amount: bigint };

interface Entry {
  disbursement_id: string; line_id: string; fiscal_year: number; unit: string; category: string; date: string;
  amount: bigint; people: number; reversed: bigint; isNew: boolean; dirty: boolean;
}
interface Delta { fiscal_year: number; unit: string; category: string; date: string; disbursed: bigint; reversed: bigint; people: number; payments: number }

async function inChunks<T>(ids: readonly string[], query: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += 1000) out.push(...(await query(ids.slice(i, i + 1000))));
  return out;
}

/**
 * 受益人数 by category: a payment adds its amount and people at its date; a 冲销 subtracts the reversed
 * amount at the reversal's date, and the people once the payment is reversed in full (a partial
 * correction keeps the people paid). Reversals of non-subsidy payments find no entry and are ignored here.
 */
export async function flushSubsidies(db: ReadModelKysely, ops: readonly SubsidyOp[]): Promise<void> {
  if (ops.length === 0) return;
  const records = ops.filter((o) => o.kind === 'record');
  const lineIds = [...new Set(records.map((o) => o.lineId))];
  const lines = new Map((await inChunks(lineIds, (chunk) =>
    db.selectFrom('lines').select(['line_id', 'unit', 'fiscal_year']).where('line_id', 'in', chunk).execute())).map((l) => [l.line_id, l]));
  const recordedHere = new Set(records.map((o) => o.id));
  const lookup = [...new Set(ops.filter((o) => o.kind === 'reverse' && !recordedHere.has(o.id)).map((o) => o.id))];
  const entries = new Map<string, Entry>();
  for (const row of await inChunks(lookup, (chunk) =>
    db.selectFrom('subsidy_disbursements').selectAll().where('disbursement_id', 'in', chunk).execute())) {
    entries.set(row.disbursement_id, { ...row, fiscal_year: toInt(row.fiscal_year), amount: toFen(row.amount), people: toInt(row.people), reversed: toFen(row.reversed), isNew: false, dirty: false });
  }
  const deltas = new Map<string, Delta>();
  const delta = (e: Entry, date: string) => {
    const key = [e.fiscal_year, e.unit, e.category, date].join('\u0000');
    let d = deltas.get(key);
    if (!d) deltas.set(key, (d = { fiscal_year: e.fiscal_year, unit: e.unit, category: e.category, date, disbursed: 0n, reversed: 0n, people: 0, payments: 0 }));
    return d;
  };
  for (const op of ops) {
    if (op.kind === 'record') {
      const line = lines.get(op.lineId);
      if (!line) continue; // a payment on a line never established: nothing to attribute it to
      const entry: Entry = {
        disbursement_id: op.id, line_id: op.lineId, fiscal_year: toInt(line.fiscal_year), unit: line.unit, category: op.category,
        date: op.date, amount: op.amount, people: op.people, reversed: 0n, isNew: true, dirty: true,
      };
      entries.set(op.id, entry);
      const d = delta(entry, op.date);
      d.disbursed += op.amount;
      d.people += op.people;
      d.payments += 1;
    } else {
      const entry = entries.get(op.id);
      if (!entry) continue;
      const wasFull = entry.reversed >= entry.amount;
      entry.reversed += op.amount;
      entry.dirty = true;
      const d = delta(entry, op.date);
      d.reversed += op.amount;
      if (!wasFull && entry.reversed >= entry.amount) d.people -= entry.people;
    }
  }
  const row = ({ isNew: _n, dirty: _d, ...rest }: Entry) => rest;
  const touched = [...entries.values()].filter((e) => e.dirty);
  // in key order: the ids are random, sorted inserts walk the B-tree once instead of jumping around it
  const byId = (a: Entry, b: Entry) => (a.disbursement_id < b.disbursement_id ? -1 : a.disbursement_id > b.disbursement_id ? 1 : 0);
  await insertRows(db, 'subsidy_disbursements', touched.filter((e) => e.isNew).sort(byId).map(row));
  await upsertReplace(db, 'subsidy_disbursements', ['disbursement_id'], touched.filter((e) => !e.isNew).map(row));
  await upsertAdd(db, 'subsidies', ['fiscal_year', 'unit', 'category', 'date'], ['disbursed', 'reversed', 'people', 'payments'], [...deltas.values()]);
}
