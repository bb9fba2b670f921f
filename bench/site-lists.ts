// Times the lists of the tag, author, search, archive, related and most-read pages on a generated
// database (`npx tsx bench/site-lists.ts [ARTICLES]`, 100,000 by default): medians and p90 of 30 runs.
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../src/store/index.ts';
import { listLatest, listByTag, listByAuthor, searchTitles, listBetween } from '../src/store/article-lists.ts';
import { listRelated } from '../src/store/related.ts';
import { listMostRead } from '../src/store/views.ts';
import { listArticleTags, listUsedTags } from '../src/store/tags.ts';
import { listArticleAuthors } from '../src/store/authors.ts';
import { getArticle } from '../src/store/articles.ts';

const N = Number(process.argv[2] ?? 100_000);
const store = await openDatabase({ path: ':memory:' });
const db = store.db;
const words = ['Rat', 'Haushalt', 'Hafen', 'Klima', 'Schule', 'Bahn', 'Wald', 'Markt', 'Brücke', 'Wahl', 'Stadion', 'Theater', 'Deich', 'Kreis', 'Polizei'];
let seed = 7;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const zipf = (n: number) => Math.floor(n * rnd() ** 3);
await db.insertInto('sources').values({ slug: 'q', name: 'Quelle', created_at: '2026-01-01T00:00:00.000Z' }).execute();
await db.insertInto('categories').values(Array.from({ length: 30 }, (_, i) => ({ slug: `c${i}`, name: `C${i}`, position: i }))).execute();
await db.insertInto('tags').values(Array.from({ length: 2000 }, (_, i) => ({ slug: `t${i}`, name: `T${i}` }))).execute();
await db.insertInto('authors').values(Array.from({ length: 3000 }, (_, i) => ({ slug: `a${i}`, name: `A${i}` }))).execute();
const start = Date.parse('2025-01-01T00:00:00Z');
const span = Date.parse('2026-11-27T00:00:00Z') - start;
const t0 = performance.now();
for (let b = 0; b < N; b += 1000) {
  const rows = [];
  for (let i = b; i < Math.min(N, b + 1000); i++) {
    const t = new Date(start + Math.floor((i / N) * span)).toISOString();
    const title = `${words[Math.floor(rnd() * words.length)]} ${words[Math.floor(rnd() * words.length)]} Meldung ${i}`;
    rows.push({
      source_id: 1, category_id: 1 + (i % 30), guid: `g${i}`, url: `https://x.example/${i}`, canonical_url: `https://x.example/${i}`, slug: `m-${i}`,
      title, lead: `Vorspann über ${words[i % words.length]} und mehr ${i}.`, body_html: '<p>x</p>', body_text: 'x', published_at: t, first_seen_at: t, sort_at: t,
      updated_at: t, extraction_status: 'extracted',
    });
  }
  await db.insertInto('articles').values(rows).execute();
  const links = [];
  const authorLinks = [];
  for (let i = b; i < Math.min(N, b + 1000); i++) {
    const tags = new Set([zipf(2000), zipf(2000), zipf(2000)]);
    for (const tag of tags) links.push({ article_id: i + 1, tag_id: tag + 1 });
    authorLinks.push({ article_id: i + 1, author_id: zipf(3000) + 1, position: 0 });
  }
  await db.insertInto('article_tags').values(links).execute();
  await db.insertInto('article_authors').values(authorLinks).execute();
}
const views = [];
for (let i = 0; i < 20_000; i++) views.push({ article_id: N - zipf(5000), day: `2026-11-${String(20 + (i % 7)).padStart(2, '0')}`, views: 1 + zipf(50) });
const seen = new Set<string>();
for (let i = 0; i < views.length; i += 500) {
  const chunk = views.slice(i, i + 500).filter((v) => !seen.has(`${v.article_id}|${v.day}`) && seen.add(`${v.article_id}|${v.day}`));
  if (chunk.length) await db.insertInto('article_views').values(chunk).execute();
}
console.log(`filled ${N} articles in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
const counts = await db.selectFrom('article_tags').select(['tag_id', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('tag_id').orderBy('n', 'desc').execute();
const popular = counts[0]!;
const rare = counts.at(-1)!;

async function time(name: string, fn: () => Promise<unknown>, runs = 30) {
  await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    await fn();
    ms.push(performance.now() - a);
  }
  ms.sort((x, y) => x - y);
  console.log(`${name.padEnd(58)} median ${ms[Math.floor(runs / 2)]!.toFixed(2).padStart(8)} ms   p90 ${ms[Math.floor(runs * 0.9)]!.toFixed(2).padStart(8)} ms`);
}
const page = { limit: 20 };
await time('latest (reference, existing)', () => listLatest(db, page));
await time(`tag page, most used tag (${popular.n} articles)`, () => listByTag(db, `t${popular.tag_id - 1}`, page));
await time(`tag page, least used tag (${rare.n} articles)`, () => listByTag(db, `t${rare.tag_id - 1}`, page));
await time('author page, most frequent author', () => listByAuthor(db, 'a0', page));
await time('search one common word ("klima")', () => searchTitles(db, ['klima'], page));
await time('search two words ("klima", "hafen")', () => searchTitles(db, ['klima', 'hafen'], page));
await time('search without hits ("zeppelin")', () => searchTitles(db, ['zeppelin'], page), 10);
await time('archive day', () => listBetween(db, '2026-06-30T22:00:00.000Z', '2026-07-01T22:00:00.000Z', page));
await time('archive month', () => listBetween(db, '2026-05-31T22:00:00.000Z', '2026-06-30T22:00:00.000Z', page));
const popularArticle = (await db.selectFrom('article_tags').select('article_id').where('tag_id', '=', popular.tag_id).orderBy('article_id', 'desc').executeTakeFirstOrThrow()).article_id;
await time('related (article with the most used tag)', () => listRelated(db, popularArticle, 4));
await time('most read, 7 days', () => listMostRead(db, '2026-11-21', 5));
await time('article alone (reference, existing)', () => getArticle(db, popularArticle));
await time('article + tags + authors + related (the page now)', () =>
  Promise.all([getArticle(db, popularArticle), listArticleTags(db, popularArticle), listArticleAuthors(db, popularArticle), listRelated(db, popularArticle, 4)]));
await time('sitemap: tags with >= 3 articles', () => listUsedTags(db, 3, 40000), 5);
await store.close();
