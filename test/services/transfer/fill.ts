// A site with a row in every table, written through the store as the program writes it, with the
// awkward cases a move must keep: ids with gaps (deleted rows), a category whose parent has the
// higher id, text with quotes, umlauts, emoji and control characters, nulls, and JSON in text columns.
import { collectTags } from '../../../src/domain/tags.ts';
import { splitByline } from '../../../src/domain/authors.ts';
import {
  addArticleViews,
  addFeed,
  appendAudit,
  createSource,
  createUser,
  insertArticle,
  insertSession,
  insertSubscription,
  recordFailedLogin,
  reviseArticle,
  setSetting,
  upsertCategory,
  type DbOrTx,
} from '../../../src/store/index.ts';
import { newArticle } from '../../store/helpers.ts';

/** The tables the filled site has rows in (every table of migrations 001–007). */
export const FILLED_TABLES = [
  'categories', 'sources', 'feeds', 'articles', 'article_feeds', 'article_revisions', 'websub_subscriptions', 'tags', 'article_tags',
  'authors', 'article_authors', 'settings', 'article_views', 'users', 'sessions', 'audit_log', 'login_attempts',
];

const at = new Date('2026-11-27T10:00:00Z');

/** Fills `db` (freshly migrated, empty); returns how many articles it holds. */
export async function fillSite(db: DbOrTx): Promise<number> {
  const child = await upsertCategory(db, { slug: 'kommunal', name: 'Kommunales' });
  const gone = await upsertCategory(db, { slug: 'weg', name: 'Weg' });
  const parent = await upsertCategory(db, { slug: 'politik', name: 'Politik „aktuell“', position: 2 });
  // The child (lower id) sits in the parent (higher id): an import must not insert it first with its parent.
  await upsertCategory(db, { slug: 'kommunal', name: 'Kommunales', parentId: parent.id });
  await db.deleteFrom('categories').where('id', '=', gone.id).execute();

  const source = await createSource(db, { slug: 'kreisbote', name: 'Kreisbote 🗞', siteUrl: 'https://kreisbote.example/', language: 'de', displayPolicy: 'excerpt', readMoreText: 'Weiter „hier“', categoryId: child.id });
  const other = await createSource(db, { slug: 'morning', name: "Morning Post's", siteUrl: 'https://morning.example/', language: 'en' });
  const feed = await addFeed(db, { sourceId: source.id, url: 'https://kreisbote.example/rss', nextCheckAt: at });
  const second = await addFeed(db, { sourceId: other.id, url: 'https://morning.example/atom', nextCheckAt: at });

  let count = 0;
  for (let n = 1; n <= 40; n++) {
    const input = newArticle(n, {
      feedId: n % 3 === 0 ? second.id : feed.id,
      sourceId: n % 3 === 0 ? other.id : source.id,
      categoryId: n % 2 === 0 ? child.id : null,
      title: `Meldung ${n}: „Zitat“ — 'quoted' \\ ${n % 5 === 0 ? '\u0007' : ''}Straße`,
      publishedAt: n % 7 === 0 ? null : new Date(Date.UTC(2026, 10, 1 + (n % 26), n % 24)).toISOString(),
      media: n % 4 === 0 ? [{ kind: 'video', title: `Video ${n}`, durationSeconds: 90.5, url: `https://kreisbote.example/v/${n}.mp4`, poster: null }] : [],
      byline: n % 2 === 0 ? 'Erika Beispiel und Max Muster, dpa' : null,
      tags: collectTags(n % 2 === 0 ? ['Haushalt', 'Klima'] : ['Hafen']),
    });
    const { id } = await insertArticle(db, { ...input, authors: splitByline(input.byline) });
    count++;
    if (n % 10 === 0) {
      await reviseArticle(db, id, { title: `${input.title} (korrigiert)`, bodyText: 'Neuer Text.', updatedAt: at });
    }
    if (n === 13) {
      await db.deleteFrom('articles').where('id', '=', id).execute(); // a gap in the article ids
      count--;
    }
  }
  const first = await db.selectFrom('articles').select('id').orderBy('id').executeTakeFirstOrThrow();
  await addArticleViews(db, [{ articleId: first.id, day: '2026-11-26', views: 7 }, { articleId: first.id, day: '2026-11-27', views: 3 }]);
  await setSetting(db, 'legal.impressum.de', 'Kreisbote e. V.\n\nHafenstraße 1', at);
  await insertSubscription(db, { feedId: feed.id, state: 'active', hubUrl: 'https://hub.example/', topicUrl: 'https://kreisbote.example/rss', callbackToken: 'tok', secret: 's3cret', nextActionAt: at, createdAt: at });
  const user = await createUser(db, { name: 'greta', role: 'admin', passwordHash: 'scrypt$32768$8$1$abc$def', at });
  const removed = await createUser(db, { name: 'otto', role: 'editor', passwordHash: 'scrypt$32768$8$1$ghi$jkl', at });
  await db.deleteFrom('users').where('id', '=', removed.id).execute();
  await insertSession(db, { tokenHash: 'h'.repeat(64), userId: user.id, csrfToken: 'c'.repeat(43), address: '203.0.113.5', at, expiresAt: new Date(at.getTime() + 7200_000) });
  await appendAudit(db, { userId: user.id, userName: 'greta', action: 'login', address: '203.0.113.5', at });
  await appendAudit(db, { userId: null, userName: 'cli', action: 'user.add', target: 'greta', detail: '{"role":"admin"}', at });
  await recordFailedLogin(db, { account: 'greta', address: '198.51.100.7', at });
  return count;
}
