// A running Presseschau (the real server wiring, on a free port, fresh data folder) whose database is
// filled through the real repositories with made-up sources of every display policy, nested
// categories and articles in several languages and times; plus small helpers to call the API.
import { after, before } from 'node:test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAppContext, type AppContext } from '../../../src/app/context.ts';
import { testDatabaseEnv } from '../../helpers/test-store.ts';
import { startServer, type RunningServer } from '../../../src/app/server.ts';
import { loadConfig } from '../../../src/config/config.ts';
import { silentLogger } from '../../../src/platform/logger.ts';
import { articleSortTime, createSource, insertArticle, upsertCategory, type NewArticle } from '../../../src/store/index.ts';

/** The fixed "now" of these tests. */
export const NOW = new Date('2026-11-27T10:00:00Z');

/** A string that tries everything: markup, quotes, a script, entities, separators and control characters. */
export const HOSTILE = '<script>alert("x")</script> & \'Zitat\' </p><img src=x onerror=alert(1)> \u2028\u2029 \u0001 ]]> {"a":1}';

/** What the tests know of each stored article. */
export interface Stored {
  id: number;
  title: string;
  source: string;
  category: string | null;
  /** The language the API reports (the article's, else its source's). */
  language: string | null;
  /** The list time (sort_at). */
  sortAt: string;
}

/** A running API over a filled database. */
export interface StoredApi {
  ctx: AppContext;
  origin: string;
  /** All articles, in the API's order (newest list time first, then highest id). */
  articles: Stored[];
  /** Inserts an article through the real repository and returns what the tests know of it. */
  add(input: Partial<NewArticle> & { title: string; source: string; category?: string | null; hoursAgo: number }): Promise<Stored>;
  close(): Promise<void>;
}

/** One response, read whole. */
export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed JSON body; undefined when there is none. */
  json: unknown;
}

const hoursAgo = (n: number) => new Date(NOW.getTime() - n * 3600_000).toISOString();

/** Starts the API over fresh data for one test file (before/after hooks); the value is filled in `before`. */
export function storedApi(): { readonly current: StoredApi } {
  const holder: { current: StoredApi | null } = { current: null };
  before(async () => {
    holder.current = await startStoredApi();
  });
  after(async () => {
    await holder.current?.close();
  });
  return {
    get current() {
      if (!holder.current) throw new Error('the API has not started yet');
      return holder.current;
    },
  };
}

async function startStoredApi(): Promise<StoredApi> {
  const dataDir = await mkdtemp(join(tmpdir(), 'presseschau-api-test-'));
  const database = testDatabaseEnv();
  const ctx = await createAppContext(loadConfig({ PORT: '0', HOST: '127.0.0.1', PRESSESCHAU_DATA: dataDir, ...database.env }), { logger: silentLogger() });
  const server: RunningServer = await startServer(ctx, { demo: false, scheduler: false });
  const db = ctx.store.db;

  const politik = await upsertCategory(db, { slug: 'politik', name: 'Politik', position: 1 });
  const inland = await upsertCategory(db, { slug: 'inland', name: 'Inland', position: 1, parentId: politik.id });
  const kommunal = await upsertCategory(db, { slug: 'kommunal', name: 'Kommunales', position: 1, parentId: inland.id });
  const kultur = await upsertCategory(db, { slug: 'kultur', name: `Kultur ${HOSTILE}`, position: 2 });
  await upsertCategory(db, { slug: 'leer', name: 'Leer', position: 3 });
  const categories = new Map([politik, inland, kommunal, kultur].map((c) => [c.slug, c.id]));

  const sourceList = [
    await createSource(db, { slug: 'abendbote', name: 'Abendbote', siteUrl: 'https://abendbote.example/', language: 'de', displayPolicy: 'full' }),
    await createSource(db, {
      slug: 'kuestenblatt', name: `Küstenblatt ${HOSTILE}`, siteUrl: 'https://kuestenblatt.example/', language: 'de-AT', displayPolicy: 'excerpt', readMoreText: 'Weiter beim Küstenblatt',
    }),
    await createSource(db, { slug: 'morgenpost', name: 'Morning Post', siteUrl: 'https://morning.example/', language: 'en-GB', displayPolicy: 'headline' }),
  ];
  const sources = new Map(sourceList.map((s) => [s.slug, s]));

  const articles: Stored[] = [];
  let n = 0;
  const add: StoredApi['add'] = async (input) => {
    n++;
    const source = sources.get(input.source)!;
    const firstSeenAt = input.firstSeenAt ?? hoursAgo(input.hoursAgo);
    const publishedAt = input.publishedAt === undefined ? hoursAgo(input.hoursAgo + 0.1) : input.publishedAt;
    const article: NewArticle = {
      feedId: null,
      sourceId: source.id,
      categoryId: input.category ? categories.get(input.category)! : null,
      guid: `guid-${n}`,
      url: `https://publisher.example/artikel/${n}?a=1&b=2`,
      canonicalUrl: `https://publisher.example/artikel/${n}`,
      lead: `Vorspann ${n}.`,
      bodyHtml: `<p>Erster Absatz ${n}.</p><p>Zweiter Absatz ${n}.</p><p>Geheimer dritter Absatz ${n}.</p>`,
      bodyText: `Erster Absatz ${n}.\n\nZweiter Absatz ${n}.\n\nGeheimer dritter Absatz ${n}.`,
      byline: null,
      imageUrl: `https://publisher.example/bild-${n}.jpg`,
      language: null,
      media: [],
      modifiedAt: null,
      extractionStatus: 'extracted',
      extractionError: null,
      ...input,
      publishedAt,
      firstSeenAt,
    };
    const { id } = await insertArticle(db, article);
    const stored: Stored = {
      id,
      title: input.title,
      source: input.source,
      category: input.category ?? null,
      language: article.language ?? source.language,
      sortAt: articleSortTime(publishedAt, firstSeenAt),
    };
    articles.push(stored);
    articles.sort((a, b) => b.sortAt.localeCompare(a.sortAt) || b.id - a.id);
    return stored;
  };

  // 30 articles an hour apart, spread over sources, categories and languages.
  const spread: Array<[string, string | null, string | null]> = [
    ['abendbote', 'politik', null],
    ['kuestenblatt', 'inland', null],
    ['morgenpost', null, null],
    ['abendbote', 'kommunal', 'de-CH'],
    ['kuestenblatt', 'kultur', null],
    ['abendbote', 'kultur', 'EN-us'],
  ];
  for (let i = 0; i < 30; i++) {
    const [source, category, language] = spread[i % spread.length]!;
    await add({ title: `Meldung ${i + 1}`, source, category, language, hoursAgo: 2 + i });
  }
  // Special cases: no publication time; a publication time in the future; two at the same instant.
  await add({ title: 'In English', source: 'kuestenblatt', category: 'kultur', hoursAgo: 3.5, language: 'en' });
  await add({ title: 'Ohne Datum', source: 'abendbote', category: 'politik', hoursAgo: 5.5, publishedAt: null });
  await add({ title: 'Aus der Zukunft', source: 'abendbote', category: 'politik', hoursAgo: 7.5, publishedAt: '2030-01-01T00:00:00.000Z' });
  await add({ title: 'Zwilling A', source: 'kuestenblatt', category: 'kommunal', hoursAgo: 9, publishedAt: hoursAgo(9), firstSeenAt: hoursAgo(9) });
  await add({ title: 'Zwilling B', source: 'kuestenblatt', category: 'kommunal', hoursAgo: 9, publishedAt: hoursAgo(9), firstSeenAt: hoursAgo(9) });
  await add({
    title: HOSTILE, source: 'kuestenblatt', category: 'kultur', hoursAgo: 1, lead: HOSTILE, byline: HOSTILE,
    bodyHtml: '<p>Erster Absatz &lt;script&gt;.</p><p>Zweiter Absatz.</p><p>Geheimer dritter Absatz.</p>',
  });

  return {
    ctx,
    origin: server.origin,
    articles,
    add,
    async close() {
      await server.close();
      await ctx.close();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** GETs a path of the running API (or another method with `init`). */
export async function call(api: StoredApi, path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(api.origin + path, init);
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  return { status: response.status, headers: response.headers, text, json: text && type.startsWith('application/json') ? JSON.parse(text) : undefined };
}

/** The error body of an answer, asserted to have the documented shape by the caller's schema. */
export function errorOf(answer: Answer): { code: string; message: string; details?: Array<{ parameter: string; message: string }> } {
  return (answer.json as { error: { code: string; message: string; details?: Array<{ parameter: string; message: string }> } }).error;
}
