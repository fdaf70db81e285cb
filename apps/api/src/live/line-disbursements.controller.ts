import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { AppropriationEvent, lineDecider, lineStreamId, requireOpenLine } from '@app/domain';
import type { StoredEvent } from '@app/event-store';
import { Authorize, CurrentPrincipal } from '../auth/authorize';
import { AccountsService } from '../auth/accounts.service';
import { Principal, assertUnitInScope, AggregateStore, recorded as typed } from '@app/kernel';
import { LineDisbursements } from './line-records.response';
import { IsBusinessDate } from '../shared/dates';

export class LineDisbursementsRequest {
  @ApiPropertyOptional({ example: '50', description: '1–200, default 50' }) @IsOptional() @Matches(/^([1-9]\d?|1\d\d|200)$/, { message: 'limit must be 1–200' }) limit?: string;
  @ApiPropertyOptional({ example: '0', description: 'payments to skip, newest first' }) @IsOptional() @Matches(/^\d{1,7}$/, { message: 'offset must be a whole number' }) offset?: string;
  @ApiPropertyOptional({ example: '记-2023-06', description: '凭证号 contains this (letters and digits as typed)' }) @IsOptional() @MaxLength(60, { message: 'voucherNo must be at most 60 characters' }) voucherNo?: string;
  @ApiPropertyOptional({ example: '某劳务', description: 'payee contains this' }) @IsOptional() @MaxLength(100, { message: 'payee must be at most 100 characters' }) payee?: string;
  @ApiPropertyOptional({ example: '2023-06-01', description: 'paid on or after this business date' }) @IsOptional() @IsBusinessDate() from?: string;
  @ApiPropertyOptional({ example: '2023-06-30', description: 'paid on or before this business date' }) @IsOptional() @IsBusinessDate() to?: string;
}

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
    // a payment of a disbursement import is listed once its import is applied here; a withdrawn one never (ADR 0022)
    const applied = new Set<string>();
    for (const stored of await this.aggregates.store.readStream(streamId)) {
      const event = typed(stored);
      if (event.type === 'DisbursementRecorded.v1') recorded.push({ stored, data: event.data });
      if (event.type === 'DisbursementReversed.v1') reversedAmount.set(event.data.disbursementId, event.data.amount);
      if (event.type === 'DisbursementImportApplied.v1') applied.add(event.data.importId);
    }
    const shown = recorded.filter(({ data }) => data.importId === undefined || applied.has(data.importId));
    const name = await this.accounts.actorNames();
    const contains = (text: string | null, part: string | undefined) => part === undefined || (text ?? '').includes(part.trim());
    const dated = (e: StoredEvent) => String(e.metadata.effectiveDate ?? '');
    const matching = shown.filter(({ stored, data }) => contains(data.voucherNo, q.voucherNo) && contains(data.payee, q.payee)
      && (q.from === undefined || dated(stored) >= q.from) && (q.to === undefined || dated(stored) <= q.to));
    const page = matching.reverse().slice(offset, offset + limit);
    return {
      lineId, total: matching.length, limit, offset,
      disbursements: page.map(({ stored, data }) => {
        const actor = typeof stored.metadata.actor === 'string' ? stored.metadata.actor : null;
        return {
          disbursementId: data.disbursementId, voucherNo: data.voucherNo, amount: data.amount, payee: data.payee, summary: data.summary,
          subsidyCategory: data.subsidyCategory, beneficiaries: data.beneficiaries,
          effectiveDate: stored.metadata.effectiveDate ?? null, reversed: reversedAmount.has(data.disbursementId),
          reversedAmount: reversedAmount.get(data.disbursementId) ?? null,
          recordedBy: actor === null ? null : { username: actor, displayName: name(actor) },
        };
      }),
    };
  }
}
