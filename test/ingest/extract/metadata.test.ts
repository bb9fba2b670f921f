import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../../../src/ingest/extract/dom.ts';
import { cleanAuthorText } from '../../../src/ingest/extract/metadata/bylines.ts';
import { headlineElement } from '../../../src/ingest/extract/metadata/headline.ts';
import { normalizeLang, readMetadata } from '../../../src/ingest/extract/metadata/index.ts';
import { headlineOfDocumentTitle, siteIdentities, stripSiteIdentity } from '../../../src/ingest/extract/metadata/titles.ts';
import { documentBaseUrl } from '../../../src/ingest/extract/resolve-urls.ts';

function page(head: string, body = ''): Document {
  return parseDocument(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);
}

describe('readMetadata', () => {
  test('broken JSON-LD falls back to OpenGraph', () => {
    const doc = page('<script type="application/ld+json">{"@type":"NewsArticle", headline: broken}</script><meta property="og:title" content="OG-Titel">');
    assert.equal(readMetadata(doc, 'https://a.example/').title, 'OG-Titel');
  });

  test('raw line breaks inside JSON-LD strings are tolerated', () => {
    const doc = page('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Zwei\nZeilen"}</script>');
    assert.equal(readMetadata(doc, 'https://a.example/').title, 'Zwei Zeilen');
  });

  test('author given as a profile URL is no byline; the markup byline is used', () => {
    const doc = page('<meta name="author" content="https://a.example/autor/1">', '<div class="author-line">Von Jana Reuter | 3. Mai</div>');
    assert.equal(readMetadata(doc, 'https://a.example/').byline, 'Jana Reuter');
  });

  test('site name suffix is dropped from the title', () => {
    const doc = page('<meta property="og:title" content="Großer Titel | Kurier"><meta property="og:site_name" content="Kurier">');
    assert.equal(readMetadata(doc, 'https://a.example/').title, 'Großer Titel');
  });

  test('published falls back to <time datetime>', () => {
    const doc = page('', '<article><time datetime="2024-04-01T12:00:00+02:00">1. April</time></article>');
    assert.equal(readMetadata(doc, 'https://a.example/').published, '2024-04-01T10:00:00.000Z');
  });

  test('og:locale gives the language when nothing else does', () => {
    assert.equal(readMetadata(page('<meta property="og:locale" content="de_AT">'), 'https://a.example/').lang, 'de-AT');
  });
});

describe('normalizeLang', () => {
  const cases: Array<[string | null, string | null]> = [['de', 'de'], ['DE-de', 'de-DE'], ['en_us', 'en-US'], ['', null], [null, null], ['x', null]];
  for (const [input, expected] of cases) test(String(input), () => assert.equal(normalizeLang(input), expected));
});

describe('documentBaseUrl', () => {
  test('<base href> is resolved against the page', () => {
    assert.equal(documentBaseUrl(page('<base href="/news/">'), 'https://a.example/x/y'), 'https://a.example/news/');
  });
  test('a local file uses the canonical URL as base', () => {
    assert.equal(documentBaseUrl(page('<link rel="canonical" href="https://a.example/p/1">'), 'file:///tmp/p.html'), 'https://a.example/p/1');
  });
});

describe('headlineOfDocumentTitle', () => {
  const cases: Array<[string, string]> = [
    ['Brücke wird ein Jahr früher fertig | Kreisbote Nord', 'Brücke wird ein Jahr früher fertig'],
    ['Why my starter finally stopped sulking – Crumb Notes', 'Why my starter finally stopped sulking'],
    ['Kreisbote » Lokales » Brücke wird ein Jahr früher fertig', 'Kreisbote » Lokales » Brücke wird ein Jahr früher fertig'],
    ['Kreisbote » Brücke wird ein Jahr früher fertig', 'Brücke wird ein Jahr früher fertig'],
    ['Impressum - Kreisbote', 'Impressum - Kreisbote'],
    ['Mozilla - Wikipedia', 'Mozilla - Wikipedia'],
  ];
  for (const [raw, expected] of cases) test(raw, () => assert.equal(headlineOfDocumentTitle(raw, [], []), expected));

  test('a section before a colon is dropped unless a heading shows the title whole', () => {
    assert.equal(headlineOfDocumentTitle('Verkehr: Neue Busse fahren ab Dezember öfter', [], []), 'Neue Busse fahren ab Dezember öfter');
    const whole = 'Verkehr: Neue Busse fahren ab Dezember öfter';
    assert.equal(headlineOfDocumentTitle(whole, [whole], [whole]), whole);
  });
  test('a title too short to be a headline yields to the only <h1>', () => {
    assert.equal(headlineOfDocumentTitle('Startseite', [], ['Neue Busse fahren ab Dezember öfter']), 'Neue Busse fahren ab Dezember öfter');
  });
});

describe('site names around a declared title', () => {
  test('a suffix naming the site as its host or its declared name goes, whatever its spelling', () => {
    const ids = siteIdentities(['Der Kreisbote'], 'https://www.kreisbote-nord.de/lokales/bruecke.html');
    assert.equal(stripSiteIdentity('Brücke wird ein Jahr früher fertig | KREISBOTE-NORD', ids), 'Brücke wird ein Jahr früher fertig');
    assert.equal(stripSiteIdentity('Brücke wird ein Jahr früher fertig - kreisbote-nord.de', ids), 'Brücke wird ein Jahr früher fertig');
    assert.equal(stripSiteIdentity('DerKreisbote: Brücke wird ein Jahr früher fertig', ids), 'Brücke wird ein Jahr früher fertig');
    assert.equal(stripSiteIdentity('Interview - Die Brücke und der Fluss', ids), 'Interview - Die Brücke und der Fluss', 'a kicker that is no site name stays');
  });

  test('the name before a country domain suffix is the site, not "co"', () => {
    const ids = siteIdentities([], 'https://www.crumb-notes.co.uk/bread/starter');
    assert.ok(ids.has('crumbnotes'));
    assert.ok(!ids.has('co'));
    assert.equal(stripSiteIdentity('Why my starter finally stopped sulking | Crumb Notes', ids), 'Why my starter finally stopped sulking');
  });

  test('readMetadata strips a JSON-LD headline suffix that the og:site_name spells differently from the publisher', () => {
    const doc = parseDocument(`<html><head><title>x</title><meta property="og:site_name" content="TheKreisbote">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Brücke wird ein Jahr früher fertig | TheKreisbote","publisher":{"@type":"Organization","name":"The Kreisbote"}}</script></head><body></body></html>`);
    assert.equal(readMetadata(doc, 'https://example.org/a').title, 'Brücke wird ein Jahr früher fertig');
  });
});

describe('readMetadata titles', () => {
  test('the document title is preferred to an <h1> when nothing is declared', () => {
    const doc = page('<title>Neue Busse fahren ab Dezember öfter | Talblick</title>', '<h1>Talblick</h1><h2>Neue Busse</h2>');
    assert.equal(readMetadata(doc, 'https://a.example/').title, 'Neue Busse fahren ab Dezember öfter');
  });
  test('a declared title that is only the site name is skipped', () => {
    const doc = page('<meta property="og:site_name" content="Talblick"><meta property="og:title" content="Talblick"><title>Neue Busse fahren ab Dezember öfter - Talblick</title>');
    assert.equal(readMetadata(doc, 'https://a.example/').title, 'Neue Busse fahren ab Dezember öfter');
  });
  test('entities left in JSON-LD are decoded', () => {
    const doc = page('<script type="application/ld+json">{"@type":"NewsArticle","headline":"&#8222;Mehr Busse&#8220; &amp; Bahnen"}</script>');
    assert.equal(readMetadata(doc, 'https://a.example/').title, '„Mehr Busse“ & Bahnen');
  });
  test('Dublin Core as an RDFa property is preferred to its older name form, for titles as for authors', () => {
    const doc = page('<meta name="DC.title" content="Alter Titel"><meta property="dc:title" content="Der Titel"><meta name="DC.creator" content="Alt"><meta property="dc:creator" content="Jana Reuter">');
    const meta = readMetadata(doc, 'https://a.example/');
    assert.equal(meta.title, 'Der Titel');
    assert.equal(meta.byline, 'Jana Reuter');
  });
  test('Dublin Core in a space-separated property list is read', () => {
    const doc = page('<meta property="x:title dc:title" content="Der Titel"><title>Anders</title>');
    assert.equal(readMetadata(doc, 'https://a.example/').title, 'Der Titel');
  });
});

describe('cleanAuthorText', () => {
  const cases: Array<[string, string | null]> = [
    ['Von Jana Reuter | Stand: 03.05.2024, 14:05 Uhr', 'Jana Reuter'],
    ['By Dev Okafor, Local Democracy Reporter', 'Dev Okafor'],
    ['Jana Reuter, Mats Kowalczyk', 'Jana Reuter, Mats Kowalczyk'],
    ['Posted on March 9, 2024 by Hollis Brandt', 'Hollis Brandt'],
    ['Posted by Günter W. Kienitz at 18:52', 'Günter W. Kienitz'],
    ['Eingestellt von Lena Hofbauer', 'Lena Hofbauer'],
    ['Von:Lena Hofbauer', 'Lena Hofbauer'],
    ['Text und Interview: Lena Hofbauer', 'Lena Hofbauer'],
    ['Lena Hofbauer am', 'Lena Hofbauer'],
    ['Lena Hofbauer @lenahof', 'Lena Hofbauer'],
    ['Redaktion', 'Redaktion'],
    ['Veröffentlicht am', null],
    ['Posted on', null],
    ['Name (erforderlich)', null],
    ['Foto: Ingo Becker', null],
    ['Donnerstag, 4. November 2021', null],
    ['redaktion@talblick.example', null],
    ['https://talblick.example/autor/1', null],
    ['Das ist ein ganzer Satz. Und noch einer folgt hier.', null],
    // An ad script inside the byline element is code, not a name.
    ['(adsbygoogle = window.adsbygoogle || []).push({});', null],
  ];
  for (const [raw, expected] of cases) test(raw, () => assert.equal(cleanAuthorText(raw), expected));
});

describe('readMetadata bylines', () => {
  test('a person in the byline beats the publisher declared as author', () => {
    const doc = page('<meta property="og:site_name" content="Talblick"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Busse","author":{"@type":"Organization","name":"Talblick"}}</script>', '<h1>Busse</h1><p class="byline">Von Lena Hofbauer</p>');
    assert.equal(readMetadata(doc, 'https://a.example/').byline, 'Lena Hofbauer');
  });
  test('the publisher stays the byline when no person is named', () => {
    const doc = page('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Busse","author":{"@type":"Organization","name":"Talblick"}}</script>', '<h1>Busse</h1>');
    assert.equal(readMetadata(doc, 'https://a.example/').byline, 'Talblick');
  });
  test('comment authors and form labels are no byline', () => {
    const doc = page('', '<h1>Busse</h1><p>Text.</p><div class="comments"><span class="comment-author">Mara</span></div><form><label class="author">Name *</label></form>');
    assert.equal(readMetadata(doc, 'https://a.example/').byline, null);
  });
  test('an "authority" class is no author', () => {
    const doc = page('', '<h1>Busse</h1><div class="authority-control">Normdaten</div>');
    assert.equal(readMetadata(doc, 'https://a.example/').byline, null);
  });
  test('the parts of a byline set side by side without spaces are read apart: name, date, comment count', () => {
    const doc = page('', '<h1>Busse</h1><p class="byline"><span class="by-author"><span>von</span> <a href="/autor/lh">Lena Hofbauer</a></span><span class="date">22. Dez. 2016</span><a href="#kommentare">65</a></p><p>Der Gemeinderat hat beschlossen.</p>');
    assert.equal(readMetadata(doc, 'https://a.example/').byline, 'Lena Hofbauer');
    const english = page('', '<h1>Buses</h1><div class="author-line"><span class="author">Carrie Holm</span><time>November 15, 2019</time></div>');
    assert.equal(readMetadata(english, 'https://a.example/').byline, 'Carrie Holm');
  });
  test('a plain "Von …" line under the headline', () => {
    const doc = page('', '<h1>Busse</h1><p><strong>Von Lena Hofbauer</strong></p><p>Der Gemeinderat hat beschlossen.</p>');
    assert.equal(readMetadata(doc, 'https://a.example/').byline, 'Lena Hofbauer');
  });
});

describe('headlineElement', () => {
  test('of several <h1>, the one repeating the title', () => {
    const doc = page('', '<h1>Kreisbote</h1><h1>Lokales</h1><h1>Brücke wird früher fertig</h1>');
    assert.equal(headlineElement(doc, 'Brücke wird früher fertig | Kreisbote')?.textContent, 'Brücke wird früher fertig');
  });
  test('without <h1>, a lower heading repeating the title', () => {
    const doc = page('', '<h3>Mehr lesen</h3><h2>Brücke wird früher fertig</h2>');
    assert.equal(headlineElement(doc, 'Brücke wird früher fertig')?.textContent, 'Brücke wird früher fertig');
  });
});

describe('cleanAuthorText, glued and trailing words', () => {
  test('a lead-in glued to the name', () => assert.equal(cleanAuthorText('ByJ.R. Stone'), 'J.R. Stone'));
  test('a surname that starts like a lead-in stays', () => assert.equal(cleanAuthorText('Bybee Smith'), 'Bybee Smith'));
  test('a weekday after the name', () => assert.equal(cleanAuthorText('Jana Reuter, Freitag, 3. Mai 2024'), 'Jana Reuter'));
});

describe('readMetadata byline on the date line', () => {
  test('"date - name" right under the headline', () => {
    const doc = page('', '<h1>Variablen erklärt</h1><p class="text-muted">11.12.2019 - Jana Reuter</p><p>Text.</p>');
    assert.equal(readMetadata(doc, 'https://a.example/').byline, 'Jana Reuter');
  });
  test('a photo credit under the headline is no byline', () => {
    const doc = page('', '<h1>Variablen erklärt</h1><p>Photo by Mara Lindqvist</p><p>Text.</p>');
    assert.equal(readMetadata(doc, 'https://a.example/').byline, null);
  });
});
