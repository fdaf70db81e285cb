import { Controller, Get, Inject, Query, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CARRIED_FORWARD_SOURCE, Money, toYuanString } from '@app/domain';
import { ReadModelDb, executionTotals, fiscalYear } from '@app/read-models';
import { Principal } from '@app/kernel';
import { READ_MODELS } from '@app/platform';
import { Authorize, CurrentPrincipal } from '../../auth/authorize';
import { ExportContextReader } from '../export-context';
import { exportFile } from '../export-file';
import { ExportRequest } from '../export.request';
import { table1Sheet } from './table1.layout';

/** 表一: income by source with 上年结转 apart, spending by 类. */
@ApiTags('exports 报表导出')
@Controller('api/v1/exports')
export class ExportTable1Controller {
  constructor(@Inject(READ_MODELS) private readonly rm: ReadModelDb, private readonly contexts: ExportContextReader) {}

  @Get(['revenue-and-expenditure', 'table1'])
  @Authorize('read')
  @ApiOperation({ summary: '表一 财政拨款收支总表 with execution as of a date: 本年收入 by source, 上年结转 by the source it was carried from, 支出 by 类, 结转下年 after the close' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  async table1(@Query() q: ExportRequest, @CurrentPrincipal() principal: Principal): Promise<StreamableFile> {
    const { scope, units, ctx } = await this.contexts.prepare(q, principal);
    const filters = { fiscalYear: scope.fiscalYear, ...(units ? { units } : {}) };
    const [bySource, byClass, department, carriedLines, year] = await Promise.all([
      executionTotals(this.rm.db, { asOf: scope.asOf, groupBy: 'source', filters }),
      executionTotals(this.rm.db, { asOf: scope.asOf, groupBy: 'functional', level: 1, filters }),
      executionTotals(this.rm.db, { asOf: scope.asOf, groupBy: 'department', filters }),
      executionTotals(this.rm.db, { asOf: scope.asOf, groupBy: 'line', filters: { ...filters, fundingSource: CARRIED_FORWARD_SOURCE } }),
      fiscalYear(this.rm.db, scope.fiscalYear),
    ]);
    const origins = carriedLines.length === 0 ? [] : await this.rm.db.selectFrom('lines as carried').innerJoin('lines as origin', 'origin.line_id', 'carried.carried_from')
      .select(['carried.line_id as lineId', 'origin.funding_source as source']).where('carried.line_id', 'in', carriedLines.map((l) => l.key)).execute();
    const sourceOf = new Map(origins.map((o) => [o.lineId, o.source]));
    const carried = new Map<string, { appropriated: Money; netDisbursed: Money }>();
    for (const l of carriedLines) {
      const source = sourceOf.get(l.key) ?? '一般公共预算拨款';
      const acc = carried.get(source) ?? { appropriated: new Money(0), netDisbursed: new Money(0) };
      carried.set(source, { appropriated: acc.appropriated.plus(l.appropriated), netDisbursed: acc.netDisbursed.plus(l.netDisbursed) });
    }
    const carriedTotal = bySource.find((r) => r.key === CARRIED_FORWARD_SOURCE) ?? { appropriated: '0.00', netDisbursed: '0.00' };
    const sheet = table1Sheet(ctx, {
      ownBySource: bySource.filter((r) => r.key !== CARRIED_FORWARD_SOURCE),
      carriedBySource: [...carried].sort(([a], [b]) => (a < b ? -1 : 1)).map(([source, f]) => ({ source, appropriated: toYuanString(f.appropriated), netDisbursed: toYuanString(f.netDisbursed) })),
      carriedTotal, byClass, total: department[0] ?? { appropriated: '0.00', netDisbursed: '0.00' },
      carriedOut: year?.status === 'closed' && units === undefined ? year.totals?.carriedForward ?? null : null,
    });
    const suffix = `${ctx.department.code}_${scope.fiscalYear}_${scope.asOf}${q.unit ? `_${q.unit}` : ''}`;
    return exportFile(sheet, q.format ?? 'xlsx', { chinese: `表一_财政拨款收支总表_${suffix}`, ascii: `table1-revenue-and-expenditure_${suffix}` }, principal.username);
  }
}
