import { fold } from '../shared/decider';
import { toYuanString } from '../shared/money';
import {
  FUND, LINE, OTHER_LINE, advancePaid, advanceRecovered, decreased, disbursed, established, fundEstablished, increased,
  reversed, transferredIn, transferredOut,
} from '../testing/appropriation-fixtures';
import { AppropriationEvent } from './events';
import { LineState, OpenLine, available, evolveLine, initialLineState } from './state';

function foldOpen(events: readonly AppropriationEvent[]): OpenLine {
  const state: LineState = fold(evolveLine, initialLineState(), events);
  if (state.status !== 'open') throw new Error('expected an open line');
  return state;
}

const yuan = (line: OpenLine) => ({
  appropriated: toYuanString(line.appropriated), disbursed: toYuanString(line.disbursed),
  advancesOutstanding: toYuanString(line.advancesOutstanding), available: toYuanString(available(line)),
});

describe('folding an appropriation line', () => {
  it('a line nobody established is absent, whatever else is in its stream', () => {
    expect(fold(evolveLine, initialLineState(), [increased('10.00'), disbursed('d-1', '1.00')])).toEqual({ status: 'absent' });
  });

  it('the current appropriation is initial + 追加 − 调减 ± 调剂', () => {
    const line = foldOpen([established(), increased('250.50'), decreased('100.25'), transferredOut('t-1', '300.00'), transferredIn('t-2', '49.75', LINE, OTHER_LINE)]);
    expect(yuan(line)).toEqual({ appropriated: '900.00', disbursed: '0.00', advancesOutstanding: '0.00', available: '900.00' });
  });

  it('disbursed is net of reversals; a reversed payment still counts as a payment made', () => {
    const line = foldOpen([established(), disbursed('d-1', '600.00'), disbursed('d-2', '150.00'), reversed('d-1', '100.00')]);
    expect(yuan(line)).toEqual({ appropriated: '1000.00', disbursed: '650.00', advancesOutstanding: '0.00', available: '350.00' });
    expect(line.disbursementCount).toBe(2);
  });

  it('a line whose whole appropriation was transferred away has nothing left', () => {
    const line = foldOpen([established(), transferredOut('t-1', '1000.00')]);
    expect(line.appropriated.isZero()).toBe(true);
    expect(available(line).isZero()).toBe(true);
  });

  it('the revolving fund tracks outstanding advances per case; recoveries give the balance back', () => {
    const line = foldOpen([
      fundEstablished(), advancePaid('a-1', '100000.00', 'case-A'), advancePaid('a-2', '86000.00', 'case-B'),
      advancePaid('a-3', '14000.00', 'case-A'), advanceRecovered('r-1', '60000.00', 'case-A'), disbursed('d-1', '1000.00', FUND),
    ]);
    expect(yuan(line)).toEqual({ appropriated: '5000000.00', disbursed: '1000.00', advancesOutstanding: '140000.00', available: '4859000.00' });
    expect(toYuanString(line.outstandingByCase.get('case-A')!)).toBe('54000.00');
    expect(toYuanString(line.outstandingByCase.get('case-B')!)).toBe('86000.00');
  });

  it('warnings and blocked attempts do not change the balance', () => {
    const line = foldOpen([
      established({ overspendPolicy: 'warn' }), disbursed('d-1', '1200.00'),
      { type: 'OverspendWarned.v1', effectiveDate: '2023-06-15', data: { lineId: LINE, disbursementId: 'd-1', available: '1000.00', requested: '1200.00', shortfall: '200.00' } },
      { type: 'OverspendBlocked.v1', effectiveDate: '2023-06-16', data: { lineId: LINE, voucherNo: 'V-9', available: '-200.00', requested: '5.00', shortfall: '205.00' } },
    ]);
    expect(yuan(line)).toEqual({ appropriated: '1000.00', disbursed: '1200.00', advancesOutstanding: '0.00', available: '-200.00' });
  });

  it('a line with 100,000 disbursements folds to the exact total, keeping totals and not the payments (ADR 0020)', () => {
    // each cycle of five adds 0.01 + 0.10 + 1900.00 + 33.33 + 1234.56 = 3168.00; 20,000 cycles
    const amounts = ['0.01', '0.10', '1900.00', '33.33', '1234.56'];
    const events: AppropriationEvent[] = [established({ amount: '100000000.00' })];
    for (let i = 0; i < 100_000; i++) events.push(disbursed(`d-${i}`, amounts[i % amounts.length]));

    const line = foldOpen(events);

    expect(toYuanString(line.disbursed)).toBe('63360000.00');
    expect(toYuanString(available(line))).toBe('36640000.00');
    expect(line.disbursementCount).toBe(100_000);
    expect(Object.keys(line).sort()).toEqual(['advancesOutstanding', 'appropriated', 'attributes', 'commands', 'disbursed', 'disbursementCount', 'outstandingByCase', 'pendingImports', 'plan', 'status']);
    // payments leave no entry behind: commands holds 调剂 / 追加 / 垫付 ids (ADR 0017), pendingImports only imports in flight (ADR 0022)
    expect(line.commands.size).toBe(0);
    expect(line.pendingImports.size).toBe(0);
    expect(line.plan.revisions).toEqual([]);
  });
});
