import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiResponse, ApiTags, ApiBearerAuth } from '@nestjs/swagger';
import { toAccepted } from '../../shared/accepted';
import { CommandContext } from '@app/kernel';
import { Ctx } from '../../shared/command-context';
import { CommandAccepted } from '../../shared/dto';
import { ResolveCaseCommand } from './resolve-case.handler';
import { ResolveCaseRequest } from './resolve-case.request';
import { Authorize } from '../../auth/authorize';

@ApiTags('wage arrears 欠薪与应急周转金')
@Controller('api/v1/wage-arrears-cases/:caseId/resolution')
export class ResolveCaseController {
  constructor(private readonly commands: CommandBus) {}

  @Authorize('records:write')
  @ApiBearerAuth()
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: '处置欠薪案件 Record how a wage-arrears case was resolved' })
  @ApiResponse({ status: 201, type: CommandAccepted })
  @ApiResponse({ status: 409, description: 'CASE_ALREADY_RESOLVED' })
  async resolve(@Param('caseId') caseId: string, @Body() body: ResolveCaseRequest, @Ctx() ctx: CommandContext) {
    return toAccepted(await this.commands.execute(new ResolveCaseCommand(caseId, body, ctx)));
  }
}
