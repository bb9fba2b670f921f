import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markedHtml } from '../../src/api/search/presenter.ts';
import { highlight, snippet } from '../../src/services/search/snippet.ts';

const show = (parts: Array<{ text: string; mark: boolean }>) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

test('highlight marks inflections, folded spellings and compounds of the query terms', () => {
  const terms = new Set(['regier', 'fluchtling']);
  assert.equal(show(highlight('Bundesregierung hilft Flüchtlingen; Regierungen auch', 'de', terms)), '[Bundesregierung] hilft [Flüchtlingen]; [Regierungen] auch');
  assert.equal(show(highlight('No match here', 'en', terms)), 'No match here');
});

test('a snippet is the passage with the most matches, cut with ellipses', () => {
  const filler = Array.from({ length: 60 }, (_, i) => `wort${i}`).join(' ');
  const text = `${filler} Der Pegel der Elbe steigt, der Pegel fällt nicht. ${filler}`;
  const parts = snippet(text, 'de', new Set(['pegel']));
  const shown = show(parts);
  assert.match(shown, /^… /);
  assert.match(shown, / …$/);
  assert.match(shown, /\[Pegel\] der Elbe steigt, der \[Pegel\] fällt/);
  assert.ok(shown.split(/\s+/).length <= 34, shown);
  // A short text without matches is shown whole, from its start.
  assert.equal(show(snippet('Kurzer Text.', 'de', new Set(['pegel']))), 'Kurzer Text.');
  assert.deepEqual(snippet('', 'de', new Set(['pegel'])), []);
});

test('as HTML every piece is escaped and <mark> is the only tag', () => {
  const parts = highlight('<b>Pegel</b> & "Elbe"', 'de', new Set(['pegel']));
  assert.equal(markedHtml(parts), '&lt;b&gt;<mark>Pegel</mark>&lt;/b&gt; &amp; &quot;Elbe&quot;');
});
