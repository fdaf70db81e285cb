import { formatValue } from './format';
import { renderDigest, renderSingle, subjectOf } from './render';
import { moneyNotification, sampleNotification } from './testing/sample-notifications';

const URL = 'https://budget.example.gov.cn/';

describe('预警邮件: rendering alert e-mails', () => {
  describe('given one notification', () => {
    it('the subject says kind, light, what is wrong and the responsible unit', () => {
      expect(subjectOf(sampleNotification('raised'))).toBe('【预算执行预警·红灯】欠薪处置率 80.00%，低于目标 100%（426006 执法支队）');
      expect(subjectOf(sampleNotification('escalated'))).toMatch(/^【预算执行预警升级·红灯】/);
      expect(subjectOf(sampleNotification('reminder', { light: 'yellow', severity: 'yellow' }))).toMatch(/^【预算执行预警提醒·黄灯】/);
      expect(subjectOf(sampleNotification('resolved'))).toMatch(/^【预算执行预警解除】/);
    });

    it('the body has target, actual, expected by now, the light as a word, reason and the dashboard link', () => {
      const mail = renderSingle(sampleNotification('raised', { deviationReason: '案件移交司法' }), URL);
      for (const part of ['欠薪处置率', '426006 执法支队', '目标值：100.00%', '实际值：80.00%', '序时目标：50.00%', '亮灯：红灯', '偏差原因：案件移交司法',
        'https://budget.example.gov.cn/indicators/2023/D-08']) {
        expect(mail.text).toContain(part);
      }
      expect(mail.html).toContain('<strong>红灯</strong>');
      expect(mail.html).toContain('href="https://budget.example.gov.cn/indicators/2023/D-08"');
    });

    it('money is shown in 元 and 万元, and everything in the HTML is escaped', () => {
      const mail = renderSingle(moneyNotification(), URL);
      expect(mail.text).toContain('目标值：1,234,567.89 元（123.46 万元）');
      expect(mail.text).toContain('偏差原因：项目尚在招标<阶段>');
      expect(mail.html).toContain('项目尚在招标&lt;阶段&gt;');
      expect(mail.html).not.toContain('<阶段>');
    });

    it('a department-level alert names the department; a missing value is a dash', () => {
      const mail = renderSingle(sampleNotification('raised', { unit: null, unitName: null, expected: null }), URL);
      expect(mail.subject).toContain('（部门（整体））');
      expect(mail.text).toContain('序时目标：—');
    });
  });

  describe('given a digest of a run', () => {
    it('groups the notifications by unit under one subject that counts them', () => {
      const mail = renderDigest([sampleNotification('raised'), moneyNotification('426002', '机关', 'P01'), moneyNotification('426006', '执法支队', 'P09')], URL);
      expect(mail.subject).toBe('【预算执行预警汇总】共 3 条（红灯 1 条，黄灯 2 条），涉及 2 个单位');
      expect(mail.text.indexOf('== 426002 机关（1 条）==')).toBeLessThan(mail.text.indexOf('== 426006 执法支队（2 条）=='));
      expect(mail.html).toContain('<h2>426006 执法支队（2 条）</h2>');
    });

    it('a digest of one notification reads like a single e-mail', () => {
      expect(renderDigest([sampleNotification()], URL).subject).toBe(subjectOf(sampleNotification()));
    });
  });

  it('formats values by unit of measure with decimal arithmetic (no float drift)', () => {
    expect(formatValue('0.1', '元')).toBe('0.10 元（0.00 万元）');
    expect(formatValue('9999999999.995', '元')).toBe('10,000,000,000.00 元（1,000,000.00 万元）');
    expect(formatValue('-1500', '元')).toBe('-1,500.00 元（-0.15 万元）');
    expect(formatValue('12', '人')).toBe('12 人');
    expect(formatValue('良好', null)).toBe('良好');
    expect(formatValue(null, '元')).toBe('—');
  });
});
