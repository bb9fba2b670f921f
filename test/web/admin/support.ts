// An admin area over a real in-memory SQLite database: an admin and an editor account, a clock that
// tests can move, and a small browser that keeps cookies and reads the CSRF token out of the forms.
import { after } from 'node:test';
import { createHttpClient } from '../../../src/ingest/fetch/index.ts';
import { fixedClock } from '../../../src/platform/clock.ts';
import { silentLogger } from '../../../src/platform/logger.ts';
import { CLI_ACTOR, type AccountDeps } from '../../../src/services/accounts/deps.ts';
import { addUser } from '../../../src/services/accounts/users.ts';
import { createSiteReader } from '../../../src/services/site/create-site-reader.ts';
import { createSite } from '../../../src/web/app.ts';
import type { AdminOptions } from '../../../src/web/admin/index.ts';
import type { IngestDeps } from '../../../src/services/deps.ts';
import { insertArticle, type DbOrTx, type NewArticle } from '../../../src/store/index.ts';
import { openTestStore } from '../../helpers/test-store.ts';
import type { BrowserContext } from 'playwright-core';
import { serveInChromium } from '../support/chromium.ts';
import { dom } from '../support/dom.ts';

export const NOW = new Date('2026-11-27T10:00:00Z');
export const ADMIN = { name: 'greta', password: 'Leuchtturm am Deich' };
export const EDITOR = { name: 'otto', password: 'Kutter im Nebel 42' };

/** A site with the admin area, closed when the calling test ends; `options` override the admin's settings. */
export async function adminSite(options: Partial<AdminOptions> = {}) {
  const site = await openAdminSite(options);
  after(() => site.close());
  return site;
}

/** Like adminSite, for hooks (`before`) that outlive a test: the caller closes it. */
export async function openAdminSite(options: Partial<AdminOptions> = {}) {
  const ingest = await openIngest();
  const clock = ingest.deps.clock as ReturnType<typeof fixedClock>;
  const accounts: AccountDeps = { db: ingest.store.db, clock, scrypt: { N: 1024, r: 8, p: 1 } };
  await addUser(accounts, { ...ADMIN, role: 'admin' }, CLI_ACTOR);
  await addUser(accounts, { ...EDITOR, role: 'editor' }, CLI_ACTOR);
  const app = createSite({
    reader: createSiteReader(ingest.store.db),
    config: { siteName: 'Presseschau', footerText: 'Test', defaultLanguage: 'de' },
    logger: silentLogger(),
    clock,
    admin: { accounts, ingest: ingest.deps, publicUrl: null, trustProxy: true, ...options },
  });
  return { app, clock, db: ingest.store.db, ingest: ingest.deps, accounts, close: () => ingest.close() };
}

export type App = Awaited<ReturnType<typeof adminSite>>['app'];

/**
 * An admin site served on localhost with Chromium pointed at it, for hooks (`before`): the caller
 * closes it. No proxy here (trustProxy off): the browser's own address is the client's.
 */
export async function openAdminInChromium() {
  const site = await openAdminSite({ trustProxy: false });
  try {
    const served = await serveInChromium(site.app.fetch);
    return {
      site,
      origin: served.origin,
      browser: served.browser,
      async close() {
        await served.close();
        await site.close();
      },
    };
  } catch (error) {
    await site.close();
    throw error;
  }
}

/** Logs `account` in through the login form of a browser context and comes back on `next`. */
export async function logInWithForm(context: BrowserContext, origin: string, account: { name: string; password: string }, next = '/admin'): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${origin}${next}`);
  await page.fill('input[name="name"]', account.name);
  await page.fill('input[name="password"]', account.password);
  await page.click('button[type="submit"]');
  await page.waitForURL(`${origin}${next}`);
  await page.close();
}


/**
 * Ingest dependencies over the test database (in-memory SQLite, or PostgreSQL when
 * PRESSESCHAU_TEST_DATABASE_URL is set), with a real HTTP client and the clock fixed at NOW.
 */
async function openIngest(): Promise<{ deps: IngestDeps; store: Awaited<ReturnType<typeof openTestStore>>; close(): Promise<void> }> {
  const store = await openTestStore();
  const http = createHttpClient({ userAgent: 'Presseschau-Test', timeoutMs: 5000, allow: ['127.0.0.1'] });
  const deps: IngestDeps = {
    db: store.db,
    http,
    clock: fixedClock(NOW),
    logger: silentLogger(),
    polling: { minSeconds: 600, maxSeconds: 86_400, defaultSeconds: 1800 },
    fullText: true,
  };
  return {
    deps,
    store,
    async close() {
      await http.close();
      await store.close();
    },
  };
}

/** Stores article number `n` of a source (our own made-up text), as ingest would; `overrides` replace any field. */
export async function storeArticle(db: DbOrTx, n: number, overrides: Partial<NewArticle> & Pick<NewArticle, 'sourceId'>): Promise<number> {
  const { id } = await insertArticle(db, {
    feedId: null,
    categoryId: null,
    guid: `guid-${n}`,
    url: `https://heidekurier.example/artikel-${n}`,
    canonicalUrl: `https://heidekurier.example/artikel-${n}`,
    title: `Deichverband plant neue Schleuse Nummer ${n}`,
    lead: `Die Schleuse ${n} soll bis zum Herbst fertig sein.`,
    bodyHtml: `<p>Die Schleuse ${n} soll bis zum Herbst fertig sein.</p>`,
    bodyText: `Die Schleuse ${n} soll bis zum Herbst fertig sein.`,
    byline: 'Hanne Beispiel',
    imageUrl: null,
    language: 'de',
    media: [],
    publishedAt: new Date(NOW.getTime() - (100 - n) * 60_000).toISOString(),
    modifiedAt: null,
    firstSeenAt: new Date(NOW.getTime() - (100 - n) * 60_000).toISOString(),
    extractionStatus: 'extracted',
    extractionError: null,
    ...overrides,
  });
  return id;
}

/** The answer of one request, its body read. */
export interface Page {
  status: number;
  headers: Headers;
  body: string;
  location: string | null;
}

/** A browser: keeps cookies by name (paths are not modelled: every cookie here is for /admin), from one address. */
export function browser(app: App, address = '192.0.2.10') {
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const remember = (headers: Headers) => {
    for (const line of headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (value === '' || /max-age=0/i.test(line)) jar.delete(name);
      else jar.set(name, value);
    }
  };
  const send = async (path: string, init: RequestInit = {}): Promise<Page> => {
    const headers = new Headers(init.headers);
    if (jar.size > 0) headers.set('Cookie', cookieHeader());
    headers.set('X-Forwarded-For', address);
    const response = await app.request(path, { ...init, headers, redirect: 'manual' });
    remember(response.headers);
    return { status: response.status, headers: response.headers, body: await response.text(), location: response.headers.get('Location') };
  };
  const self = {
    jar,
    get: (path: string) => send(path),
    /** Posts a form as the browser would (urlencoded); repeated fields as arrays. */
    post: (path: string, fields: Record<string, string | string[]>) => {
      const body = new URLSearchParams();
      for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one);
      return send(path, { method: 'POST', body, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    },
    /** Posts a multipart form (a file upload) as the browser would. */
    postMultipart: (path: string, form: FormData) => send(path, { method: 'POST', body: form }),
    /** The CSRF token of the first form on a page. */
    async csrfOf(path: string): Promise<string> {
      const page = await self.get(path);
      const token = dom(page.body).querySelector('input[name="csrf"]')?.getAttribute('value');
      if (!token) throw new Error(`no CSRF token on ${path} (status ${page.status})`);
      return token;
    },
    /** Logs in through the form; returns the answer to the POST. */
    async login(account: { name: string; password: string }, next?: string): Promise<Page> {
      const csrf = await self.csrfOf('/admin/login');
      return self.post('/admin/login', { csrf, name: account.name, password: account.password, ...(next === undefined ? {} : { next }) });
    },
  };
  return self;
}
