import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { AppropriationEvent, lineDecider, lineStreamId, requireOpenLine } from '@app/domain';
import type { StoredEvent } from '@app/event-store';
import { Authorize, CurrentPrincipal } from '../auth/authorize';
import { AccountsService } from '../auth/accounts.service';
import { Principal, assertUnitInScope, AggregateStore } from '@app/kernel';
import { LineDisbursements } from './line-records.response';

export class LineDisbursementsRequest {
  @ApiPropertyOptional({ example: '50', description: '1–200, default 50' }) @IsOptional() @Matches(/^([1-9]\d?|1\d\d|200)$/, { message: 'limit must be 1–200' }) limit?: string;
  @ApiPropertyOptional({ example: '0', description: 'payments to skip, newest first' }) @IsOptional() @Matches(/^\d{1,7}$/, { message: 'offset must be a whole number' }) offset?: string;
}

/** A line's stored events as the appropriation events they are (the stream holds nothing else). */
export const lineEvents = (events: readonly StoredEvent[]) => events.map((e) => ({ stored: e, event: { type: e.type, data: e.data } as AppropriationEvent }));

/**
 * A line's disbursements (支付), newest first and paged, with their voucher numbers and who recorded them: for
 * the line's page and the reversal (冲销) screen (accountants may not read the audit history, and a reversal
 * needs the disbursement's id).
 */
@ApiTags('disbursements 支付')
@ApiBearerAuth()
@Controller('api/v1/lines/:lineId/disbursements')
export class LineDisbursementsController {
  constructor(private readonly aggregates: AggregateStore, private readonly accounts: AccountsService) {}

  @Get()
  @Authorize('read')
  @ApiOperation({ summary: 'The line\'s disbursements (支付), newest first, with voucher numbers and who recorded them' })
  @ApiOkResponse({ type: LineDisbursements })
  async list(@Param('lineId') lineId: string, @Query() q: LineDisbursementsRequest, @CurrentPrincipal() principal: Principal) {
    const streamId = lineStreamId(lineId);
    const { state } = await this.aggregates.load(streamId, lineDecider);
    const line = requireOpenLine(state);
    assertUnitInScope(principal, line.attributes.unit, 'lineId');
    const limit = q.limit ? Number(q.limit) : 50;
    const offset = q.offset ? Number(q.offset) : 0;
    const reversedAmount = new Map<string, string>();
    const recorded: { stored: StoredEvent; data: Extract<AppropriationEvent, { type: 'DisbursementRecorded.v1' }>['data'] }[] = [];
    for (const { stored, event } of lineEvents(await this.aggregates.store.readStream(streamId))) {
      if (event.type === 'DisbursementRecorded.v1') recorded.push({ stored, data: event.data });
      if (event.type === 'DisbursementReversed.v1') reversedAmount.set(event.data.disbursementId, event.data.amount);
    }
    const name = await this.accounts.actorNames();
    const page = recorded.reverse().slice(offset, offset + limit);
    return {
      lineId, total: recorded.length, limit, offset,
      disbursements: page.map(({ stored, data }) => {
        const actor = typeof stored.metadata.actor === 'string' ? stored.metadata.actor : null;
        return {
          disbursementId: data.disbursementId, voucherNo: data.voucherNo, amount: data.amount, payee: data.payee, summary: data.summary,
          subsidyCategory: data.subsidyCategory, beneficiaries: data.beneficiaries,
          effectiveDate: stored.metadata.effectiveDate ?? null, reversed: line.disbursements.get(data.disbursementId)?.reversed ?? false,
          reversedAmount: reversedAmount.get(data.disbursementId) ?? null,
          recordedBy: actor === null ? null : { username: actor, displayName: name(actor) },
        };
      }),
    };
  }
}
