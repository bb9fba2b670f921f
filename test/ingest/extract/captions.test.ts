import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlForText } from '../../../src/ingest/extract/captions.ts';
import { htmlToText } from '../../../src/ingest/sanitize/index.ts';

const photo = (caption: string) => `<figure><img src="https://a.example/b.jpg" alt=""><figcaption>${caption}</figcaption></figure>`;

describe('htmlForText', () => {
  const cases = [
    { name: 'a sentence describing the photo leaves the text', caption: 'Feuerwehrleute löschen am Morgen die letzten Glutnester im Dachstuhl der Scheune.', inText: false },
    { name: 'an English one too', caption: 'Volunteers clear the beach of plastic after the storm on Sunday morning.', inText: false },
    { name: 'a figure label stays (the text refers to it)', caption: 'Abb. 3: Verlauf der Temperatur', inText: true },
    { name: 'a short name of what is shown stays', caption: 'Das neue Rathaus', inText: true },
  ];
  for (const c of cases) {
    test(c.name, () => {
      const html = `<p>Davor.</p>${photo(c.caption)}<p>Danach.</p>`;
      assert.equal(htmlToText(htmlForText(html)).includes(c.caption), c.inText);
      assert.ok(htmlToText(htmlForText(html)).startsWith('Davor.\n\n'));
    });
  }

  test('the HTML given in is not changed when there is no caption to drop', () => {
    const html = `<p>Text.</p>${photo('Kurz.')}`;
    assert.equal(htmlForText(html), html);
    assert.equal(htmlForText('<p>Ohne Bild.</p>'), '<p>Ohne Bild.</p>');
  });

  test('media blocks are left to the text step', () => {
    const media = '<figure data-media="video"><figcaption>Ein Video über den Brand in der Scheune am Ortsrand von Musterdorf.</figcaption></figure>';
    assert.ok(htmlForText(media).includes('Ein Video über den Brand'));
  });
});
