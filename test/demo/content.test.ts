import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { listDemoArticles } from '../../src/demo/index.ts';
import type { DemoArticle } from '../../src/demo/index.ts';

const articles = listDemoArticles();

/** Words of the lead and the running text (pull quotes repeat a paragraph, tables are data). */
function wordCount(a: DemoArticle): number {
  const parts = [a.lead];
  for (const b of a.body) {
    if (b.type === 'p' || b.type === 'h2') parts.push(b.text);
    if (b.type === 'list' || b.type === 'infobox') parts.push(...b.items);
  }
  return parts.join(' ').split(/\s+/).filter(Boolean).length;
}

function paragraphs(a: DemoArticle): string[] {
  return a.body.flatMap((b) => (b.type === 'p' ? [b.text] : []));
}

describe('demo content', () => {
  test('has at least 24 articles with unique ids, spread over all six categories and three sources', () => {
    assert.ok(articles.length >= 24, `only ${articles.length} articles`);
    assert.equal(new Set(articles.map((a) => a.id)).size, articles.length);
    assert.deepEqual(
      [...new Set(articles.map((a) => a.category))].sort(),
      ['kultur', 'lokales', 'politik', 'sport', 'wirtschaft', 'wissenschaft'],
    );
    for (const source of ['nordstaedter-rundschau', 'tagesblick', 'wirtschaftskurier']) {
      assert.ok(articles.filter((a) => a.source === source).length >= 7, source);
    }
  });

  test('every article is 350–700 words with 1–3 subheadings and direct quotes', () => {
    for (const a of articles) {
      const words = wordCount(a);
      assert.ok(words >= 350 && words <= 700, `${a.id}: ${words} words`);
      const subheads = a.body.filter((b) => b.type === 'h2').length;
      assert.ok(subheads >= 1 && subheads <= 3, `${a.id}: ${subheads} subheadings`);
      const quotes = paragraphs(a).join(' ').split('„').length - 1;
      assert.ok(quotes >= 2, `${a.id}: ${quotes} direct quotes`);
    }
  });

  test('publication offsets cover hours, yesterday, weeks and two to three months', () => {
    const offsets = articles.map((a) => a.publishedOffsetHours);
    assert.ok(offsets.every((h) => h >= 1 && h <= 24 * 92), 'offsets between 1 hour and ~90 days');
    assert.ok(offsets.some((h) => h >= 1 && h < 6), 'a few hours ago');
    assert.ok(offsets.some((h) => h >= 24 && h < 48), 'yesterday');
    assert.ok(offsets.some((h) => h >= 24 * 7 && h < 24 * 30), 'weeks ago');
    assert.ok(offsets.some((h) => h >= 24 * 60 && h < 24 * 75), 'two months ago');
    for (const a of articles) {
      if (a.updatedOffsetHours !== undefined) assert.ok(a.updatedOffsetHours < a.publishedOffsetHours, a.id);
    }
  });

  test('has three or four story groups, each covered by at least two sources', () => {
    const stories = new Map<string, Set<string>>();
    for (const a of articles) if (a.story) stories.set(a.story, (stories.get(a.story) ?? new Set()).add(a.source));
    assert.ok(stories.size >= 3 && stories.size <= 4, `${stories.size} stories`);
    for (const [story, sources] of stories) assert.ok(sources.size >= 2, story);
  });

  test('one article is a lightly edited copy of another source’s text under another headline', () => {
    const copies = articles.filter((a) => a.copyOf);
    assert.equal(copies.length, 1);
    const copy = copies[0]!;
    const original = articles.find((a) => a.id === copy.copyOf)!;
    assert.notEqual(copy.source, original.source);
    assert.notEqual(copy.title, original.title);
    const originalSentences = new Set(paragraphs(original).join(' ').split(/(?<=[.!?“])\s+/));
    const copySentences = paragraphs(copy).join(' ').split(/(?<=[.!?“])\s+/);
    const shared = copySentences.filter((s) => originalSentences.has(s)).length;
    assert.ok(shared / copySentences.length > 0.6, `only ${shared}/${copySentences.length} sentences shared`);
    assert.ok(shared < copySentences.length, 'the copy must differ somewhere');
  });

  test('every Tagesblick article has a timed video teaser and a pull quote repeating its text', () => {
    for (const a of articles.filter((x) => x.source === 'tagesblick')) {
      const videos = a.body.filter((b) => b.type === 'video');
      assert.ok(videos.length >= 1, `${a.id}: no video`);
      for (const v of videos) assert.match(v.duration, /^\d{1,2}:\d{2}$/);
      const quotes = a.body.flatMap((b) => (b.type === 'quote' ? [b.text] : []));
      assert.ok(quotes.length >= 1, `${a.id}: no pull quote`);
      for (const q of quotes) assert.ok(paragraphs(a).some((p) => p.includes(q)), `${a.id}: pull quote not in text`);
    }
  });

  test('the Kurier has a table and an infobox, and several articles have pictures', () => {
    const kurier = articles.filter((a) => a.source === 'wirtschaftskurier').flatMap((a) => a.body);
    assert.ok(kurier.some((b) => b.type === 'table'));
    assert.ok(kurier.some((b) => b.type === 'infobox'));
    for (const source of ['nordstaedter-rundschau', 'tagesblick', 'wirtschaftskurier']) {
      assert.ok(articles.some((a) => a.source === source && a.image), source);
    }
  });
});
