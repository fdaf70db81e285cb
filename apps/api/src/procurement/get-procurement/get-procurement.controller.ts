import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { PROCUREMENT_CATEGORIES } from '@app/domain';
import { ReadModelDb } from '@app/read-models';
import { READ_MODELS, ReadConsistency } from '@app/platform';
import { Principal, unitsForRead } from '@app/kernel';
import { Authorize, CurrentPrincipal } from '../../auth/authorize';
import { readScope } from '../../read-models/read-scope';
import { SanGongRequest } from '../../sangong/get-sangong/get-sangong.controller';
import { procurementView } from './procurement-view';

class ProcurementFigures {
  @ApiProperty({ example: '177600.00', description: '政府采购预算 (元)' }) budget!: string;
  @ApiProperty({ example: '88000.00', description: 'procurement payments on or before asOf, net of reversals (元)' }) executed!: string;
  @ApiProperty({ example: '89600.00' }) remaining!: string;
}
class ProcurementCategoryRow extends ProcurementFigures {
  @ApiProperty({ enum: PROCUREMENT_CATEGORIES, example: 'goods' }) category!: string;
  @ApiProperty({ example: 'A' }) letter!: string;
  @ApiProperty({ example: '货物' }) name!: string;
}
class ProcurementItemRow extends ProcurementFigures {
  @ApiProperty({ example: 'P16-A01' }) itemId!: string;
  @ApiProperty({ example: '426003-2023-P16' }) lineId!: string;
  @ApiProperty({ example: '426003' }) unit!: string;
  @ApiProperty({ example: '社会保险事务中心' }) unitName!: string;
  @ApiProperty({ type: String, nullable: true, example: 'P16' }) project!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2023 年初专项-社会保险公共服务标准化基地建设经费' }) projectName!: string | null;
  @ApiProperty({ enum: PROCUREMENT_CATEGORIES, example: 'goods' }) category!: string;
  @ApiProperty({ example: '货物' }) categoryName!: string;
  @ApiProperty({ example: '电子显示屏' }) name!: string;
  @ApiProperty({ example: 2 }) payments!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, example: { 一般公共预算拨款: '177600.00' }, description: '资金来源 → 元' }) fundingSources!: Record<string, string>;
}
class UnbudgetedRow {
  @ApiProperty({ example: '426003-2023-P17' }) lineId!: string;
  @ApiProperty({ example: '426003' }) unit!: string;
  @ApiProperty({ example: 'services', description: '品目 named by the payments, \'\' if none' }) category!: string;
  @ApiProperty({ example: '500.00' }) executed!: string;
  @ApiProperty({ example: 1 }) payments!: number;
}
export class ProcurementResponse {
  @ApiProperty({ example: 2023 }) fiscalYear!: number;
  @ApiProperty({ example: '2023-12-31' }) asOf!: string;
  @ApiProperty({ type: String, nullable: true, enum: ['block', 'warn'], example: 'block', description: 'a procurement payment beyond its budget: refused (block) or warned; null without a procurement budget' }) policy!: string | null;
  @ApiProperty({ type: ProcurementFigures, example: { budget: '177600.00', executed: '88000.00', remaining: '89600.00' } }) total!: ProcurementFigures;
  @ApiProperty({ type: [ProcurementCategoryRow], example: [{ category: 'goods', letter: 'A', name: '货物', budget: '177600.00', executed: '88000.00', remaining: '89600.00' }] }) byCategory!: ProcurementCategoryRow[];
  @ApiProperty({ type: [ProcurementItemRow], example: [] }) items!: ProcurementItemRow[];
  @ApiProperty({ type: [UnbudgetedRow], example: [], description: 'procurement paid with no budget for it (warn policy only)' }) unbudgeted!: UnbudgetedRow[];
}

/** 政府采购预算 (表九) against procurement payments, by 品目 and project, as of a date. */
@ApiTags('三公经费 and 政府采购')
@Controller('api/v1/procurement')
export class GetProcurementController {
  constructor(@Inject(READ_MODELS) private readonly rm: ReadModelDb, private readonly consistency: ReadConsistency) {}

  @Authorize('read')
  @ApiBearerAuth()
  @Get()
  @ApiOperation({ summary: '政府采购: budget, executed and remaining by 品目 (货物/工程/服务) and by project item, as of a date' })
  @ApiOkResponse({ type: ProcurementResponse })
  async get(@Query() q: SanGongRequest, @CurrentPrincipal() principal: Principal): Promise<ProcurementResponse> {
    const units = unitsForRead(principal, q.unit);
    const scope = readScope(q);
    await this.consistency.reach(scope.minPosition);
    return procurementView(this.rm, { fiscalYear: scope.fiscalYear, asOf: scope.asOf, ...(units ? { units } : {}) }) as Promise<ProcurementResponse>;
  }
}
