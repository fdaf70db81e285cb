import { Kysely, sql } from 'kysely';
import { type ReadModelDb, whileBusy } from '@app/read-models';

const TABLE = 'alerting_checkpoints';

/**
 * Where the alert trigger loop stands in the event store. Kept beside the read models (SQLite file or
 * PostgreSQL schema) but outside the projections' tables, which a rebuild replaces.
 */
export class TriggerCheckpoint {
  constructor(private readonly rm: ReadModelDb, private readonly name = 'alert-triggers') {}

  private get db(): Kysely<any> { return this.rm.raw; }

  async init(): Promise<void> {
    try {
      await whileBusy(() => this.db.schema.createTable(TABLE).ifNotExists()
        .addColumn('name', 'text', (c) => c.primaryKey()).addColumn('position', 'bigint', (c) => c.notNull()).execute());
    } catch (error) {
      // PostgreSQL: two instances creating it at the same moment can collide even with IF NOT EXISTS
      await this.db.selectFrom(TABLE).select('name').limit(1).execute().catch(() => { throw error; });
    }
  }

  /** The stored position; undefined when none was ever stored (a new read-model database). */
  async read(): Promise<number | undefined> {
    const row = await this.db.selectFrom(TABLE).select('position').where('name', '=', this.name).executeTakeFirst();
    return row ? Number(row.position) : undefined;
  }

  async save(position: number): Promise<void> {
    // SQLite: the projector thread may hold the write lock for a batch; wait for it without blocking this thread
    await whileBusy(() => this.db.insertInto(TABLE).values({ name: this.name, position })
      // never backwards: a holder that lost its lease while handling a page must not undo its successor's progress
      .onConflict((oc) => oc.column('name').doUpdateSet({ position: sql`excluded.position` }).where(`${TABLE}.position`, '<', sql`excluded.position`)).execute());
  }
}
