import { Controller, Get, Inject, Query, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Money, MonitoringSettings } from '@app/domain';
import { ReadModelDb, executionTotals } from '@app/read-models';
import { Authorize, CurrentPrincipal } from '../../auth/authorize';
import { Principal } from '@app/kernel';
import { scorecard } from '../../indicators/get-scorecard/scorecard';
import { EvaluatedIndicator, IndicatorEvaluator, MONITORING, READ_MODELS } from '@app/platform';
import { ReadScope } from '../../read-models/read-scope';
import { ExportContextReader } from '../export-context';
import { exportFile } from '../export-file';
import { ExportRequest } from '../export.request';
import { ProjectScorecard, table12Sheet } from './table12.layout';

/** 表十二 forms give execution 10 points; the indicators carry the other 90 (as GET /projects/{code}/scorecard). */
const PROJECT_EXECUTION_WEIGHT = new Money(10);

/** 表十二: project performance indicators with actuals, lights, points, 偏差原因 and each project's self-evaluation. */
@ApiTags('exports 报表导出')
@Controller('api/v1/exports')
export class ExportIndicatorsController {
  constructor(@Inject(READ_MODELS) private readonly rm: ReadModelDb, @Inject(MONITORING) private readonly settings: MonitoringSettings,
    private readonly contexts: ExportContextReader, private readonly evaluator: IndicatorEvaluator) {}

  @Get(['indicators', 'table12'])
  @Authorize('read')
  @ApiOperation({ summary: '表十二 绩效目标 with actual, completion, expected by now, light, points, 偏差原因, and per project the score and grade, as XLSX or CSV as of a date' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  async table12(@Query() q: ExportRequest, @CurrentPrincipal() principal: Principal): Promise<StreamableFile> {
    const { scope, units, ctx } = await this.contexts.prepare(q, principal);
    const [indicators, execution, refs, unitNames] = await Promise.all([
      this.indicators(scope, units),
      executionTotals(this.rm.db, { asOf: scope.asOf, groupBy: 'project', filters: { fiscalYear: scope.fiscalYear, type: 'project', ...(units ? { units } : {}) } }),
      this.rm.db.selectFrom('ref_projects').select(['code', 'name', 'unit']).where('fiscal_year', '=', scope.fiscalYear).execute(),
      this.rm.db.selectFrom('ref_units').select(['code', 'name']).execute(),
    ]);
    const byProject = new Map<string, EvaluatedIndicator[]>();
    for (const e of indicators) byProject.set(e.view.project!, [...(byProject.get(e.view.project!) ?? []), e]);
    const ref = new Map(refs.map((r) => [r.code, r]));
    const unitName = new Map(unitNames.map((u) => [u.code, u.name]));
    const projects: ProjectScorecard[] = [...byProject.keys()].sort().map((code) => {
      const row = execution.find((r) => r.key === code);
      const rate = !row || new Money(row.appropriated).lte(0) ? null : new Money(row.netDisbursed).div(row.appropriated);
      const p = ref.get(code);
      return {
        code, name: p?.name ?? code, unit: p ? unitName.get(p.unit) ?? p.unit : '',
        card: scorecard(byProject.get(code)!, { rate, weight: PROJECT_EXECUTION_WEIGHT }, this.settings),
      };
    });
    const sheet = table12Sheet(ctx, projects);
    const suffix = `${ctx.department.code}_${scope.fiscalYear}_${scope.asOf}${q.unit ? `_${q.unit}` : ''}`;
    return exportFile(sheet, q.format ?? 'xlsx', { chinese: `表十二_绩效目标执行_${suffix}`, ascii: `table12-indicators_${suffix}` }, principal.username);
  }

  /** Project indicators of the units in scope (表十一's department indicators belong to the department scorecard). */
  private async indicators(scope: ReadScope, units: readonly string[] | undefined): Promise<EvaluatedIndicator[]> {
    const evaluated = await this.evaluator.evaluate(scope, units ? { units } : {});
    return evaluated.filter((e) => e.view.scope === 'project' && e.view.project !== null);
  }
}
