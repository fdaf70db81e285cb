import type { AppropriationEvent, SpendingPlanEvent } from '@app/domain';
import type { RecordedStoredEvent } from '../projection';
import { insertRows, upsertAdd } from '../bulk';
import type { ReadModelKysely } from '../database';
import { yuanToFen } from '../fen';
import type { EventMeta, FlushContext, Projection } from '../projection';
import { AMOUNT_COLUMNS, deriveLineDays, refreshLineDays, SUMMED_COLUMNS } from './line-days';
import { flushSubsidies, type SubsidyOp } from './subsidies';

/** The additive 分 columns of a movement row (the disbursement count is the other additive column). */
export const MOVEMENT_COLUMNS = AMOUNT_COLUMNS;
type MovementColumn = (typeof MOVEMENT_COLUMNS)[number];
type Movement = { line_id: string; date: string; disbursements: number } & Record<MovementColumn, bigint>;

interface ExecutionBatch {
  readonly lines: Record<string, unknown>[];
  /** keyed `${lineId}\u0000${date}`: one row per line and effective date however many events hit it */
  readonly movements: Map<string, Movement>;
  readonly subsidyOps: SubsidyOp[];
  readonly advances: Record<string, unknown>[];
  readonly recoveries: Record<string, unknown>[];
}

// an import's Applied/Withdrawn markers move nothing here: its payments arrive as the held DisbursementRecorded (held-imports.ts)
type MovementEvent = Exclude<AppropriationEvent['type'], 'OverspendBlocked.v1' | 'OverspendWarned.v1' | 'DisbursementImportApplied.v1' | 'DisbursementImportWithdrawn.v1' | SpendingPlanEvent['type']>;

/** Which movement column each amount-carrying event adds to. */
const COLUMN_OF: Readonly<Record<MovementEvent, MovementColumn>> = {
  'AppropriationEstablished.v1': 'initial',
  'AppropriationIncreased.v1': 'increased', // 追加
  'AppropriationDecreased.v1': 'decreased', // 调减
  'AppropriationTransferredIn.v1': 'transferred_in', // 调剂 in
  'AppropriationTransferredOut.v1': 'transferred_out', // 调剂 out
  'DisbursementRecorded.v1': 'disbursed', // 支付
  'DisbursementReversed.v1': 'reversed', // 冲销
  'FundAdvancePaid.v1': 'advanced', // 垫付
  'FundAdvanceRecovered.v1': 'recovered', // 追偿
};

function movement(batch: ExecutionBatch, lineId: string, date: string): Movement {
  const key = `${lineId}\u0000${date}`;
  let row = batch.movements.get(key);
  if (!row) {
    row = {
      line_id: lineId, date, initial: 0n, increased: 0n, decreased: 0n, transferred_in: 0n, transferred_out: 0n,
      disbursed: 0n, reversed: 0n, advanced: 0n, recovered: 0n, disbursements: 0,
    };
    batch.movements.set(key, row);
  }
  return row;
}

/**
 * 预算执行: appropriation lines (预算指标), their per-day movements, subsidy beneficiaries and the revolving
 * fund's advances and recoveries. One projection (one checkpoint) because the subsidy rows need the line's
 * unit and year, read from `lines` in the same transaction.
 */
export const executionProjection: Projection<ExecutionBatch> = {
  name: 'execution',
  handles: new Set(Object.keys(COLUMN_OF)),
  tables: ['lines', 'movements', 'line_days', 'subsidies', 'subsidy_disbursements', 'fund_advances', 'fund_recoveries'],
  createBatch: () => ({ lines: [], movements: new Map(), subsidyOps: [], advances: [], recoveries: [] }),

  apply(batch: ExecutionBatch, event: RecordedStoredEvent, meta: EventMeta): void {
    switch (event.type) {
      case 'AppropriationEstablished.v1': case 'AppropriationIncreased.v1': case 'AppropriationDecreased.v1':
      case 'AppropriationTransferredIn.v1': case 'AppropriationTransferredOut.v1': case 'DisbursementRecorded.v1':
      case 'DisbursementReversed.v1': case 'FundAdvancePaid.v1': case 'FundAdvanceRecovered.v1':
        break;
      default:
        return;
    }
    const date = meta.effectiveDate;
    const amount = yuanToFen(event.data.amount);
    const row = movement(batch, event.data.lineId, date);
    row[COLUMN_OF[event.type]] += amount;
    switch (event.type) {
      case 'AppropriationEstablished.v1': {
        const a = event.data;
        batch.lines.push({
          line_id: a.lineId, fiscal_year: a.fiscalYear, department: a.department, unit: a.unit, type: a.type, project: a.project,
          project_name: a.projectName, basic_kind: a.basicKind, functional: a.functional, economic: a.economic,
          funding_source: a.fundingSource, amount, overspend_policy: a.overspendPolicy, revolving_fund: a.revolvingFund ? 1 : 0,
          import_id: a.importId, inferred: JSON.stringify(a.inferred ?? []), established_on: date, position: event.position,
          carried_from: a.carriedFrom ?? null,
        });
        // 上年结转 of the revolving fund: the advances it carries are outstanding on it from 1 January (recovered there)
        for (const c of a.advancesCarried ?? []) {
          const carried = yuanToFen(c.amount);
          row.advanced += carried;
          batch.advances.push({ advance_id: `carried-${a.lineId}-${c.caseId}`, line_id: a.lineId, case_id: c.caseId, date, amount: carried, workers: 0, position: event.position });
        }
        break;
      }
      case 'DisbursementRecorded.v1': {
        const d = event.data;
        row.disbursements += 1;
        if (d.subsidyCategory) {
          batch.subsidyOps.push({ kind: 'record', id: d.disbursementId, lineId: d.lineId, category: d.subsidyCategory, date, amount, people: d.beneficiaries ?? 0 });
        }
        break;
      }
      case 'DisbursementReversed.v1': {
        const d = event.data;
        batch.subsidyOps.push({ kind: 'reverse', id: d.disbursementId, date, amount });
        break;
      }
      case 'FundAdvancePaid.v1': {
        const d = event.data;
        batch.advances.push({ advance_id: d.advanceId, line_id: d.lineId, case_id: d.caseId, date, amount, workers: d.workers, position: event.position });
        break;
      }
      case 'FundAdvanceRecovered.v1': {
        const d = event.data;
        batch.recoveries.push({ recovery_id: d.recoveryId, line_id: d.lineId, case_id: d.caseId, date, amount, position: event.position });
        break;
      }
    }
  },

  async flush(db: ReadModelKysely, batch: ExecutionBatch, context: FlushContext): Promise<void> {
    await insertRows(db, 'lines', batch.lines);
    await upsertAdd(db, 'movements', ['line_id', 'date'], SUMMED_COLUMNS, [...batch.movements.values()]);
    if (!context.bulk) {
      const earliest = new Map<string, string>();
      for (const m of batch.movements.values()) if (!(earliest.get(m.line_id)! <= m.date)) earliest.set(m.line_id, m.date);
      await refreshLineDays(db, earliest);
    }
    await insertRows(db, 'fund_advances', batch.advances);
    await insertRows(db, 'fund_recoveries', batch.recoveries);
    // after `lines`: a subsidy paid on a line established in this very batch must find its unit
    await flushSubsidies(db, batch.subsidyOps);
  },

  completeBulk: deriveLineDays,
};
