import { Controller, Get, Inject, Logger, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { DomainError, shanghaiDate } from '@app/domain';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { AccountsService } from '../../auth/accounts.service';
import { Authorize, CurrentPrincipal } from '../../auth/authorize';
import { Principal } from '@app/kernel';
import { attachment } from '../../exports/sheet/content-disposition';
import { AuditSubject, AuditSubjects } from '../audit-subjects';
import { auditTable } from '../export/audit-table';
import { csvStream, xlsxStream } from '../export/audit-writers';
import { Checkpoint, firstPage, streamBatches } from '../history/audit-trail';
import { TrailCheckpoints } from '../history/trail-checkpoints';
import { GetHistoryRequest, describeFilter, historyQuery } from './get-history.request';
import { AuditTrailPage } from '../audit.response';

const TYPES = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/**
 * 审计轨迹: who recorded what, when, effective when, and the state after each event, for one line, payment,
 * indicator or wage-arrears case. Read from the event store itself (the source of truth), not the read models.
 */
@ApiTags('audit 审计')
@ApiBearerAuth()
@Controller('api/v1/audit')
export class GetHistoryController {
  private readonly logger = new Logger('Audit');

  constructor(private readonly accounts: AccountsService, private readonly subjects: AuditSubjects, private readonly checkpoints: TrailCheckpoints, @Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Authorize('audit:read')
  @Get('lines/:lineId')
  @ApiOperation({ summary: 'Event history of an appropriation line (预算指标): 下达, 追加, 调减, 调剂, 支付, 冲销, 垫付 …' })
  @ApiOkResponse({ type: AuditTrailPage, description: 'JSON; with format=csv or xlsx, the history as a file' })
  async line(@Param('lineId') lineId: string, @Query() q: GetHistoryRequest, @CurrentPrincipal() p: Principal) {
    return this.answer(await this.subjects.line(lineId, p), q, p);
  }

  @Authorize('audit:read')
  @Get('disbursements/:disbursementId')
  @ApiOperation({ summary: 'Events about one disbursement (支付, 冲销, 超支预警) with its line\'s figures after each' })
  @ApiOkResponse({ type: AuditTrailPage, description: 'JSON; with format=csv or xlsx, the history as a file' })
  async disbursement(@Param('disbursementId') id: string, @Query() q: GetHistoryRequest, @CurrentPrincipal() p: Principal) {
    return this.answer(await this.subjects.disbursement(id, p), q, p);
  }

  @Authorize('audit:read')
  @Get('indicators/:fiscalYear/:indicatorId')
  @ApiOperation({ summary: 'Event history of a performance indicator (绩效指标): target revisions and progress reports' })
  @ApiOkResponse({ type: AuditTrailPage, description: 'JSON; with format=csv or xlsx, the history as a file' })
  async indicator(@Param('fiscalYear') fiscalYear: string, @Param('indicatorId') indicatorId: string, @Query() q: GetHistoryRequest, @CurrentPrincipal() p: Principal) {
    if (!/^\d{4}$/.test(fiscalYear)) throw DomainError.invalid('INVALID_FISCAL_YEAR', 'fiscalYear', 'fiscalYear must be a 4-digit year');
    return this.answer(await this.subjects.indicator(Number(fiscalYear), indicatorId, p), q, p);
  }

  @Authorize('audit:read')
  @Get('wage-arrears-cases/:caseId')
  @ApiOperation({ summary: 'Event history of a wage-arrears case (欠薪案件): reported, resolved' })
  @ApiOkResponse({ type: AuditTrailPage, description: 'JSON; with format=csv or xlsx, the history as a file' })
  async wageArrearsCase(@Param('caseId') caseId: string, @Query() q: GetHistoryRequest, @CurrentPrincipal() p: Principal) {
    return this.answer(await this.subjects.wageArrearsCase(caseId, p), q, p);
  }

  private async answer(subject: AuditSubject, q: GetHistoryRequest, p: Principal) {
    const { filter, limit, format } = historyQuery(q);
    const read = (from: number) => streamBatches(this.store, subject.streamId, from);
    const about = { kind: subject.kind, id: subject.id, streamId: subject.streamId, unit: subject.unit };
    if (format === 'json') {
      const resume = filter.afterRevision !== undefined ? this.checkpoints.get(subject.streamId, filter.afterRevision) : undefined;
      const seen: Checkpoint[] = [];
      const page = await firstPage(subject.trail(read, filter, resume, (c) => { seen.push(c); if (seen.length > 2) seen.shift(); }), limit);
      const last = seen.find((c) => c.revision === page.next);
      if (last) this.checkpoints.remember(subject.streamId, last);
      const name = await this.accounts.actorNames();
      return { subject: about, limit, entries: page.entries.map((e) => ({ ...e, actorName: name(e.actor) })), next: page.next };
    }
    const trail = subject.trail(read, filter);
    const table = auditTable(`审计轨迹 · ${subject.title}`, `${describeFilter(filter)}；导出人 ${p.username}；导出日期 ${shanghaiDate(new Date())}`, subject.stateColumns);
    const body = format === 'csv'
      ? csvStream(table, trail)
      : xlsxStream(table, trail, p.username, (e) => this.logger.error(`audit export of ${subject.streamId} failed: ${e.message}`));
    const name = `${subject.kind}-${subject.id}`.replace(/[^\w.-]/g, '_');
    return new StreamableFile(body, { type: TYPES[format], disposition: attachment(`审计轨迹-${subject.title}.${format}`, `audit-${name}.${format}`) });
  }
}
