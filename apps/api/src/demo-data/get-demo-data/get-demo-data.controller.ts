import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { budgetStreamId } from '@app/domain';
import { DEMO_BUDGETS, DEMO_IMPORT_ACTOR, DEMO_LABEL, DEMO_YEAR_SIMULATED, demoStreamId } from '@app/demo-year';
import { Authorize } from '../../auth/authorize';
import { AggregateStore } from '@app/kernel';
import { IsFiscalYear } from '../../shared/dates';

export class GetDemoDataRequest {
  @ApiPropertyOptional({ example: '2023', description: 'only this fiscal year' })
  @IsOptional() @IsFiscalYear() fiscalYear?: string;
}

export class DemoFiscalYear {
  @ApiProperty({ example: 2023 }) fiscalYear!: number;
  @ApiProperty({ example: true, description: 'the year\'s budget is the demo budget, imported at first start' }) budget!: boolean;
  @ApiProperty({ example: true, description: 'the year\'s execution (payments, cases, indicator reports) is simulated: every such event carries metadata demo: true' }) simulated!: boolean;
}

export class DemoData {
  @ApiProperty({ example: DEMO_LABEL, description: 'the label to show wherever demo data is on screen or in an e-mail' }) label!: string;
  @ApiProperty({ type: [DemoFiscalYear], example: [{ fiscalYear: 2023, budget: true, simulated: true }], description: 'empty when the store holds no demo data' })
  fiscalYears!: DemoFiscalYear[];
}

/**
 * 演示数据: which fiscal years hold the demo budget and a simulated year (DEMO_DATA), so that the dashboard and
 * e-mails can say so. Read from the event store: the demo budget is the one imported by system:demo-import,
 * and stream demo-{year} holds DemoYearSimulated.v1 if and only if that year's execution is simulated.
 */
@ApiTags('demo data 演示数据')
@Controller('api/v1/demo-data')
export class GetDemoDataController {
  constructor(private readonly aggregates: AggregateStore) {}

  @Authorize('read')
  @ApiBearerAuth()
  @Get()
  @ApiOperation({ summary: '演示数据 Which fiscal years are demo data: the demo budget, and whether its execution is simulated' })
  @ApiOkResponse({ type: DemoData })
  async get(@Query() q: GetDemoDataRequest): Promise<DemoData> {
    const store = this.aggregates.store;
    const years = DEMO_BUDGETS.filter((b) => q.fiscalYear === undefined || b.fiscalYear === Number(q.fiscalYear));
    const found = await Promise.all(years.map(async ({ department, fiscalYear }) => {
      const [first] = await store.readStream(budgetStreamId(department, fiscalYear), { maxCount: 1 });
      const budget = first !== undefined && first.metadata.actor === DEMO_IMPORT_ACTOR;
      const simulated = (await store.readStream(demoStreamId(fiscalYear))).some((e) => e.type === DEMO_YEAR_SIMULATED);
      return { fiscalYear, budget, simulated };
    }));
    return { label: DEMO_LABEL, fiscalYears: found.filter((y) => y.budget || y.simulated) };
  }
}
