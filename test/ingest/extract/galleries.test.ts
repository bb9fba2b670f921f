import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../../src/ingest/extract/index.ts';
import { SLIDE_COUNTER } from '../../../src/ingest/extract/patterns.ts';

const URL = 'https://zeitung.example/lokales/hafenfest';
const story = [
  'Das Hafenfest zog am Wochenende mehr Besucher an als in jedem Jahr zuvor, sagte die Veranstalterin am Montag.',
  'Auf drei Bühnen spielten Bands aus der Region, und am Kai boten Vereine Fischbrötchen, Kuchen und Kaffee an.',
  'Die Polizei meldete einen ruhigen Verlauf; nur ein Fahrrad wurde gestohlen, und ein Kind verlor kurz seine Eltern.',
  'Im nächsten Jahr soll das Fest einen Tag länger dauern, kündigte der Bürgermeister bei der Eröffnung an.',
].map((s) => `<p>${s}</p>`).join('');

const slide = (n: number, total: number, caption: string) =>
  `<li class="slide"><img src="/bilder/${n}.jpg" alt=""><div class="count">${n}/${total}</div><p class="text">${caption}</p></li>`;

describe('picture galleries', () => {
  test('slide counters in many forms', () => {
    for (const line of ['1/50', 'Image 1 of 8', 'Image 1 of / 8', 'Bild 3 von 12', '1 / 9', 'Foto 2 aus 5']) assert.ok(SLIDE_COUNTER.test(line), line);
    for (const line of ['Seite 1', '1:0', '2026', 'Image of the day']) assert.ok(!SLIDE_COUNTER.test(line), line);
  });

  test('a gallery with slide counters inside the article goes with its captions, the article stays', () => {
    const gallery = `<div class="bildergalerie"><ul>${slide(1, 3, 'Besucher drängen sich am Samstagabend vor der Hauptbühne am alten Kai.')}${slide(2, 3, 'Ein Kutter der Fischereigenossenschaft fährt mit Gästen durch das Hafenbecken.')}${slide(3, 3, 'Kinder basteln am Stand des Segelvereins kleine Boote aus Holz und Stoff.')}</ul></div>`;
    const html = `<html><body><article><h1>Rekord beim Hafenfest</h1>${gallery}${story}</article></body></html>`;
    const { text } = extractArticle(html, { url: URL });
    assert.ok(text.includes('Das Hafenfest zog am Wochenende'));
    assert.ok(text.includes('einen Tag länger dauern'));
    assert.ok(!text.includes('Kutter'), 'the captions of the slides are gone');
    assert.ok(!/\b2\/3\b/.test(text), 'the counters are gone');
  });

  test('a single slide named a slideshow is no gallery: its text stays', () => {
    const html = `<html><body><article><h1>Rekord beim Hafenfest</h1>${story}`
      + `<div class="slideshow-item"><img src="/bilder/1.jpg" alt=""><span>1/4</span><p>Der Festplatz am Abend, von der Brücke aus gesehen, mit den Lichtern der Buden am Wasser.</p></div>`
      + '</article></body></html>';
    const { text } = extractArticle(html, { url: URL });
    assert.ok(text.includes('Der Festplatz am Abend'));
  });

  test('a gallery that is most of the page (a photo story) stays', () => {
    const captions = Array.from({ length: 4 }, (_, i) => slide(i + 1, 4, `Bild ${i + 1}: ${'Die Segler bereiten am frühen Morgen ihre Boote für die Regatta vor, während der Wind auffrischt. '.repeat(3)}`)).join('');
    const html = `<html><body><h1>Die Regatta in Bildern</h1><div class="gallery"><ul>${captions}</ul></div><p>Fotos der Regatta.</p></body></html>`;
    const { text } = extractArticle(html, { url: URL });
    assert.ok(text.includes('Die Segler bereiten am frühen Morgen'));
  });
  test('a long slideshow embedded beside an article of its own goes, although its captions outweigh the article', () => {
    const longStory = Array.from({ length: 5 }, () => story).join('');
    const caption = (n: number) => `Meldung ${n}: ${'Der Hafenbetreiber legt seine Zahlen vor, die Umsätze steigen, und die Reedereien melden volle Bücher für das Jahr. '.repeat(2)}`;
    const slides = Array.from({ length: 30 }, (_, i) => slide(i + 1, 30, caption(i + 1))).join('');
    const html = `<html><body><h1>Rekord beim Hafenfest</h1><div class="story">${longStory}<div class="full-gallery"><h2>Wirtschaft in Bildern</h2><ul>${slides}</ul></div></div></body></html>`;
    const { text } = extractArticle(html, { url: URL });
    assert.ok(text.includes('Das Hafenfest zog am Wochenende'));
    assert.ok(text.includes('einen Tag länger dauern'));
    assert.ok(!text.includes('Der Hafenbetreiber legt seine Zahlen vor'), 'the captions of the slideshow are gone');
  });
});
