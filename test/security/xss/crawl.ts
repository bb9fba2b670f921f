/** Paths of the public site that are not HTML pages for people (or not public), left out of the crawl. */
const SKIP = /^\/(?:admin|api|sprache|assets|websub)\b|\.(?:xml|atom|json|txt|css)$/;

/**
 * Walks the site from `starts` along its own links (same origin, GET), breadth first, and returns
 * every HTML page it found, up to `limit`; `onPage` sees each page's HTML.
 */
export async function crawlSite(origin: string, starts: string[], limit: number, onPage?: (path: string, html: string) => void): Promise<string[]> {
  const seen = new Set<string>(starts);
  const queue = [...starts];
  const pages: string[] = [];
  while (queue.length > 0 && pages.length < limit) {
    const path = queue.shift()!;
    const response = await fetch(origin + path, { redirect: 'manual' });
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      // Our own redirects (an article's address without its slug) lead to pages too.
      const next = new URL(location, origin + path);
      const target = next.pathname + next.search;
      if (next.origin === origin && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
    if (!(response.headers.get('content-type') ?? '').startsWith('text/html') || response.status !== 200) {
      await response.body?.cancel();
      continue;
    }
    pages.push(path);
    const html = await response.text();
    onPage?.(path, html);
    for (const match of html.matchAll(/href="([^"]*)"/g)) {
      const href = match[1]!.replaceAll('&amp;', '&');
      let url: URL;
      try {
        url = new URL(href, origin + path);
      } catch {
        continue;
      }
      if (url.origin !== origin || SKIP.test(url.pathname)) continue;
      const next = url.pathname + url.search;
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return pages;
}
