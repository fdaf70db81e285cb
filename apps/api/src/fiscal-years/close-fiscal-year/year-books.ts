import { Inject, Injectable } from '@nestjs/common';
import { OpenLine, ProjectKind, budgetStreamId, catalogReducer, lineDecider, lineStreamId } from '@app/domain';
import { ReadModelDb } from '@app/read-models';
import { AggregateStore } from '@app/kernel';
import { READ_MODELS, ReadConsistency } from '@app/platform';

/** The books of a fiscal year as the close reads them: every line folded from its stream, and the projects' kinds. */
export interface YearBooks {
  readonly lines: readonly OpenLine[];
  readonly projects: ReadonlyMap<string, ProjectKind>;
  readonly departments: readonly string[];
}

/**
 * Which lines a year has comes from the read models, caught up with everything stored (once the year is locked
 * nothing can be added to it); their figures come from the lines' own streams, folded by the domain, never
 * from a projection. Projects' 表十 kinds come from the year's budget documents.
 */
@Injectable()
export class YearBooksReader {
  constructor(private readonly aggregates: AggregateStore, private readonly consistency: ReadConsistency, @Inject(READ_MODELS) private readonly rm: ReadModelDb) {}

  async read(fiscalYear: number): Promise<YearBooks> {
    await this.consistency.reach(await this.aggregates.store.headPosition());
    const rows = await this.rm.db.selectFrom('lines').select(['line_id', 'department']).where('fiscal_year', '=', fiscalYear).orderBy('line_id').execute();
    const lines: OpenLine[] = [];
    for (const row of rows) {
      const { state } = await this.aggregates.load(lineStreamId(row.line_id), lineDecider);
      if (state.status === 'open') lines.push(state);
    }
    const departments = [...new Set(rows.map((r) => r.department))].sort();
    const projects = new Map<string, ProjectKind>();
    for (const department of departments) {
      const { state } = await this.aggregates.load(budgetStreamId(department, fiscalYear), catalogReducer);
      for (const p of state.projects.values()) projects.set(p.code, { category: p.category, subCategory: p.subCategory });
    }
    return { lines, projects, departments };
  }
}
