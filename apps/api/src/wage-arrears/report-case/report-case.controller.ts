import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags, ApiBearerAuth, ApiCreatedResponse } from '@nestjs/swagger';
import { toAccepted } from '../../shared/accepted';
import { CommandContext } from '@app/kernel';
import { Ctx } from '../../shared/command-context';
import { ReportCaseCommand } from './report-case.handler';
import { ReportCaseRequest } from './report-case.request';
import { Authorize } from '../../auth/authorize';
import { CaseReported } from '../wage-arrears.response';

@ApiTags('wage arrears 欠薪与应急周转金')
@Controller('api/v1/wage-arrears-cases')
export class ReportCaseController {
  constructor(private readonly commands: CommandBus) {}

  @Authorize('records:write')
  @ApiBearerAuth()
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: '登记欠薪案件 Report a wage-arrears case' })
  @ApiCreatedResponse({ type: CaseReported })
  async report(@Body() body: ReportCaseRequest, @Ctx() ctx: CommandContext) {
    const result = await this.commands.execute(new ReportCaseCommand(body, ctx));
    return { caseId: result.caseId, ...toAccepted(result) };
  }
}
