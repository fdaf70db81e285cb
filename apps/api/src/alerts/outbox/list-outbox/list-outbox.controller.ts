import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { normaliseUsername } from '@app/domain';
import { Authorize, CurrentPrincipal } from '../../../auth/authorize';
import { Principal, can } from '@app/kernel';
import { PagingRequest, paging } from '../paging.request';
import { OutboxEntry, OutboxReader } from '../outbox-reader';
import { OutboxPage } from '../outbox.response';

/** 发件箱: the e-mails the product wrote instead of sending (no SMTP_URL). Managers see their own, admins all. */
@ApiTags('alerts 预警')
@ApiBearerAuth()
@Controller('api/v1/outbox')
export class ListOutboxController {
  constructor(private readonly outbox: OutboxReader) {}

  @Get()
  @Authorize('subscriptions:own')
  @ApiOperation({ summary: '发件箱 E-mails in the outbox, newest first' })
  @ApiOkResponse({ type: OutboxPage })
  async list(@Query() query: PagingRequest, @CurrentPrincipal() principal: Principal) {
    const { page, pageSize, start } = paging(query);
    const files = await this.outbox.files();
    if (can(principal, 'users:manage')) {
      const items = await Promise.all(files.slice(start, start + pageSize).map((f) => this.outbox.entry(f)));
      return { items, total: files.length, page, pageSize };
    }
    // a manager's own e-mails: the recipient is only in the headers, so every header block is read
    const me = normaliseUsername(principal.username);
    const mine: OutboxEntry[] = [];
    for (const f of files) {
      const entry = await this.outbox.entry(f);
      if (normaliseUsername(entry.recipient) === me) mine.push(entry);
    }
    return { items: mine.slice(start, start + pageSize), total: mine.length, page, pageSize };
  }
}
