import { AlertFacts, NotificationKind, NotificationRequest } from '@app/platform';

/** 欠薪处置率 of the department (D-08) below target, driven by the cases of 执法支队 (426006): the example alert of the e-mail tests. */
export function sampleAlert(overrides: Partial<AlertFacts> = {}): AlertFacts {
  return {
    alertId: 'indicator_light.2023-D-08.1', rule: 'indicator_light', ruleName: '绩效指标亮灯', severity: 'red',
    subjectKind: 'indicator', subjectKey: '2023-D-08', subjectName: '欠薪处置率（D-08）', unit: '426006', unitName: '执法支队',
    fiscalYear: 2023, target: '100', actual: '80', expected: '50', measureUnit: '%', light: 'red',
    deviationReason: null, summary: '欠薪处置率 实际 80.00%，目标 ＝100.00%，红灯。', link: '/indicators/2023/D-08?asOf=2023-06-30',
    asOf: '2023-06-30', raisedAt: '2023-06-30T00:30:00.000Z', gap: '20.00', ...overrides,
  };
}

export function sampleNotification(kind: NotificationKind = 'raised', alert: Partial<AlertFacts> = {}, sequence = 1): NotificationRequest {
  const facts = sampleAlert(alert);
  return { notificationId: `${facts.alertId}-${kind}-${sequence}`, kind, alert: facts };
}

/** A money alert: a project of a unit executed below the time progress (序时进度). */
export function moneyNotification(unit = '426006', unitName = '执法支队', id = 'P09', overrides: Partial<AlertFacts> = {}): NotificationRequest {
  return sampleNotification('raised', {
    alertId: `execution_lag.project-2023-${id}.1`, rule: 'execution_lag', ruleName: '预算执行进度滞后', severity: 'yellow', light: 'yellow',
    subjectKind: 'project', subjectKey: `project-2023-${id}`, subjectName: `2023 年初专项-农民工工资应急周转金（${id}）`, unit, unitName,
    target: '1234567.89', actual: '300000', expected: '617283.95', measureUnit: '元', gap: '26.00',
    summary: '项目「农民工工资应急周转金」预算执行率 24.30%，序时进度 50.00%，落后 25.70 个百分点，黄灯。', deviationReason: '项目尚在招标<阶段>',
    link: `/projects/${id}?fiscalYear=2023&asOf=2023-06-30`, ...overrides,
  });
}
