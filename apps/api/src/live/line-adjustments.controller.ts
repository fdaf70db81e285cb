import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { lineDecider, lineStreamId, requireOpenLine } from '@app/domain';
import { Authorize, CurrentPrincipal } from '../auth/authorize';
import { AccountsService } from '../auth/accounts.service';
import { Principal, assertUnitInScope, AggregateStore, recorded } from '@app/kernel';
import { LineAdjustments } from './line-records.response';

/** 年初预算, 追加, 调减, 调剂: how a line's appropriation came to be what it is, in Chinese, oldest first. */
const KINDS = {
  'AppropriationEstablished.v1': '年初预算', 'AppropriationIncreased.v1': '追加', 'AppropriationDecreased.v1': '调减',
  'AppropriationTransferredIn.v1': '调剂调入', 'AppropriationTransferredOut.v1': '调剂调出',
} as const;

/** A line's appropriation and its adjustments, for the line's page (readers in scope; the audit trail is for auditors). */
@ApiTags('appropriations 预算指标')
@ApiBearerAuth()
@Controller('api/v1/lines/:lineId/adjustments')
export class LineAdjustmentsController {
  constructor(private readonly aggregates: AggregateStore, private readonly accounts: AccountsService) {}

  @Get()
  @Authorize('read')
  @ApiOperation({ summary: '预算调整 The line\'s appropriation and its adjustments (年初预算, 追加, 调减, 调剂), oldest first' })
  @ApiOkResponse({ type: LineAdjustments })
  async list(@Param('lineId') lineId: string, @CurrentPrincipal() principal: Principal) {
    const streamId = lineStreamId(lineId);
    const line = requireOpenLine((await this.aggregates.load(streamId, lineDecider)).state);
    assertUnitInScope(principal, line.attributes.unit, 'lineId');
    const name = await this.accounts.actorNames();
    const adjustments = [];
    for (const stored of await this.aggregates.store.readStream(streamId)) {
      const event = recorded(stored);
      const base = () => {
        const actor = typeof stored.metadata.actor === 'string' ? stored.metadata.actor : null;
        return { kind: event.type.replace(/\.v\d+$/, ''), label: KINDS[event.type as keyof typeof KINDS], effectiveDate: stored.metadata.effectiveDate ?? null,
          recordedBy: actor === null ? null : { username: actor, displayName: name(actor) } };
      };
      switch (event.type) {
        case 'AppropriationEstablished.v1':
          adjustments.push({ ...base(), amount: event.data.amount, signedAmount: event.data.amount, reason: null, documentNo: null, otherLineId: null });
          break;
        case 'AppropriationIncreased.v1':
        case 'AppropriationDecreased.v1': {
          const sign = event.type === 'AppropriationDecreased.v1' ? '-' : '';
          adjustments.push({ ...base(), amount: event.data.amount, signedAmount: `${sign}${event.data.amount}`, reason: event.data.reason, documentNo: event.data.documentNo, otherLineId: null });
          break;
        }
        case 'AppropriationTransferredIn.v1':
          adjustments.push({ ...base(), amount: event.data.amount, signedAmount: event.data.amount, reason: event.data.reason, documentNo: event.data.documentNo, otherLineId: event.data.fromLineId });
          break;
        case 'AppropriationTransferredOut.v1':
          adjustments.push({ ...base(), amount: event.data.amount, signedAmount: `-${event.data.amount}`, reason: event.data.reason, documentNo: event.data.documentNo, otherLineId: event.data.toLineId });
          break;
        default:
          break; // payments, reversals and advances are listed by their own endpoints
      }
    }
    return { lineId, adjustments };
  }
}
