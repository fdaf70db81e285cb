import { AuditEntry } from './history-model';
import { auditTrail } from './audit-trail';
import { caseHistory } from './case-history';
import { indicatorHistory } from './indicator-history';
import { HistoryModel } from './history-model';
import { batches, stored } from './testing';
import type { StoredEvent } from '@app/event-store';

async function trail<S>(events: StoredEvent[], model: HistoryModel<S>): Promise<AuditEntry[]> {
  const out: AuditEntry[] = [];
  for await (const e of auditTrail(batches(events), model, {})) out.push(e);
  return out;
}

describe('wage-arrears case history (欠薪案件)', () => {
  const events = [
    stored('case-C1', 0, 'WageArrearsCaseReported.v1', { caseId: 'C1', unit: '426006', employer: '某建筑公司', workersAffected: 12, amountOwed: '86000.00', description: null }, { effectiveDate: '2023-04-02' }),
    stored('case-C1', 1, 'WageArrearsCaseResolved.v1', { caseId: 'C1', unit: '426006', resolution: 'employer_paid', amountSettled: '86000.00', note: '已全额支付' }, { actor: 'acc6', effectiveDate: '2023-04-20' }),
  ];

  it('given a case reported then resolved, then each entry shows status and amounts after it', async () => {
    const [reported, resolved] = await trail(events, caseHistory);
    expect(reported).toMatchObject({
      label: '欠薪案件登记', summary: '登记欠薪案件：某建筑公司 拖欠 12 名工人工资 86,000.00 元',
      stateAfter: { status: 'open', statusLabel: '未处置', amountOwed: '86000.00', workersAffected: 12, resolution: null, amountSettled: null },
    });
    expect(resolved).toMatchObject({
      label: '欠薪案件处置', actor: 'acc6', effectiveDate: '2023-04-20',
      change: { resolution: 'employer_paid', resolutionLabel: '用人单位清偿', amountSettled: '86000.00' },
      summary: '处置欠薪案件：用人单位清偿，清偿 86,000.00 元，备注：已全额支付',
      stateAfter: { status: 'resolved', statusLabel: '已处置', amountOwed: '86000.00', resolution: 'employer_paid', amountSettled: '86000.00' },
    });
  });
});

describe('indicator history (绩效指标)', () => {
  const s = 'indicator-2023-P01-01';
  const events = [
    stored(s, 0, 'IndicatorDefined.v1', { indicatorId: 'P01-01', fiscalYear: 2023, department: '426', scope: 'project', project: 'P01', unit: '426001', level1: '产出指标', level2: '数量指标', name: '公益性岗位补贴人数', comparator: 'ge', target: '100', targetText: '100', measureUnit: '人', weight: '50', kind: 'cumulative', metric: null, subsidyCategory: null, importId: 'imp' }),
    stored(s, 1, 'IndicatorProgressReported.v1', { indicatorId: 'P01-01', asOf: '2023-06-30', value: '45', grade: null, deviationReason: '上半年岗位开发滞后', note: null }, { actor: 'acc1' }),
    stored(s, 2, 'IndicatorTargetRevised.v1', { indicatorId: 'P01-01', previousTarget: '100', target: '120', targetText: '120', reason: '追加预算后扩大规模' }),
  ];

  it('given a definition, a progress report and a target revision, then the state shows the target in force and the last reported actual', async () => {
    const [defined, reported, revised] = await trail(events, indicatorHistory);
    expect(defined).toMatchObject({ label: '设定绩效指标', summary: '设定绩效指标「公益性岗位补贴人数」：≥ 100人，权重 50', stateAfter: { target: '100', lastValue: null } });
    expect(reported).toMatchObject({
      label: '填报完成情况', change: { asOf: '2023-06-30', value: '45', deviationReason: '上半年岗位开发滞后' },
      summary: '填报截至 2023-06-30 完成值 45人，偏差原因：上半年岗位开发滞后',
      stateAfter: { target: '100', lastReportAsOf: '2023-06-30', lastValue: '45' },
    });
    expect(revised).toMatchObject({
      label: '调整指标值', change: { previousTarget: '100', target: '120' }, summary: '指标值由 100人 调整为 120人，原因：追加预算后扩大规模',
      stateAfter: { comparator: '≥', target: '120', targetText: '120', lastReportAsOf: '2023-06-30', lastValue: '45' },
    });
  });
});
