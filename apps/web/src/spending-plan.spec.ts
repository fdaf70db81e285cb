import fc from 'fast-check';
import { allocate, yuanOf } from '@app/domain';
import { problemText } from './problems';
import { checkMonths, parseMonth, spreadByWeights } from './spending-plan';

const TWELVE = ['10000', '10000', '20000', '10000', '10000', '20000', '20000', '20000', '20000', '20000', '20000', '20000'];

describe('用款计划 editor: running total, difference and errors at the month', () => {
  it('adds the months to the cent and names the difference to the appropriation', () => {
    expect(checkMonths(TWELVE, '200000.00')).toMatchObject({ total: '200000.00', difference: '0.00', errors: {} });
    const short = checkMonths([...TWELVE.slice(0, 11), '19,999.99'], '200000.00');
    expect(short).toMatchObject({ total: '199999.99', difference: '0.01' });
    expect(short.errors.months).toBe('用款计划：1–12 月合计 199,999.99 元，与当前预算数 200,000.00 元少 0.01 元');
    expect(short.body[11]).toBe('19999.99');
  });

  it('puts a bad month\'s error at that month, in the API\'s Chinese words', () => {
    const bad = checkMonths([...TWELVE.slice(0, 3), '-10000', ...TWELVE.slice(4, 11), ''], '200000.00');
    expect(bad.errors).toEqual({ 'months.3': '4月：不能为负数', 'months.11': '12月：请填写（没有计划填 0）' });
    expect(parseMonth('1.234')).toEqual({ code: 'AMOUNT_TOO_MANY_DECIMALS' });
    expect(parseMonth('一万')).toEqual({ code: 'AMOUNT_NOT_A_DECIMAL_STRING' });
    expect(parseMonth('0')).toEqual({ fen: 0n });
  });

  it('names a month field of the API as the month', () => {
    expect(problemText({ status: 422, code: 'AMOUNT_TOO_MANY_DECIMALS', field: 'months.6' })).toBe('7月：最多两位小数');
    expect(problemText({ status: 422, code: 'PLAN_TOTAL_MISMATCH', field: 'months' })).toBe('用款计划：1–12 月合计须等于当前预算数');
    expect(problemText({ status: 400, code: 'VALIDATION_FAILED', field: 'months', errors: [{ field: 'months', code: 'INVALID_ARRAY_MIN_SIZE' }] })).toBe('用款计划：须填写 1–12 月共 12 个月');
  });

  it('fills the default profile to the cent, as the server spreads it', () => {
    expect(spreadByWeights('100.00', [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1])).toEqual(['8.34', '8.34', '8.34', '8.34', '8.33', '8.33', '8.33', '8.33', '8.33', '8.33', '8.33', '8.33']);
    expect(spreadByWeights('200000.00', [0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1])).toEqual(['0.00', '0.00', '50000.00', '0.00', '0.00', '50000.00', '0.00', '0.00', '50000.00', '0.00', '0.00', '50000.00']);
  });

  it('spreads exactly as the server\'s default profile does (libs/domain allocate)', () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 10n ** 13n }), fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 12, maxLength: 12 }), (fen, weights) => {
      expect(spreadByWeights(yuanOf(fen), weights)).toEqual(allocate(fen, weights).map(yuanOf));
    }));
  });
});
