import { Body, Controller, HttpCode, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CommandContext } from '@app/kernel';
import { Authorize } from '../../auth/authorize';
import { toAccepted } from '../../shared/accepted';
import { Ctx } from '../../shared/command-context';
import { CommandAccepted } from '../../shared/dto';
import { FileSpendingPlanCommand } from './file-spending-plan.handler';
import { EXAMPLE_MONTHS, FileSpendingPlanRequest } from './file-spending-plan.request';

@ApiTags('spending plans 用款计划')
@Controller('api/v1/lines/:lineId/spending-plan')
export class FileSpendingPlanController {
  constructor(private readonly commands: CommandBus) {}

  @Authorize('records:write')
  @ApiBearerAuth()
  @Put()
  @HttpCode(200)
  @ApiOperation({
    summary: '报送/调整用款计划 File or revise the monthly spending plan of a line (accountants in scope, admins)',
    description: 'Twelve month amounts adding up to the line\'s current appropriation. A revision is a new event, in force from its effectiveDate. '
      + 'The same months as the plan in force record nothing (replayed: true).',
  })
  @ApiBody({ type: FileSpendingPlanRequest, examples: {
    filed: { summary: '年初报送', value: { months: EXAMPLE_MONTHS } },
    revised: { summary: '年中调整', value: { months: EXAMPLE_MONTHS, effectiveDate: '2023-06-20', reason: '项目招标推迟，三季度集中支付' } },
  } })
  @ApiHeader({ name: 'If-Match', required: false, description: 'the line revision the client last saw; 412 if it moved on' })
  @ApiResponse({ status: 200, type: CommandAccepted })
  @ApiResponse({ status: 400, description: 'VALIDATION_FAILED: months is not a list of twelve strings (field months)' })
  @ApiResponse({ status: 403, description: 'ROLE_NOT_PERMITTED (managers, auditors), UNIT_OUT_OF_SCOPE' })
  @ApiResponse({ status: 404, description: 'LINE_NOT_FOUND' })
  @ApiResponse({ status: 409, description: 'LINE_HAS_NO_APPROPRIATION: nothing left to plan' })
  @ApiResponse({ status: 422, description: 'PLAN_TOTAL_MISMATCH (field months; details total, appropriated, difference), AMOUNT_NEGATIVE / AMOUNT_TOO_MANY_DECIMALS / AMOUNT_NOT_A_DECIMAL_STRING (field months.{0–11}), PLAN_MONTHS_COUNT, PLAN_REVISION_BEFORE_LATEST, DATE_IN_FUTURE, DATE_OUTSIDE_FISCAL_YEAR' })
  async file(@Param('lineId') lineId: string, @Body() body: FileSpendingPlanRequest, @Ctx() ctx: CommandContext): Promise<CommandAccepted> {
    return toAccepted(await this.commands.execute(new FileSpendingPlanCommand(lineId, body, ctx)));
  }
}
