import { Inject, Injectable } from '@nestjs/common';
import { DomainError, MonitoringSettings, yearEnd } from '@app/domain';
import { FinalAccountsRow, GroupBy, LineFilters, ReadModelDb, executionColumns, fenToYuan, finalAccounts, fiscalYear, frozenScores, yuanToFen } from '@app/read-models';
import { MONITORING, READ_MODELS } from '@app/platform';
import { SUPPLEMENT_SLOTS } from '../year-end-supplements';

export interface FinalAccountsQuery {
  readonly fiscalYear: number;
  readonly groupBy: GroupBy;
  readonly level: 1 | 2 | 3;
  readonly filters: LineFilters;
  /** the caller sees the whole department (department rows and the 表十一 score) */
  readonly department: boolean;
}

/**
 * 决算 of a closed year: the close's final figures by the chosen rollup with 执行率, the department total, the
 * self-evaluation scores frozen at the close, and the 三公 / 政府采购 slots (filled when their module provided them
 * at the close). A year that is not closed has no 决算 (409 FISCAL_YEAR_NOT_CLOSED).
 */
@Injectable()
export class FinalAccounts {
  constructor(@Inject(READ_MODELS) private readonly rm: ReadModelDb, @Inject(MONITORING) private readonly settings: MonitoringSettings) {}

  async read(q: FinalAccountsQuery) {
    const year = await fiscalYear(this.rm.db, q.fiscalYear);
    if (!year || year.status !== 'closed') {
      throw DomainError.conflict('FISCAL_YEAR_NOT_CLOSED', 'year', `fiscal year ${q.fiscalYear} is ${year?.status ?? 'open'}: its 决算 exists once it is closed`, { status: year?.status ?? 'open' });
    }
    const [rows, [total], projects] = await Promise.all([
      finalAccounts(this.rm.db, { fiscalYear: q.fiscalYear, groupBy: q.groupBy, level: q.level, filters: q.filters }),
      finalAccounts(this.rm.db, { fiscalYear: q.fiscalYear, groupBy: 'type', filters: q.filters }).then((byType) => [sumRows(byType)]),
      this.rm.db.selectFrom('lines').select('project').distinct().where('fiscal_year', '=', q.fiscalYear)
        .where('unit', 'in', ['', ...(q.filters.units ?? [])]).execute(),
    ]);
    const scores = await frozenScores(this.rm.db, q.fiscalYear, q.department ? {} : { projects: projects.map((p) => p.project).filter((p): p is string => p !== null) });
    const rate = (r: FinalAccountsRow) => executionColumns({ appropriated: r.appropriated, netDisbursed: r.disbursed }, yearEnd(q.fiscalYear), 'month', this.settings).executionRate;
    return {
      fiscalYear: q.fiscalYear, status: year.status, reason: year.reason, closedOn: year.closedOn, closedAt: year.closedAt, closedBy: year.closedBy,
      asOf: year.asOf, early: year.early, rules: year.rules, groupBy: q.groupBy, level: q.level,
      total: { ...total, executionRate: rate(total) },
      rows: rows.map((r) => ({ ...r, executionRate: rate(r) })),
      scores,
      supplements: SUPPLEMENT_SLOTS.map((slot) => {
        const recorded = year.supplements.find((s) => s.key === slot.key);
        return recorded
          ? { ...recorded, available: true }
          : { key: slot.key, title: slot.title, available: false, rows: [], note: '本系统未记录该项（由对应模块在结账时提供）' };
      }),
    };
  }
}

const FIELDS = ['initial', 'increased', 'decreased', 'transferredIn', 'transferredOut', 'reversed', 'appropriated', 'disbursed', 'unspent', 'advancesOutstanding', 'carriedForward', 'lapsed'] as const;

/** The 合计 of rollup rows, exactly (in 分). */
function sumRows(rows: readonly FinalAccountsRow[]): FinalAccountsRow {
  const sums = Object.fromEntries(FIELDS.map((f) => [f, fenToYuan(rows.reduce((t, r) => t + yuanToFen(r[f]), 0n))]));
  return { key: 'total', name: '合计', lines: rows.reduce((t, r) => t + r.lines, 0), ...sums } as FinalAccountsRow;
}
