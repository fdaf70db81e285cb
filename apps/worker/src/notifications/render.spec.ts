import { LiveFigures } from '@app/alerting';
import { formatValue } from './format';
import { RenderContext, renderGrouped, renderSingle, renderSummary, singleSubject } from './render';
import { moneyNotification, sampleAlert, sampleNotification } from './testing/sample-notifications';

const URL = 'https://budget.example.gov.cn/';
const ctx = (over: Partial<RenderContext> = {}): RenderContext => ({ publicUrl: URL, live: new Map(), demo: false, ...over });
const liveD08 = (actual: string, holds: boolean): Map<string, LiveFigures> => new Map([['indicator_light.2023-D-08', {
  holds, severity: holds ? 'red' : null,
  observation: { ...sampleAlert({ actual, asOf: '2023-07-15', summary: `欠薪处置率 实际 ${actual}%，目标 ＝100.00%。`,
    details: [{ label: '欠薪案件', value: '报告 3 件，已处置 2 件，未处置 1 件' }, { label: '426006 执法支队', value: '报告 3 件，已处置 2 件，未处置 1 件' }] }) },
}]]);

describe('预警邮件: rendering alert e-mails', () => {
  describe('given one notice', () => {
    it('the subject says kind, light, what is wrong and the responsible unit', () => {
      expect(singleSubject(sampleNotification('raised'))).toBe('【预算执行预警·红灯】欠薪处置率 实际 80.00%，目标 ＝100.00%，红灯（426006 执法支队）');
      expect(singleSubject(sampleNotification('escalated'))).toMatch(/^【预算执行预警升级·红灯】/);
      expect(singleSubject(sampleNotification('reminder', { light: 'yellow', severity: 'yellow' }))).toMatch(/^【预算执行预警提醒·黄灯】/);
      expect(singleSubject(sampleNotification('resolved'))).toMatch(/^【预算执行预警解除】/);
    });

    it('the body has target, expected by now, the figure at raise, the light as a word, reason and the dashboard link', () => {
      const mail = renderSingle(sampleNotification('raised', { deviationReason: '案件移交司法' }), ctx());
      for (const part of ['欠薪处置率', '426006 执法支队', '目标值：100.00%', '预警时实际值（截至 2023年6月30日）：80.00%', '序时目标：50.00%', '亮灯：红灯',
        '偏差原因：案件移交司法', 'https://budget.example.gov.cn/indicators/2023/D-08?asOf=2023-06-30']) {
        expect(mail.text).toContain(part);
      }
      expect(mail.html).toContain('<strong>红灯</strong>');
      expect(mail.html).toContain('href="https://budget.example.gov.cn/indicators/2023/D-08?asOf=2023-06-30"');
    });

    it('a reminder shows the figure now next to the one at raise, and the cases behind 欠薪处置率 by unit', () => {
      const reminder = sampleNotification('reminder', { atRaise: { summary: '欠薪处置率 实际 0.00%，目标 ＝100.00%，红灯。', target: '100', actual: '0', expected: null, measureUnit: '%', asOf: '2023-06-30' } });
      const mail = renderSingle(reminder, ctx({ live: liveD08('66.67', true) }));
      expect(mail.text).toContain('预警时实际值（截至 2023年6月30日）：0.00%');
      expect(mail.text).toContain('当前实际值（截至 2023年7月15日）：66.67%，仍为红灯');
      expect(mail.text).toContain('欠薪案件：报告 3 件，已处置 2 件，未处置 1 件');
      expect(mail.text).toContain('当前：欠薪处置率 实际 66.67%');
    });

    it('a resolved notice says what the figure is now, not the raise-time text', () => {
      const resolved = sampleNotification('resolved', { actual: '100', summary: '欠薪处置率 实际 100.00%，目标 ＝100.00%，正常。',
        atRaise: { summary: '欠薪处置率 实际 0.00%，目标 ＝100.00%，红灯。', target: '100', actual: '0', expected: null, measureUnit: '%', asOf: '2023-06-30' } });
      const mail = renderSingle(resolved, ctx({ live: liveD08('100', false) }));
      expect(mail.text).toContain('解除时实际值（截至 2023年6月30日）：100.00%');
      expect(mail.text).toContain('当前实际值（截至 2023年7月15日）：100.00%，已恢复正常');
      expect(mail.text).toContain('亮灯：已解除（原为红灯）');
    });

    it('money is shown in 元 and 万元 with separators, and everything in the HTML is escaped', () => {
      const mail = renderSingle(moneyNotification(), ctx());
      expect(mail.text).toContain('目标值：1,234,567.89 元（123.46 万元）');
      expect(mail.text).toContain('偏差原因：项目尚在招标<阶段>');
      expect(mail.html).toContain('项目尚在招标&lt;阶段&gt;');
      expect(mail.html).not.toContain('<阶段>');
    });

    it('demo data says so in the subject and at the top; a chart is an inline image by content id', () => {
      const mail = renderSingle(sampleNotification(), ctx({ demo: true, chart: { cid: 'chart-1@budget-tracker', caption: '欠薪处置率：填报历史' } }));
      expect(mail.subject).toMatch(/^【演示数据（模拟）】【预算执行预警·红灯】/);
      expect(mail.text.split('\n')[0]).toBe('说明：本邮件涉及的数据为演示数据（模拟），不是真实业务数据。');
      expect(mail.html).toContain('<img src="cid:chart-1@budget-tracker"');
    });
  });

  describe('given a recipient\'s notices of one run', () => {
    it('groups them by unit and rule, worst first, under one subject that counts them', () => {
      const mail = renderGrouped([moneyNotification('426002', '机关', 'P01'), sampleNotification('raised'),
        moneyNotification('426006', '执法支队', 'P09', { gap: '10.00' }), moneyNotification('426006', '执法支队', 'P10', { gap: '40.00' })], ctx());
      expect(mail.subject).toBe('【预算执行预警】共 4 项（红灯 1 项，黄灯 3 项），涉及 2 个单位');
      const text = mail.text;
      expect(text.indexOf('== 426006 执法支队（3 项）==')).toBeLessThan(text.indexOf('== 426002 机关（1 项）=='));
      expect(text.indexOf('-- 绩效指标亮灯（1 项）--')).toBeLessThan(text.indexOf('-- 预算执行进度滞后（2 项）--'));
      expect(text.indexOf('（P10）')).toBeLessThan(text.indexOf('（P09）'));
      expect(mail.html).toContain('<h2>426006 执法支队（3 项）</h2>');
    });

    it('a summary counts by rule and unit and lists the worst items with links, instead of one notice each', () => {
      const many = [sampleNotification(), ...Array.from({ length: 12 }, (_, i) => moneyNotification('426002', '机关', `P${10 + i}`, { gap: String(i) }))];
      const mail = renderSummary(many, ctx());
      expect(mail.subject).toBe('【预算执行预警汇总】13 项预警，其中红灯 1 项');
      expect(mail.text).toContain('预算执行进度滞后  |  0  |  12  |  0');
      expect(mail.text).toContain('https://budget.example.gov.cn/alerts?status=open');
      expect((mail.html.match(/<li>/g) ?? []).length).toBe(10);
      expect(mail.text.indexOf('欠薪处置率')).toBeLessThan(mail.text.indexOf('（P21）'));
    });
  });

  it('formats values by unit of measure with decimal arithmetic (no float drift); counts are whole', () => {
    expect(formatValue('0.1', '元')).toBe('0.10 元（0.00 万元）');
    expect(formatValue('9999999999.995', '元')).toBe('10,000,000,000.00 元（1,000,000.00 万元）');
    expect(formatValue('-1500', '元')).toBe('-1,500.00 元（-0.15 万元）');
    expect(formatValue('1800.00', '人')).toBe('1,800 人');
    expect(formatValue('12.5', '人次')).toBe('12.50 人次');
    expect(formatValue('良好', null)).toBe('良好');
    expect(formatValue(null, '元')).toBe('—');
  });
});
