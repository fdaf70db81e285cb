import { CloseSupplement, Money } from '@app/domain';
import { ReadModelDb, procurementExecution, sanGongExecution } from '@app/read-models';
import { YearEndSupplementReader } from '../year-end-supplements';

const SANGONG_NAMES: Readonly<Record<string, string>> = {
  abroad: '因公出国（境）费用', vehicle_purchase: '公务用车购置', vehicle_operation: '公务用车运行维护费', reception: '公务接待费',
};
const PROCUREMENT_NAMES: Readonly<Record<string, string>> = { goods: '货物', works: '工程', services: '服务' };

const remaining = (cap: string | null, used: string) => (cap === null ? null : new Money(cap).minus(used).toFixed(2));

/** “三公”经费支出决算: each category's cap against what was used (net of 冲销) on the closing day, frozen with the close. */
export const sanGongSupplement = (rm: ReadModelDb): YearEndSupplementReader => ({
  key: 'threePublic', title: '“三公”经费支出决算（对照预算控制数）',
  async read(fiscalYear: number, asOf: string): Promise<CloseSupplement | null> {
    const e = await sanGongExecution(rm.db, { fiscalYear, asOf });
    if (e.budget === null && e.rows.every((r) => new Money(r.used).isZero())) return null;
    return {
      key: 'threePublic', title: '“三公”经费支出决算（对照预算控制数）',
      rows: e.rows.map((r) => ({ category: r.category, name: SANGONG_NAMES[r.category] ?? r.category, cap: r.cap, used: r.used, remaining: remaining(r.cap, r.used) })),
    };
  },
});

/** 政府采购支出决算: each budget item (project and 品目) against the procurement paid, and what was paid without budget. */
export const procurementSupplement = (rm: ReadModelDb): YearEndSupplementReader => ({
  key: 'procurement', title: '政府采购支出决算（对照采购预算）',
  async read(fiscalYear: number, asOf: string): Promise<CloseSupplement | null> {
    const e = await procurementExecution(rm.db, { fiscalYear, asOf });
    if (e.policy === null && e.items.length === 0 && e.unbudgeted.length === 0) return null;
    return {
      key: 'procurement', title: '政府采购支出决算（对照采购预算）',
      rows: [
        ...e.items.map((i) => ({ project: i.project, projectName: i.projectName, category: PROCUREMENT_NAMES[i.category] ?? i.category, name: i.name, budget: i.budget, executed: i.executed, remaining: i.remaining })),
        ...e.unbudgeted.map((u) => ({ project: null, projectName: null, category: PROCUREMENT_NAMES[u.category] ?? '未列品目', name: `无预算采购（${u.lineId}）`, budget: '0.00', executed: u.executed, remaining: new Money(0).minus(u.executed).toFixed(2) })),
      ],
    };
  },
});
