import { sql, type RawBuilder } from 'kysely';
import type { ReadModelKysely } from '../database';
import { toInt } from '../fen';
import { asOfRows, type ExecutionFigures, figures, type LineFilters, readSums, sumsOf } from './filters';
import { type GroupBy, groupNames } from './names';

export type { GroupBy };

export interface ExecutionQuery {
  /** 截至日期: effective dates ≤ asOf count */
  readonly asOf: string;
  readonly groupBy: GroupBy;
  /** functional: 1 类 (3 digits), 2 款 (5), 3 项 (7); economic: 1 类 (3), 2 款 (5). Default 1. */
  readonly level?: 1 | 2 | 3;
  readonly filters: LineFilters & { readonly fiscalYear: number };
}

export interface ExecutionRow extends ExecutionFigures {
  /** the group's code; `basic` for basic lines grouped by project, '' for lines without an economic code */
  readonly key: string;
  readonly name: string;
  readonly lines: number;
  readonly disbursementCount: number;
}

const FUNCTIONAL_DIGITS = { 1: 3, 2: 5, 3: 7 } as const;
const ECONOMIC_DIGITS = { 1: 3, 2: 5 } as const;

/** The group key of a line in SQL, by rollup and level. */
export function keyExpression(groupBy: GroupBy, level: 1 | 2 | 3): RawBuilder<string> {
  switch (groupBy) {
    case 'department': return sql`${sql.ref('lines.department')}`;
    case 'unit': return sql`${sql.ref('lines.unit')}`;
    case 'project': return sql`coalesce(${sql.ref('lines.project')}, 'basic')`;
    case 'line': return sql`${sql.ref('lines.line_id')}`;
    case 'source': return sql`${sql.ref('lines.funding_source')}`;
    case 'type': return sql`${sql.ref('lines.type')}`;
    case 'functional': return sql`substr(${sql.ref('lines.functional')}, 1, ${sql.lit(FUNCTIONAL_DIGITS[level])})`;
    case 'economic': {
      if (level === 3) throw new RangeError('economic classification has two levels: 类 (1) and 款 (2)');
      return sql`coalesce(substr(${sql.ref('lines.economic')}, 1, ${sql.lit(ECONOMIC_DIGITS[level])}), '')`;
    }
  }
}

/**
 * 预算执行 totals as of a date, grouped: a SUM over one running-totals row per line (see asOfRows), never a
 * replay of the log, so its cost follows the number of lines, not of disbursements. Exact 元 strings; rates,
 * time progress and lights are computed by the caller.
 */
export async function executionTotals(db: ReadModelKysely, query: ExecutionQuery): Promise<ExecutionRow[]> {
  const level = query.level ?? 1;
  const key = keyExpression(query.groupBy, level);
  const rows = await asOfRows(db, query.filters.fiscalYear, query.asOf, query.filters)
    .select([key.as('key'), sql<string>`count(*)`.as('line_count'), ...sumsOf('line_days')])
    .groupBy(key)
    .execute() as Record<string, unknown>[];
  // sorted here, by code point: a PostgreSQL collation would order 'basic' and 'P01' differently from SQLite
  rows.sort((a, b) => (String(a.key) < String(b.key) ? -1 : String(a.key) > String(b.key) ? 1 : 0));
  const names = await groupNames(db, query.groupBy, query.filters.fiscalYear, rows.map((r) => String(r.key)));
  return rows.map((r) => {
    const k = String(r.key);
    return {
      key: k, name: names.get(k) ?? k, lines: toInt(r.line_count as string), disbursementCount: toInt(r.disbursements as string),
      ...figures(readSums(r)),
    };
  });
}
