import { specification } from '../testing/specification';
import { LINE, OTHER_LINE, disbursed, established, lookUpPayments, recordDisbursement, reverseDisbursement } from '../testing/appropriation-fixtures';
import { DisbursementRecorded } from './events';
import { decideLine } from './decide';
import { available, evolveLine, initialLineState, OpenLine } from './state';

const line = { initialState: initialLineState, evolve: evolveLine, decide: decideLine };
const given = specification(line, undefined, lookUpPayments);
const IMPORT = 'imp-1';
const staged = (id: string, amount: string): DisbursementRecorded => {
  const e = disbursed(id, amount);
  return { ...e, data: { ...e.data, importId: IMPORT } };
};
const applied = { type: 'DisbursementImportApplied.v1', effectiveDate: '2023-06-20', data: { importId: IMPORT, lineId: LINE } } as const;
const withdrawn = { type: 'DisbursementImportWithdrawn.v1', effectiveDate: '2023-06-20', data: { importId: IMPORT, lineId: LINE } } as const;
const settle = (type: 'ApplyDisbursementImport' | 'WithdrawDisbursementImport') => ({ type, importId: IMPORT, effectiveDate: '2023-06-20' }) as const;
const fold = (...events: Parameters<typeof evolveLine>[1][]) => events.reduce(evolveLine, initialLineState()) as OpenLine;

describe('appropriation line (预算指标): a disbursement import recorded in chunks (ADR 0022)', () => {
  describe('while the import is pending with 600.00 staged on a line of 1000.00', () => {
    const pending = [established(), staged('d-1', '600.00')];

    it('stages a row as a payment tagged with its import', () => {
      given(established()).when(recordDisbursement('d-1', '600.00', { importId: IMPORT })).then([staged('d-1', '600.00')]);
    });

    it('reserves the staged amount: a single payment cannot overspend together with the import', () => {
      expect(available(fold(...pending)).toFixed(2)).toBe('400.00');
      given(...pending).when(recordDisbursement('d-2', '400.01')).thenFails('OVERSPEND_BLOCKED', 'amount');
      given(...pending).when(recordDisbursement('d-2', '400.00')).then([disbursed('d-2', '400.00')]);
    });

    it('refuses a single payment under a staged voucher, even the same one, until the import is settled', () => {
      given(...pending).when(recordDisbursement('d-1', '600.00')).thenFails('DISBURSEMENT_IMPORT_PENDING');
    });

    it('keeps only what a withdrawal takes off: a summary of each import still pending (count, amount, months), not its payments', () => {
      expect(fold(...pending).pendingImports.get(IMPORT)).toMatchObject({ count: 1 });
      expect(fold(...pending).pendingImports.get(IMPORT)?.amount.toFixed(2)).toBe('600.00');
      expect(fold(...pending, applied).pendingImports.size).toBe(0);
    });

    it('answers a single payment on another line under a staged voucher as a voucher already used', () => {
      const onOther = { lineId: OTHER_LINE, amount: fold(...pending).disbursed, effectiveDate: '2023-06-15', reversed: false, importId: IMPORT };
      given(...pending).when(recordDisbursement('d-7', '600.00', { onRecord: onOther })).thenFails('VOUCHER_ALREADY_USED');
    });

    it('refuses to reverse a staged payment (nothing of the import is shown yet)', () => {
      given(...pending).when(reverseDisbursement('d-1', null)).thenFails('DISBURSEMENT_IMPORT_PENDING');
    });

    it('applies the import once', () => {
      given(...pending).when(settle('ApplyDisbursementImport')).then([applied]);
      given(...pending, applied).when(settle('ApplyDisbursementImport')).then([]);
    });

    it('withdraws the import once, with nothing applied', () => {
      given(...pending).when(settle('WithdrawDisbursementImport')).then([withdrawn]);
      given(...pending, withdrawn).when(settle('WithdrawDisbursementImport')).then([]);
    });
  });

  describe('when the import was applied', () => {
    const done = [established(), staged('d-1', '600.00'), applied];

    it('its payments are ordinary: a repeat is nothing new, a reversal is recorded', () => {
      given(...done).when(recordDisbursement('d-1', '600.00')).then([]);
      expect(given(...done).when(reverseDisbursement('d-1', null)).thenEvents().map((e) => e.type)).toEqual(['DisbursementReversed.v1']);
      expect(available(fold(...done)).toFixed(2)).toBe('400.00');
    });
  });

  describe('when the import was withdrawn (abandoned)', () => {
    const gone = [established(), staged('d-1', '600.00'), staged('d-3', '100.00'), withdrawn];

    it('gives the whole balance and the plan figures back, and frees the vouchers', () => {
      const state = fold(...gone);
      expect(available(state).toFixed(2)).toBe('1000.00');
      expect(state.disbursementCount).toBe(0);
      expect(state.pendingImports.size).toBe(0);
      expect(state.plan).toEqual(fold(established()).plan);
      given(...gone).when(recordDisbursement('d-1', '1000.00')).then([disbursed('d-1', '1000.00')]);
    });

    it('an import sent again stages the voucher anew: its payment is the one on record, pending until that import is settled', () => {
      const again: DisbursementRecorded = { ...staged('d-1', '600.00'), data: { ...staged('d-1', '600.00').data, importId: 'imp-2' } };
      const appliedAgain = { ...applied, data: { importId: 'imp-2', lineId: LINE } };
      given(...gone, again).when(recordDisbursement('d-1', '600.00')).thenFails('DISBURSEMENT_IMPORT_PENDING');
      given(...gone, again, appliedAgain).when(recordDisbursement('d-1', '600.00')).then([]);
      given(...gone, again, appliedAgain).when(recordDisbursement('d-1', '600.01')).thenFails('VOUCHER_ALREADY_USED');
      expect(available(fold(...gone, again, appliedAgain)).toFixed(2)).toBe('400.00');
    });

    it('keeps payments recorded outside the import', () => {
      const state = fold(established(), disbursed('d-9', '50.00'), staged('d-1', '600.00'), withdrawn);
      expect(available(state).toFixed(2)).toBe('950.00');
      expect(state.disbursementCount).toBe(1);
    });
  });
});
