import { Body, Controller, HttpCode, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiOperation, ApiQuery, ApiResponse, ApiTags, ApiBearerAuth, ApiOkResponse } from '@nestjs/swagger';
import { CommandContext } from '@app/kernel';
import { Ctx } from '../../shared/command-context';
import { ImportBudgetCommand } from './import-budget.handler';
import { Authorize } from '../../auth/authorize';
import { BudgetImportReport } from '../budget.response';

@ApiTags('budgets 预算')
@Controller('api/v1/budget-imports')
export class ImportBudgetController {
  constructor(private readonly commands: CommandBus) {}

  @Authorize('budget:manage')
  @ApiBearerAuth()
  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: '导入预算 Import a budget document (budget-import/v1, see docs/budget-import-format.md)' })
  @ApiQuery({ name: 'dryRun', required: false, description: 'true (default): validate and reconcile only; false: record' })
  @ApiBody({ description: 'a budget-import/v1 JSON document', schema: { type: 'object' } })
  @ApiOkResponse({ type: BudgetImportReport, description: 'import report: counts, totals, control checks, warnings' })
  @ApiResponse({ status: 422, description: 'BUDGET_DOCUMENT_INVALID with every problem and its JSON path' })
  async import(@Body() document: unknown, @Query('dryRun') dryRun: string | undefined, @Ctx() ctx: CommandContext) {
    return this.commands.execute(new ImportBudgetCommand(document, dryRun !== 'false', ctx));
  }
}
