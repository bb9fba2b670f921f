import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { all, closest, dataAttributes, first, linkDensity, parseDocument, sameWords, textOf } from '../../../src/ingest/extract/dom.ts';
import { findArticleBody } from '../../../src/ingest/extract/scorer/index.ts';
import { scoreContainers, topCandidate } from '../../../src/ingest/extract/scorer/candidates.ts';
import { measure } from '../../../src/ingest/extract/scorer/measure.ts';
import { TextLengths } from '../../../src/ingest/extract/text-lengths.ts';
import { NO_TRACE, recordingTrace } from '../../../src/ingest/extract/trace.ts';

/** The scores of a page and its measured figures, as topCandidate takes them. */
function scored(root: Element): [ReturnType<typeof scoreContainers>, ReturnType<typeof measure>] {
  const measured = measure(root);
  return [scoreContainers(measured), measured];
}

const sentence = (n: number) => `Satz ${n} erzählt, was der Kreistag am Abend beschlossen hat, und warum, mit allen Einzelheiten.`;

// Markup with the whitespace, nesting and links that make lengths hard: runs of spaces across element
// boundaries, leading and trailing space, nested links, empty elements, text directly in the body.
const TRICKY = `<html><body> Vorspann   ohne Tag
<div id="a">  <p>Ein <a href="/x"> Link </a>im   Satz.</p><p></p>
  <ul><li><a href="/1">Eins</a></li><li> <a href="/2">Zwei <b>und</b> drei</a> </li></ul>
  <div id="b"><span> a</span><span>b </span><em>
  c</em></div></div><p id="c">Nur Text, kein Link.</p></body></html>`;

describe('TextLengths', () => {
  test('gives the length and link density textOf and linkDensity give, for every element', () => {
    const doc = parseDocument(TRICKY);
    const lengths = new TextLengths();
    for (const el of [doc.body, ...all(doc.body, '*')]) {
      assert.equal(lengths.length(el), textOf(el).length, `length of ${el.tagName}#${el.id}`);
      assert.equal(lengths.linkDensity(el), linkDensity(el), `link density of ${el.tagName}#${el.id}`);
    }
  });

  test('lengths equal textOf on text with every kind of white space', () => {
    const doc = parseDocument(`<html><body><p id="w">\u3000 Weit\u00a0\u00a0weg \u2028<b> \ufeffda</b>\u205f </p></body></html>`);
    const p = doc.getElementById('w')!;
    assert.equal(new TextLengths().length(p), textOf(p).length);
  });

  test('after forget and removal, the ancestors are measured again', () => {
    const doc = parseDocument(TRICKY);
    const lengths = new TextLengths();
    const before = lengths.length(doc.body);
    const list = doc.querySelector('ul')!;
    lengths.forget(list);
    list.remove();
    assert.ok(lengths.length(doc.body) < before);
    assert.equal(lengths.length(doc.body), textOf(doc.body).length);
    assert.equal(lengths.linkDensity(doc.querySelector('#a')!), linkDensity(doc.querySelector('#a')!));
  });
});

describe('all', () => {
  test('finds what querySelectorAll finds, in the same order', () => {
    const doc = parseDocument(`<html><body><div class="x" id="y"><p data-video="1">a</p><template><p>hidden</p></template>
      <section itemprop="articleBody"><span class="x">b</span><a href="/z">c</a></section></div></body></html>`);
    for (const selector of ['p, div', 'p', '[class], [id]', '[itemprop="articleBody"]', 'h1, [itemprop="articleBody"]', 'a[href]', 'span, a, section', '[data-video]']) {
      assert.deepEqual(all(doc.body, selector), Array.from(doc.body.querySelectorAll(selector)), selector);
    }
    // Selectors beyond tags and attribute tests go to linkedom.
    assert.deepEqual(all(doc.body, 'div > p'), Array.from(doc.body.querySelectorAll('div > p')));
  });

  test('from the document, finds what querySelectorAll finds, elements after </html> included', () => {
    const doc = parseDocument('<html><head><title>T</title></head><body><p>a</p><template><p>b</p></template></body></html><p>c</p>');
    for (const selector of ['p', 'title', '*', 'template']) {
      assert.deepEqual(all(doc, selector), Array.from(doc.querySelectorAll(selector)), selector);
    }
  });

  test('compares the values of attributes HTML matches regardless of case as linkedom does', () => {
    const doc = parseDocument('<html><head><link rel="Canonical" href="/a"><meta http-equiv="Content-Language" content="de"></head><body></body></html>');
    assert.equal(all(doc, 'link[rel="canonical"]').length, 1);
    assert.equal(first(doc, 'meta[http-equiv="content-language"]'), doc.querySelector('meta[http-equiv="content-language"]'));
  });
});

describe('first and closest', () => {
  const doc = parseDocument(`<html><body><div id="outer"><template><p id="t">hidden</p></template><figure id="fig">
    <span id="s"><b>x</b></span><p id="p1">a</p></figure><p id="p2">b</p></div></body></html>`);
  test('first finds what querySelector finds', () => {
    for (const selector of ['p', 'figure, span', 'b', '[id]', 'p[id="p2"]', 'h1', 'div > p']) {
      for (const root of [doc, doc.body, doc.querySelector('#outer')!, doc.querySelector('#s')!] as ParentNode[]) {
        assert.equal(first(root, selector), root.querySelector(selector), `${selector} in ${(root as Element).id ?? 'document'}`);
      }
    }
  });
  test('closest finds what Element.closest finds, the element itself included', () => {
    const b = doc.querySelector('b')!;
    for (const selector of ['b', 'span', 'figure', 'div, figure', 'section', '[id="outer"]', 'div > figure']) {
      assert.equal(closest(b, selector), b.closest(selector), selector);
    }
  });
});

describe('dataAttributes', () => {
  test('the data attributes in getAttributeNames order, with the values getAttribute reads, and none for elements without', () => {
    const doc = parseDocument(`<html><body><div id="v" data-video-id="A1" class="x" data-duration="PT2M" data-empty>
      <b>x</b></div><p class="y" id="p">text</p></body></html>`);
    const video = doc.getElementById('v')!;
    assert.equal(dataAttributes(video), 'data-video-id=A1 data-duration=PT2M data-empty=');
    assert.equal(dataAttributes(video), video.getAttributeNames().filter((n) => n.startsWith('data-')).map((n) => `${n}=${video.getAttribute(n)}`).join(' '));
    assert.equal(dataAttributes(doc.getElementById('p')!), '');
    assert.equal(dataAttributes(doc.querySelector('b')!), '');
    // An attribute set later is listed where getAttributeNames lists it (linkedom puts it first).
    video.setAttribute('data-later', 'Z');
    assert.equal(dataAttributes(video), video.getAttributeNames().filter((n) => n.startsWith('data-')).map((n) => `${n}=${video.getAttribute(n)}`).join(' '));
    assert.match(dataAttributes(video), /data-later=Z/);
  });
});

describe('sameWords', () => {
  const cases: Array<[string, string, boolean]> = [
    ['„Die Wahl“ – ein Rückblick', 'die wahl ein rückblick', true],
    ['Die Wahlen', 'die wahl', false],
    ['Diese Wahl', 'die wahl', false],
    ['Die', 'die wahl', false],
    ['', 'die wahl', false],
    ['Die Wahl', '', false],
  ];
  for (const [a, b, expected] of cases) test(`${JSON.stringify(a)} / ${JSON.stringify(b)}`, () => assert.equal(sameWords(a, b), expected));
});

describe('scorer', () => {
  test('the container of the prose wins over a longer list of short linked teasers', () => {
    const story = Array.from({ length: 5 }, (_, i) => `<p>${sentence(i)}</p>`).join('');
    const teasers = Array.from({ length: 20 }, (_, i) => `<div class="teaser"><a href="/t${i}">Meldung ${i} aus dem Landkreis mit einer Zeile</a></div>`).join('');
    const doc = parseDocument(`<html><body><div id="teasers">${teasers}</div><div id="story">${story}</div></body></html>`);
    const top = topCandidate(...scored(doc.body));
    assert.equal(top?.el.id, 'story');
  });

  test('a paragraph in a list item does not make the list the article', () => {
    const story = Array.from({ length: 3 }, (_, i) => `<p>${sentence(i)}</p>`).join('');
    const captions = Array.from({ length: 8 }, (_, i) => `<li><p>${sentence(i + 10)}</p></li>`).join('');
    const doc = parseDocument(`<html><body><div id="story">${story}</div><ul id="gallery">${captions}</ul></body></html>`);
    const top = topCandidate(...scored(doc.body));
    assert.equal(top?.el.id, 'story');
  });

  test('the container is traced as kept, clutter inside it as removed', () => {
    const story = Array.from({ length: 4 }, (_, i) => `<p>${sentence(i)}</p>`).join('');
    const doc = parseDocument(`<html><body><article id="story">${story}<div class="links"><a href="/a">Eins</a> <a href="/b">Zwei</a> <a href="/c">Drei</a> und</div></article></body></html>`);
    const trace = recordingTrace();
    const found = findArticleBody(doc, trace);
    assert.ok(found);
    assert.equal(found.container.id, 'story');
    assert.deepEqual(trace.entries.map((e) => [e.action, e.rule, e.element]), [['kept', 'scored-container', 'article#story'], ['removed', 'scored-clutter', 'div.links']]);
    assert.ok(!textOf(found.body).includes('Eins Zwei'));
  });

  test('a page without a paragraph of text has no article body', () => {
    const doc = parseDocument('<html><body><div><a href="/">Start</a></div></body></html>');
    assert.equal(findArticleBody(doc, NO_TRACE), null);
  });
});

describe('a page without containers', () => {
  test('a boxed introduction in a layout table beside paragraphs loose in the body is part of the article', () => {
    const loose = Array.from({ length: 6 }, (_, i) => `<p>${sentence(i)} ${sentence(i + 10)}</p>`).join('');
    const intro = Array.from({ length: 3 }, (_, i) => `<p>${sentence(i + 30)} ${sentence(i + 40)}</p>`).join('');
    // A quoted letter outscores the box, so the scorer starts from the quote, and the box's score,
    // shared up through the table, falls short of a sibling's.
    const quote = Array.from({ length: 5 }, (_, i) => `<p>${sentence(i + 50)} ${sentence(i + 60)}</p>`).join('');
    const doc = parseDocument(
      `<html><body><p><b>Der Kreistag</b></p><div align="center"><table><tr><td>${intro}</td></tr></table></div>${loose}<blockquote>${quote}</blockquote>${loose}</body></html>`,
    );
    const text = textOf(findArticleBody(doc, NO_TRACE)!.body);
    assert.ok(text.includes('Satz 30 erzählt'), 'the boxed introduction');
    assert.ok(text.includes('Satz 5 erzählt'), 'the loose paragraphs');
  });

  test('beside a container in the body, a box of loose text (a service footer) is not taken along', () => {
    const story = Array.from({ length: 6 }, (_, i) => `<p>${sentence(i)} ${sentence(i + 10)}</p>`).join('');
    const line = 'Der Leserservice ist von Montag bis Freitag zwischen acht und sechzehn Uhr erreichbar. Telefon 0123 456789.';
    const service = `<div class="service"><div class="info">${line} ${line} ${line} ${line} ${line}</div></div>`;
    const doc = parseDocument(`<html><body><div id="story">${story}</div>${service}</body></html>`);
    const text = textOf(findArticleBody(doc, NO_TRACE)!.body);
    assert.ok(text.includes('Satz 5 erzählt'));
    assert.ok(!text.includes('Leserservice'));
  });

  test('inside a container, a sibling box of paragraphs of another kind still has to score on its own', () => {
    const story = Array.from({ length: 6 }, (_, i) => `<p>${sentence(i)} ${sentence(i + 10)}</p>`).join('');
    const box = `<div class="note"><table><tr><td><p>${sentence(30)} ${sentence(40)}</p><p>${sentence(31)} ${sentence(41)}</p><p>${sentence(32)}</p></td></tr></table></div>`;
    const doc = parseDocument(`<html><body><div id="page"><div id="story">${story}</div>${box}</div></body></html>`);
    const text = textOf(findArticleBody(doc, NO_TRACE)!.body);
    assert.ok(text.includes('Satz 5 erzählt'));
    assert.ok(!text.includes('Satz 30 erzählt'));
  });
});

describe('an article cut into numbered parts', () => {
  const part = (n: number, from: number) => `<div class="text text-${n}">${[0, 1, 2].map((i) => `<p>${sentence(from + i)} ${sentence(from + i + 50)}</p>`).join('')}</div>`;
  const box = '<div class="extra"><h2>Mehr zum Thema</h2><a href="/a">Eine Meldung aus dem Kreistag</a></div>';

  test('numbered parts in wrappers of one class, each with an inserted box, are one article', () => {
    const doc = parseDocument(`<html><body><article><div class="wrap">${part(1, 1)}${box}</div><div class="wrap">${part(2, 10)}${part(2, 20).replace('text-2', 'more')}${box}</div></article><div id="side"><p>${sentence(90)}</p></div></body></html>`);
    const text = textOf(findArticleBody(doc, NO_TRACE)!.body);
    assert.ok(text.includes('Satz 1 erzählt'), 'the first part');
    assert.ok(text.includes('Satz 10 erzählt'), 'the second part');
    assert.ok(!text.includes('Satz 90 erzählt'));
  });

  test('columns of a grid with the same class numbers are not parts of the article', () => {
    const column = (cls: string, from: number, count: number) => `<div class="${cls}">${Array.from({ length: count }, (_, i) => `<p>${sentence(from + i)} ${sentence(from + i + 50)}</p>`).join('')}</div>`;
    const doc = parseDocument(`<html><body><div class="row">${column('col-8', 1, 6)}<div class="col-4"><p>Kontakt: Pressestelle des Kreises, Telefon 0123 456789, Mail an die Redaktion.</p></div></div><div class="row">${column('col-8', 30, 1)}</div></body></html>`);
    const text = textOf(findArticleBody(doc, NO_TRACE)!.body);
    assert.ok(text.includes('Satz 5 erzählt'));
    assert.ok(!text.includes('Kontakt'));
  });
});

describe('lists of posts', () => {
  const post = (n: number) => `<article class="post"><h3><a href="/beitrag-${n}">Beitrag ${n}</a></h3><p>${sentence(n + 20)} ${sentence(n + 40)} Weiter …</p></article>`;

  test('a short story beside a longer list of post excerpts is the article, the list is not', () => {
    const doc = parseDocument(
      `<html><body><main><article id="story"><h1>Der Kreistag tagt</h1><p>${sentence(1)} ${sentence(2)}</p></article>`
      + `<article id="more"><h2>Das könnte Sie auch interessieren</h2>${[1, 2, 3, 4].map(post).join('')}</article></main></body></html>`,
    );
    const found = findArticleBody(doc, NO_TRACE);
    assert.equal(found?.container.id, 'story');
    assert.ok(textOf(found!.body).includes('Satz 1 erzählt'));
    assert.ok(!textOf(found!.body).includes('Satz 21 erzählt'), 'no excerpt of another post');
  });

  test('a story whose sections are article elements, linking nowhere, stays whole', () => {
    const section = (n: number) => `<article class="section"><h2>Abschnitt ${n}</h2><p>${sentence(n)} ${sentence(n + 10)}</p></article>`;
    const doc = parseDocument(`<html><body><div id="story"><h1>Der Kreistag tagt</h1>${[1, 2, 3].map(section).join('')}</div><div id="side"><p>${sentence(90)}</p></div></body></html>`);
    const found = findArticleBody(doc, NO_TRACE);
    for (const n of [1, 2, 3]) assert.ok(textOf(found!.body).includes(`Satz ${n} erzählt`), `section ${n}`);
  });

  test('an archive page made only of posts still gives its best post', () => {
    const doc = parseDocument(`<html><body><div id="archive">${[1, 2, 3].map(post).join('')}</div></body></html>`);
    const found = findArticleBody(doc, NO_TRACE);
    assert.ok(found && textOf(found.body).length > 0);
  });
});

describe('the main run of paragraphs as the fallback', () => {
  test('when the scorer missed the article, the main block comes with its sibling blocks of the same kind', () => {
    // Each paragraph sits in a block of its own, and a short list of words with many commas in a box
    // whose class favours it outscores every block: the main run of paragraphs decides then, and its
    // sibling blocks belong to it as they would to a chosen container.
    const block = (n: number, extra = '') => `<div class="absatz"><p class="text">${sentence(n)} ${sentence(n + 10)}${extra}</p></div>`;
    const words = 'Eins, zwei, drei, vier, fünf, sechs, sieben, acht, neun, zehn, elf, zwölf, dreizehn, vierzehn, fünfzehn.';
    const doc = parseDocument(
      `<html><body><div id="side"><div class="content-note"><p>${words}</p></div><img src="a.jpg"></div><div class="box">${block(1)}<h3>Zwischentitel</h3>${block(2)}${block(3, ` ${sentence(23)} ${sentence(33)}`)}</div></body></html>`,
    );
    const found = findArticleBody(doc, NO_TRACE);
    for (const n of [1, 2, 3]) assert.ok(textOf(found!.body).includes(`Satz ${n} erzählt`), `block ${n}`);
    assert.ok(!textOf(found!.body).includes('dreizehn'));
  });
});

describe('clutter inside the article', () => {
  test('a block of many short paragraphs with a few linked words (a recipe) stays; a box of links goes', () => {
    const steps = Array.from({ length: 9 }, (_, i) => `<p>Schritt ${i + 1}: <a href="/zutat/${i}">Haferflocken mit Zimt</a> in der Pfanne rösten, bis sie duften.</p>`).join('');
    const links = '<div class="mehr"><a href="/a">Eins ist ein Link</a> <a href="/b">Zwei ist ein Link</a> <a href="/c">Drei ist ein Link</a> und noch ein Wort</div>';
    const story = Array.from({ length: 14 }, (_, i) => `<p>${sentence(i)}</p>`).join('');
    const doc = parseDocument(`<html><body><article id="story">${story}<div class="zubereitung">${steps}</div>${links}</article></body></html>`);
    const found = findArticleBody(doc, NO_TRACE);
    assert.ok(textOf(found!.body).includes('Schritt 9: Haferflocken'));
    assert.ok(!textOf(found!.body).includes('Eins ist ein Link'));
  });
});
