import { filtersOf, listParams, queryOf } from './alert-filters';
import { figureRows, figureText, lastDay, latestSilenceDay, nowText, rateOf, reasonError, silenceDayError } from './alerts';

const figures = (actual: string | null, target: string | null, measureUnit: string | null) => ({ summary: '', actual, target, expected: null, measureUnit, asOf: '2023-06-30', details: [] });

describe('an alert\'s figures as people read them', () => {
  it('execution lag is the execution rate, exact from 元 strings (half up), never a float', () => {
    expect(rateOf('0.00', '45000.00')).toBe('0.00');
    expect(rateOf('1.00', '3.00')).toBe('33.33');
    expect(rateOf('2.00', '3.00')).toBe('66.67');
    expect(rateOf('0.10', '0.30')).toBe('33.33');
    expect(rateOf('1.00', '0.00')).toBeNull();
    expect(figureText('execution_lag', figures('340670.00', '3406700.00', '元'))).toBe('执行率 10.00%');
  });

  it('counts whole, the fund in 元 with separators, days for the stale and overdue rules', () => {
    expect(figureText('indicator_light', figures('0.00', '1800', '人'))).toBe('0人');
    expect(figureText('indicator_light', figures('66.67', '100', '%'))).toBe('66.67%');
    expect(figureText('fund_balance_low', figures('4500.5', '5000.00', '元'))).toBe('可用余额 4,500.50 元');
    expect(figureText('sangong_cap', figures('48000.00', '60000.00', '元'))).toBe('已用 80.00%');
    expect(figureText('indicator_stale', figures('180', '90', '天'))).toBe('180天未填报');
    expect(figureText('fund_advance_overdue', figures('200', '90', '天'))).toBe('逾期 200天');
    expect(figureText('indicator_light', figures(null, '90', '%'))).toBe('未填报');
  });

  it('the rows of the detail view say what target and actual mean for the rule, and name units without their codes', () => {
    const lag = { ...figures('0.00', '45000.00', '元'), expected: '22500.00', details: [{ label: '预算执行率', value: '0.00%（序时进度 50.00%）' }] };
    expect(figureRows('execution_lag', lag)).toEqual([['按序时进度应支付', '22,500.00元'], ['预算执行率', '0.00%（序时进度 50.00%）']]);
    const d08 = { ...figures('66.67', '100', '%'), details: [{ label: '426006 重庆市潼南区人力资源和社会保障行政执法支队', value: '报告 3 件，已处置 2 件，未处置 1 件' }] };
    expect(figureRows('indicator_light', d08)).toEqual([['目标', '100%'], ['实际', '66.67%'], ['重庆市潼南区人力资源和社会保障行政执法支队', '报告 3 件，已处置 2 件，未处置 1 件']]);
    expect(figureRows('indicator_stale', figures('180', '90', '天'))).toEqual([['提醒天数', '90天'], ['未更新天数', '180天']]);
  });

  it('now: still red, now red (escalated since), back to normal', () => {
    const now = (holds: boolean, severity: string) => ({ ...figures('1', '1', '%'), holds, severity });
    expect(nowText({ severity: 'red', now: now(true, 'red') })).toBe('仍为红灯');
    expect(nowText({ severity: 'yellow', now: now(true, 'red') })).toBe('现为红灯');
    expect(nowText({ severity: 'red', now: now(false, 'green') })).toBe('已恢复正常');
    expect(nowText({ severity: 'red', now: null })).toBe('暂无最新评估');
  });
});

describe('silences', () => {
  it('a silence ending at midnight Beijing time is shown as its last day', () => {
    expect(lastDay('2023-07-31T16:00:00.000Z')).toBe('2023-07-31');
    expect(lastDay('2023-07-31T17:30:00.000Z')).toBe('2023-08-01');
  });

  it('lasts at most 90 days, today included, and never ends before today', () => {
    expect(latestSilenceDay('2023-07-01')).toBe('2023-09-28');
    expect(silenceDayError('2023-09-28', '2023-07-01')).toBe('');
    expect(silenceDayError('2023-07-01', '2023-07-01')).toBe('');
    expect(silenceDayError('2023-09-29', '2023-07-01')).toBe('静默至：最长静默 90 天，最晚到 2023年9月28日');
    expect(silenceDayError('2023-06-30', '2023-07-01')).toBe('静默至：不能早于今天（2023年7月1日）');
    expect(silenceDayError('', '2023-07-01')).toMatch(/^静默至：请填写/);
    expect(reasonError(' 好 ')).toBe('理由：请写明理由（至少 2 个字）');
    expect(reasonError('调整已报批')).toBe('');
  });
});

describe('the filters in the URL', () => {
  it('reads a link from an e-mail, ignoring what it cannot use', () => {
    expect(filtersOf({ status: 'open', rule: 'execution_lag', unit: '426006' })).toMatchObject({ status: 'open', rule: 'execution_lag', unit: '426006', severity: '', page: 1, size: 20, tab: 'alerts' });
    expect(filtersOf({ status: 'bogus', rule: 'DROP TABLE', unit: '42', page: '-3', size: '7', severity: 'green' })).toMatchObject({ status: 'open', rule: '', unit: '', page: 1, size: 20, severity: '' });
  });

  it('writes only what differs from the defaults, keeping the date of the link', () => {
    const f = { ...filtersOf({}), status: 'all' as const, severity: 'red' as const, page: 2, size: 50 };
    expect(queryOf(f, { asOf: '2023-06-30', page: '9' })).toEqual({ asOf: '2023-06-30', status: 'all', severity: 'red', page: '2', size: '50' });
    expect(queryOf(filtersOf({}))).toEqual({});
    expect(filtersOf(queryOf(f))).toEqual(f);
  });

  it('asks the API for the page on screen of the year on screen', () => {
    expect(listParams({ ...filtersOf({}), page: 3, size: 50, unit: '426006' }, 2023)).toEqual({ status: 'open', fiscalYear: 2023, limit: 50, offset: 100, unit: '426006' });
  });
});
