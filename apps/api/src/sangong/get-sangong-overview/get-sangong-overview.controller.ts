import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ReadModelDb } from '@app/read-models';
import { READ_MODELS, ReadConsistency } from '@app/platform';
import { Principal, unitsForRead } from '@app/kernel';
import { Authorize, CurrentPrincipal } from '../../auth/authorize';
import { readScope } from '../../read-models/read-scope';
import { SanGongRequest } from '../get-sangong/get-sangong.controller';
import { SanGongRow } from '../get-sangong/sangong.response';
import { sanGongOverview } from './sangong-overview';

class SanGongUnitRows {
  @ApiProperty({ example: '426001' }) unit!: string;
  @ApiProperty({ example: '本级' }) name!: string;
  @ApiProperty({ type: [SanGongRow], example: [{ category: 'reception', name: '公务接待费', cap: null, used: '70500.00', remaining: null }] }) rows!: SanGongRow[];
}
class PriorYearRow {
  @ApiProperty({ example: 'reception' }) category!: string;
  @ApiProperty({ example: '公务接待费' }) name!: string;
  @ApiProperty({ example: '203000.00' }) amount!: string;
}
class PriorYear {
  @ApiProperty({ example: 2022 }) fiscalYear!: number;
  @ApiProperty({ example: '323000.00' }) total!: string;
  @ApiProperty({ type: [PriorYearRow], example: [{ category: 'reception', name: '公务接待费', amount: '203000.00' }] }) rows!: PriorYearRow[];
}
class AgencyOperatingFigures {
  @ApiProperty({ example: '4300600.00', description: '机关运行经费 as budgeted (元)' }) amount!: string;
  @ApiProperty({ type: String, nullable: true, example: '5076900.00' }) priorYear!: string | null;
  @ApiProperty({ type: [String], example: ['2080101'], description: 'the 项 codes whose basic operating lines make it up' }) functional!: string[];
  @ApiProperty({ example: '4300600.00', description: 'current appropriation of those lines' }) appropriated!: string;
  @ApiProperty({ example: '2100000.00', description: 'paid on or before asOf, net of reversals' }) executed!: string;
  @ApiProperty({ example: '2200600.00' }) remaining!: string;
}
export class SanGongOverviewResponse {
  @ApiProperty({ example: 2023 }) fiscalYear!: number;
  @ApiProperty({ example: '2023-06-30' }) asOf!: string;
  @ApiProperty({ type: String, nullable: true, example: '426', description: 'the department whose 表四 this is' }) department!: string | null;
  @ApiProperty({ type: [SanGongRow], example: [{ category: 'reception', name: '公务接待费', cap: '120000.00', used: '70500.00', remaining: '49500.00' }] }) rows!: SanGongRow[];
  @ApiProperty({ type: [SanGongRow], example: [{ category: 'reception', name: '公务接待费', cap: '120000.00', used: '96000.00', remaining: '24000.00' }], description: 'the department\'s caps and department-wide use (what binds a unit without caps of its own)' }) departmentRows!: SanGongRow[];
  @ApiProperty({ type: [SanGongUnitRows], example: [], description: 'each unit in scope with a cap of its own or 三公 payments' }) units!: SanGongUnitRows[];
  @ApiProperty({ type: PriorYear, nullable: true, example: null }) priorYear!: PriorYear | null;
  @ApiProperty({ type: AgencyOperatingFigures, nullable: true, example: null, description: 'department-wide reads only' }) agencyOperating!: AgencyOperatingFigures | null;
}

/** The 三公 page: the scope's rows, by unit, the prior year's 表四 figures and 机关运行经费 execution. */
@ApiTags('三公经费 and 政府采购')
@Controller('api/v1/sangong/overview')
export class GetSanGongOverviewController {
  constructor(@Inject(READ_MODELS) private readonly rm: ReadModelDb, private readonly consistency: ReadConsistency) {}

  @Authorize('read')
  @ApiBearerAuth()
  @Get()
  @ApiOperation({ summary: '三公经费 by unit, with the prior year\'s 表四 figures and 机关运行经费 against its lines\' payments, as of a date' })
  @ApiOkResponse({ type: SanGongOverviewResponse })
  async get(@Query() q: SanGongRequest, @CurrentPrincipal() principal: Principal): Promise<SanGongOverviewResponse> {
    const units = unitsForRead(principal, q.unit);
    const scope = readScope(q);
    await this.consistency.reach(scope.minPosition);
    return sanGongOverview(this.rm, { fiscalYear: scope.fiscalYear, asOf: scope.asOf, ...(units ? { units } : {}) }) as Promise<SanGongOverviewResponse>;
  }
}
