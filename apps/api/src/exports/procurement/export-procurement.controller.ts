import { Controller, Get, Inject, Query, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ReadModelDb } from '@app/read-models';
import { Principal } from '@app/kernel';
import { READ_MODELS } from '@app/platform';
import { Authorize, CurrentPrincipal } from '../../auth/authorize';
import { procurementView } from '../../procurement/get-procurement/procurement-view';
import { ExportContextReader } from '../export-context';
import { exportFile } from '../export-file';
import { ExportRequest } from '../export.request';
import { table9Sheet } from './table9.layout';

/** 表九: 政府采购预算 by 品目 and project, with execution. */
@ApiTags('exports 报表导出')
@Controller('api/v1/exports')
export class ExportProcurementController {
  constructor(@Inject(READ_MODELS) private readonly rm: ReadModelDb, private readonly contexts: ExportContextReader) {}

  @Get(['table9', 'procurement'])
  @Authorize('read')
  @ApiOperation({ summary: '表九 政府采购预算明细表: budget by 品目, project and funding source as printed, with 已支出, 可用余额 and 执行率, as XLSX or CSV as of a date' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  async table9(@Query() q: ExportRequest, @CurrentPrincipal() principal: Principal): Promise<StreamableFile> {
    const { scope, units, ctx } = await this.contexts.prepare(q, principal);
    const view = await procurementView(this.rm, { fiscalYear: scope.fiscalYear, asOf: scope.asOf, ...(units ? { units } : {}) });
    const suffix = `${ctx.department.code}_${scope.fiscalYear}_${scope.asOf}${q.unit ? `_${q.unit}` : ''}`;
    return exportFile(table9Sheet(ctx, view), q.format ?? 'xlsx', { chinese: `表九_政府采购_${suffix}`, ascii: `table9-procurement_${suffix}` }, principal.username);
  }
}
