import { sql, type Kysely } from 'kysely';

/**
 * `analysis_queue`: the stored articles whose analysis (story, names, quotes) is still to be done, with
 * the time they are analysed in order of. The analysis used to find them as the articles without a
 * `story_articles` row, which reads every article: 0.3 s a batch of 20 at 200,000 articles on
 * PostgreSQL, more than the analysis itself, and growing with the site. The queue holds only the
 * waiting ones, in the order they are taken. A row is added with its article and removed in the
 * transaction that stores the article's analysis; existing articles without analysis are queued here.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema.ts
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('analysis_queue')
    .addColumn('article_id', 'integer', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
    .addColumn('sort_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('analysis_queue_order_idx').on('analysis_queue').columns(['sort_at', 'article_id']).execute();
  await sql`insert into analysis_queue (article_id, sort_at)
    select a.id, a.sort_at from articles a where not exists (select 1 from story_articles sa where sa.article_id = a.id)`.execute(db);
}
