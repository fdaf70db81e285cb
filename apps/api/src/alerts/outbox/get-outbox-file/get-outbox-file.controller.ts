import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { readFile } from 'node:fs/promises';
import type { FastifyReply as Response } from 'fastify';
import { DomainError, normaliseUsername } from '@app/domain';
import { Authorize, CurrentPrincipal } from '../../../auth/authorize';
import { Principal, can } from '@app/kernel';
import { OutboxReader } from '../outbox-reader';

@ApiTags('alerts 预警')
@ApiBearerAuth()
@Controller('api/v1/outbox')
export class GetOutboxFileController {
  constructor(private readonly outbox: OutboxReader) {}

  @Get(':file')
  @Authorize('subscriptions:own')
  @ApiProduces('message/rfc822')
  @ApiOperation({ summary: '下载邮件 One e-mail of the outbox as .eml (404 OUTBOX_FILE_NOT_FOUND)' })
  async get(@Param('file') file: string, @CurrentPrincipal() principal: Principal, @Res() res: Response): Promise<void> {
    const path = this.outbox.path(file);
    const notFound = () => DomainError.notFound('OUTBOX_FILE_NOT_FOUND', 'file', 'no such e-mail in the outbox');
    const entry = await this.outbox.entry(file).catch(() => { throw notFound(); });
    // a manager's e-mails only; someone else's answers like a missing one (no probing of names)
    if (!can(principal, 'users:manage') && normaliseUsername(entry.recipient) !== normaliseUsername(principal.username)) throw notFound();
    const body = await readFile(path);
    res.status(200).type('message/rfc822').header('Content-Disposition', `attachment; filename="${file}"`);
    res.send(body);
  }
}
