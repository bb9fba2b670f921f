// Generated feeds in the four formats, built from hostile fields: text escaped, raw, or in CDATA;
// a declared charset that may not match; dates that may be nonsense.
import fc from 'fast-check';
import { charsetName, feedDate, hostileMarkup, hostileText } from './hostile.ts';

/** A field as it may appear inside an XML element: escaped, raw (possibly breaking the XML) or CDATA. */
const xmlField = fc.oneof(
  hostileText.map((t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;')),
  hostileText,
  hostileMarkup.map((m) => `<![CDATA[${m}]]>`),
  hostileMarkup.map((m) => m.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')),
);

const item = fc.record({ title: xmlField, link: hostileText, date: feedDate, body: xmlField, summary: xmlField, id: hostileText });
const feed = fc.record({
  charset: fc.option(charsetName),
  title: xmlField,
  link: hostileText,
  items: fc.array(item, { maxLength: 5 }),
  garbage: fc.option(hostileText),
});
type Feed = typeof feed extends fc.Arbitrary<infer F> ? F : never;

function prolog(f: Feed): string {
  return f.charset === null ? '' : `<?xml version="1.0" encoding="${f.charset}"?>\n`;
}

function rss(f: Feed): string {
  const items = f.items.map((i) => `<item><title>${i.title}</title><link>${i.link}</link><guid>${i.id}</guid><pubDate>${i.date}</pubDate><description>${i.summary}</description><content:encoded>${i.body}</content:encoded></item>`);
  return `${prolog(f)}<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${f.title}</title><link>${f.link}</link>${items.join('')}${f.garbage ?? ''}</channel></rss>`;
}

function atom(f: Feed): string {
  const entries = f.items.map((i) => `<entry><title type="html">${i.title}</title><link href="${i.link.replace(/"/g, '&quot;')}"/><id>${i.id}</id><updated>${i.date}</updated><summary type="html">${i.summary}</summary><content type="html">${i.body}</content></entry>`);
  return `${prolog(f)}<feed xmlns="http://www.w3.org/2005/Atom" xml:base="${f.link.replace(/"/g, '')}"><title>${f.title}</title>${entries.join('')}${f.garbage ?? ''}</feed>`;
}

function rdf(f: Feed): string {
  const items = f.items.map((i) => `<item rdf:about="${i.link.replace(/"/g, '')}"><title>${i.title}</title><link>${i.link}</link><dc:date>${i.date}</dc:date><description>${i.summary}</description></item>`);
  return `${prolog(f)}<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>${f.title}</title><link>${f.link}</link></channel>${items.join('')}${f.garbage ?? ''}</rdf:RDF>`;
}

function jsonFeed(f: Feed): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: f.title,
    home_page_url: f.link,
    items: f.items.map((i) => ({ id: i.id, url: i.link, title: i.title, date_published: i.date, content_html: i.body, summary: i.summary })),
  });
}

/** A generated feed document in one of the four formats, with the content type it is served as. */
export const generatedFeed = fc
  .tuple(feed, fc.constantFrom('rss', 'atom', 'rdf', 'json'), fc.constantFrom(null, 'application/rss+xml', 'text/xml; charset=iso-8859-1', 'application/json', 'text/html', 'application/feed+json; charset=utf-16'))
  .map(([f, format, contentType]) => ({
    format,
    contentType,
    text: format === 'rss' ? rss(f) : format === 'atom' ? atom(f) : format === 'rdf' ? rdf(f) : jsonFeed(f),
  }));
