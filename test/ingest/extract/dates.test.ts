import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeDate } from '../../../src/ingest/extract/index.ts';
import { parseDocument } from '../../../src/ingest/extract/dom.ts';
import { headlineElement } from '../../../src/ingest/extract/metadata/headline.ts';
import { parseDuration } from '../../../src/ingest/extract/metadata/index.ts';
import { collectJsonLd } from '../../../src/ingest/extract/metadata/json-ld.ts';
import { readMetaTags } from '../../../src/ingest/extract/metadata/meta-tags.ts';
import { plausible, publishedDate, urlDate } from '../../../src/ingest/extract/metadata/page-dates.ts';
import { dateInText } from '../../../src/ingest/extract/metadata/text-dates.ts';

const dates: Array<{ name: string; input: unknown; expected: string | null }> = [
  { name: 'UTC with Z', input: '2024-10-23T08:15:00Z', expected: '2024-10-23T08:15:00.000Z' },
  { name: 'positive offset', input: '2024-10-23T08:15:00+02:00', expected: '2024-10-23T06:15:00.000Z' },
  { name: 'negative offset crossing midnight', input: '2024-02-17T22:30:00-05:00', expected: '2024-02-18T03:30:00.000Z' },
  { name: 'offset without colon', input: '2024-10-23T08:15:00+0200', expected: '2024-10-23T06:15:00.000Z' },
  { name: 'space instead of T, fraction', input: '2024-10-23 08:15:00.5+02:00', expected: '2024-10-23T06:15:00.500Z' },
  { name: 'no offset is taken as UTC', input: '2024-05-11T17:25:00', expected: '2024-05-11T17:25:00.000Z' },
  { name: 'date only', input: '2023-09-14', expected: '2023-09-14T00:00:00.000Z' },
  { name: 'German date with time', input: '05.03.2024, 14:30 Uhr', expected: '2024-03-05T14:30:00.000Z' },
  { name: 'RFC 2822 with zone', input: 'Tue, 05 Mar 2024 14:30:00 +0100', expected: '2024-03-05T13:30:00.000Z' },
  { name: 'unix seconds', input: 1700000000, expected: '2023-11-14T22:13:20.000Z' },
  { name: 'unix milliseconds as text', input: '1700000000000', expected: '2023-11-14T22:13:20.000Z' },
  { name: 'impossible month', input: '2024-13-01', expected: null },
  { name: 'relative text', input: 'vor 2 Stunden', expected: null },
  { name: 'year out of range', input: '0001-01-01T00:00:00Z', expected: null },
  { name: 'not a string', input: { date: 'x' }, expected: null },
];

describe('normalizeDate', () => {
  for (const c of dates) test(c.name, () => assert.equal(normalizeDate(c.input), c.expected));
});

const durations: Array<{ name: string; input: unknown; expected: number | null }> = [
  { name: 'ISO minutes and seconds', input: 'PT18M17S', expected: 1097 },
  { name: 'ISO hours', input: 'PT1H2M33S', expected: 3753 },
  { name: 'clock', input: '18:17', expected: 1097 },
  { name: 'clock with hours', input: '1:02:33', expected: 3753 },
  { name: 'seconds as text', input: '125', expected: 125 },
  { name: 'bare P is nothing', input: 'P', expected: null },
  { name: 'garbage', input: 'lang', expected: null },
];

describe('parseDuration', () => {
  for (const c of durations) test(c.name, () => assert.equal(parseDuration(c.input), c.expected));
});

const textDates: Array<{ name: string; input: string; expected: string | null }> = [
  { name: 'German numeric with time', input: 'Stand: 12.03.2021, 14:05 Uhr', expected: '2021-03-12T14:05:00.000Z' },
  { name: 'German month name', input: 'Veröffentlicht am 3. März 2021', expected: '2021-03-03T00:00:00.000Z' },
  { name: 'German short month', input: '21. Jan 2022 // Redaktion', expected: '2022-01-21T00:00:00.000Z' },
  { name: 'Austrian Jänner', input: '7. Jänner 2023', expected: '2023-01-07T00:00:00.000Z' },
  { name: 'spaced numeric', input: '18. 05. 2014', expected: '2014-05-18T00:00:00.000Z' },
  { name: 'short year', input: 'Von Jana Reuter | 05.08.24', expected: '2024-08-05T00:00:00.000Z' },
  { name: 'English month first with ordinal', input: 'December 29th 2019', expected: '2019-12-29T00:00:00.000Z' },
  { name: 'English with pm time', input: '8 January 2020, 3:51 pm', expected: '2020-01-08T15:51:00.000Z' },
  { name: 'publication cue wins over the first date', input: 'Updated 14 March 2021 · Published 12 March 2021', expected: '2021-03-12T00:00:00.000Z' },
  { name: 'first date otherwise', input: 'Stand - 12.11.2021 (gültig seit: 05.11.2021)', expected: '2021-11-12T00:00:00.000Z' },
  { name: 'impossible day', input: '31. April 2021', expected: null },
  { name: 'version number is no date', input: 'Version 1.2.3 released', expected: null },
  { name: 'no date', input: 'Lesezeit 4 Minuten', expected: null },
];

describe('dateInText', () => {
  for (const c of textDates) test(c.name, () => assert.equal(dateInText(c.input), c.expected));
});

describe('normalizeDate of short written dates', () => {
  test('a meta value in words is read', () => assert.equal(normalizeDate('12. März 2021'), '2021-03-12T00:00:00.000Z'));
  test('a long sentence is not mined for dates', () => assert.equal(normalizeDate('Die Sitzung vom 12. März 2021 wurde auf den Herbst verschoben.'), null));
});

const NOW = Date.UTC(2024, 5, 1);

describe('urlDate', () => {
  const cases: Array<[string, string | null]> = [
    ['https://a.example/2021/03/12/titel', '2021-03-12T00:00:00.000Z'],
    ['https://a.example/news/2021-03-12-titel.html', '2021-03-12T00:00:00.000Z'],
    ['https://a.example/p/20210312/titel', '2021-03-12T00:00:00.000Z'],
    ['https://a.example/blog/2017/7/12/titel', '2017-07-12T00:00:00.000Z'],
    ['https://a.example/meldungen/29-10-2021', '2021-10-29T00:00:00.000Z'],
    ['https://a.example/2021/03/titel', null],
    ['https://a.example/2030/01/01/zukunft', null],
    ['https://a.example/artikel/12345678', null],
  ];
  for (const [url, expected] of cases) test(url, () => assert.equal(urlDate(url, NOW), expected));
});

describe('plausible', () => {
  test('a date in the future is no publication date', () => assert.equal(plausible('2024-06-05T00:00:00.000Z', NOW), false));
  test('a founding year is no publication date', () => assert.equal(plausible('1989-01-01T00:00:00.000Z', NOW), false));
  test('today is fine', () => assert.equal(plausible('2024-06-01T10:00:00.000Z', NOW), true));
});

function dateOf(head: string, body = '', url = 'https://a.example/artikel'): string | null {
  const doc = parseDocument(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);
  return publishedDate({ doc, article: {}, nodes: collectJsonLd(doc), meta: readMetaTags(doc), urls: [url], headline: headlineElement(doc, null), now: NOW });
}

describe('publishedDate', () => {
  test('a WebPage node of a JSON-LD graph gives the date when the article node has none', () => {
    const html = '<script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2024-02-01T08:00:00Z"},{"@type":"Comment","datePublished":"2024-03-01T08:00:00Z"}]}</script>';
    assert.equal(dateOf(html), '2024-02-01T08:00:00.000Z');
  });
  test('a meta tag whose name announces a publication is read', () => {
    assert.equal(dateOf('<meta name="shareaholic:article_published_time" content="2024-02-01T08:00:00+01:00">'), '2024-02-01T07:00:00.000Z');
  });
  test('a modification meta tag is not taken for the publication', () => {
    assert.equal(dateOf('<meta name="custom:date_modified" content="2024-02-01T08:00:00Z">'), null);
  });
  test('a future date in meta tags falls through to the date line', () => {
    assert.equal(dateOf('<meta property="article:published_time" content="2031-01-01T00:00:00Z">', '<h1>Titel</h1><p class="date">3. Mai 2024</p>'), '2024-05-03T00:00:00.000Z');
  });
  test('the date line closest below the headline beats teaser and comment dates', () => {
    const html = '<div class="teaser"><span class="date">01.01.2020</span></div><h1>Titel</h1><span class="meta-date">02.02.2024</span><p>Text.</p><div class="comments"><span class="date">03.03.2024</span></div>';
    assert.equal(dateOf('', html), '2024-02-02T00:00:00.000Z');
  });
  test('an abbr.published title carries the exact time', () => {
    assert.equal(dateOf('', '<h1>Titel</h1><abbr class="published" title="2017-07-23T17:06:45+0000">23. Juli 2017</abbr>'), '2017-07-23T17:06:45.000Z');
  });
  test('a bare date paragraph right after the headline', () => {
    assert.equal(dateOf('', '<h1>Titel</h1><p><em>10.11.2021</em></p><p>Langer Text ohne Datum.</p>'), '2021-11-10T00:00:00.000Z');
  });
  test('the URL date comes before dates in the text', () => {
    assert.equal(dateOf('', '<h1>Titel</h1><p class="date">3. Mai 2024</p>', 'https://a.example/2024/05/02/titel'), '2024-05-02T00:00:00.000Z');
  });
});
