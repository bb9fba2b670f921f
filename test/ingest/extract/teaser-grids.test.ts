import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument, textOf } from '../../../src/ingest/extract/dom.ts';
import { removeTeaserGrids } from '../../../src/ingest/extract/teaser-grids.ts';
import { recordingTrace } from '../../../src/ingest/extract/trace.ts';

const PAGE = 'https://www.kreisblatt.example/lokales/artikel-1';
const story = '<p>Der Kreistag hat am Dienstag den Haushalt für das kommende Jahr beschlossen, nach einer Debatte von fast fünf Stunden über Schulen und Straßen.</p>'.repeat(3);

function card(i: number, href = `/lokales/meldung-${i}`, extra = '') {
  return `<div class="teaser"><a href="${href}"><h3>Überschrift der Meldung Nummer ${i}</h3></a><p>Ein kurzer Anreißer zur Meldung ${i}.</p>${extra}</div>`;
}

function run(body: string) {
  const doc = parseDocument(`<html><body><main><h1>Haushalt beschlossen</h1>${story}</main>${body}</body></html>`);
  const trace = recordingTrace();
  removeTeaserGrids(doc, PAGE, trace);
  return { text: textOf(doc.body), removed: trace.entries.map((e) => e.rule) };
}

describe('removeTeaserGrids', () => {
  const cases = [
    { name: 'three cards of one shape leading to the site are a grid', body: `<div id="mehr">${[1, 2, 3].map((i) => card(i)).join('')}</div>`, removed: true },
    { name: 'absolute links to a subdomain of the site count as the site', body: `<div>${[1, 2, 3].map((i) => card(i, `https://sport.kreisblatt.example/m-${i}`)).join('')}</div>`, removed: true },
    { name: 'two cards are not yet a grid (previous and next)', body: `<div>${[1, 2].map((i) => card(i)).join('')}</div>`, removed: false },
    { name: 'cards leading to other sites are a list of sources', body: `<div>${[1, 2, 3].map((i) => card(i, `https://quelle-${i}.example/bericht`)).join('')}</div>`, removed: false },
    { name: 'links to the page itself ("continue reading") make no cards', body: `<div>${[1, 2, 3].map((i) => card(i, `${PAGE}#weiter-${i}`)).join('')}</div>`, removed: false },
    { name: 'same-page anchors are a table of contents', body: `<div>${[1, 2, 3].map((i) => card(i, `#abschnitt-${i}`)).join('')}</div>`, removed: false },
    {
      name: 'blocks of prose with a link are paragraphs, not cards',
      body: `<div>${[1, 2, 3].map((i) => card(i, `/m-${i}`, `<p>${'Ein langer Absatz mit vielen Einzelheiten zum Thema. '.repeat(8)}</p>`)).join('')}</div>`,
      removed: false,
    },
    {
      name: 'linked pictures without a linked headline are a gallery',
      body: `<div>${[1, 2, 3].map((i) => `<div class="bild"><a href="/bilder/${i}.jpg"><img src="/bilder/${i}-klein.jpg" alt=""></a><p>Bildunterschrift Nummer ${i} zum Abend.</p></div>`).join('')}</div>`,
      removed: false,
    },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const { text, removed } = run(c.body);
      assert.equal(removed.includes('teaser-grid'), c.removed);
      assert.equal(text.includes('Überschrift der Meldung Nummer 1') || text.includes('Bildunterschrift Nummer 1'), !c.removed);
      assert.ok(text.includes('nach einer Debatte von fast fünf Stunden'), 'the article stays');
    });
  }

  test('inside the article container only the cards go, not the article', () => {
    const doc = parseDocument(`<html><body><article><h1>Haushalt beschlossen</h1>${story}${[1, 2, 3].map((i) => card(i)).join('')}</article></body></html>`);
    removeTeaserGrids(doc, PAGE);
    assert.ok(textOf(doc.body).includes('nach einer Debatte'));
    assert.ok(!textOf(doc.body).includes('Überschrift der Meldung'));
  });

  test('several rows of cards that together hold most of the page are a section front, left alone', () => {
    const rows = [0, 1, 2].map((row) => `<section>${[1, 2, 3].map((i) => card(row * 10 + i)).join('')}</section>`).join('');
    const doc = parseDocument(`<html><body><p>Eine kurze Einleitung der Ressortseite.</p>${rows}</body></html>`);
    removeTeaserGrids(doc, PAGE);
    assert.equal(doc.querySelectorAll('.teaser').length, 9);
  });

  test('a grid holding most of the page is left alone (a section front, not an article)', () => {
    const doc = parseDocument(`<html><body><div>${[1, 2, 3, 4].map((i) => card(i)).join('')}</div></body></html>`);
    removeTeaserGrids(doc, PAGE);
    assert.ok(textOf(doc.body).includes('Überschrift der Meldung Nummer 4'));
  });
});
