import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repairMojibake } from '../../../src/ingest/feeds/mojibake.ts';
import { parseFeed } from '../../../src/ingest/feeds/index.ts';

const cases: Array<[string, string, string]> = [
  ['umlauts', 'MÃ¼nchen, GrÃ¼ÃŸe', 'München, Grüße'],
  ['an ellipsis', 'â€¦', '\u2026'],
  ['an ellipsis through Latin-1 C1 controls', 'â\u0080¦', '\u2026'],
  ['a copyright sign', 'Â© 2024', '© 2024'],
  ['German quotes stay', 'Ärger „Zitat“ – gut…', 'Ärger „Zitat“ – gut…'],
  ['ß before a closing quote stays', '„Fuß“ und Straße', '„Fuß“ und Straße'],
  ['Portuguese stays', 'São Paulo à noite', 'São Paulo à noite'],
  ['a lone lead stays', 'Ã', 'Ã'],
];

for (const [name, input, expected] of cases) {
  test(`repairMojibake: ${name}`, () => assert.equal(repairMojibake(input), expected));
}

test('a double-encoded description is repaired and the feed is not bozo', () => {
  const feed = parseFeed('<rss version="2.0"><channel><item><title>MÃ¼nchen</title><description>&#226;&#128;&#166;</description></item></channel></rss>', {
    url: 'https://example.org/feed',
  });
  assert.equal(feed.items[0]!.title, 'München');
  assert.equal(feed.items[0]!.summary, '\u2026');
  assert.equal(feed.bozo, false);
});
