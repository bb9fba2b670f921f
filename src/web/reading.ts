import type { Context, MiddlewareHandler } from 'hono';
import type { ReadingCounter } from './context.ts';

// User agents that announce themselves as machines: crawlers, link previews, feed fetchers, monitors,
// command-line clients and headless browsers. Anything that says so is not a reader.
const MACHINE =
  /bot\b|bot\/|crawl|spider|slurp|archiver|preview|facebookexternalhit|embedly|whatsapp|telegram|discord|skype|feed|fetch|monitor|uptime|pingdom|lighthouse|headless|phantom|python|curl|wget|httpie|go-http|okhttp|java\/|libwww|axios|node-fetch|undici|scrapy/i;

/**
 * Whether a request for an article page counts as a reading: a GET (a HEAD reads nothing) from a
 * user agent that does not say it is a machine, and not a browser's speculative prefetch. No
 * cookie and nothing about the reader is kept; this looks only at the request in hand.
 */
export function countsAsReading(c: Context): boolean {
  if (c.req.method !== 'GET') return false;
  const agent = c.req.header('User-Agent') ?? '';
  if (!agent || MACHINE.test(agent)) return false;
  const purpose = `${c.req.header('Sec-Purpose') ?? ''} ${c.req.header('Purpose') ?? ''} ${c.req.header('X-Moz') ?? ''}`;
  return !/prefetch|prerender/i.test(purpose);
}

// The canonical address of an article page; other spellings redirect there and never count.
const ARTICLE_PAGE = /^\/artikel\/([1-9][0-9]{0,14})\/[^/]+$/;

/**
 * Counts a reading for every article page served whole: also when the page comes from the page cache,
 * never for a 304 (the same browser revalidating its copy: readers, not reloads, make "most read"),
 * a redirect or an error. It sits outside the conditional-GET and cache layers to see the final answer.
 */
export function countReadings(readings: ReadingCounter | null | undefined): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (!readings || c.res.status !== 200) return;
    const page = ARTICLE_PAGE.exec(c.req.path);
    if (page && countsAsReading(c)) readings.record(Number(page[1]));
  };
}
