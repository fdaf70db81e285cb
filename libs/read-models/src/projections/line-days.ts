import { sql } from 'kysely';
import { compiledOnce, runCompiled } from '../compiled';
import type { ReadModelKysely } from '../database';

/** The additive columns shared by `movements` (per day) and `line_days` (running totals). */
export const AMOUNT_COLUMNS = [
  'initial', 'increased', 'decreased', 'transferred_in', 'transferred_out', 'disbursed', 'reversed', 'advanced', 'recovered',
] as const;
export const SUMMED_COLUMNS = [...AMOUNT_COLUMNS, 'disbursements'] as const;
export type SummedColumn = (typeof SUMMED_COLUMNS)[number];

const columns = () => sql.join(SUMMED_COLUMNS.map((c) => sql.id(c)));
const running = () => sql.join(SUMMED_COLUMNS.map((c) => sql`sum(${sql.id(c)}) over (partition by line_id order by date rows unbounded preceding) as ${sql.id(c)}`));

/**
 * 累计: for each line and each date it has movements on, everything up to and including that date. The line's
 * position on any day is then ONE row, its latest on or before that day: an as-of query costs one index seek
 * per line however many payments the year has. A (back-dated) movement changes the running totals from its
 * date on, so after each batch the touched lines' rows from their earliest touched date are recomputed from
 * `movements` with a window sum (at most a year of rows per line, inside the batch transaction).
 */
export async function refreshLineDays(db: ReadModelKysely, earliest: ReadonlyMap<string, string>): Promise<void> {
  const remove = compiledOnce(db, 'line_days remove', () => db.deleteFrom('line_days').where('line_id', '=', '').where('date', '>=', '').compile());
  const derive = compiledOnce(db, 'line_days derive', () => sql`
      insert into ${sql.table('line_days')} (line_id, date, ${columns()})
      select line_id, date, ${columns()} from (select line_id, date, ${running()} from ${sql.table('movements')} where line_id = ${''}) w
      where date >= ${''}
    `.compile(db));
  for (const [lineId, from] of earliest) {
    await runCompiled(db, remove, [lineId, from]);
    await runCompiled(db, derive, [lineId, from]);
  }
}

/** All running totals in one statement: a rebuild loads `movements` in bulk, then derives these once. */
export async function deriveLineDays(db: ReadModelKysely): Promise<void> {
  await sql`insert into ${sql.table('line_days')} (line_id, date, ${columns()}) select line_id, date, ${running()} from ${sql.table('movements')}`.execute(db);
}
