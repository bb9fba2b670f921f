import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleFull, DisplayPolicy } from '../../../src/domain/read-models.ts';
import { visibleArticle, visibleCard } from '../../../src/services/display/visible-article.ts';

function article(displayPolicy: DisplayPolicy, overrides: Partial<ArticleFull> = {}): ArticleFull {
  return {
    id: 7,
    slug: 'hafen',
    title: 'Neuer Kai im Hafen',
    lead: 'Der Kai wird verlängert.',
    imageUrl: 'https://hafenblatt.example/kai.jpg',
    publishedAt: '2026-11-27T08:00:00.000Z',
    firstSeenAt: '2026-11-27T08:05:00.000Z',
    language: 'de',
    source: { id: 1, slug: 'hafenblatt', name: 'Hafenblatt', siteUrl: 'https://hafenblatt.example/' },
    category: null,
    url: 'https://hafenblatt.example/kai',
    bodyHtml: '<p>Der Kai wird verlängert.</p><p>Die Arbeiten beginnen im Mai.</p><figure data-media="video"><p>Film</p></figure><p>Sie kosten viel.</p><p>Nur für Abonnenten.</p>',
    bodyText: 'Der Kai wird verlängert.\n\nDie Arbeiten beginnen im Mai.\n\nSie kosten viel.\n\nNur für Abonnenten.',
    byline: 'Von Ina Kai',
    modifiedAt: null,
    media: [{ kind: 'video', title: 'Film', durationSeconds: 60, url: 'https://hafenblatt.example/film', poster: null }],
    displayPolicy,
    readMoreText: null,
    ...overrides,
  };
}

describe('visibleArticle', () => {
  test("'full' keeps body, media and image", () => {
    const a = visibleArticle(article('full'));
    assert.equal(a.body!.html, article('full').bodyHtml);
    assert.equal(a.body!.text, article('full').bodyText);
    assert.equal(a.media.length, 1);
    assert.equal(a.imageUrl, 'https://hafenblatt.example/kai.jpg');
    assert.ok(!('bodyHtml' in a) && !('bodyText' in a));
  });

  test("'excerpt' keeps the two first running paragraphs after the lead, no media", () => {
    const a = visibleArticle(article('excerpt'));
    assert.deepEqual(a.body, { html: '<p>Die Arbeiten beginnen im Mai.</p>\n<p>Sie kosten viel.</p>', text: 'Die Arbeiten beginnen im Mai.\n\nSie kosten viel.' });
    assert.deepEqual(a.media, []);
    assert.doesNotMatch(JSON.stringify(a), /Abonnenten|Film/);
  });

  test("'excerpt' of an empty body is no body", () => {
    assert.equal(visibleArticle(article('excerpt', { bodyHtml: '', bodyText: '' })).body, null);
  });

  test("'headline' has no body, no media and no image, but the link to the original", () => {
    const a = visibleArticle(article('headline'));
    assert.equal(a.body, null);
    assert.deepEqual(a.media, []);
    assert.equal(a.imageUrl, null);
    assert.equal(a.url, 'https://hafenblatt.example/kai');
    assert.doesNotMatch(JSON.stringify(a), /Arbeiten|Abonnenten|kai\.jpg/);
  });

  test('visibleCard drops the image only under headline', () => {
    const card = { ...article('headline') };
    assert.equal(visibleCard(card).imageUrl, null);
    assert.equal(visibleCard({ ...card, displayPolicy: 'excerpt' as const }).imageUrl, 'https://hafenblatt.example/kai.jpg');
  });
});
