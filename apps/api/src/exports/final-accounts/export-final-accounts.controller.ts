import { Controller, Get, Inject, Query, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CARRIED_FORWARD_SOURCE, DomainError, MonitoringSettings, fiscalYearOf, shanghaiDate, yearEnd } from '@app/domain';
import { FinalAccountsRow, LineFilters, ReadModelDb, executionColumns, finalAccounts, fiscalYear } from '@app/read-models';
import { Principal } from '@app/kernel';
import { MONITORING, READ_MODELS } from '@app/platform';
import { Authorize, CurrentPrincipal } from '../../auth/authorize';
import { ExportContextReader } from '../export-context';
import { exportFile } from '../export-file';
import { ExportRequest } from '../export.request';
import { CloseInfo, finalFunctionalRows, finalFunctionalSheet, finalSummarySheet } from './final-accounts.layout';

const ZERO: FinalAccountsRow = {
  key: '', name: '', lines: 0, initial: '0.00', increased: '0.00', decreased: '0.00', transferredIn: '0.00', transferredOut: '0.00', reversed: '0.00',
  appropriated: '0.00', disbursed: '0.00', unspent: '0.00', advancesOutstanding: '0.00', carriedForward: '0.00', lapsed: '0.00',
};

/** 决算 tables of a closed year, from the close's settlement: 收入支出决算总表 and 支出决算表 by functional class. */
@ApiTags('exports 报表导出')
@Controller('api/v1/exports')
export class ExportFinalAccountsController {
  constructor(@Inject(READ_MODELS) private readonly rm: ReadModelDb, @Inject(MONITORING) private readonly settings: MonitoringSettings,
    private readonly contexts: ExportContextReader) {}

  @Get(['final-accounts-summary', 'final-accounts'])
  @Authorize('read')
  @ApiOperation({ summary: '收入支出决算总表 of a closed fiscal year (fiscalYear=): 本年收入 and 年初结转和结余 beside 本年支出 by 类 and 年末结转和结余 (结转下年 / 结余)' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  @ApiResponse({ status: 409, description: 'FISCAL_YEAR_NOT_CLOSED' })
  async summary(@Query() q: ExportRequest, @CurrentPrincipal() principal: Principal): Promise<StreamableFile> {
    const { fy, filters, ctx, close } = await this.prepare(q, principal);
    const [bySource, byClass, byType] = await Promise.all([
      finalAccounts(this.rm.db, { fiscalYear: fy, groupBy: 'source', filters }),
      finalAccounts(this.rm.db, { fiscalYear: fy, groupBy: 'functional', level: 1, filters }),
      finalAccounts(this.rm.db, { fiscalYear: fy, groupBy: 'department', filters }),
    ]);
    const sheet = finalSummarySheet(ctx, close, bySource, byClass, byType[0] ?? ZERO, CARRIED_FORWARD_SOURCE);
    const suffix = `${ctx.department.code}_${fy}${q.unit ? `_${q.unit}` : ''}`;
    return exportFile(sheet, q.format ?? 'xlsx', { chinese: `收入支出决算总表_${suffix}`, ascii: `final-accounts-summary_${suffix}` }, principal.username);
  }

  @Get('final-accounts-by-functional')
  @Authorize('read')
  @ApiOperation({ summary: '支出决算表 of a closed fiscal year by functional 类/款/项: 调整后预算, 本年支出 (合计/基本/项目), 年末结转, 年末结余, 执行率' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  @ApiResponse({ status: 409, description: 'FISCAL_YEAR_NOT_CLOSED' })
  async byFunctional(@Query() q: ExportRequest, @CurrentPrincipal() principal: Principal): Promise<StreamableFile> {
    const { fy, filters, ctx, close } = await this.prepare(q, principal);
    const run = (level: 1 | 2 | 3, type?: 'basic' | 'project') => finalAccounts(this.rm.db, { fiscalYear: fy, groupBy: 'functional', level, filters: { ...filters, ...(type ? { type } : {}) } });
    const levels = await Promise.all(([1, 2, 3] as const).map(async (level) => ({ all: await run(level), basic: await run(level, 'basic'), project: await run(level, 'project') })));
    const types = await finalAccounts(this.rm.db, { fiscalYear: fy, groupBy: 'type', filters });
    const [all] = await finalAccounts(this.rm.db, { fiscalYear: fy, groupBy: 'department', filters });
    const total = { total: all ?? ZERO, basic: types.find((t) => t.key === 'basic') ?? null, project: types.find((t) => t.key === 'project') ?? null };
    const rate = (r: { appropriated: string; disbursed: string }) => executionColumns({ appropriated: r.appropriated, netDisbursed: r.disbursed }, yearEnd(fy), 'month', this.settings).executionRate;
    const sheet = finalFunctionalSheet(ctx, close, total, finalFunctionalRows(levels), rate);
    const suffix = `${ctx.department.code}_${fy}${q.unit ? `_${q.unit}` : ''}`;
    return exportFile(sheet, q.format ?? 'xlsx', { chinese: `支出决算表_功能分类_${suffix}`, ascii: `final-accounts-by-functional_${suffix}` }, principal.username);
  }

  /** The closed year (409 otherwise), the caller's units, the header block as of 31 December. */
  private async prepare(q: ExportRequest, principal: Principal): Promise<{ fy: number; filters: LineFilters; ctx: Awaited<ReturnType<ExportContextReader['prepare']>>['ctx']; close: CloseInfo }> {
    const year = q.fiscalYear !== undefined ? Number(q.fiscalYear) : Number((q.asOf ?? '').slice(0, 4)) || fiscalYearOf(shanghaiDate(new Date())) - 1;
    const { units, ctx } = await this.contexts.prepare({ ...q, fiscalYear: String(year), asOf: yearEnd(year) } as ExportRequest, principal);
    const view = await fiscalYear(this.rm.db, year);
    if (!view || view.status !== 'closed') {
      throw DomainError.conflict('FISCAL_YEAR_NOT_CLOSED', 'fiscalYear', `fiscal year ${year} is ${view?.status ?? 'open'}: its 决算 exists once it is closed`, { status: view?.status ?? 'open' });
    }
    return { fy: year, filters: units ? { units } : {}, ctx, close: { closedOn: view.closedOn, closedBy: view.closedBy, early: view.early, asOf: view.asOf } };
  }
}
