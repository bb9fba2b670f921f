// Generated article pages: a head with metadata (JSON-LD that may be broken, OpenGraph, a base
// href, a declared charset) and a body of hostile nested markup around article-like paragraphs.
import fc from 'fast-check';
import { charsetName, feedDate, hostileMarkup, hostileText } from './hostile.ts';

const attr = (v: string) => v.replace(/"/g, '&quot;');

const paragraph = fc.tuple(hostileText, hostileMarkup).map(([t, m]) => `<p>Die Gemeinde beriet am Abend lange über den Haushalt. ${t} ${m}</p>`);

const jsonLd = fc.oneof(
  fc.record({ headline: hostileText, datePublished: feedDate, author: hostileText, image: hostileText }).map((o) => JSON.stringify({ '@type': 'NewsArticle', ...o })),
  hostileText,
  hostileMarkup,
);

/** A generated page and the URL it is extracted under. */
export const generatedPage = fc
  .record({
    charset: fc.option(charsetName),
    base: fc.option(hostileText),
    title: hostileText,
    ogImage: hostileText,
    jsonLd: fc.option(jsonLd),
    before: fc.array(hostileMarkup, { maxLength: 3 }),
    paragraphs: fc.array(paragraph, { maxLength: 6 }),
    after: fc.array(hostileMarkup, { maxLength: 3 }),
    wrapper: fc.constantFrom('article', 'main', 'div class="content"', 'section', 'td'),
    url: fc.constantFrom('https://news.example/ressort/artikel.html', 'https://www.zeitung.example/a/b?c=1#d', 'http://127.0.0.1:9/x'),
  })
  .map((p) => ({
    url: p.url,
    html:
      `<!DOCTYPE html><html><head>${p.charset === null ? '' : `<meta charset="${attr(p.charset)}">`}` +
      `${p.base === null ? '' : `<base href="${attr(p.base)}">`}<title>${p.title}</title>` +
      `<meta property="og:image" content="${attr(p.ogImage)}">` +
      `${p.jsonLd === null ? '' : `<script type="application/ld+json">${p.jsonLd}</script>`}</head>` +
      `<body>${p.before.join('')}<${p.wrapper}><h1>${p.title}</h1>${p.paragraphs.join('')}</${p.wrapper.split(' ')[0]}>${p.after.join('')}</body></html>`,
  }));
