import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument, textOf } from '../../../src/ingest/extract/dom.ts';
import { removePictureCredits } from '../../../src/ingest/extract/captions.ts';
import { cleanTop } from '../../../src/ingest/extract/body-cleanup.ts';
import { mainTextBlock, proseMap } from '../../../src/ingest/extract/scorer/main-text.ts';
import { measure } from '../../../src/ingest/extract/scorer/measure.ts';
import { flattenFormulas } from '../../../src/ingest/extract/math.ts';
import { BOILERPLATE_CLASS, CREDIT_LINE, FURNITURE_LINE, isPromoLine, PROMO_LINE, RIGHTS_LINE, TEASER_PREFIX } from '../../../src/ingest/extract/patterns.ts';
import { extractArticle } from '../../../src/ingest/extract/index.ts';

const sentence = (n: number) => `Satz ${n} erzählt, was im Gemeinderat am Abend beschlossen wurde, und warum.`;

describe('mainTextBlock', () => {
  test('finds the container of the paragraphs, not a list of teasers with longer text in total', () => {
    const story = Array.from({ length: 4 }, (_, i) => `<p>${sentence(i)}</p>`).join('');
    const teasers = Array.from({ length: 8 }, (_, i) => `<li><p>${sentence(i + 10)}</p></li>`).join('');
    const doc = parseDocument(`<html><body><div id="story">${story}</div><ul id="more">${teasers}</ul></body></html>`);
    const block = mainTextBlock(proseMap(measure(doc.body)));
    assert.equal(block?.el.getAttribute('id'), 'story');
    // The prose of the four paragraphs, each counted once (the sentences are 76–77 characters).
    assert.equal(block?.prose, Array.from(doc.querySelectorAll('#story p')).reduce((sum, p) => sum + textOf(p).length, 0));
  });

  test('ignores short lines and link-only paragraphs', () => {
    const doc = parseDocument('<html><body><div><p>Kurz.</p><p><a href="/x">Ein Link, der so lang ist wie ein ganzer Satz im Text.</a></p></div></body></html>');
    assert.equal(mainTextBlock(proseMap(measure(doc.body))), null);
  });
});

describe('flattenFormulas', () => {
  test('a rendered formula becomes its text, a hidden copy beside a picture does not', () => {
    const doc = parseDocument(
      '<html><body><p>Es gilt <span class="MathJax menu"><span aria-hidden="true"></span><math><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></math></span> im Vakuum.</p>'
      + '<p><span style="display:none"><math><semantics><mi>x</mi><annotation encoding="application/x-tex">x</annotation></semantics></math></span><img alt="x"></p></body></html>',
    );
    flattenFormulas(doc);
    assert.equal(textOf(doc.querySelector('p')), 'Es gilt E = m c 2 im Vakuum.');
    assert.equal(doc.querySelectorAll('math').length, 1, 'the hidden copy is left alone');
    assert.equal(doc.querySelector('.MathJax'), null, 'the rendering box goes with the formula');
  });
});

describe('removePictureCredits', () => {
  test('drops credits by class and by wording, keeps the describing caption', () => {
    const doc = parseDocument(
      '<html><body><figure><img src="a.jpg"><figcaption>Der Marktplatz am Morgen <span class="credit">Bild: Stadtarchiv</span></figcaption></figure>'
      + '<figure><img src="b.jpg"><figcaption>(AP Photo/Jane Doe)</figcaption></figure>'
      + '<p class="credit">Die Stadt gibt Auskunft über das Archiv.</p></body></html>',
    );
    removePictureCredits(doc);
    const text = textOf(doc.body);
    assert.ok(text.includes('Der Marktplatz am Morgen'));
    assert.ok(!text.includes('Stadtarchiv'));
    assert.ok(!text.includes('Jane Doe'));
    assert.ok(text.includes('Die Stadt gibt Auskunft'), 'a credit-classed paragraph away from any picture stays');
  });
});

describe('furniture patterns', () => {
  test('whole lines of furniture match, sentences that start alike do not', () => {
    for (const line of ['Anzeige', 'Advertisement:', 'Foto: dpa', 'Zurück zur Übersicht', 'War der Artikel nützlich?', 'Image 3 of 12', 'Tags: Wahl, Kreistag',
      'Like this story? Share it with a friend!', 'CLICK HERE TO GET THE HARBOUR NEWS APP', 'Join our Sailing Forums to keep talking boats', "DON'T MISS"]) {
      assert.ok(FURNITURE_LINE.test(line), line);
    }
    for (const line of ['Fotos vom Fest zeigt die Gemeinde im Rathaus.', 'Anzeigen gegen den Betreiber liegen nicht vor.', 'Zurück in der Heimat, begann sie zu schreiben.',
      'People who like this story say so loudly.', 'Click here to read the council minutes.', 'Join the queue at the harbour office.', "Don't miss the ferry, she said."]) {
      assert.ok(!FURNITURE_LINE.test(line), line);
    }
  });

  test('teaser prefixes in several languages', () => {
    for (const line of ['Lesen Sie auch: Der Hafen wächst', 'Lea también: Nuevo puente', 'À lire aussi : La gare', 'Zum Weiterlesen', 'SEE MORE: Harbour strike ends']) {
      assert.ok(TEASER_PREFIX.test(line), line);
    }
    assert.ok(!TEASER_PREFIX.test('Leander lief zum Hafen.'));
  });

  test('picture credits standing alone: a name and an agency, or "Image copyright"', () => {
    for (const line of ['Image copyright Getty Images', 'Jana Roe/Harbour Times/Getty Images', 'Jan Roe, ASSOCIATED PRESS', 'Bildrechte beim Stadtarchiv', 'Max Muster/dpa']) {
      assert.ok(FURNITURE_LINE.test(line), line);
    }
    for (const line of ['The ferry left at noon, Reuters reported.', 'Der Hafen wächst, meldet dpa. Das freut die Stadt.', 'Image processing is slow on old phones']) {
      assert.ok(!FURNITURE_LINE.test(line), line);
    }
  });

  test('availability, date and opinion notes of the page, and rights lines', () => {
    for (const line of ['Video verfügbar bis 28.02.2031', 'Erstellt am Dienstag 6. Mai 2031', 'Zuletzt aktualisiert am 3. Juni 2031, 14:20 Uhr', 'Dieser Text wurde am 3. Mai 2031 veröffentlicht.',
      'Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.', '13 Besucher sind online']) {
      assert.ok(FURNITURE_LINE.test(line), line);
    }
    for (const line of ['Verfügbar bis Ende Mai sind nur noch wenige Karten.', 'Erstellt am Ende einer langen Nacht wurde der Plan erst 2031 öffentlich, sagte sie.', 'Die Meinung des Autors zählt hier nicht.']) {
      assert.ok(!FURNITURE_LINE.test(line), line);
    }
    for (const line of ['This article is the copyrighted property of Harbour News.', 'Nachdruck nur mit schriftlicher Genehmigung des Verlags.']) assert.ok(RIGHTS_LINE.test(line), line);
    assert.ok(!RIGHTS_LINE.test('Der Nachdruck des Buches erschien 1950.'));
  });

  test('calls to follow or subscribe, German and English; sentences about newsletters are text', () => {
    for (const line of ['Follow us on Twitter and Facebook.', 'Follow Harbour News on Instagram, Facebook and YouTube.', 'Follow @HarbourDeals on Twitter to keep up with the deals.',
      'Sign up for The Harbour Bulletin today to get the free daily newsletter.', 'Get the latest updates right in your inbox. Subscribe to our newsletters.',
      'Folgen Sie uns auf Instagram!', 'Abonnieren Sie jetzt unseren kostenlosen Newsletter.', 'Hier können Sie den Newsletter der Redaktion bestellen.']) {
      assert.ok(PROMO_LINE.test(line), line);
      assert.ok(isPromoLine(line), line);
    }
    for (const line of ['The council followed the plan on Tuesday.', 'Der Newsletter der Stadt erschien zuletzt im Mai, sagte die Sprecherin.', 'Spam in your inbox is an old problem.']) {
      assert.ok(!PROMO_LINE.test(line), line);
      assert.ok(!isPromoLine(line), line);
    }
    // The quick word test in front of the pattern never turns a promotion line away, in any case.
    for (const line of ['FOLLOW US ON TWITTER', 'click here to subscribe', 'MELDEN SIE SICH JETZT FÜR DEN NEWSLETTER AN', 'Sign up to get our NEWSLETTER', 'Straight to your INBOX: subscribe']) {
      assert.ok(PROMO_LINE.test(line) && isPromoLine(line), line);
    }
  });

  test('a promo paragraph under the article goes, the article stays', () => {
    const story = Array.from({ length: 3 }, (_, i) => `<p>${sentence(i)} Die Kämmerin legte dazu Zahlen vor, die der Rat lange erwartet hatte.</p>`).join('');
    const html = `<html><body><article><h1>Der Rat beschließt den Haushalt</h1>${story}<p>Folgen Sie der Lokalredaktion auf Instagram und Facebook.</p></article></body></html>`;
    const { text } = extractArticle(html, { url: 'https://zeitung.example/rat' });
    assert.ok(text.includes('Die Kämmerin legte dazu Zahlen vor'));
    assert.ok(!text.includes('Instagram'));
  });

  test('a linked headline of another story of the site, set as a paragraph between the paragraphs, goes', () => {
    const p = (i: number) => `<p>${sentence(i)} Die Kämmerin legte dazu Zahlen vor, die der Rat lange erwartet hatte.</p>`;
    const html = `<html><body><article><h1>Der Rat beschließt den Haushalt</h1>${p(1)}<p><strong><a href="/politik/kita-gebuehren-steigen">KITA-GEBÜHREN STEIGEN IM HERBST</a></strong></p>${p(2)}`
      + `<p><a href="https://amt.example/haushalt.pdf">Der Haushaltsplan als PDF</a></p>${p(3)}</article></body></html>`;
    const { text } = extractArticle(html, { url: 'https://zeitung.example/politik/rat' });
    assert.ok(!text.includes('KITA-GEBÜHREN'));
    assert.ok(text.includes('Der Haushaltsplan als PDF'), 'a link to another site is a source, not a teaser');
    for (const i of [1, 2, 3]) assert.ok(text.includes(`Satz ${i} erzählt`));
  });

  test('credit lines', () => {
    for (const line of ['Foto: Max Muster', '© Stadtwerke', 'Photograph by Ann Lee', 'Getty Images']) assert.ok(CREDIT_LINE.test(line), line);
    assert.ok(!CREDIT_LINE.test('Fotografen aus der ganzen Region stellten aus.'));
  });
});

describe('boilerplate class words', () => {
  test('a German consent box (DSGVO) is furniture; an article flagged "promoted" is not a promo box', () => {
    for (const names of ['sp-dsgvo-privacy-content', 'dsgvo-banner', 'promo-box', 'teaser promo']) assert.ok(BOILERPLATE_CLASS.test(names), names);
    for (const names of ['node node--type-article node--promoted', 'article-promoted']) assert.ok(!BOILERPLATE_CLASS.test(names), names);
  });

  test('the promoted article is extracted, not the consent settings beside it', () => {
    const consent = Array.from({ length: 6 }, (_, i) => `<div class="dsgvo-category"><div>Kategorie ${i}: Dienste zur Auswertung, zur Anzeige von Karten und Videos, und zur Abwehr von Spam.</div><label>Switch zum Einwilligen bzw. Ablehnen der Kategorie ${i}</label></div>`).join('');
    const story = Array.from({ length: 3 }, (_, i) => `<p>${sentence(i)} Die Kämmerin legte dazu Zahlen vor, die der Rat lange erwartet hatte.</p>`).join('');
    const html = `<html><body><article class="node node--type-article node--promoted"><h1>Der Rat beschließt den Haushalt</h1>${story}</article>`
      + `<div class="sp-dsgvo-privacy-popup">${consent}</div></body></html>`;
    const { text } = extractArticle(html, { url: 'https://zeitung.example/rat' });
    assert.ok(text.includes('Die Kämmerin legte dazu Zahlen vor'));
    assert.ok(!text.includes('Einwilligen'));
  });
});

describe('live tickers', () => {
  test('the entries of a live ticker are the article, though their class calls them comments', () => {
    const entries = Array.from({ length: 6 }, (_, i) => `<div class="live-match-comment"><div class="live-match-comment-time">${90 - i * 10}'</div>`
      + `<div class="live-match-comment-body">Minute ${90 - i * 10}: Der Gastgeber drängt, doch der Torwart hält den Ball sicher, und das Spiel läuft weiter.</div></div>`).join('');
    const html = `<html><body><main><h1>Heimsieg im Regen</h1><div class="live-ticker">${entries}</div></main>`
      + '<div id="comments" class="comments"><div class="comment">Leser Max: Tolles Spiel, weiter so, Jungs, und danke für den Ticker!</div></div></body></html>';
    const { text } = extractArticle(html, { url: 'https://sport.example/ticker' });
    assert.ok(text.includes('Minute 90: Der Gastgeber drängt'));
    assert.ok(text.includes('Minute 40: Der Gastgeber drängt'));
    assert.ok(!text.includes('Leser Max'), 'readers\' comments are still furniture');
  });
});

describe('date lines at the top of the body', () => {
  const prose = `<p>${sentence(1)} ${sentence(2)}</p><p>${sentence(3)}</p>`;
  const cases = [
    { name: 'the date with the byline, the publisher and an update', line: 'Tagesblatt | 04.05.2025 um 13.36 Uhr • Zuletzt geändert 05.05.2025 | Text Jana Reuter (mit Jan Roe)', byline: 'Jana Reuter (mit Jan Roe)', removed: true },
    { name: 'a name and a date, nothing else', line: 'Jan Roe Monday, March 3, 2025 @ 11:10 PM UTC', byline: null, removed: true },
    { name: 'a short paragraph with a date and more words is text', line: 'Am 3. März 2025 stimmte der Gemeinderat über den neuen Radweg ab.', byline: null, removed: false },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const doc = parseDocument(`<html><body><div id="b"><h1>Der Radweg kommt</h1><div class="meta">${c.line}</div>${prose}</div></body></html>`);
      const body = doc.getElementById('b')!;
      cleanTop(body, { title: 'Der Radweg kommt', byline: c.byline, lead: null });
      assert.equal(!textOf(body).includes(c.line), c.removed);
      assert.ok(textOf(body).includes('Satz 3 erzählt'));
    });
  }
});

describe('text a script would render', () => {
  const story = [1, 2, 3, 4].map((n) => `<p>${sentence(n)}</p>`).join('');
  const wrap = (inner: string) => `<html><body><h1>Der Radweg kommt</h1><div class="post"><div class="post-body">${inner}</div></div><div class="side"><a href="/a">Archiv</a></div></body></html>`;

  test('the paragraphs in a noscript beside a script template, in an otherwise empty container, are the article', () => {
    const html = wrap(`<script type="text/template">${story}</script><noscript>${story}</noscript>`);
    const { text } = extractArticle(html, { url: 'https://blog.example/radweg' });
    assert.ok(text.includes('Satz 1 erzählt') && text.includes('Satz 4 erzählt'));
    assert.equal(text.split('Satz 1 erzählt').length, 2, 'once');
  });

  test('a noscript beside the shown text (a notice, or a copy of it) stays out', () => {
    const notice = `<noscript><p>${'Bitte schalten Sie JavaScript ein, um die Kommentare zu sehen und selbst zu schreiben. '.repeat(3)}</p></noscript>`;
    const { text } = extractArticle(wrap(`${story}${notice}`), { url: 'https://blog.example/radweg' });
    assert.ok(text.includes('Satz 4 erzählt'));
    assert.ok(!text.includes('JavaScript'));
  });
});

describe('ruby annotations', () => {
  test('the readings set above kanji are left out, so the annotated words stay whole', () => {
    const line = '<ruby>今日<rt>きょう</rt></ruby>は<ruby>雨<rp>(</rp><rt>あめ</rt><rp>)</rp></ruby>が<ruby>降<rt>ふ</rt></ruby>っていますが、<ruby>午後<rt>ごご</rt></ruby>から<ruby>晴<rt>は</rt></ruby>れるでしょう。';
    const html = `<html><body><article><h1>天気</h1>${[1, 2, 3, 4].map(() => `<p>${line}${line}${line}</p>`).join('')}</article></body></html>`;
    const { text } = extractArticle(html, { url: 'https://news.example/tenki' });
    assert.ok(text.includes('今日は雨が降っていますが、午後から晴れるでしょう。'));
    assert.ok(!text.includes('きょう'));
  });
});
