import { Controller, Get, Inject, Query, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { MonitoringSettings } from '@app/domain';
import { ReadModelDb, executionTotals } from '@app/read-models';
import { Authorize, CurrentPrincipal } from '../../auth/authorize';
import { Principal } from '@app/kernel';
import { executionColumns } from '@app/read-models';
import { MONITORING, READ_MODELS } from '@app/platform';
import { ExportContextReader } from '../export-context';
import { exportFile } from '../export-file';
import { ExportRequest } from '../export.request';
import { Figures } from '../sheet/execution-cells';
import { table10Sheet } from './table10.layout';

const ZERO = { initial: '0.00', appropriated: '0.00', netDisbursed: '0.00', balance: '0.00' };

/** 表十: the project list with execution. */
@ApiTags('exports 报表导出')
@Controller('api/v1/exports')
export class ExportProjectsController {
  constructor(@Inject(READ_MODELS) private readonly rm: ReadModelDb, @Inject(MONITORING) private readonly settings: MonitoringSettings,
    private readonly contexts: ExportContextReader) {}

  @Get(['projects', 'table10'])
  @Authorize('read')
  @ApiOperation({ summary: '表十 项目支出明细表 with 年初预算, 调整后预算, 支出, 执行率, 序时进度, 进度差 and 亮灯, as XLSX or CSV as of a date' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  async table10(@Query() q: ExportRequest, @CurrentPrincipal() principal: Principal): Promise<StreamableFile> {
    const { scope, units, ctx } = await this.contexts.prepare(q, principal);
    const filters = { fiscalYear: scope.fiscalYear, type: 'project' as const, ...(units ? { units } : {}) };
    const [rows, [total], refs, unitNames] = await Promise.all([
      executionTotals(this.rm.db, { asOf: scope.asOf, groupBy: 'project', filters }),
      executionTotals(this.rm.db, { asOf: scope.asOf, groupBy: 'type', filters }),
      this.rm.db.selectFrom('ref_projects').select(['code', 'unit', 'category', 'sub_category']).where('fiscal_year', '=', scope.fiscalYear).execute(),
      this.rm.db.selectFrom('ref_units').select(['code', 'name']).execute(),
    ]);
    const ref = new Map(refs.map((r) => [r.code, r]));
    const unitName = new Map(unitNames.map((u) => [u.code, u.name]));
    const projects = rows.map((r) => {
      const p = ref.get(r.key);
      return {
        code: r.key, name: r.name, unit: p ? unitName.get(p.unit) ?? p.unit : '',
        category: p ? [p.category, p.sub_category].filter(Boolean).join('·') : '', figures: r,
      };
    });
    const columns = (f: Figures) => executionColumns(f, scope.asOf, scope.basis, this.settings);
    const thresholds = { red: this.settings.executionLight.red.toString(), yellow: this.settings.executionLight.yellow.toString() };
    const sheet = table10Sheet(ctx, total ?? ZERO, projects, columns, thresholds);
    const suffix = `${ctx.department.code}_${scope.fiscalYear}_${scope.asOf}${q.unit ? `_${q.unit}` : ''}`;
    return exportFile(sheet, q.format ?? 'xlsx', { chinese: `表十_项目支出执行_${suffix}`, ascii: `table10-projects_${suffix}` }, principal.username);
  }
}
