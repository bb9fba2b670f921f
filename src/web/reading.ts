import type { Context } from 'hono';

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
