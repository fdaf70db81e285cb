import { Inject, Injectable } from '@nestjs/common';
import { DomainError, caseStreamId, indicatorStreamId, lineStreamId } from '@app/domain';
import { EVENT_STORE, EventStore, StoredEvent } from '@app/event-store';
import { Forbidden, Principal, assertUnitInScope, seesDepartment, recorded, Recorded } from '@app/kernel';
import { AuditEntry, HistoryModel, StateColumn } from './history/history-model';
import { Checkpoint, TrailFilter, auditTrail } from './history/audit-trail';
import { caseHistory } from './history/case-history';
import { indicatorHistory } from './history/indicator-history';
import { disbursementHistory, isAboutDisbursement, lineHistory } from './history/line-history';

export type SubjectKind = 'line' | 'disbursement' | 'indicator' | 'wage-arrears-case';

/** What an audit trail is about: the stream to read, the budget unit it belongs to, how to tell its history. */
export interface AuditSubject {
  readonly kind: SubjectKind;
  readonly id: string;
  readonly streamId: string;
  /** null for a department-level (表十一) indicator */
  readonly unit: string | null;
  /** Chinese name of the subject for export titles */
  readonly title: string;
  /**
   * The trail of the subject's stream folded with its model, from the start or from a checkpoint of the same
   * stream (a stream is always folded into the same kind of state, so its checkpoints fit any of its subjects).
   */
  readonly trail: (read: (fromRevision: number) => AsyncIterable<readonly StoredEvent[]>, filter: TrailFilter,
    resume?: Checkpoint, seen?: (checkpoint: Checkpoint) => void) => AsyncGenerator<AuditEntry>;
  readonly stateColumns: readonly StateColumn[];
}

function subject<S>(s: Omit<AuditSubject, 'trail' | 'stateColumns'>, model: HistoryModel<S>, about?: TrailFilter['about']): AuditSubject {
  return { ...s, stateColumns: model.stateColumns, trail: (read, filter, resume, seen) => auditTrail(read(resume ? resume.revision + 1 : 0), model, about ? { ...filter, about } : filter, {
      ...(resume ? { start: { revision: resume.revision, state: resume.state as S } } : {}), ...(seen ? { seen } : {}),
    }),
  };
}

/**
 * Finds the subject of an audit trail from the first event of its stream (its 下达/登记/设定 fact), answers
 * 404 when there is none, and 403 when its budget unit is outside the caller's scope.
 */
@Injectable()
export class AuditSubjects {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async line(lineId: string, p: Principal): Promise<AuditSubject> {
    const first = await this.opening(lineStreamId(lineId), 'AppropriationEstablished.v1', 'LINE_NOT_FOUND', 'lineId', 'no such appropriation line');
    return this.inScope(p, subject({ kind: 'line', id: lineId, streamId: first.streamId, unit: unitOf(first), title: `预算指标 ${lineId}` }, lineHistory));
  }

  /** A payment's events live on its line's stream: found by the id of its DisbursementRecorded event. */
  async disbursement(disbursementId: string, p: Principal): Promise<AuditSubject> {
    const found = await this.store.findEvent(disbursementId);
    const payment = found && recorded(found);
    if (!payment || payment.type !== 'DisbursementRecorded.v1' || payment.data.disbursementId !== disbursementId) {
      throw DomainError.notFound('DISBURSEMENT_NOT_FOUND', 'disbursementId', 'no such disbursement');
    }
    const first = await this.opening(payment.streamId, 'AppropriationEstablished.v1', 'LINE_NOT_FOUND', 'lineId', 'the line of this disbursement is missing');
    return this.inScope(p, subject({
      kind: 'disbursement', id: disbursementId, streamId: payment.streamId, unit: unitOf(first),
      title: `支付 ${payment.data.voucherNo}（预算指标 ${payment.data.lineId}）`,
    }, disbursementHistory(disbursementId), isAboutDisbursement(disbursementId)));
  }

  async indicator(fiscalYear: number, indicatorId: string, p: Principal): Promise<AuditSubject> {
    const first = await this.opening(indicatorStreamId(fiscalYear, indicatorId), 'IndicatorDefined.v1', 'INDICATOR_NOT_FOUND', 'indicatorId', `no indicator ${indicatorId} in ${fiscalYear}`);
    const name = first.type === 'IndicatorDefined.v1' ? first.data.name : '';
    return this.inScope(p, subject({ kind: 'indicator', id: indicatorId, streamId: first.streamId, unit: unitOf(first), title: `绩效指标 ${fiscalYear} ${indicatorId} ${name}` }, indicatorHistory));
  }

  async wageArrearsCase(caseId: string, p: Principal): Promise<AuditSubject> {
    const first = await this.opening(caseStreamId(caseId), 'WageArrearsCaseReported.v1', 'CASE_NOT_FOUND', 'caseId', 'no such wage-arrears case');
    return this.inScope(p, subject({ kind: 'wage-arrears-case', id: caseId, streamId: first.streamId, unit: unitOf(first), title: `欠薪案件 ${caseId}` }, caseHistory));
  }

  private async opening(streamId: string, type: Recorded['type'], code: string, field: string, message: string): Promise<Recorded> {
    const [first] = recorded(await this.store.readStream(streamId, { fromRevision: 0, maxCount: 1 }));
    if (!first || first.type !== type) throw DomainError.notFound(code, field, message);
    return first;
  }

  private inScope(p: Principal, subject: AuditSubject): AuditSubject {
    if (subject.unit !== null) assertUnitInScope(p, subject.unit);
    // a department indicator (表十一) belongs to no single unit: only department-wide readers see it
    else if (!seesDepartment(p)) throw new Forbidden('DEPARTMENT_SCOPE_REQUIRED', `${p.username} is scoped to units and cannot read department-level records`, 'indicatorId');
    return subject;
  }
}

/** The unit a subject's opening fact names (a department indicator names none). */
function unitOf(e: Recorded): string | null {
  switch (e.type) {
    case 'AppropriationEstablished.v1': case 'WageArrearsCaseReported.v1': return e.data.unit;
    case 'IndicatorDefined.v1': return e.data.unit || null;
    default: return null;
  }
}
