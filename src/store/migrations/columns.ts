import { PostgresAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

/**
 * The column builder for a table's integer primary key. Ids are never reused after a delete (links
 * like /artikel/123 must not come to point at another article): SQLite needs AUTOINCREMENT for that,
 * PostgreSQL an identity column.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see the database as it was then, not as schema.ts describes it now
export function primaryId(db: Kysely<any>): (col: ColumnDefinitionBuilder) => ColumnDefinitionBuilder {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  return (col) => (postgres ? col.primaryKey().generatedByDefaultAsIdentity() : col.primaryKey().autoIncrement());
}
