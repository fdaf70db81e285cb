import { Inject, Injectable } from '@nestjs/common';
import { Money, formatYuan } from '@app/domain';
import { links } from '@app/alerting';
import { EVENT_STORE, EventStore, StoredEvent } from '@app/event-store';
import { ReadModelDb } from '@app/read-models';
import { READ_MODELS } from '@app/platform';
import { systemContext, recorded } from '@app/kernel';
import { AlertEvaluation } from './alert-evaluation';
import { planExceededObservation } from './plan-exceeded-observation';

const yuan = (value: string) => `${formatYuan(new Money(value))} 元`;

/**
 * 超预算支付: a blocked overspend attempt (red) or a warned overspend that was recorded (yellow) is an incident
 * on its line: raised at once from the event itself, closed when someone acknowledges it.
 */
@Injectable()
export class OverspendIncident {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore, @Inject(READ_MODELS) private readonly rm: ReadModelDb,
    private readonly evaluation: AlertEvaluation) {}

  async record(eventId: string, now: Date): Promise<void> {
    const found = await this.store.findEvent(eventId);
    const event = found && recorded(found);
    if (!event || (event.type !== 'OverspendBlocked.v1' && event.type !== 'OverspendWarned.v1' && event.type !== 'PlanExceededWarned.v1')) return;
    const unit = typeof event.metadata.unit === 'string' ? event.metadata.unit : null;
    const line = await this.rm.db.selectFrom('lines').select(['project', 'project_name', 'fiscal_year']).where('line_id', '=', event.data.lineId).executeTakeFirst();
    const unitName = unit ? (await this.rm.db.selectFrom('ref_units').select('name').where('code', '=', unit).executeTakeFirst())?.name ?? unit : null;
    if (event.type === 'PlanExceededWarned.v1') {
      // 超计划支付 (用款计划): its own incident rule, yellow
      await this.evaluation.apply({ rule: 'plan_exceeded', subjectKey: event.data.lineId, unit, severity: 'yellow', observation: planExceededObservation(event.data, effective(event), line, unit, unitName) },
        { ...systemContext('system:alerts', now), correlationId: `plan-exceeded-${event.id}` });
      return;
    }
    const d = event.data;
    const blocked = event.type === 'OverspendBlocked.v1';
    const summary = blocked
      ? `支付 ${yuan(d.requested)} 超过可用余额 ${yuan(d.available)}，已拦截（凭证号 ${event.type === 'OverspendBlocked.v1' ? event.data.voucherNo : ''}）。`
      : `支付 ${yuan(d.requested)} 超过可用余额 ${yuan(d.available)}，超支 ${yuan(d.shortfall)}，已按预警规则记账。`;
    const asOf = effective(event);
    await this.evaluation.apply({
      rule: 'overspend', subjectKey: d.lineId, unit, severity: blocked ? 'red' : 'yellow',
      observation: {
        subjectKind: 'line', subjectName: `${line?.project_name ?? '基本支出'}（${d.lineId}）`, unit, unitName, fiscalYear: line?.fiscal_year ?? Number(asOf.slice(0, 4)),
        target: d.available, actual: d.requested, expected: null, measureUnit: '元', deviationReason: null, summary,
        link: links.line(d.lineId, asOf), asOf, gap: new Money(d.requested).minus(d.available).toFixed(2),
        chart: { kind: 'execution', lineId: d.lineId },
        ...(line?.project ? { details: [{ label: '所属项目', value: `${line.project_name ?? ''}（${line.project}）` }] } : {}),
      },
    }, { ...systemContext('system:alerts', now), correlationId: `overspend-${event.id}` });
  }
}

const effective = (e: StoredEvent) => String(e.metadata.effectiveDate ?? '');
