import { sql } from 'kysely';
import { LIVE_PREFIX } from './database';
import { migrate, outdatedTables } from './migrations';
import { DIALECTS, openTestBed, type TestBed } from './testing/harness';

/** An upgrade that changes a read model's columns is detected, so the app can rebuild instead of failing queries. */
describe.each(DIALECTS)('read-model shape (%s)', (dialect) => {
  let bed: TestBed;
  beforeAll(async () => { bed = await openTestBed(dialect); });
  afterAll(async () => { await bed.close(); });

  it('given tables as declared, then none is outdated', async () => {
    expect(await outdatedTables(bed.rm, LIVE_PREFIX)).toEqual([]);
  });

  it('given a table left in an older shape (indicator reports before they carried the fiscal year), then it is named', async () => {
    await bed.rm.raw.schema.dropTable(`${LIVE_PREFIX}indicator_reports`).execute();
    await sql`create table ${sql.id(`${LIVE_PREFIX}indicator_reports`)} (indicator_id text, position bigint, as_of text, value text, grade text,
      deviation_reason text, note text, recorded_at text, actor text, primary key (indicator_id, position))`.execute(bed.rm.raw);

    expect(await outdatedTables(bed.rm, LIVE_PREFIX)).toEqual(['indicator_reports']);

    await bed.rm.raw.schema.dropTable(`${LIVE_PREFIX}indicator_reports`).execute();
    await migrate(bed.rm, LIVE_PREFIX);
    expect(await outdatedTables(bed.rm, LIVE_PREFIX)).toEqual([]);
  });
});
