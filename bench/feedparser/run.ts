// feedparser conformance: serves every file of ../shared/bench/feedparser over a local HTTP server with
// its Header lines, fetches it with our HTTP client, parses it with parseFeed and evaluates the file's
// Expect expression against the result under feedparser's names.
// usage: npm run bench:feedparser [-- --verbose] [-- --only <folder>]
import { resolve } from 'node:path';
import type { ParsedFeed } from '../../src/domain/feed.ts';
import { createHttpClient } from '../../src/ingest/fetch/index.ts';
import { parseFeed } from '../../src/ingest/feeds/index.ts';
import { evaluate, parsePython, truthy } from './pyexpr.ts';
import { NotApplicable, resultScope, type FetchFacts } from './result.ts';
import { sanitizeEquals } from './sanitize-check.ts';
import { startSuiteServer } from './server.ts';
import { loadSuite, type SuiteCase } from './suite.ts';
import { printReport, type Outcome } from './report.ts';

const root = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'bench', 'feedparser');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

type Fetcher = (url: string) => Promise<FetchFacts & { body: Uint8Array; contentType: string | null }>;

async function runCase(c: SuiteCase, url: string, fetcher: Fetcher): Promise<Outcome> {
  if (!c.expect) return { c, status: 'na', reason: 'the file has no Expect line' };
  const fetched = await fetcher(url);
  // feedparser resolves relative links against Content-Location when the server sends one.
  const location = fetched.headers['content-location'];
  const resolved = location ? URL.parse(location, fetched.url) : null;
  const base = resolved && /^https?:$/.test(resolved.protocol) ? resolved.href : fetched.url;
  let feed: ParsedFeed | null = null;
  let error = '';
  try {
    feed = parseFeed(fetched.body, { url: base, contentType: fetched.contentType, contentLanguage: fetched.headers['content-language'] ?? null });
  } catch (err) {
    error = err instanceof Error ? err.message : String(err);
  }
  try {
    const sanitizeRule = c.group === 'wellformed/sanitize';
    const scope = resultScope(feed, fetched, sanitizeRule);
    const eq = sanitizeRule ? sanitizeEquals(base) : undefined;
    // The suite names its own test server as 127.0.0.1:8097; ours listens on an ephemeral port.
    const expect = c.expect.replaceAll('http://127.0.0.1:8097', new URL(url).origin);
    const ok = truthy(evaluate(parsePython(expect), scope, eq));
    return { c, status: ok ? 'pass' : 'fail', reason: ok ? '' : error || 'expression is false' };
  } catch (err) {
    if (err instanceof NotApplicable) return { c, status: 'na', reason: err.reason };
    return { c, status: 'fail', reason: `${error ? `${error}; ` : ''}${err instanceof Error ? err.message : String(err)}` };
  }
}

async function main(): Promise<void> {
  const cases = loadSuite(root).filter((c) => !only || c.group === only || c.group.startsWith(`${only}/`));
  const server = await startSuiteServer(cases);
  // The suite server is on loopback, which the SSRF guard refuses unless the allow-list opens it.
  const client = createHttpClient({ timeoutMs: 10_000, allow: ['127.0.0.1'] });
  const fetcher: Fetcher = async (url) => {
    const r = await client.fetch(url);
    return { url: r.url, status: r.status, headers: r.headers, body: r.body, contentType: r.contentType };
  };
  const outcomes: Outcome[] = [];
  try {
    for (const c of cases) outcomes.push(await runCase(c, server.url(c.rel), fetcher));
  } finally {
    await client.close();
    await server.close();
  }
  printReport(outcomes, verbose);
}

await main();
