import { specification } from '../testing/specification';
import { DrawProcurement, isProcurementLine, procurementDecider } from './decider';
import { ProcurementEvent, ProcurementItem, ProcurementPolicy } from './events';

const given = specification(procurementDecider);
const DAY = '2023-10-20';
const LINE = '426003-2023-P16';

/** The seed's 表九: 17.76 万元 货物 (电子显示屏) on P16 社会保险公共服务标准化基地, 一般公共预算拨款. */
const item = (o: Partial<ProcurementItem> = {}): ProcurementItem => ({
  itemId: 'P16-A', lineId: LINE, unit: '426003', project: 'P16', projectName: '社会保险公共服务标准化基地', category: 'goods', name: '电子显示屏',
  amount: '177600.00', fundingSources: { 一般公共预算拨款: '177600.00' }, wholeLine: false, ...o,
});
const budget = (policy: ProcurementPolicy = 'block', items: ProcurementItem[] = [item()]): ProcurementEvent => ({
  type: 'ProcurementBudgetSet.v1', effectiveDate: '2023-01-01', data: { importId: 'import-1', department: '426', fiscalYear: 2023, policy, items },
});
const drawCmd = (id: string, amount: string, o: Partial<DrawProcurement> = {}): DrawProcurement => ({
  type: 'DrawProcurement', disbursementId: id, lineId: LINE, unit: '426003', category: null, amount, effectiveDate: DAY, ...o,
});
const drawn = (id: string, amount: string, itemId: string | null = 'P16-A', category: ProcurementItem['category'] | null = 'goods'): ProcurementEvent => ({
  type: 'ProcurementDrawn.v1', effectiveDate: DAY, data: { disbursementId: id, lineId: LINE, unit: '426003', itemId, category, amount },
});

describe('政府采购预算 (表九): procurement payments draw on their project\'s budget by 品目', () => {
  describe('when the line has one item of 177,600.00 元 and the policy refuses (default)', () => {
    it('draws a procurement payment on the item', () => {
      given(budget()).when(drawCmd('d-1', '177600.00')).then([drawn('d-1', '177600.00')]);
    });

    it('refuses one cent beyond what is left, naming budget, used and remaining', () => {
      const error = given(budget(), drawn('d-1', '100000.00')).when(drawCmd('d-2', '77600.01')).thenFails('PROCUREMENT_BUDGET_EXCEEDED', 'amount');
      expect(error.kind).toBe('conflict');
      expect(error.details).toMatchObject({ itemId: 'P16-A', category: 'goods', budget: '177600.00', used: '100000.00', remaining: '77600.00', requested: '77600.01', shortfall: '0.01' });
    });

    it('refuses a procurement payment on a line with no procurement budget (remaining 0.00)', () => {
      const error = given(budget()).when(drawCmd('d-1', '10.00', { lineId: '426003-2023-P17' })).thenFails('PROCUREMENT_BUDGET_EXCEEDED', 'amount');
      expect(error.details).toMatchObject({ itemId: null, budget: '0.00', remaining: '0.00' });
    });

    it('refuses a 品目 the line has no budget for', () => {
      given(budget()).when(drawCmd('d-1', '10.00', { category: 'services' })).thenFails('PROCUREMENT_BUDGET_EXCEEDED', 'amount');
    });

    it('refuses an unknown 品目 naming the field', () => {
      given(budget()).when(drawCmd('d-1', '10.00', { category: 'food' })).thenFails('PROCUREMENT_CATEGORY_UNKNOWN', 'procurementCategory');
    });

    it('answers the same payment again with nothing new', () => {
      given(budget(), drawn('d-1', '5.00')).when(drawCmd('d-1', '5.00')).then([]);
    });

    it('a reversal gives the budget back', () => {
      given(budget(), drawn('d-1', '177600.00')).when({ type: 'ReleaseProcurement', disbursementId: 'd-1', amount: '600.00', effectiveDate: DAY })
        .then([{ type: 'ProcurementReleased.v1', effectiveDate: DAY, data: { disbursementId: 'd-1', lineId: LINE, unit: '426003', itemId: 'P16-A', category: 'goods', amount: '600.00' } }]);
      const released: ProcurementEvent = { type: 'ProcurementReleased.v1', effectiveDate: DAY, data: { disbursementId: 'd-1', lineId: LINE, unit: '426003', itemId: 'P16-A', category: 'goods', amount: '600.00' } };
      given(budget(), drawn('d-1', '177600.00'), released).when(drawCmd('d-2', '600.00')).then([drawn('d-2', '600.00')]);
      given(budget()).when({ type: 'ReleaseProcurement', disbursementId: 'not-procurement', amount: '1.00', effectiveDate: DAY }).then([]);
    });
  });

  describe('when the line has items of two 品目', () => {
    const two = [item(), item({ itemId: 'P16-C', category: 'services', name: '显示屏安装调试', amount: '20000.00', fundingSources: { 一般公共预算拨款: '20000.00' } })];

    it('needs the 品目 named', () => {
      given(budget('block', two)).when(drawCmd('d-1', '10.00')).thenFails('PROCUREMENT_ITEM_AMBIGUOUS', 'procurementCategory');
      given(budget('block', two)).when(drawCmd('d-1', '10.00', { category: 'services' })).then([drawn('d-1', '10.00', 'P16-C', 'services')]);
    });
  });

  describe('when the policy only warns', () => {
    it('records the payment beyond the budget with a warning of the shortfall', () => {
      given(budget('warn'), drawn('d-1', '177000.00')).when(drawCmd('d-2', '1000.00')).then([
        drawn('d-2', '1000.00'),
        { type: 'ProcurementOverrunWarned.v1', effectiveDate: DAY, data: { disbursementId: 'd-2', lineId: LINE, itemId: 'P16-A', remaining: '600.00', requested: '1000.00', shortfall: '400.00' } },
      ]);
    });

    it('records an unbudgeted procurement payment with no item, warned', () => {
      const events = given(budget('warn')).when(drawCmd('d-1', '50.00', { lineId: 'other', category: 'works' })).thenEvents();
      expect(events.map((e) => e.type)).toEqual(['ProcurementDrawn.v1', 'ProcurementOverrunWarned.v1']);
      expect(events[0].data).toMatchObject({ itemId: null, category: 'works' });
    });
  });

  describe('a procurement line', () => {
    it('is one whose item covers every payment on it', () => {
      const state = [budget('block', [item({ wholeLine: true })])].reduce(procurementDecider.evolve, procurementDecider.initialState());
      expect(isProcurementLine(state, LINE)).toBe(true);
      expect(isProcurementLine(state, '426003-2023-P17')).toBe(false);
    });
  });

  describe('when the budget is set from the document', () => {
    const set = (items = [item()]) => ({ type: 'SetProcurementBudget' as const, budget: { importId: 'import-1', department: '426', fiscalYear: 2023, policy: 'block' as const, items }, effectiveDate: '2023-01-01' });
    it('records 表九 once; the same import again records nothing', () => {
      given().when(set()).then([budget()]);
      given(budget()).when(set()).then([]);
    });
    it('refuses an unknown 品目 naming the item', () => {
      given().when(set([item({ category: 'food' as never })])).thenFails('PROCUREMENT_CATEGORY_UNKNOWN', 'procurement.items[0].category');
    });
  });
});
