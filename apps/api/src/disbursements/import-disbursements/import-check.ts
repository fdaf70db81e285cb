import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { DisbursementEntry, DomainError, Money, OpenLine, RecordDisbursement, SpendingPlanSettings, fiscalYearStreamId, isPending, isRepeatOf, lineDecider, lineStreamId, requireOpenLine } from '@app/domain';
import {
  type AmountUnit, type Column, type CsvEncoding, type DisbursementField, type DisbursementRowValue, FIELD_LABELS, type HeaderInfo,
  type ReadProgress, type RowError, readDisbursementRows,
} from '@app/spreadsheets';
import { inScope, CommandContext, AggregateStore, disbursementIdOf, findPaymentOnRecord } from '@app/kernel';
import { DOMAIN_ZH, ERRORS_IN_REPORT, LineTally, RowOutcome } from './import-report';
import { LineCatalog, headersOf, isUnresolved } from './line-catalog';
import { LimitTallies, limitRefusalZh } from './limit-tallies';

export interface CheckInput {
  readonly path: string;
  readonly format: 'csv' | 'xlsx';
  readonly amountUnit?: AmountUnit;
  readonly encoding?: CsvEncoding;
  /** restrict rows to lines of this year; by default each row's 支付日期 says its year */
  readonly fiscalYear?: number;
  readonly ctx: CommandContext;
  /** 用款计划: each row beyond its month's cumulative plan is refused, warned or allowed as for a single payment */
  readonly spendingPlan?: SpendingPlanSettings;
  /** every row's outcome, in file order */
  readonly onOutcome: (o: RowOutcome) => Promise<void>;
  readonly onProgress: (p: ReadProgress) => void;
}

export interface CheckResult {
  readonly header: HeaderInfo | undefined;
  readonly rows: { total: number; ok: number; errors: number; alreadyRecorded: number };
  readonly errors: (RowError & { row: number })[];
  readonly tallies: LineTally[];
}

/** The check hands the event loop back this often (ms of work), so that a 100,000-row file never stalls a request. */
const SLICE_MS = 20;

/** Which column a domain refusal is about. */
export const FIELD_OF: Readonly<Record<string, DisbursementField>> = {
  amount: 'amount', effectiveDate: 'date', voucherNo: 'voucherNo', beneficiaries: 'beneficiaries',
  sanGongCategory: 'sanGongCategory', procurementCategory: 'procurementCategory',
};

/**
 * Checks every row of a disbursement file against the budget catalog, the caller's unit scope, the vouchers
 * already recorded and the line's own rules (the same `lineDecider` as a single recording), cumulatively: each
 * accepted row moves its line's state on, so two rows together can overspend a line. Rows stream through;
 * what is kept is one state per touched line and the voucher ids seen. Nothing is recorded here: a commit stages
 * the rows afterwards in chunks (commit-chunks.ts), reading the file again.
 */
export async function checkFile(input: CheckInput, aggregates: AggregateStore, catalog: LineCatalog): Promise<CheckResult> {
  const { ctx } = input;
  const tallies = new Map<string, LineTally>();
  const seen = new Map<string, number>(); // disbursement id → first row
  const rows = { total: 0, ok: 0, errors: 0, alreadyRecorded: 0 };
  const errors: (RowError & { row: number })[] = [];
  const limits = new LimitTallies(aggregates);
  let header: HeaderInfo | undefined;
  const columns = () => header?.columns ?? [];
  const years = new Map<number, boolean>(); // fiscal year → closed, read once per file
  const closed = async (year: number) => {
    if (!years.has(year)) years.set(year, (await aggregates.loadYear(fiscalYearStreamId(year))).state.status !== 'open');
    return years.get(year)!;
  };

  const emit = async (o: RowOutcome) => {
    rows.total++;
    if (o.outcome === 'ok') rows.ok++;
    else if (o.outcome === 'already-recorded') rows.alreadyRecorded++;
    else {
      rows.errors++;
      for (const e of o.errors) if (errors.length < ERRORS_IN_REPORT + 1) errors.push({ row: o.row, ...e });
    }
    await input.onOutcome(o);
  };

  let slice = performance.now();
  {
    const source = readDisbursementRows(
      { path: input.path, format: input.format, ...(input.amountUnit ? { amountUnit: input.amountUnit } : {}), ...(input.encoding ? { encoding: input.encoding } : {}) },
      { onHeader: (h) => { header = h; }, onProgress: input.onProgress, progressEvery: 1000 },
    );
    for await (const r of source) {
      if (performance.now() - slice > SLICE_MS) { await yieldToLoop(); slice = performance.now(); }
      if (!r.ok) { await emit({ row: r.row, outcome: 'error', errors: r.errors }); continue; }
      const v = r.value;
      const fail = (fields: readonly (DisbursementField | 'row')[], code: string, zh: string, en: string) =>
        emit({ row: r.row, outcome: 'error', voucherNo: v.voucherNo, errors: [rowError(r.row, columns(), fields, code, zh, en)] });

      const resolved = await catalog.resolve(v, input.fiscalYear ?? Number(v.effectiveDate.slice(0, 4)));
      if (isUnresolved(resolved)) { await fail(resolved.fields, resolved.code, resolved.zh, resolved.en); continue; }
      if (!inScope(ctx.principal, resolved.unit)) {
        await fail(['unit'], 'UNIT_OUT_OF_SCOPE', `无权为预算单位 ${resolved.unit} 记录支付`, `${ctx.principal.username} may not record for budget unit ${resolved.unit}`);
        continue;
      }
      // a closed fiscal year takes nothing (ADR 0013): said per row, before the row is decided (the commit's append checks again)
      if (await closed(Number(v.effectiveDate.slice(0, 4))) || await closed(resolved.fiscalYear)) {
        await fail(['date'], 'FISCAL_YEAR_CLOSED', DOMAIN_ZH.FISCAL_YEAR_CLOSED, `fiscal year ${resolved.fiscalYear} is closed: nothing can be recorded in it until it is reopened`);
        continue;
      }
      const id = disbursementIdOf(resolved.unit, resolved.fiscalYear, v.voucherNo);
      const first = seen.get(id);
      if (first !== undefined) {
        await fail(['voucherNo'], 'DUPLICATE_VOUCHER_IN_FILE', `凭证号 ${v.voucherNo} 与第 ${first} 行重复`, `voucher ${v.voucherNo} repeats row ${first}`);
        continue;
      }
      seen.set(id, r.row);

      const streamId = lineStreamId(resolved.lineId);
      // a 凭证号 recorded before (on any line of the unit): found by its id in the store's index, row by row (ADR 0020)
      const earlier = await findPaymentOnRecord(aggregates.store, id, { reversal: false });
      if (earlier) {
        const same = isRepeatOf(earlier, resolved.lineId, new Money(v.amount), v.effectiveDate);
        if (await pendingOnItsLine(aggregates, earlier)) await fail(['voucherNo'], 'DISBURSEMENT_IMPORT_PENDING', '该凭证号属于另一个正在导入的文件', `voucher ${v.voucherNo} belongs to another import still being recorded`);
        else if (same) await emit({ row: r.row, outcome: 'already-recorded', lineId: resolved.lineId, voucherNo: v.voucherNo, amount: v.amount, effectiveDate: v.effectiveDate });
        else await fail(['voucherNo'], 'VOUCHER_ALREADY_USED', DOMAIN_ZH.VOUCHER_ALREADY_USED, `voucher ${v.voucherNo} is already recorded for another payment of this unit`);
        continue;
      }

      let tally = tallies.get(resolved.lineId);
      if (!tally) {
        const { state, revision } = await aggregates.load(streamId, lineDecider);
        const line = requireOpenLine(state);
        tally = new LineTally(line, revision);
        tallies.set(resolved.lineId, tally);
      }
      try {
        const decided = lineDecider.decide(command(id, v), tally.state, { ...ctx, spendingPlan: input.spendingPlan });
        // a 三公 cap or the procurement budget, moved on by the rows before: refuses whatever the line's balance
        const limited = decided.length > 0 ? await limits.limitsOf(tally.line, v) : null;
        const accept = limited ? await limits.decide(limited, {
          disbursementId: id, lineId: resolved.lineId, unit: resolved.unit, amount: v.amount, effectiveDate: v.effectiveDate,
        }, ctx, false) : () => undefined;
        accept();
        tally.state = decided.reduce(lineDecider.evolve, tally.state as never) as OpenLine;
        tally.rows++;
        tally.amount = tally.amount.plus(v.amount);
        const warned = decided.some((e) => e.type === 'OverspendWarned.v1');
        const overPlan = decided.some((e) => e.type === 'PlanExceededWarned.v1');
        if (warned) tally.overspendWarnings++;
        if (overPlan) tally.planWarnings++;
        await emit({ row: r.row, outcome: 'ok', lineId: resolved.lineId, voucherNo: v.voucherNo, amount: v.amount, effectiveDate: v.effectiveDate, ...(warned ? { overspendWarned: true as const } : {}), ...(overPlan ? { planExceeded: true as const } : {}) });
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        // a refused row records nothing, not even OverspendBlocked: the whole file is refused and corrected
        const field: DisbursementField | 'row' = (e.field && FIELD_OF[e.field]) || 'row';
        await fail([field], e.code, limitRefusalZh(e) ?? DOMAIN_ZH[e.code] ?? '不符合业务规则', e.message);
      }
    }
  }
  return { header, rows, errors, tallies: [...tallies.values()] };
}

/**
 * A payment on record staged by an import still pending on its line (ADR 0022): the line's state says so (its
 * pending imports are few and kept; the state is cached, so a file with many such rows folds each line once).
 */
async function pendingOnItsLine(aggregates: AggregateStore, earlier: DisbursementEntry): Promise<boolean> {
  if (earlier.importId === undefined) return false;
  const { state } = await aggregates.load(lineStreamId(earlier.lineId), lineDecider);
  return state.status === 'open' && isPending(state, earlier);
}

/**
 * The row as a command. Its texts are copied: a chunk holds its events until it is staged, and a V8 substring
 * of an XLSX chunk would keep the whole chunk alive with it.
 */
export function command(id: string, v: DisbursementRowValue, onRecord: DisbursementEntry | null = null): RecordDisbursement {
  return {
    type: 'RecordDisbursement', disbursementId: id, amount: v.amount, voucherNo: copy(v.voucherNo), payee: copyOrNull(v.payee), summary: copyOrNull(v.summary),
    subsidyCategory: copyOrNull(v.subsidyCategory), beneficiaries: v.beneficiaries, economic: v.economic, effectiveDate: v.effectiveDate,
    onRecord, // looked up in the store before deciding (the check answers a row whose 凭证号 is on record itself)
  };
  // 三公经费类别 / 政府采购 (v.sanGongCategory, v.procurement, v.procurementCategory) are read by the limits, beside the line
}
const copy = (s: string) => Buffer.from(s).toString();
const copyOrNull = (s: string | null) => (s === null ? null : copy(s));

/** A row error in the reader's format: row and column (as written in the file) in Chinese and English. */
export function rowError(row: number, columns: readonly Column[], fields: readonly (DisbursementField | 'row')[], code: string, zh: string, en: string): RowError {
  const named = fields.filter((f): f is DisbursementField => f !== 'row');
  const column = headersOf(columns, named);
  const enLabel = named.length > 0 ? named.map((f) => FIELD_LABELS[f].en).join(', ') : 'row';
  return { column, field: named.length === 1 ? named[0] : 'row', code, message: `第 ${row} 行 ${column || '行'}: ${zh} / row ${row} ${enLabel}: ${en}` };
}
