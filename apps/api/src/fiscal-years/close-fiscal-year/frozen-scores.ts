import { Inject, Injectable } from '@nestjs/common';
import { DomainError, FrozenScore } from '@app/domain';
import { ReadModelDb } from '@app/read-models';
import { READ_MODELS } from '@app/platform';
import { Scorecard, Scorecards } from '../../indicators/get-scorecard/scorecards';
import { ReadScope } from '../../read-models/read-scope';

/**
 * 绩效自评 as it stands on the closing date, for every project with a 表十二 form and for the department (表十一):
 * the same computation as the scorecard endpoints, recorded in the close so that it is never recomputed.
 */
@Injectable()
export class FrozenScoresReader {
  constructor(private readonly scorecards: Scorecards, @Inject(READ_MODELS) private readonly rm: ReadModelDb) {}

  async read(fiscalYear: number, asOf: string, departments: readonly string[]): Promise<FrozenScore[]> {
    const scope: ReadScope = { fiscalYear, asOf, minPosition: undefined, basis: undefined };
    const projects = await this.rm.db.selectFrom('indicators').select('project').distinct().where('fiscal_year', '=', fiscalYear)
      .where('scope', '=', 'project').where('project', 'is not', null).execute();
    const scores: FrozenScore[] = [];
    for (const code of projects.map((p) => p.project as string).sort()) {
      const card = await this.scorecards.project(code, scope);
      scores.push(frozen('project', code, card.name, card));
    }
    for (const department of departments) {
      try {
        const card = await this.scorecards.department(department, scope);
        const name = await this.rm.db.selectFrom('ref_departments').select('name').where('code', '=', department).executeTakeFirst();
        scores.push(frozen('department', department, name?.name ?? department, card));
      } catch (e) {
        if (!(e instanceof DomainError && e.code === 'DEPARTMENT_INDICATORS_NOT_FOUND')) throw e;
      }
    }
    return scores;
  }
}

function frozen(scope: FrozenScore['scope'], code: string, name: string, card: Scorecard): FrozenScore {
  return {
    scope, code, name, score: card.score, outOf: card.outOf, grade: card.grade, goalLight: card.goalLight,
    executionRate: card.execution.rate, executionPoints: card.execution.points,
    indicators: card.indicators.map((i) => ({
      indicatorId: i.indicatorId, name: i.name, target: i.target, actual: i.actual, grade: i.grade, weight: i.weight, points: i.points, light: i.light,
    })),
  };
}
