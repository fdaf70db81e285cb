import { specification } from '../testing/specification';
import { fiscalYearDecider } from '../deciders';
import { FiscalYearClosed, FiscalYearEvent, FiscalYearLocked } from './events';
import { LockFiscalYear } from './decider';
import { Settlement } from './settlement';

const AFTER_YEAR = { today: '2024-01-15' };
const lock = (overrides: Partial<LockFiscalYear> = {}): LockFiscalYear =>
  ({ type: 'LockFiscalYear', fiscalYear: 2023, reason: '2023 年度年终结账', rules: {}, force: false, ...overrides });

const locked = (early = false, on = '2024-01-15'): FiscalYearLocked =>
  ({ type: 'FiscalYearLocked.v1', effectiveDate: on, data: { fiscalYear: 2023, reason: '2023 年度年终结账', rules: {}, early } });
const EMPTY: Settlement = { lines: [], totals: { appropriated: '0.00', disbursed: '0.00', unspent: '0.00', carriedForward: '0.00', lapsed: '0.00', advancesOutstanding: '0.00' } };
const closed = (): FiscalYearClosed => ({
  type: 'FiscalYearClosed.v1', effectiveDate: '2024-01-15',
  data: { fiscalYear: 2023, reason: '2023 年度年终结账', rules: {}, early: false, asOf: '2023-12-31', lines: [], totals: EMPTY.totals, scores: [], supplements: [] },
});
const reopened = (): FiscalYearEvent => ({ type: 'FiscalYearReopened.v1', effectiveDate: '2024-01-20', data: { fiscalYear: 2023, reason: '补记12月支付' } });

describe('closing a fiscal year (年终结账)', () => {
  const given = specification(fiscalYearDecider, AFTER_YEAR);
  const before = specification(fiscalYearDecider, { today: '2023-11-20' });

  describe('when the year is open', () => {
    it('locks the books first, recording who asked why (the actor is in the metadata)', () => {
      given().when(lock()).then([locked()]);
    });

    it('a close before the year has ended is refused, naming force', () => {
      before().when(lock()).thenFails('FISCAL_YEAR_NOT_ENDED', 'force');
    });

    it('on 31 December itself the year has not ended either', () => {
      specification(fiscalYearDecider, { today: '2023-12-31' })().when(lock()).thenFails('FISCAL_YEAR_NOT_ENDED', 'force');
    });

    it('forced, an early close is allowed and marked early', () => {
      before().when(lock({ force: true })).then([locked(true, '2023-11-20')]);
    });

    it('a year that has not begun cannot be closed, even forced', () => {
      before().when(lock({ fiscalYear: 2024, force: true })).thenFails('FISCAL_YEAR_NOT_STARTED', 'year');
    });

    it('a close needs a reason', () => {
      given().when(lock({ reason: '  ' })).thenFails('REQUIRED', 'reason');
    });

    it('cannot complete a close that did not lock the year', () => {
      given().when({ type: 'CompleteClose', settlement: EMPTY, scores: [], supplements: [] }).thenFails('FISCAL_YEAR_NOT_LOCKED', 'year');
    });

    it('reopening an open year is refused, naming the year', () => {
      given().when({ type: 'ReopenFiscalYear', fiscalYear: 2023, reason: '补记' }).thenFails('FISCAL_YEAR_NOT_CLOSED', 'year');
      given(locked(), closed(), reopened()).when({ type: 'ReopenFiscalYear', fiscalYear: 2023, reason: '补记' }).thenFails('FISCAL_YEAR_NOT_CLOSED', 'year');
    });
  });

  describe('when the year is locked (结账中)', () => {
    it('completes the close with the settlement, the lock\'s reason and rules, balances as of 31 December', () => {
      given(locked()).when({ type: 'CompleteClose', settlement: EMPTY, scores: [], supplements: [] }).then([closed()]);
    });

    it('an early close stands at the closing day', () => {
      const [event] = specification(fiscalYearDecider, { today: '2023-11-20' })(locked(true, '2023-11-20'))
        .when({ type: 'CompleteClose', settlement: EMPTY, scores: [], supplements: [] }).thenEvents();
      expect(event).toMatchObject({ type: 'FiscalYearClosed.v1', data: { asOf: '2023-11-20', early: true } });
    });

    it('a second lock is refused while the first is in progress', () => {
      given(locked()).when(lock()).thenFails('FISCAL_YEAR_CLOSING', 'year');
    });

    it('an abandoned close unlocks the year and says why', () => {
      given(locked()).when({ type: 'AbandonClose', code: 'CONCURRENT_MODIFICATION', message: 'try again' }).then([{
        type: 'FiscalYearCloseAbandoned.v1', effectiveDate: '2024-01-15', data: { fiscalYear: 2023, code: 'CONCURRENT_MODIFICATION', message: 'try again' },
      }]);
    });
  });

  describe('when the year is closed', () => {
    it('closing it twice is refused, naming the year', () => {
      given(locked(), closed()).when(lock()).thenFails('FISCAL_YEAR_ALREADY_CLOSED', 'year');
    });

    it('an admin reopens it with a reason; then it may be closed again', () => {
      given(locked(), closed()).when({ type: 'ReopenFiscalYear', fiscalYear: 2023, reason: '补记12月支付' })
        .then([{ type: 'FiscalYearReopened.v1', effectiveDate: '2024-01-15', data: { fiscalYear: 2023, reason: '补记12月支付' } }]);
      given(locked(), closed(), reopened()).when(lock()).then([locked()]);
    });

    it('reopening needs a reason', () => {
      given(locked(), closed()).when({ type: 'ReopenFiscalYear', fiscalYear: 2023, reason: '' }).thenFails('REQUIRED', 'reason');
    });
  });

  it('the folded state says open, closing or closed, and keeps the last close after a reopen', () => {
    const fold = (...events: FiscalYearEvent[]) => events.reduce(fiscalYearDecider.evolve, fiscalYearDecider.initialState());
    expect(fold().status).toBe('open');
    expect(fold(locked()).status).toBe('closing');
    expect(fold(locked(), closed()).status).toBe('closed');
    const again = fold(locked(), closed(), reopened());
    expect(again.status).toBe('open');
    expect(again.lastClose?.asOf).toBe('2023-12-31');
  });
});
