// Which statements a piece of code runs: a kysely plugin that notes each one as "kind table"
// ("select entity_aliases", "insert quotes", "update feeds", "delete feed_fetches"), in order.
import type { Kysely, KyselyPlugin } from 'kysely';

interface Named {
  identifier: { name: string };
}

/** `db` with every statement run through it noted in `statements` ("select sources", …). */
export function recordStatements<DB>(db: Kysely<DB>): { db: Kysely<DB>; statements: string[] } {
  const statements: string[] = [];
  const plugin: KyselyPlugin = {
    transformQuery(args) {
      const node = args.node as { kind: string; into?: { table: Named }; table?: { table?: Named }; from?: { froms: { table?: Named; node?: { table: Named } }[] } };
      const from = node.from?.froms[0];
      const table = node.into?.table.identifier.name ?? node.table?.table?.identifier.name ?? from?.table?.identifier.name ?? from?.node?.table.identifier.name ?? '?';
      statements.push(`${node.kind.replace('QueryNode', '').toLowerCase()} ${table}`);
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  return { db: db.withPlugin(plugin), statements };
}
