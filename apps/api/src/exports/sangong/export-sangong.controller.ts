import { Controller, Get, Inject, Query, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ReadModelDb } from '@app/read-models';
import { Principal } from '@app/kernel';
import { READ_MODELS } from '@app/platform';
import { Authorize, CurrentPrincipal } from '../../auth/authorize';
import { sanGongOverview } from '../../sangong/get-sangong-overview/sangong-overview';
import { ExportContextReader } from '../export-context';
import { exportFile } from '../export-file';
import { ExportRequest } from '../export.request';
import { table4Sheet } from './table4.layout';

/** 表四: 三公经费 caps and execution, with 机关运行经费. */
@ApiTags('exports 报表导出')
@Controller('api/v1/exports')
export class ExportSanGongController {
  constructor(@Inject(READ_MODELS) private readonly rm: ReadModelDb, private readonly contexts: ExportContextReader) {}

  @Get(['table4', 'sangong'])
  @Authorize('read')
  @ApiOperation({ summary: '表四 “三公”经费预算表: prior year and this year\'s caps as printed, 执行数, 可用余额 and 执行率 by category, by unit, and 机关运行经费, as XLSX or CSV as of a date' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  async table4(@Query() q: ExportRequest, @CurrentPrincipal() principal: Principal): Promise<StreamableFile> {
    const { scope, units, ctx } = await this.contexts.prepare(q, principal);
    const overview = await sanGongOverview(this.rm, { fiscalYear: scope.fiscalYear, asOf: scope.asOf, ...(units ? { units } : {}) });
    const dept = await this.rm.db.selectFrom('ref_departments').select(['code', 'name', 'short_name']).where('code', '=', ctx.department.code).executeTakeFirst();
    const first = ctx.units === 'all'
      ? { code: ctx.department.code, name: dept?.short_name ?? ctx.department.name }
      : { code: '', name: `${ctx.units.map((u) => u.name).join('、')}（权限范围内）` };
    const sheet = table4Sheet(ctx, first, overview);
    const suffix = `${ctx.department.code}_${scope.fiscalYear}_${scope.asOf}${q.unit ? `_${q.unit}` : ''}`;
    return exportFile(sheet, q.format ?? 'xlsx', { chinese: `表四_三公经费_${suffix}`, ascii: `table4-sangong_${suffix}` }, principal.username);
  }
}
