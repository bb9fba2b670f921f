import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { articleText, markPictureCaptions } from '../../../src/ingest/extract/captions.ts';
import { parseDocument } from '../../../src/ingest/extract/dom.ts';
import { CREDIT_LINE, FURNITURE_LINE, META_LINE } from '../../../src/ingest/extract/patterns.ts';
import { htmlToText } from '../../../src/ingest/sanitize/index.ts';

const photo = (caption: string) => `<figure><img src="https://a.example/b.jpg" alt=""><figcaption>${caption}</figcaption></figure>`;

describe('articleText', () => {
  const cases = [
    { name: 'a sentence describing the photo leaves the text', caption: 'Feuerwehrleute löschen am Morgen die letzten Glutnester im Dachstuhl der Scheune.', inText: false },
    { name: 'an English one too', caption: 'Volunteers clear the beach of plastic after the storm on Sunday morning.', inText: false },
    { name: 'a figure label stays (the text refers to it)', caption: 'Abb. 3: Verlauf der Temperatur', inText: true },
    { name: 'a short name of what is shown stays', caption: 'Das neue Rathaus', inText: true },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const html = `<p>Davor.</p>${photo(c.caption)}<p>Danach.</p>`;
      assert.equal(articleText(html).includes(c.caption), c.inText);
      assert.ok(articleText(html).startsWith('Davor.\n\n'));
      assert.ok(articleText(html).endsWith('\n\nDanach.'));
    });
  }

  test('without a caption to drop it is the text of the HTML as given', () => {
    const html = `<p>Text.</p>${photo('Kurz.')}`;
    assert.equal(articleText(html), htmlToText(html));
    assert.equal(articleText('<p>Ohne Bild.</p>'), 'Ohne Bild.');
  });

  test('media blocks are left to the text step, which skips them whole', () => {
    const media = '<p>Vorher.</p><figure data-media="video"><figcaption>Ein Video über den Brand in der Scheune am Ortsrand von Musterdorf.</figcaption></figure>';
    assert.equal(articleText(media), htmlToText(media));
    assert.equal(articleText(media), 'Vorher.');
  });
});

describe('markPictureCaptions', () => {
  const long = 'Die Fähre legt am Morgen zum ersten Mal seit zwei Jahren wieder am Kai an.';
  const cases = [
    { name: 'a styled caption beside a picture', html: `<div class="pic"><img src="a.jpg"><div class="pic-caption">${long}</div></div>`, marked: true },
    { name: 'a German Bildunterschrift', html: `<div><img src="a.jpg"><p class="bildunterschrift">${long}</p></div>`, marked: true },
    { name: 'a caption-named block without a picture (a table caption in text)', html: `<section><p class="caption">${long}</p><p>Weiter im Text.</p></section>`, marked: false },
    { name: 'a caption-named wrapper that holds the picture itself', html: `<div class="caption-wrap"><img src="a.jpg"><span>${long}</span></div>`, marked: false },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const doc = parseDocument(`<html><body><article><p>Davor.</p>${c.html}</article></body></html>`);
      markPictureCaptions(doc);
      assert.equal(doc.querySelector('figcaption')?.textContent ?? null, c.marked ? long : null);
    });
  }
});

describe('credit, meta and furniture lines', () => {
  const credits = [
    { text: 'Image copyright Getty Images', credit: true },
    { text: 'Bildrechte: Stadtarchiv', credit: true },
    { text: 'Image of the week shows the harbour', credit: false },
  ];
  for (const c of credits) test(`credit: ${c.text}`, () => assert.equal(CREDIT_LINE.test(c.text), c.credit));

  const metas = [
    { text: 'The Associated Press Published Monday, November 18, 2019 8:22AM EST', meta: true },
    { text: 'Redaktion Musterstadt, veröffentlicht am 12.05.2026', meta: true },
    { text: 'Zuletzt aktualisiert: Dienstag, 12. Mai 2026', meta: true },
    { text: 'The council published its plan on the town website after a long debate', meta: false },
    { text: 'Ein Buch, veröffentlicht im Verlag am See, erzählt die Geschichte', meta: false },
  ];
  for (const c of metas) test(`meta: ${c.text}`, () => assert.equal(META_LINE.test(c.text), c.meta));

  const furniture = [
    { text: 'Lade weitere Inhalte ...', furniture: true },
    { text: 'Mehr Themen:', furniture: true },
    { text: 'Related stories', furniture: true },
    { text: 'Mehr Themen für Eltern gibt es im Sommerheft', furniture: false },
  ];
  for (const c of furniture) test(`furniture: ${c.text}`, () => assert.equal(FURNITURE_LINE.test(c.text), c.furniture));
});
