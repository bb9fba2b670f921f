import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { messagesFor } from '../../src/web/i18n/index.ts';
import { presentFeed } from '../../src/web/presenters/feed-document.ts';
import { rfc3339, rfc822, xmlText } from '../../src/web/presenters/feed-escape.ts';
import { renderRss } from '../../src/web/presenters/feed-rss.ts';
import { newsLanguage, renderRobots } from '../../src/web/presenters/sitemap.ts';
import { article } from './support/fixtures.ts';

const context = { origin: 'https://presse.example', siteName: 'Presseschau', language: 'de', messages: messagesFor('de'), now: new Date('2025-12-24T11:00:00Z') };
const scope = { listPath: '/', title: 'Presseschau', description: 'Neueste Artikel' };

describe('feed presenters', () => {
  test('xmlText escapes the five special characters and drops what XML cannot carry', () => {
    assert.equal(xmlText(`a<b>&"c"'d' ]]>`), 'a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos; ]]&gt;');
    assert.equal(xmlText('x\u0000\u0008\u000B\u000C\u001Fy\t\n\r'), 'xy\t\n\r');
    assert.equal(xmlText('lone \uD800 half \uDC00, pair \uD83D\uDCF0, \uFFFE'), 'lone  half , pair \uD83D\uDCF0, ');
  });

  test('times: RFC 822 for RSS, RFC 3339 without milliseconds for the rest', () => {
    assert.equal(rfc822('2025-12-24T08:00:00.000Z'), 'Wed, 24 Dec 2025 08:00:00 GMT');
    assert.equal(rfc3339('2025-12-24T08:00:00.123Z'), '2025-12-24T08:00:00Z');
  });

  test('a future publication date is held at the time the article was first seen', () => {
    const feed = presentFeed(scope, [article({ id: 7, publishedAt: '2030-01-01T00:00:00Z', firstSeenAt: '2025-12-24T08:05:00Z' })], context);
    assert.equal(feed.entries[0]?.published, '2025-12-24T08:05:00Z');
    assert.equal(feed.updated, '2025-12-24T08:05:00Z');
  });

  test('an update counts only when it is later than the publication', () => {
    const [later, earlier] = presentFeed(
      scope,
      [article({ id: 1, modifiedAt: '2025-12-24T09:00:00Z' }), article({ id: 2, modifiedAt: '2025-12-20T09:00:00Z' })],
      context,
    ).entries;
    assert.equal(later?.updated, '2025-12-24T09:00:00Z');
    assert.equal(earlier?.updated, earlier?.published);
  });

  test('an original that is not http(s) gets no link, and the content says nothing about it', () => {
    const entry = presentFeed(scope, [article({ id: 3, url: 'javascript:alert(1)' })], context).entries[0]!;
    assert.equal(entry.originalUrl, null);
    assert.ok(!entry.contentHtml.includes('javascript:'));
    assert.ok(!renderRss(presentFeed(scope, [article({ id: 3, url: 'javascript:alert(1)' })], context)).includes('rel="related"'));
  });

  test('the empty feed takes the present time as its last change', () => {
    assert.equal(presentFeed(scope, [], context).updated, context.now.toISOString());
  });

  test('news sitemap languages are ISO 639 codes', () => {
    assert.equal(newsLanguage('de-AT', 'de'), 'de');
    assert.equal(newsLanguage('EN', 'de'), 'en');
    assert.equal(newsLanguage('zh-TW', 'de'), 'zh-tw');
    assert.equal(newsLanguage(null, 'de'), 'de');
  });

  test('robots.txt lists each sitemap on its own line', () => {
    assert.equal(renderRobots(['https://a.example/s.xml']), 'User-agent: *\nDisallow: /sprache/\nDisallow: /websub/\n\nSitemap: https://a.example/s.xml\n');
  });
});
