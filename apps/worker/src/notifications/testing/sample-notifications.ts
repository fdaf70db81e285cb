import { AlertFacts, NotificationKind, NotificationRequest } from '../notification';

/** 欠薪处置率 of 执法支队 (426006) below target: the example alert of the e-mail tests. */
export function sampleAlert(overrides: Partial<AlertFacts> = {}): AlertFacts {
  return {
    alertId: 'indicator_light-2023-D-08', rule: 'indicator_light', ruleName: '绩效指标亮灯', severity: 'red',
    subjectKind: 'indicator', subjectKey: 'D-08', subjectName: '欠薪处置率', unit: '426006', unitName: '执法支队',
    fiscalYear: 2023, target: '100', actual: '80', expected: '50', measureUnit: '%', light: 'red',
    deviationReason: null, summary: '欠薪处置率 80.00%，低于目标 100%。', link: '/indicators/2023/D-08',
    asOf: '2023-06-30', raisedAt: '2023-06-30T00:30:00.000Z', ...overrides,
  };
}

export function sampleNotification(kind: NotificationKind = 'raised', alert: Partial<AlertFacts> = {}, sequence = 1): NotificationRequest {
  const facts = sampleAlert(alert);
  return { notificationId: `${facts.alertId}-${kind}-${sequence}`, kind, alert: facts };
}

/** A money alert: 农民工工资应急周转金 (P09) executed below the time progress (序时进度). */
export function moneyNotification(unit = '426006', unitName = '执法支队', id = 'P09'): NotificationRequest {
  return sampleNotification('raised', {
    alertId: `execution_lag-2023-${id}`, rule: 'execution_lag', ruleName: '预算执行进度滞后', severity: 'yellow', light: 'yellow',
    subjectKind: 'project', subjectKey: id, subjectName: `2023 年初专项-农民工工资应急周转金 (${id})`, unit, unitName,
    target: '1234567.89', actual: '300000', expected: '617283.95', measureUnit: '元',
    summary: '执行 300,000.00 元，低于序时目标 617,283.95 元。', deviationReason: '项目尚在招标<阶段>', link: `/projects/2023/${id}`,
  });
}
