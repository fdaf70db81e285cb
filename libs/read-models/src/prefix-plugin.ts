import {
  KyselyPlugin, OperationNodeTransformer, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode,
  TableNode, UnknownRow,
} from 'kysely';
import type { QueryId } from 'kysely';

/**
 * Adds a prefix to every read-model table a query names (FROM, JOIN, INSERT, qualified column references,
 * CREATE/DROP TABLE, CREATE INDEX … ON). Only the known logical names are touched, so aliases and
 * `excluded` stay as written. This is what lets a rebuild fill `rmb_*` tables with the very same code
 * that keeps `rm_*` up to date, then swap them by renaming.
 */
export class TablePrefixPlugin implements KyselyPlugin {
  private readonly transformer: PrefixTransformer;

  constructor(readonly prefix: string, tableNames: Iterable<string>) {
    this.transformer = new PrefixTransformer(prefix, new Set(tableNames));
  }

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.transformer.transformNode(args.node, args.queryId);
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

class PrefixTransformer extends OperationNodeTransformer {
  constructor(private readonly prefix: string, private readonly names: ReadonlySet<string>) {
    super();
  }

  protected override transformTable(node: TableNode, queryId?: QueryId): TableNode {
    const table = super.transformTable(node, queryId);
    const identifier = table.table.identifier;
    if (!this.names.has(identifier.name)) return table;
    return { ...table, table: { ...table.table, identifier: { ...identifier, name: this.prefix + identifier.name } } };
  }
}
