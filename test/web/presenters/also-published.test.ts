// The compact "Auch bei: A, B" line under a list's card: how many names it shows, and that names are text.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { jsx } from 'hono/jsx';
import type { CopyRef } from '../../../src/domain/read-models.ts';
import { messagesFor } from '../../../src/web/i18n/index.ts';
import { presentAlsoPublished } from '../../../src/web/presenters/card.ts';
import { AlsoPublishedLine } from '../../../src/web/views/article-card.tsx';

const copy = (n: number, name = `Blatt ${n}`): CopyRef => ({ articleId: 100 + n, slug: `text-${n}`, source: { id: n, slug: `blatt-${n}`, name, siteUrl: null } });
const copies = (count: number) => Array.from({ length: count }, (_, i) => copy(i + 1));

const cases: Array<{ name: string; count: number; expected: { names: number; de: string | null; en: string | null } | null }> = [
  { name: 'no copies, no line', count: 0, expected: null },
  { name: 'one publisher', count: 1, expected: { names: 1, de: null, en: null } },
  { name: 'four are all named', count: 4, expected: { names: 4, de: null, en: null } },
  { name: 'five: three named and two more', count: 5, expected: { names: 3, de: 'und 2 weiteren', en: 'and 2 more' } },
  { name: 'twelve: three named and nine more', count: 12, expected: { names: 3, de: 'und 9 weiteren', en: 'and 9 more' } },
];

describe('presentAlsoPublished', () => {
  for (const { name, count, expected } of cases) {
    test(name, () => {
      const de = presentAlsoPublished(copies(count), messagesFor('de'));
      const en = presentAlsoPublished(copies(count), messagesFor('en'));
      if (!expected) {
        assert.equal(de, null);
        assert.equal(en, null);
        return;
      }
      assert.equal(de?.label, 'Auch bei:');
      assert.equal(en?.label, 'Also published by:');
      assert.equal(de?.links.length, expected.names);
      assert.deepEqual(de?.links[0], { href: '/artikel/101/text-1', text: 'Blatt 1' });
      assert.equal(de?.more, expected.de);
      assert.equal(en?.more, expected.en);
    });
  }

  test('the rendered line escapes names and separates them with commas', async () => {
    const view = presentAlsoPublished([copy(1, '<b>Bote</b> & "Co"'), copy(2)], messagesFor('de'))!;
    const html = String(await jsx(AlsoPublishedLine, { view }).toString());
    assert.equal(
      html,
      '<p class="also-published card__also">Auch bei: <a href="/artikel/101/text-1">&lt;b&gt;Bote&lt;/b&gt; &amp; &quot;Co&quot;</a>, <a href="/artikel/102/text-2">Blatt 2</a></p>',
    );
  });
});
