// A hostile publisher built from the corpus: one RSS feed per family, every vector in each field an
// item has (title, summary, content, author, category, enclosure URL, link), and an article page per
// vector for extraction (body, <title>, meta author, og:image, JSON-LD).
import { XSS_CORPUS } from '../fixtures/xss/index.ts';
import type { ExpandedVector } from './corpus.ts';

/** The family of a vector: its id without the number. */
export function familyOf(v: { id: string }): string {
  return v.id.replace(/-\d+$/, '');
}

/** Every family in corpus order. */
export function families(): string[] {
  return [...new Set(XSS_CORPUS.map(familyOf))];
}

function xml(text: string): string {
  // XML 1.0 cannot carry most C0 controls; a real feed would not either.
  const printable = Array.from(text, (c) => (c.charCodeAt(0) < 0x20 && !'\t\n\r'.includes(c) ? '\ufffd' : c)).join('');
  return printable.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Our own filler text, so the page is long enough to be taken as an article. */
const FILLER = [
  'Der Gemeinderat von Unterlindach hat am Dienstagabend nach langer Debatte beschlossen, die alte Stadtbücherei am Marktplatz zu sanieren, statt sie abzureißen; die Kosten werden auf knapp vier Millionen Euro geschätzt.',
  'Bürgermeisterin Ilse Brandauer sagte, das Gebäude sei ein Stück Ortsgeschichte, und die Sanierung schaffe zugleich Platz für eine Lesewerkstatt, einen Raum für Vereine und ein kleines Café im Erdgeschoss.',
  'Kritik kam von der Opposition, die vor steigenden Baupreisen warnte und einen unabhängigen Gutachter forderte, bevor die ersten Aufträge vergeben werden; der Antrag fand jedoch keine Mehrheit.',
  'Die Arbeiten sollen im kommenden Frühjahr beginnen und rund zwei Jahre dauern. Während dieser Zeit zieht die Bücherei in ein leerstehendes Ladenlokal in der Bahnhofstraße, das die Gemeinde angemietet hat.',
];

/** The article page of vector `v`, with the vector in every place extraction reads. */
export function articlePage(v: ExpandedVector): string {
  const url = v.expandedUrl ?? `javascript:${v.html}`;
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: v.html, author: { '@type': 'Person', name: v.html }, image: url, datePublished: '2026-11-26T08:00:00Z' });
  return `<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Bücherei ${v.n} ${v.html}</title>
<meta name="author" content="${xml(v.html)}">
<meta property="og:title" content="${xml(v.html)}">
<meta property="og:image" content="${xml(url)}">
<meta name="description" content="${xml(v.html)}">
<link rel="canonical" href="${xml(url)}">
<script type="application/ld+json">${ld}</script>
</head><body>
<nav><a href="/">Start</a> <a href="/lokales">Lokales</a></nav>
<article>
<h1>Bücherei wird saniert (${v.n})</h1>
<p class="byline">Von ${v.html}</p>
<p>${FILLER[0]}</p>
<p>${FILLER[1]}</p>
${v.html}
<p>${FILLER[2]}</p>
<figure><img src="/bilder/${v.n}.jpg" alt="${xml(v.html)}"><figcaption>${v.html}</figcaption></figure>
<p>${FILLER[3]}</p>
</article>
<footer>Unterlindacher Anzeiger</footer>
</body></html>`;
}

/** One feed item of vector `v`. `withPage` links to its article page; otherwise to a missing page, so the feed's own content is shown. */
function item(v: ExpandedVector, origin: string, withPage: boolean): string {
  const link = withPage ? `${origin}/artikel/${v.n}.html` : `${origin}/fehlt/${v.n}.html`;
  const day = String(1 + (v.n % 25)).padStart(2, '0');
  return `<item>
<title>${xml(v.html)}</title>
<link>${xml(link)}</link>
<guid isPermaLink="false">xss-${v.id}-${withPage ? 'page' : 'feed'}</guid>
<pubDate>${new Date(`2026-11-${day}T0${v.n % 10}:00:00Z`).toUTCString()}</pubDate>
<description>${xml(`<p>Kurzfassung ${v.n}</p>${v.html}`)}</description>
<content:encoded>${xml(`<p>${FILLER[0]}</p>${v.html}<p>${FILLER[1]}</p>`)}</content:encoded>
<dc:creator>${xml(v.html)}</dc:creator>
<category>${xml(v.html)}</category>
<enclosure url="${xml(v.expandedUrl ?? v.html)}" type="image/jpeg" length="100"/>
</item>`;
}

/** A further item whose link itself is the dangerous URL (a javascript: link to "the original"). */
function linkItem(v: ExpandedVector): string {
  return `<item><title>Link ${v.n}</title><link>${xml(v.expandedUrl!)}</link><guid isPermaLink="false">xss-${v.id}-link</guid>
<description>${xml(`<p>Der Link dieses Eintrags ist ${v.n}.</p>`)}</description></item>`;
}

/** The RSS feed of one family. */
export function familyFeed(family: string, vectors: ExpandedVector[], origin: string): string {
  const mine = vectors.filter((v) => familyOf(v) === family);
  const items = mine.flatMap((v) => [item(v, origin, true), item(v, origin, false), ...(v.expandedUrl ? [linkItem(v)] : [])]);
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>${xml(`Anzeiger ${family} <img src=x onerror=${mine[0]!.html}>`)}</title><link>${origin}/</link>
<description>${xml(mine[0]!.html)}</description><language>de</language>
${items.join('\n')}
</channel></rss>`;
}

/** The families also published as Atom (HTML in `type="html"` title, summary and content). */
export const ATOM_FAMILIES = ['mutation', 'svg', 'math'];
/** The families also published as JSON Feed (content_html, summary, authors, tags, image, attachments). */
export const JSON_FEED_FAMILIES = ['event', 'url'];

/** An Atom feed of one family; its entries link to missing pages, so their own content is shown. */
export function familyAtom(family: string, vectors: ExpandedVector[], origin: string): string {
  const entries = vectors.filter((v) => familyOf(v) === family).map((v) => `<entry>
<id>urn:xss:atom:${v.id}</id>
<title type="html">${xml(v.html)}</title>
<link rel="alternate" href="${origin}/fehlt/${v.n}.html?atom"/>
<updated>2026-11-2${v.n % 7}T10:00:00Z</updated>
<author><name>${xml(v.html)}</name></author>
<category term="${xml(v.html)}"/>
<summary type="html">${xml(`Atom ${v.n} ${v.html}`)}</summary>
<content type="html">${xml(`<p>${FILLER[2]}</p>${v.html}<p>${FILLER[3]}</p>`)}</content>
<link rel="enclosure" type="image/png" href="${xml(v.expandedUrl ?? 'javascript:' + v.html)}"/>
</entry>`);
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><id>urn:xss:${family}</id><title type="html">${xml(`Atom ${family} <svg onload=x>`)}</title>
<link rel="alternate" href="${origin}/"/><updated>2026-11-27T09:00:00Z</updated>
${entries.join('\n')}
</feed>`;
}

/** A JSON Feed of one family; its items link to missing pages, so their own content is shown. */
export function familyJsonFeed(family: string, vectors: ExpandedVector[], origin: string): string {
  const items = vectors.filter((v) => familyOf(v) === family).map((v) => ({
    id: `xss-json-${v.id}`,
    url: `${origin}/fehlt/${v.n}.html?json`,
    external_url: v.expandedUrl ?? `javascript:${v.html}`,
    title: v.html,
    summary: `JSON ${v.n} ${v.html}`,
    content_html: `<p>${FILLER[1]}</p>${v.html}<p>${FILLER[0]}</p>`,
    image: v.expandedUrl ?? v.html,
    date_published: `2026-11-2${v.n % 7}T11:00:00Z`,
    authors: [{ name: v.html, url: v.expandedUrl ?? 'javascript:void(0)' }],
    tags: [v.html],
    attachments: [{ url: v.expandedUrl ?? v.html, mime_type: 'image/jpeg' }],
  }));
  return JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: `JSON ${family}`, home_page_url: `${origin}/`, items });
}
