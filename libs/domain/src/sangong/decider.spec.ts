import { specification } from '../testing/specification';
import { SANGONG_CATEGORIES, sanGongCategoryOf } from './categories';
import { ReviseSanGongCap, SpendSanGong, capOf, decideSanGong, evolveSanGong, initialSanGongState, sanGongDecider } from './decider';
import { SanGongBudgetSet, SanGongEvent } from './events';

const given = specification(sanGongDecider);
const DAY = '2023-06-15';

/** The seed's 表四 in 元: 接待 120,000 + 用车运维 110,000, 出国 and 购置 0; 本级 (426001) has its own 接待 cap of 100,000. */
const budget = (overrides: Partial<SanGongBudgetSet['data']> = {}): SanGongEvent => ({
  type: 'SanGongBudgetSet.v1', effectiveDate: '2023-01-01',
  data: {
    importId: 'import-1', department: '426', fiscalYear: 2023,
    caps: { abroad: '0.00', vehicle_purchase: '0.00', vehicle_operation: '110000.00', reception: '120000.00' },
    unitCaps: [{ unit: '426001', caps: { reception: '100000.00' } }],
    priorYear: null, agencyOperatingExpenses: null, ...overrides,
  },
});
const spend = (id: string, amount: string, o: Partial<SpendSanGong> = {}): SpendSanGong => ({
  type: 'SpendSanGong', disbursementId: id, lineId: '426002-2023-B-2080150-30217', unit: '426002', category: 'reception', amount, effectiveDate: DAY, ...o,
});
const spent = (id: string, amount: string, o: Partial<SpendSanGong> = {}): SanGongEvent => {
  const c = spend(id, amount, o);
  return { type: 'SanGongSpent.v1', effectiveDate: c.effectiveDate, data: { disbursementId: id, lineId: c.lineId, unit: c.unit, category: c.category, amount } };
};
const released = (id: string, amount: string, o: Partial<SpendSanGong> = {}): SanGongEvent => ({ ...spent(id, amount, o), type: 'SanGongReleased.v1' } as SanGongEvent);
const revise = (o: Partial<ReviseSanGongCap> = {}): ReviseSanGongCap => ({
  type: 'ReviseSanGongCap', department: '426', fiscalYear: 2023, category: 'reception', unit: null, cap: '150000.00',
  reason: '区财政局批复追加接待经费', documentNo: '潼财预〔2023〕88号', effectiveDate: DAY, ...o,
});

describe('三公经费 (表四): caps are a hard ceiling across all lines', () => {
  describe('when the budget has set the caps', () => {
    it('records a 三公 payment within the cap', () => {
      given(budget()).when(spend('d-1', '119999.99')).then([spent('d-1', '119999.99')]);
    });

    it('counts payments on every line and unit against the department cap, to the cent', () => {
      const onOtherLine = { lineId: '426003-2023-P14', unit: '426003' };
      const error = given(budget(), spent('d-1', '60000.00'), spent('d-2', '59999.99', onOtherLine))
        .when(spend('d-3', '0.02', { lineId: '426004-2023-P01', unit: '426004' })).thenFails('SANGONG_CAP_EXCEEDED', 'amount');
      expect(error.kind).toBe('conflict');
      expect(error.details).toEqual({
        category: 'reception', name: '公务接待费', unit: null, cap: '120000.00', used: '119999.99', remaining: '0.01', requested: '0.02',
      });
      given(budget(), spent('d-1', '60000.00'), spent('d-2', '59999.99', onOtherLine)).when(spend('d-3', '0.01')).then([spent('d-3', '0.01')]);
    });

    it('holds a unit to its own cap where the document gives one, within the department cap', () => {
      const benji = { unit: '426001', lineId: '426001-2023-B-2080101-30217' };
      const error = given(budget(), spent('d-1', '100000.00', benji)).when(spend('d-2', '0.01', benji)).thenFails('SANGONG_CAP_EXCEEDED', 'amount');
      expect(error.details).toMatchObject({ unit: '426001', cap: '100000.00', used: '100000.00', remaining: '0.00' });
      // another unit still has the department's remaining 20,000.00
      given(budget(), spent('d-1', '100000.00', benji)).when(spend('d-2', '20000.00')).then([spent('d-2', '20000.00')]);
    });

    it('refuses any payment of a category capped at 0 (因公出国 in 2023)', () => {
      given(budget()).when(spend('d-1', '0.01', { category: 'abroad' })).thenFails('SANGONG_CAP_EXCEEDED', 'amount');
    });

    it('answers the same payment again with nothing new (its line decides repeat or reused voucher)', () => {
      given(budget(), spent('d-1', '120000.00')).when(spend('d-1', '120000.00')).then([]);
    });

    it('refuses a malformed amount naming it', () => {
      given(budget()).when(spend('d-1', '-1')).thenFails('AMOUNT_NOT_POSITIVE', 'amount');
    });
  });

  describe('when a 三公 payment is reversed (冲销)', () => {
    it('gives its room back, wholly or in part', () => {
      given(budget(), spent('d-1', '120000.00')).when({ type: 'ReleaseSanGong', disbursementId: 'd-1', amount: '20000.00', effectiveDate: DAY })
        .then([released('d-1', '20000.00')]);
      given(budget(), spent('d-1', '120000.00'), released('d-1', '20000.00')).when(spend('d-2', '20000.00')).then([spent('d-2', '20000.00')]);
      given(budget(), spent('d-1', '120000.00'), released('d-1', '20000.00')).when(spend('d-2', '20000.01')).thenFails('SANGONG_CAP_EXCEEDED', 'amount');
    });

    it('records nothing for a payment that was not 三公', () => {
      given(budget()).when({ type: 'ReleaseSanGong', disbursementId: 'other', amount: '5.00', effectiveDate: DAY }).then([]);
    });
  });

  describe('when the budget office revises a cap (调整, audited)', () => {
    it('records the new cap with the previous one, the reason and the 文号, and the room follows it', () => {
      given(budget(), spent('d-1', '120000.00')).when(revise()).then([{
        type: 'SanGongCapRevised.v1', effectiveDate: DAY,
        data: { department: '426', fiscalYear: 2023, category: 'reception', unit: null, previous: '120000.00', cap: '150000.00', reason: '区财政局批复追加接待经费', documentNo: '潼财预〔2023〕88号' },
      }]);
      const raised = given(budget(), spent('d-1', '120000.00')).when(revise()).thenEvents();
      given(budget(), spent('d-1', '120000.00'), ...raised).when(spend('d-2', '30000.00')).then([spent('d-2', '30000.00')]);
    });

    it('may set a unit\'s cap where there was none', () => {
      const [event] = given(budget()).when(revise({ unit: '426002', category: 'vehicle_operation', cap: '20000' })).thenEvents();
      expect(event.data).toMatchObject({ unit: '426002', previous: null, cap: '20000.00' });
    });

    it('records nothing when the cap is already that figure', () => {
      given(budget()).when(revise({ cap: '120000.00' })).then([]);
    });

    it.each([
      ['a cap below what is already used', revise({ cap: '59999.99' }), 'SANGONG_CAP_BELOW_USED', 'cap'],
      ['a negative cap', revise({ cap: '-1.00' }), 'AMOUNT_NEGATIVE', 'cap'],
      ['a cap with 3 decimals', revise({ cap: '1.001' }), 'AMOUNT_TOO_MANY_DECIMALS', 'cap'],
      ['an unknown category', revise({ category: 'banquets' }), 'SANGONG_CATEGORY_UNKNOWN', 'category'],
      ['no reason', revise({ reason: ' ' }), 'REQUIRED', 'reason'],
      ['a date outside the year', revise({ effectiveDate: '2024-01-02' }), 'DATE_OUTSIDE_FISCAL_YEAR', 'effectiveDate'],
    ])('refuses %s naming the field, recording nothing', (_what, command, code, field) => {
      given(budget(), spent('d-1', '60000.00')).when(command).thenFails(code, field);
    });
  });

  describe('when the caps are set from the budget document', () => {
    const set = (data = (budget() as Extract<SanGongEvent, { type: 'SanGongBudgetSet.v1' }>).data) => ({ type: 'SetSanGongBudget' as const, budget: data, effectiveDate: '2023-01-01' });

    it('records 表四 once; the same import again records nothing, another is refused', () => {
      given().when(set()).then([budget()]);
      given(budget()).when(set()).then([]);
      given(budget()).when(set({ ...(budget().data as never as object), importId: 'import-2' } as never)).thenFails('SANGONG_BUDGET_EXISTS', 'sanGong');
    });

    it.each([
      [{ caps: { reception: '-5.00' } }, 'AMOUNT_NEGATIVE', 'sanGong.caps.reception'],
      [{ caps: { banquets: '5.00' } }, 'SANGONG_CATEGORY_UNKNOWN', 'sanGong.caps.banquets'],
      [{ unitCaps: [{ unit: '426001', caps: { abroad: 'x' } }] }, 'AMOUNT_NOT_A_DECIMAL_STRING', 'sanGong.units[0].caps.abroad'],
    ])('refuses bad caps %j naming the field', (bad, code, field) => {
      given().when(set({ ...(budget().data as object), ...bad } as never)).thenFails(code, field);
    });
  });
});

describe('三公 category of a payment', () => {
  const line = { economic: '30201' };
  it.each([
    [{ economic: '30217' }, line, 'reception'], [{}, { economic: '30231' }, 'vehicle_operation'], [{ economic: '30211' }, line, 'abroad'],
    [{ economic: '31013' }, line, 'vehicle_purchase'], [{ sanGongCategory: 'reception' }, line, 'reception'], [{}, line, null],
    [{ economic: '30217', sanGongCategory: 'reception' }, line, 'reception'], [{ sanGongCategory: 'abroad' }, { economic: null }, 'abroad'],
  ])('payment %j on a line %j is %s', (payment, l, expected) => {
    expect(sanGongCategoryOf(payment, l)).toBe(expected);
  });

  it('refuses a tag that contradicts the economic code, and an unknown tag', () => {
    expect(() => sanGongCategoryOf({ economic: '30217', sanGongCategory: 'abroad' }, line)).toThrow(expect.objectContaining({ code: 'SANGONG_CATEGORY_MISMATCH', field: 'sanGongCategory' }));
    expect(() => sanGongCategoryOf({ sanGongCategory: 'gifts' }, line)).toThrow(expect.objectContaining({ code: 'SANGONG_CATEGORY_UNKNOWN', field: 'sanGongCategory' }));
  });

  it('knows the four categories of 表四', () => {
    expect(SANGONG_CATEGORIES).toEqual(['abroad', 'vehicle_purchase', 'vehicle_operation', 'reception']);
  });
});

describe('三公经费: a disbursement import abandoned (ADR 0022)', () => {
  it('gives back the room its staged payments took, and keeps the others', () => {
    const state = [
      { type: 'SanGongSpent.v1', effectiveDate: '2023-05-01', data: { disbursementId: 'a', lineId: 'L', unit: 'U', category: 'reception', amount: '100.00', importId: 'imp' } },
      { type: 'SanGongSpent.v1', effectiveDate: '2023-05-01', data: { disbursementId: 'b', lineId: 'L', unit: 'U', category: 'reception', amount: '30.00' } },
    ].reduce((s, e) => evolveSanGong(s, e as SanGongEvent), initialSanGongState());
    const events = decideSanGong({ type: 'WithdrawSanGongImport', importId: 'imp', effectiveDate: '2023-06-01' }, state, { today: '2023-06-01' });
    expect(events).toEqual([{ type: 'SanGongImportWithdrawn.v1', effectiveDate: '2023-06-01', data: { importId: 'imp' } }]);
    const after = events.reduce(evolveSanGong, state);
    expect(capOf(after, 'reception').used.toFixed(2)).toBe('30.00');
    expect([...after.payments.keys()]).toEqual(['b']);
    expect(decideSanGong({ type: 'WithdrawSanGongImport', importId: 'imp', effectiveDate: '2023-06-01' }, after, { today: '2023-06-01' })).toEqual([]);
  });
});
