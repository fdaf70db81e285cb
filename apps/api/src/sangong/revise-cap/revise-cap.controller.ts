import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@app/domain';
import { CommandContext } from '@app/kernel';
import { Authorize } from '../../auth/authorize';
import { toAccepted } from '../../shared/accepted';
import { Ctx } from '../../shared/command-context';
import { CommandAccepted } from '../../shared/dto';
import { ReviseSanGongCapCommand } from './revise-cap.handler';
import { ReviseSanGongCapRequest } from './revise-cap.request';

@ApiTags('三公经费 and 政府采购')
@Controller('api/v1/sangong/:department/:fiscalYear/cap-revisions')
export class ReviseSanGongCapController {
  constructor(private readonly commands: CommandBus) {}

  @Authorize('budget:manage')
  @ApiBearerAuth()
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: '调整三公经费预算: set one category\'s cap (department or unit) anew, with a reason; audited as SanGongCapRevised' })
  @ApiParam({ name: 'department', example: '426' })
  @ApiParam({ name: 'fiscalYear', example: '2023' })
  @ApiResponse({ status: 201, type: CommandAccepted })
  @ApiResponse({ status: 409, description: 'SANGONG_CAP_BELOW_USED (details: used)' })
  @ApiResponse({ status: 422, description: 'SANGONG_CATEGORY_UNKNOWN (category), AMOUNT_NEGATIVE / AMOUNT_TOO_MANY_DECIMALS (cap), UNKNOWN_UNIT (unit), REQUIRED (reason)' })
  async revise(@Param('department') department: string, @Param('fiscalYear') fiscalYear: string, @Body() body: ReviseSanGongCapRequest,
    @Ctx() ctx: CommandContext): Promise<CommandAccepted> {
    if (!/^\d{3}$/.test(department)) throw DomainError.invalid('INVALID_DEPARTMENT', 'department', 'department must be a 3-digit department code');
    if (!/^\d{4}$/.test(fiscalYear)) throw DomainError.invalid('INVALID_FISCAL_YEAR', 'fiscalYear', 'fiscalYear must be a 4-digit year');
    return toAccepted(await this.commands.execute(new ReviseSanGongCapCommand(department, Number(fiscalYear), body, ctx)));
  }
}
