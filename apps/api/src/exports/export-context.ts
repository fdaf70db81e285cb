import { Inject, Injectable } from '@nestjs/common';
import { DomainError, MonitoringSettings } from '@app/domain';
import { ReadModelDb } from '@app/read-models';
import { Principal, unitsForRead } from '@app/kernel';
import { executionColumns } from '@app/read-models';
import { MONITORING, READ_MODELS, ReadConsistency } from '@app/platform';
import { ReadScope, readScope } from '../read-models/read-scope';
import { ExportRequest, amountUnitOf } from './export.request';
import { AmountUnit } from './sheet/amounts';

/** Everything an export's header block says: whose table, as of when, in which unit, made by whom. */
export interface ExportContext {
  readonly fiscalYear: number;
  /** 截至日期 */
  readonly asOf: string;
  readonly basis: 'month' | 'day';
  /** 序时进度 on asOf, percent with 2 decimals */
  readonly timeProgress: string;
  readonly amountUnit: AmountUnit;
  readonly department: { readonly code: string; readonly name: string };
  /** the budget units the table is restricted to; 'all' for the whole department */
  readonly units: 'all' | readonly { readonly code: string; readonly name: string }[];
  /** Asia/Shanghai, YYYY-MM-DD HH:mm:ss */
  readonly generatedAt: string;
  readonly generatedBy: string;
}

const BASIS_TEXT = { month: '按月', day: '按日' } as const;

/** The header block under the title, as lines. A unit-scoped table says it is not the whole department. */
export function headerBlock(ctx: ExportContext): string[] {
  const scope = ctx.units === 'all'
    ? '预算单位：全部'
    : `预算单位：${ctx.units.map((u) => `${u.code} ${u.name}`).join('、') || '（无）'}（仅含权限范围内的单位，非部门全部）`;
  return [
    `部门：${ctx.department.code} ${ctx.department.name}　${scope}`,
    `预算年度：${ctx.fiscalYear}　截至 ${ctx.asOf}　序时进度 ${ctx.timeProgress}%（${BASIS_TEXT[ctx.basis]}）`,
    `单位：${ctx.amountUnit}`,
    `生成时间：${ctx.generatedAt}（北京时间）　生成人：${ctx.generatedBy}`,
  ];
}

/** Beijing wall-clock time of an instant, as a spreadsheet user reads it. */
export function shanghaiDateTime(instant: Date): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
  }).format(instant);
}

/** Reads the names the header block needs from the read models' reference tables. */
@Injectable()
export class ExportContextReader {
  constructor(@Inject(READ_MODELS) private readonly rm: ReadModelDb, @Inject(MONITORING) private readonly settings: MonitoringSettings,
    private readonly consistency: ReadConsistency) {}

  /** What every export starts with: the date read, the caller's units (403 outside them), read models caught up, the header block. */
  async prepare(q: ExportRequest, principal: Principal): Promise<{ scope: ReadScope; units: readonly string[] | undefined; ctx: ExportContext }> {
    const scope = readScope(q);
    const units = unitsForRead(principal, q.unit);
    await this.consistency.reach(scope.minPosition);
    return { scope, units, ctx: await this.read(scope, units, principal, amountUnitOf(q)) };
  }

  async read(scope: ReadScope, units: readonly string[] | undefined, principal: Principal, amountUnit: AmountUnit, now = new Date()): Promise<ExportContext> {
    const db = this.rm.db;
    const budget = await db.selectFrom('budget_documents').select('department').where('fiscal_year', '=', scope.fiscalYear)
      .orderBy('position').limit(1).executeTakeFirst();
    if (!budget) throw DomainError.notFound('BUDGET_NOT_FOUND', 'fiscalYear', `no budget has been imported for ${scope.fiscalYear}`);
    const department = await db.selectFrom('ref_departments').select(['code', 'name']).where('code', '=', budget.department).executeTakeFirst();
    const named = units === undefined || units.length === 0 ? []
      : await db.selectFrom('ref_units').select(['code', 'name']).where('code', 'in', [...units]).orderBy('code').execute();
    const names = new Map(named.map((u) => [u.code, u.name]));
    return {
      fiscalYear: scope.fiscalYear, asOf: scope.asOf, basis: scope.basis ?? this.settings.timeProgressBasis,
      timeProgress: executionColumns({ appropriated: '0', netDisbursed: '0' }, scope.asOf, scope.basis, this.settings).timeProgress,
      amountUnit, department: { code: budget.department, name: department?.name ?? budget.department },
      units: units === undefined ? 'all' : [...units].sort().map((code) => ({ code, name: names.get(code) ?? code })),
      generatedAt: shanghaiDateTime(now), generatedBy: principal.username,
    };
  }
}
