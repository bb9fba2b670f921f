import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { guessCharset } from '../../../src/ingest/feeds/guess-charset.ts';
import { parseFeed } from '../../../src/ingest/feeds/index.ts';

const doc = (title: string): string => `<rss><channel><title>${title}</title></channel></rss>`;

const cases: Array<[string, string, string]> = [
  ['koi8-r', 'koi8-r', 'Как пережить новогоднюю ночь и не заболеть после праздника'],
  ['windows-1251', 'windows-1251', 'Как пережить новогоднюю ночь и не заболеть после праздника'],
  ['shift_jis', 'shift_jis', 'これは日本語のテストです。ニュースを読みましょう。'],
  ['euc-jp', 'euc-jp', 'これは日本語のテストです。ニュースを読みましょう。'],
  ['euc-kr', 'euc-kr', '이것은 한국어 시험입니다. 뉴스를 읽어 봅시다.'],
  ['gb18030', 'gb18030', '我们的国家有很多人，这是一个大的发展时代。'],
  ['big5', 'big5', '我們的國家有很多人，這是一個大的發展時代。'],
  ['windows-1255', 'windows-1255', 'שלום עולם וברוכים הבאים לחדשות היום'],
  ['tis-620', 'tis-620', 'ข่าววันนี้ในประเทศไทยมีเรื่องน่าสนใจมากมาย'],
];

for (const [name, charset, text] of cases) {
  test(`guessCharset: ${name}`, () => assert.equal(guessCharset(iconv.encode(doc(text), charset)), charset));
}

test('guessCharset leaves Western text to the windows-1252 fallback', () => {
  assert.equal(guessCharset(iconv.encode(doc('Grüße aus München: Äpfel, Öl und Straßenfeste für 5 €'), 'windows-1252')), null);
  assert.equal(guessCharset(iconv.encode(doc('Les élèves français déjà là-bas'), 'windows-1252')), null);
});

test('an undeclared Russian feed is read in its charset and still marked bozo', () => {
  const feed = parseFeed(iconv.encode(doc('Как пережить новогоднюю ночь'), 'koi8-r'), { url: 'https://example.org/feed' });
  assert.equal(feed.title, 'Как пережить новогоднюю ночь');
  assert.equal(feed.encoding, 'koi8-r');
  assert.equal(feed.bozo, true);
});
