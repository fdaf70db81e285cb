import { budgetDocument, lineIds } from './budget-document';

/**
 * The small test budget (budget-document.ts) with 表四 and 表九: 公务接待费 lines on 426001 (50,000.00) and 426006
 * (50,000.00), a 公务用车运行维护费 line on 426001 (20,000.00); caps 接待 60,000.00 (426006 alone 20,000.00), 用车运维
 * 10,000.00, 出国 and 购置 0; 机关运行经费 = the operating lines on 2080101; procurement: 货物 30,000.00 on P01
 * (policy block). Amounts in 元; control totals left out (the added lines change them).
 */
export const sanGongLines = (fiscalYear = 2023) => ({
  ...lineIds(fiscalYear),
  reception: `426001-${fiscalYear}-B-2080101-30217`,
  reception426006: `426006-${fiscalYear}-B-2080101-30217`,
  vehicles: `426001-${fiscalYear}-B-2080101-30231`,
});

export function sanGongDocument(fiscalYear = 2023, caps: Partial<Record<'abroad' | 'vehicle_purchase' | 'vehicle_operation' | 'reception', string>> = {}) {
  const base = budgetDocument(fiscalYear);
  const ids = sanGongLines(fiscalYear);
  const operating = (id: string, unit: string, economic: string, amount: string) => ({
    id, unit, type: 'basic' as const, project: null, basicKind: 'operating', functional: '2080101', economic, fundingSource: '一般公共预算拨款', amount,
    overspendPolicy: 'block' as const, revolvingFund: false,
  });
  return {
    ...base,
    source: { ...base.source, title: `测试用 ${fiscalYear} 年度部门预算（含三公经费与政府采购）` },
    economicClassifications: [...base.economicClassifications, { code: '30217', name: '公务接待费' }, { code: '30231', name: '公务用车运行维护费' }],
    lines: [
      ...base.lines,
      operating(ids.reception, '426001', '30217', '50000.00'), operating(ids.reception426006, '426006', '30217', '50000.00'),
      operating(ids.vehicles, '426001', '30231', '20000.00'),
    ],
    controlTotals: {},
    sanGong: {
      caps: { abroad: '0.00', vehicle_purchase: '0.00', vehicle_operation: '10000.00', reception: '60000.00', ...caps },
      units: [{ unit: '426006', caps: { reception: '20000.00' } }],
      priorYear: { fiscalYear: fiscalYear - 1, total: '80000.00', caps: { abroad: '0.00', vehicle_purchase: '0.00', vehicle_operation: '12000.00', reception: '68000.00' } },
    },
    agencyOperatingExpenses: { amount: '220000.00', priorYear: '230000.00', functional: ['2080101'] },
    procurement: {
      overrunPolicy: 'block', total: '30000.00',
      items: [{ id: 'P01-A', line: ids.employment, category: 'goods', name: '职业技能培训设备', amount: '30000.00', fundingSources: { 一般公共预算拨款: '30000.00' } }],
    },
  };
}
