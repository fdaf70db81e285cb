import { Kysely, sql } from 'kysely';
import type { ReadModelTables, TableName } from './schema';

/**
 * The tables, declared once for both dialects: each column is `name type`, type one of text, int (INTEGER),
 * fen / int8 (BIGINT), a trailing `?` for nullable. Read models are disposable: a changed shape ships as
 * a new declaration and a rebuild (which creates the new shape aside and swaps), not as ALTERs.
 */
interface TableSpec { readonly primaryKey: readonly string[]; readonly columns: readonly string[]; readonly indexes: readonly (readonly string[])[] }
const spec = (primaryKey: string[], columns: string, indexes: string[][] = []): TableSpec =>
  ({ primaryKey, columns: columns.split(',').map((c) => c.trim()), indexes });

export const TABLE_SPECS: Readonly<Record<TableName, TableSpec>> = {
  checkpoints: spec(['name'], 'name text, position int8'),
  // the key (import_id, position) is the order a completed import's held events are applied in
  import_held_events: spec(['import_id', 'position'], 'import_id text, position int8, event text'),
  ref_departments: spec(['code'], 'code text, name text, short_name text?'),
  ref_units: spec(['code'], 'code text, name text, short_name text?, department text'),
  ref_functional: spec(['code'], 'code text, name text'),
  ref_economic: spec(['code'], 'code text, name text'),
  ref_projects: spec(['fiscal_year', 'code'], 'fiscal_year int, code text, name text, unit text, category text, sub_category text?, total fen'),
  budget_documents: spec(['import_id'], 'import_id text, fiscal_year int, department text, kind text, title text, reference text?, '
    + 'effective_date text, recorded_at text?, position int8, line_count int, indicator_count int, quirks text'),
  lines: spec(['line_id'], 'line_id text, fiscal_year int, department text, unit text, type text, project text?, project_name text?, '
    + 'basic_kind text?, functional text, economic text?, funding_source text, amount fen, overspend_policy text, revolving_fund int, '
    + 'import_id text, inferred text, established_on text, position int8, carried_from text?', [['fiscal_year', 'unit']]),
  // the primary key (line_id, date) is the index the as-of sums run on
  movements: spec(['line_id', 'date'], 'line_id text, date text, initial fen, increased fen, decreased fen, transferred_in fen, '
    + 'transferred_out fen, disbursed fen, reversed fen, advanced fen, recovered fen, disbursements int8'),
  line_days: spec(['line_id', 'date'], 'line_id text, date text, initial fen, increased fen, decreased fen, transferred_in fen, '
    + 'transferred_out fen, disbursed fen, reversed fen, advanced fen, recovered fen, disbursements int8'),
  subsidies: spec(['fiscal_year', 'unit', 'category', 'date'], 'fiscal_year int, unit text, category text, date text, disbursed fen, '
    + 'reversed fen, people int8, payments int8'),
  subsidy_disbursements: spec(['disbursement_id'], 'disbursement_id text, line_id text, fiscal_year int, unit text, category text, '
    + 'date text, amount fen, people int8, reversed fen'),
  wage_cases: spec(['case_id'], 'case_id text, unit text, fiscal_year int, reported_on text, employer text, workers int, amount_owed fen, '
    + 'resolved_on text?, resolution text?, amount_settled fen?', [['fiscal_year', 'unit']]),
  fund_advances: spec(['advance_id'], 'advance_id text, line_id text, case_id text, date text, amount fen, workers int, position int8',
    [['line_id', 'date'], ['case_id']]),
  fund_recoveries: spec(['recovery_id'], 'recovery_id text, line_id text, case_id text, date text, amount fen, position int8',
    [['line_id', 'date'], ['case_id']]),
  indicators: spec(['fiscal_year', 'indicator_id'], 'indicator_id text, fiscal_year int, department text, scope text, project text?, unit text?, '
    + 'level1 text, level2 text, name text, comparator text, target text?, target_text text, measure_unit text?, weight text, kind text, '
    + 'metric text?, subsidy_category text?, import_id text, defined_on text, position int8', [['fiscal_year', 'project']]),
  indicator_targets: spec(['indicator_id', 'position'], 'indicator_id text, fiscal_year int, position int8, effective_date text, target text?, '
    + 'target_text text, previous_target text?, reason text, recorded_at text?'),
  indicator_reports: spec(['indicator_id', 'position'], 'indicator_id text, fiscal_year int, position int8, as_of text, value text?, grade text?, '
    + 'deviation_reason text?, note text?, recorded_at text?, actor text?', [['indicator_id', 'as_of']]),
  alerts: spec(['alert_id'], 'alert_id text, rule text, subject_key text, subject_kind text, subject_name text, unit text?, fiscal_year int, '
    + 'severity text, status text, acknowledged int, acknowledged_by text?, acknowledged_at text?, ack_note text?, raised_at text, escalated_at text?, '
    + 'last_notified_at text, resolved_at text?, resolved_how text?, summary text, target text?, actual text?, expected text?, measure_unit text?, '
    + 'deviation_reason text?, link text, as_of text, position int8, raised_observation text', [['status', 'fiscal_year'], ['unit']]),
  alert_units: spec(['alert_id', 'unit'], 'alert_id text, unit text', [['unit']]),
  fiscal_years: spec(['fiscal_year'], 'fiscal_year int, status text, reason text?, early int, rules text, locked_on text?, closed_on text?, '
    + 'closed_at text?, closed_by text?, as_of text?, totals text, supplements text, position int8'),
  fiscal_year_events: spec(['fiscal_year', 'position'], 'fiscal_year int, position int8, kind text, actor text?, recorded_at text?, effective_date text, reason text?'),
  year_end_lines: spec(['fiscal_year', 'line_id'], 'fiscal_year int, line_id text, appropriated fen, disbursed fen, unspent fen, advances fen, '
    + 'carried fen, lapsed fen, fate text, decided_by text, carried_to text?'),
  year_end_scores: spec(['fiscal_year', 'scope', 'code'], 'fiscal_year int, scope text, code text, name text, score text, out_of text, grade text, '
    + 'goal_light text?, execution_rate text?, execution_points text, indicators text'),
  // 表四 三公经费 and 机关运行经费; 表九 政府采购预算 (projections/sangong.ts, projections/procurement.ts)
  sangong_budgets: spec(['fiscal_year', 'department'], 'fiscal_year int, department text, import_id text, prior_year int?, prior_total fen?, '
    + 'prior_caps text?, agency_amount fen?, agency_prior fen?, agency_functional text?, position int8'),
  sangong_caps: spec(['fiscal_year', 'department', 'unit', 'category', 'position'], 'fiscal_year int, department text, unit text, category text, '
    + 'position int8, date text, cap fen, previous fen?, reason text?, document_no text?, actor text?, recorded_at text?'),
  sangong_spending: spec(['fiscal_year', 'department', 'unit', 'category', 'date'], 'fiscal_year int, department text, unit text, category text, '
    + 'date text, spent fen, released fen, payments int8'),
  procurement_budgets: spec(['fiscal_year', 'department'], 'fiscal_year int, department text, import_id text, policy text, position int8'),
  procurement_items: spec(['fiscal_year', 'item_id'], 'fiscal_year int, item_id text, department text, line_id text, unit text, project text?, '
    + 'project_name text?, category text, name text, amount fen, funding text, whole_line int'),
  procurement_spending: spec(['fiscal_year', 'department', 'item_id', 'line_id', 'category', 'date'], 'fiscal_year int, department text, item_id text, '
    + 'line_id text, unit text, category text, date text, drawn fen, released fen, payments int8'),
  spending_plans: spec(['line_id', 'revision'], 'line_id text, revision int, fiscal_year int, effective_date text, '
    + 'm01 fen, m02 fen, m03 fen, m04 fen, m05 fen, m06 fen, m07 fen, m08 fen, m09 fen, m10 fen, m11 fen, m12 fen, '
    + 'total fen, reason text?, actor text?, recorded_at text?, position int8', [['fiscal_year']]),
  plan_appropriations: spec(['line_id', 'date'], 'line_id text, date text, amount fen'),
  plan_exceedances: spec(['line_id', 'disbursement_id'], 'line_id text, disbursement_id text, date text, month text, planned fen, paid fen, '
    + 'requested fen, excess fen, position int8'),
};
export const TABLE_NAMES = Object.keys(TABLE_SPECS) as TableName[];

const SQL_TYPES = { text: 'text', int: 'integer', int8: 'bigint', fen: 'bigint' } as const;

/** What creating tables needs from a ReadModelDb (structural, so this module does not import database.ts). */
export interface SchemaTarget {
  readonly dialect: 'sqlite' | 'postgres';
  readonly raw: Kysely<any>;
  tables(prefix: string, on?: Kysely<any>): Kysely<ReadModelTables>;
  listTables(on?: Kysely<any>): Promise<string[]>;
}

/**
 * Creates each table of `prefix` that does not exist yet, with its indexes. Constraint and index names
 * carry a random token: they stay with a table when it is renamed by a swap, and names are unique per
 * schema, so the next rebuild must not reuse them.
 */
export async function migrate(target: SchemaTarget, prefix: string): Promise<void> {
  const existing = new Set(await target.listTables());
  const token = Math.random().toString(36).slice(2, 8);
  const db = target.tables(prefix) as Kysely<any>;
  for (const name of TABLE_NAMES) {
    if (existing.has(prefix + name)) continue;
    const { primaryKey, columns, indexes } = TABLE_SPECS[name];
    let create = db.schema.createTable(name);
    for (const column of columns) {
      const [columnName, type] = column.split(' ');
      const nullable = type.endsWith('?');
      create = create.addColumn(columnName, sql.raw(SQL_TYPES[type.replace('?', '') as keyof typeof SQL_TYPES]), (c) => (nullable ? c : c.notNull()));
    }
    create = create.addPrimaryKeyConstraint(`${prefix}${name}_pk_${token}`, primaryKey as never);
    // SQLite: the primary key is the table (one B-tree, rows clustered by key: a line's movements sit together by date)
    if (target.dialect === 'sqlite') create = create.modifyEnd(sql`without rowid`);
    try {
      await create.execute();
    } catch (error) {
      // several instances starting at once on an empty schema: another one created it first, indexes included
      if ((await target.listTables()).includes(prefix + name)) continue;
      throw error;
    }
    for (const [i, cols] of indexes.entries()) {
      await db.schema.createIndex(`${prefix}${name}_ix${i}_${token}`).on(name).columns(cols as string[]).execute();
    }
  }
}

/**
 * Live tables whose columns differ from their declaration: an upgrade changed a read model's shape. Read
 * models have no ALTERs; such tables are rebuilt from the event store (rebuild.ts) before projecting.
 */
export async function outdatedTables(target: SchemaTarget, prefix: string): Promise<TableName[]> {
  const query = target.dialect === 'sqlite'
    ? sql<{ t: string; c: string }>`select m.name as t, p.name as c from sqlite_master m, pragma_table_info(m.name) p where m.type = 'table'`
    : sql<{ t: string; c: string }>`select table_name as t, column_name as c from information_schema.columns where table_schema = current_schema()`;
  const columns = new Map<string, Set<string>>();
  for (const r of (await query.execute(target.raw)).rows) columns.set(r.t, (columns.get(r.t) ?? new Set()).add(r.c));
  return TABLE_NAMES.filter((name) => {
    const actual = columns.get(prefix + name);
    if (!actual) return false;
    const expected = TABLE_SPECS[name].columns.map((c) => c.split(' ')[0]);
    return expected.length !== actual.size || expected.some((c) => !actual.has(c));
  });
}

/** Drops every table of `prefix` that exists (an abandoned rebuild, or the old tables after a swap). */
export async function dropTables(target: SchemaTarget, prefix: string): Promise<void> {
  const existing = new Set(await target.listTables());
  for (const name of TABLE_NAMES) {
    if (existing.has(prefix + name)) await target.raw.schema.dropTable(prefix + name).execute();
  }
}
