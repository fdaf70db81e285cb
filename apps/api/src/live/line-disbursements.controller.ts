import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { lineDecider, lineStreamId, requireOpenLine } from '@app/domain';
import { Authorize, CurrentPrincipal } from '../auth/authorize';
import { Principal } from '../auth/principal';
import { assertUnitInScope } from '../auth/scope';
import { AggregateStore } from '../shared/event-sourcing/aggregate-store';

const RECENT = 50;

interface Recorded { disbursementId: string; amount: string; voucherNo: string; payee: string | null; summary: string | null }

/**
 * A line's most recent disbursements (支付) with their voucher numbers, for the reversal (冲销) screen:
 * accountants may not read the audit history, and a reversal needs the disbursement's id.
 */
@ApiTags('disbursements 支付')
@ApiBearerAuth()
@Controller('api/v1/lines/:lineId/disbursements')
export class LineDisbursementsController {
  constructor(private readonly aggregates: AggregateStore) {}

  @Get()
  @Authorize('read')
  @ApiOperation({ summary: 'The line\'s 50 most recent disbursements: { lineId, disbursements: [{ disbursementId, voucherNo, amount, effectiveDate, payee, summary, reversed }] }' })
  async list(@Param('lineId') lineId: string, @CurrentPrincipal() principal: Principal) {
    const streamId = lineStreamId(lineId);
    const { state } = await this.aggregates.load(streamId, lineDecider);
    const line = requireOpenLine(state);
    assertUnitInScope(principal, line.attributes.unit, 'lineId');
    const events = await this.aggregates.store.readStream(streamId);
    const recorded = events.filter((e) => e.type === 'DisbursementRecorded.v1').slice(-RECENT).reverse();
    return {
      lineId,
      disbursements: recorded.map((e) => {
        const d = e.data as Recorded;
        return {
          disbursementId: d.disbursementId, voucherNo: d.voucherNo, amount: d.amount, payee: d.payee, summary: d.summary,
          effectiveDate: e.metadata.effectiveDate ?? null, reversed: line.disbursements.get(d.disbursementId)?.reversed ?? false,
        };
      }),
    };
  }
}
