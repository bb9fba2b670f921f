import type { Kysely } from 'kysely';
import { primaryId } from './columns.ts';

/**
 * News intelligence (issue 8): `stories` (articles about one event; open until inactive, then closed;
 * a story found to be the same as an older one points to it with `merged_into_id`), `story_articles`
 * (the story of each analysed article, its detected language and the wire text it copies; the row is
 * also the mark that an article was analysed), `entities` with their `entity_aliases`, the entities an
 * article mentions (`article_entities`) and the `quotes` found in it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a migration must not depend on today's schema.ts
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('stories')
    .addColumn('id', 'integer', primaryId(db))
    // The article that opened the story: the clusterer knows a story by it.
    .addColumn('opened_by_article_id', 'integer', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('first_article_at', 'text', (c) => c.notNull())
    .addColumn('last_article_at', 'text', (c) => c.notNull())
    .addColumn('article_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('source_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('closed_at', 'text')
    .addColumn('merged_into_id', 'integer', (c) => c.references('stories.id').onDelete('set null'))
    .addColumn('merged_at', 'text')
    .execute();
  await db.schema.createIndex('stories_last_article_idx').on('stories').column('last_article_at').execute();

  await db.schema
    .createTable('story_articles')
    // The order of analysis: the clusterer's state is rebuilt by replaying rows in this order.
    .addColumn('id', 'integer', primaryId(db))
    .addColumn('article_id', 'integer', (c) => c.notNull().unique().references('articles.id').onDelete('cascade'))
    .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
    // The time the clusterer saw the article at: its list time, never before the one analysed before it.
    .addColumn('joined_at', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    // The first published text this article republishes (a wire copy), or null.
    .addColumn('duplicate_of_id', 'integer', (c) => c.references('articles.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('story_articles_story_idx').on('story_articles').columns(['story_id', 'joined_at']).execute();
  await db.schema.createIndex('story_articles_duplicate_idx').on('story_articles').column('duplicate_of_id').execute();

  await db.schema
    .createTable('entities')
    .addColumn('id', 'integer', primaryId(db))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('entity_aliases')
    .addColumn('entity_id', 'integer', (c) => c.notNull().references('entities.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    // The spelling in lower case: one alias names one entity of a type.
    .addColumn('alias', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('entity_aliases_pk', ['type', 'alias'])
    .execute();
  await db.schema.createIndex('entity_aliases_entity_idx').on('entity_aliases').column('entity_id').execute();

  await db.schema
    .createTable('article_entities')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('entity_id', 'integer', (c) => c.notNull().references('entities.id').onDelete('cascade'))
    .addColumn('mentions', 'integer', (c) => c.notNull())
    // Where the entity is first named, in code points into the article's text.
    .addColumn('first_start', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_entities_pk', ['article_id', 'entity_id'])
    .execute();
  await db.schema.createIndex('article_entities_entity_idx').on('article_entities').column('entity_id').execute();

  await db.schema
    .createTable('quotes')
    .addColumn('id', 'integer', primaryId(db))
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('speaker_entity_id', 'integer', (c) => c.references('entities.id').onDelete('set null'))
    // The speaker as the text names it when no entity stands for it ("die Polizei").
    .addColumn('speaker_text', 'text')
    .addColumn('cue', 'text')
    // Offsets in code points into the article's text (end exclusive).
    .addColumn('start_offset', 'integer', (c) => c.notNull())
    .addColumn('end_offset', 'integer', (c) => c.notNull())
    .addUniqueConstraint('quotes_article_position_uq', ['article_id', 'position'])
    .execute();
  await db.schema.createIndex('quotes_speaker_idx').on('quotes').column('speaker_entity_id').execute();
}
