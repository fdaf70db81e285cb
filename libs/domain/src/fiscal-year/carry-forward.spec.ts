import { AppropriationEvent } from '../appropriation/events';
import { LineState, available, evolveLine, initialLineState } from '../appropriation/state';
import { fold } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { toYuanString } from '../shared/money';
import { CASE, FUND, attributes, fundAttributes } from '../testing/appropriation-fixtures';
import { carriedLineAttributes, carriedLineId, decideCarry } from './carry-forward';
import { LineSettlement } from './events';
import { fiscalYearsOf } from './binding';

const settled = (overrides: Partial<LineSettlement> = {}): LineSettlement => ({
  lineId: '426002-2023-P01', unit: '426002', type: 'project', project: 'P01', functional: '2080705', economic: null, fundingSource: '一般公共预算拨款',
  revolvingFund: false, carriedFrom: null, appropriated: '1000.00', disbursed: '400.00', unspent: '600.00', advancesOutstanding: '0.00',
  fate: 'carry', decidedBy: 'type', carriedForward: '600.00', lapsed: '0.00', carriedTo: '426002-2024-JZ-P01', advancesCarried: [], ...overrides,
});
const absent: LineState = initialLineState();
const foldLine = (events: readonly AppropriationEvent[]) => fold(evolveLine, initialLineState(), events);

describe('结转 into the next year', () => {
  it('names the 上年结转 line after its origin, within the 64 characters of a line id', () => {
    expect(carriedLineId({ lineId: '426006-2023-P09', unit: '426006', fiscalYear: 2023 }, 2024)).toBe('426006-2024-JZ-P09');
    expect(carriedLineId({ lineId: 'odd-id', unit: '426006', fiscalYear: 2023 }, 2024)).toMatch(/^426006-2024-JZ-[0-9a-f]{8}$/);
    const long = `426006-2023-${'X'.repeat(50)}`;
    expect(carriedLineId({ lineId: long, unit: '426006', fiscalYear: 2023 }, 2024)).toMatch(/^426006-2024-JZ-[0-9a-f]{8}$/);
  });

  it('establishes the next year\'s line on 1 January, funded by 上年结转 and linked to its origin', () => {
    expect(decideCarry(attributes(), settled(), absent, null, '2024-01-15')).toEqual([{
      type: 'AppropriationEstablished.v1', effectiveDate: '2024-01-01',
      data: {
        ...attributes(), lineId: '426002-2024-JZ-P01', fiscalYear: 2024, fundingSource: '上年结转', amount: '600.00',
        importId: 'year-end-2023', inferred: [], carriedFrom: '426002-2023-P01', advancesCarried: [],
      },
    }]);
  });

  it('an early close (before 1 January) still dates the carry 1 January', () => {
    expect(decideCarry(attributes(), settled(), absent, null, '2023-11-20')[0].effectiveDate).toBe('2024-01-01');
  });

  it('the revolving fund\'s line starts the year with the carried advances outstanding: available is its cash', () => {
    const fund = settled({ lineId: FUND, unit: '426006', project: 'P09', revolvingFund: true, carriedForward: '13000.50', advancesCarried: [{ caseId: CASE, amount: '10000.00' }, { caseId: 'c-2', amount: '3000.50' }] });
    const state = foldLine(decideCarry(fundAttributes(), fund, absent, null, '2024-01-15'));
    if (state.status !== 'open') throw new Error('expected the line');
    expect([toYuanString(state.appropriated), toYuanString(state.advancesOutstanding), toYuanString(available(state))]).toEqual(['13000.50', '13000.50', '0.00']);
    expect(toYuanString(state.outstandingByCase.get(CASE)!)).toBe('10000.00');
  });

  describe('a new close after a reopen', () => {
    const first = decideCarry(attributes(), settled(), absent, null, '2024-01-15');

    it('brings the 上年结转 line to the new amount (追加 or 调减), or leaves it', () => {
      expect(decideCarry(attributes(), settled({ carriedForward: '650.00' }), foldLine(first), '600.00', '2024-02-01'))
        .toMatchObject([{ type: 'AppropriationIncreased.v1', data: { amount: '50.00' } }]);
      expect(decideCarry(attributes(), settled({ carriedForward: '0.00' }), foldLine(first), '600.00', '2024-02-01'))
        .toMatchObject([{ type: 'AppropriationDecreased.v1', data: { amount: '600.00' } }]);
      expect(decideCarry(attributes(), settled(), foldLine(first), '600.00', '2024-02-01')).toEqual([]);
    });

    it('refuses to take back 结转 the next year has already spent', () => {
      const spent = foldLine([...first, {
        type: 'DisbursementRecorded.v1', effectiveDate: '2024-01-10',
        data: { disbursementId: 'd', lineId: '426002-2024-JZ-P01', amount: '500.00', voucherNo: 'V', payee: null, summary: null, subsidyCategory: null, beneficiaries: null, economic: null },
      }]);
      expect(() => decideCarry(attributes(), settled({ carriedForward: '50.00' }), spent, '600.00', '2024-02-01')).toThrow(expect.objectContaining({ code: 'CARRY_ALREADY_SPENT' }));
    });

    it('refuses a target line that does not carry this origin', () => {
      const other = foldLine(decideCarry(attributes({ lineId: '426002-2023-X' }), settled(), absent, null, '2024-01-15').map((e) => e as AppropriationEvent));
      expect(() => decideCarry(attributes(), settled(), other, null, '2024-02-01')).toThrow(DomainError);
    });
  });
});

describe('the fiscal years an event takes effect in', () => {
  it('payments and the rest: the year of their effective date, and the year their data names', () => {
    expect(fiscalYearsOf({ type: 'DisbursementRecorded.v1', data: { lineId: 'x' }, effectiveDate: '2023-12-31' })).toEqual([2023]);
    expect(fiscalYearsOf({ type: 'BudgetDocumentImported.v1', data: { fiscalYear: 2024 }, effectiveDate: '2023-12-20' })).toEqual([2023, 2024]);
    expect(fiscalYearsOf({ type: 'SomethingNew.v1', data: null, effectiveDate: '2025-03-01' })).toEqual([2025]);
  });

  it('the closes, accounts, alerts and e-mail take effect in none', () => {
    for (const type of ['FiscalYearClosed.v1', 'UserRegistered.v1', 'AlertRaised.v1', 'AlertNotificationSent.v1', 'AlertEvaluationCompleted.v1']) {
      expect(fiscalYearsOf({ type, data: { fiscalYear: 2023 }, effectiveDate: '2023-06-30' })).toEqual([]);
    }
  });
});
