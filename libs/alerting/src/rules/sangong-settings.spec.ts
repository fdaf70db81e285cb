import { DomainError } from '@app/domain';
import { RULE_NAMES } from '../rule-names';
import { alertSettings } from '../settings';

describe('三公经费接近预算上限 (sangong_cap) settings', () => {
  it('is named in Chinese like the others and lights at 80% / 95% of a cap by default', () => {
    expect(RULE_NAMES.sangong_cap).toBe('三公经费接近预算上限');
    const s = alertSettings({});
    expect(s.enabled.has('sangong_cap')).toBe(true);
    expect(s.sanGong).toEqual({ yellowShare: '0.8', redShare: '0.95' });
  });

  it('takes other shares from ALERT_SETTINGS, and refuses red below yellow or a share above 1 naming the setting', () => {
    expect(alertSettings({ rules: { sangong_cap: { yellowShare: '0.7', redShare: '0.9' } } }).sanGong).toEqual({ yellowShare: '0.7', redShare: '0.9' });
    const refused = (input: Record<string, unknown>) => { try { alertSettings(input); } catch (e) { return e as DomainError; } throw new Error('accepted'); };
    expect(refused({ rules: { sangong_cap: { yellowShare: '0.9', redShare: '0.8' } } })).toMatchObject({ code: 'INVALID_ALERT_SETTINGS', field: 'rules.sangong_cap' });
    expect(refused({ rules: { sangong_cap: { redShare: '1.5' } } })).toMatchObject({ code: 'INVALID_ALERT_SETTINGS', field: 'rules.sangong_cap.redShare' });
  });
});
