import { Controller, Get, Inject, Query, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CARRIED_FORWARD_SOURCE, MonitoringSettings } from '@app/domain';
import { ExecutionRow, ReadModelDb, executionTotals } from '@app/read-models';
import { Authorize, CurrentPrincipal } from '../../auth/authorize';
import { Principal } from '@app/kernel';
import { executionColumns } from '@app/read-models';
import { MONITORING, READ_MODELS } from '@app/platform';
import { ReadScope } from '../../read-models/read-scope';
import { ExportContextReader } from '../export-context';
import { exportFile } from '../export-file';
import { ExportRequest } from '../export.request';
import { Figures } from '../sheet/execution-cells';
import { CarriedColumns, FunctionalLevel, functionalRows, table8Sheet } from './table8.layout';

/** 表八: execution by functional classification (类/款/项) with 基本支出 / 项目支出 columns. */
@ApiTags('exports 报表导出')
@Controller('api/v1/exports')
export class ExportExecutionController {
  constructor(@Inject(READ_MODELS) private readonly rm: ReadModelDb, @Inject(MONITORING) private readonly settings: MonitoringSettings,
    private readonly contexts: ExportContextReader) {}

  @Get(['execution-by-functional', 'table8'])
  @Authorize('read')
  @ApiOperation({ summary: '表八 部门支出总表 with 调整后预算, 支出, 执行率 (总计/基本/项目), 序时进度 and 亮灯, as XLSX or CSV as of a date' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  async table8(@Query() q: ExportRequest, @CurrentPrincipal() principal: Principal): Promise<StreamableFile> {
    const { scope, units, ctx } = await this.contexts.prepare(q, principal);
    const [levels, byType, department] = await Promise.all([
      Promise.all(([1, 2, 3] as const).map((level) => this.level(scope, units, level))),
      this.totals(scope, units, 'type'), this.totals(scope, units, 'department'),
    ]);
    const part = (key: string): Figures | null => byType.find((r) => r.key === key) ?? null;
    const total = { total: department[0] ?? { appropriated: '0.00', netDisbursed: '0.00' }, basic: part('basic'), project: part('project') };
    const columns = (f: Figures) => executionColumns(f, scope.asOf, scope.basis, this.settings);
    const thresholds = { red: this.settings.executionLight.red.toString(), yellow: this.settings.executionLight.yellow.toString() };
    const sheet = table8Sheet(ctx, total, functionalRows(levels), columns, thresholds, await this.carried(scope, units));
    const suffix = `${ctx.department.code}_${scope.fiscalYear}_${scope.asOf}${q.unit ? `_${q.unit}` : ''}`;
    return exportFile(sheet, q.format ?? 'xlsx', { chinese: `表八_部门支出执行_${suffix}`, ascii: `table8-execution-by-functional_${suffix}` }, principal.username);
  }

  private async level(scope: ReadScope, units: readonly string[] | undefined, level: 1 | 2 | 3): Promise<FunctionalLevel> {
    const run = (type?: 'basic' | 'project') => executionTotals(this.rm.db, {
      asOf: scope.asOf, groupBy: 'functional', level,
      filters: { fiscalYear: scope.fiscalYear, ...(units ? { units } : {}), ...(type ? { type } : {}) },
    });
    const [all, basic, project] = await Promise.all([run(), run('basic'), run('project')]);
    return { all, basic, project };
  }

  /** 上年结转 lines by 类/款/项 and in total, when the year has any (the columns are left out otherwise). */
  private async carried(scope: ReadScope, units: readonly string[] | undefined): Promise<CarriedColumns | undefined> {
    const filters = { fiscalYear: scope.fiscalYear, fundingSource: CARRIED_FORWARD_SOURCE, ...(units ? { units } : {}) };
    const [total] = await executionTotals(this.rm.db, { asOf: scope.asOf, groupBy: 'source', filters });
    if (!total) return undefined;
    const levels = await Promise.all(([1, 2, 3] as const).map((level) => executionTotals(this.rm.db, { asOf: scope.asOf, groupBy: 'functional', level, filters })));
    return new Map<string, Figures>([['合计', total], ...levels.flat().map((r) => [r.key, r] as const)]);
  }

  private totals(scope: ReadScope, units: readonly string[] | undefined, groupBy: 'type' | 'department'): Promise<ExecutionRow[]> {
    return executionTotals(this.rm.db, { asOf: scope.asOf, groupBy, filters: { fiscalYear: scope.fiscalYear, ...(units ? { units } : {}) } });
  }
}
