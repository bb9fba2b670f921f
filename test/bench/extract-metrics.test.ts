import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isGermanPage } from '../../bench/extract/corpora.ts';
import { authorMatches, sameDay, sameTime, surnames, titleMatches } from '../../bench/extract/match.ts';
import {
  addCounts,
  quantile,
  sameTokens,
  shingleMatch,
  shingles,
  snippetCounts,
  snippetScores,
  tokenF1,
  tokenize,
  zyteScores,
} from '../../bench/extract/metrics.ts';
import { htmlBlockText } from '../../bench/extract/text.ts';

const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

test('tokenize keeps letters, digits and underscores of any script, drops punctuation, keeps case', () => {
  assert.deepEqual(tokenize('Hello, Wörld! foo_bar 42 – „Straße“ 東京'), ['Hello', 'Wörld', 'foo_bar', '42', 'Straße', '東京']);
});

test('shingles: 4-token windows as a multiset; short texts are one shingle, empty texts none', () => {
  assert.deepEqual([...shingles('a b c d e')], [['a b c d', 1], ['b c d e', 1]]);
  assert.deepEqual([...shingles('x x x x x')], [['x x x x', 2]]);
  assert.deepEqual([...shingles('a b c')], [['a b c', 1]]);
  assert.equal(shingles(' ,. ').size, 0);
});

test('shingleMatch divides tp, fp and fn by their sum', () => {
  // truth {abcd, bcde}, prediction {abcd}: tp 1, fp 0, fn 1 → 1/2, 0, 1/2
  assert.deepEqual(shingleMatch('a b c d e', 'a b c d'), { tp: 0.5, fp: 0, fn: 0.5 });
  // prediction {abcd, bcdx, cdxy}: tp 1, fp 2, fn 1 → 1/4, 2/4, 1/4
  assert.deepEqual(shingleMatch('a b c d e', 'a b c d x y'), { tp: 0.25, fp: 0.5, fn: 0.25 });
  assert.deepEqual(shingleMatch('', ''), { tp: 0, fp: 0, fn: 0 });
});

test('zyteScores: means over the pages that count, F1 of the means, accuracy of equal token sequences', () => {
  const page = (truth: string, predicted: string) => ({ match: shingleMatch(truth, predicted), exact: sameTokens(truth, predicted) });
  const scores = zyteScores([
    page('a b c d e', 'a  b, c d e'), // perfect: precision 1, recall 1, exact
    page('a b c d e', 'a b c d'), // precision 1, recall 1/2
    page('a b c d e', ''), // nothing predicted: left out of precision, recall 0
    page('', ''), // nothing on either side: left out of both, but exact
  ]);
  close(scores.precision, 1);
  close(scores.recall, 0.5); // (1 + 0.5 + 0) / 3
  close(scores.f1, 2 / 3); // 2 · 1 · 0.5 / 1.5
  close(scores.accuracy, 0.5); // pages 1 and 4
});

test('block-aware text separates paragraphs that textContent would glue together', () => {
  assert.equal(htmlBlockText('<div><p>end</p><p>Next <b>bold</b></p>one<br>two</div>'), 'end\n\nNext bold\n\none\ntwo');
  assert.deepEqual(tokenize(htmlBlockText('<p>end</p><p>Next</p>')), ['end', 'Next']);
});

test('snippets: whitespace collapsed, with found = tp, without found = fp, F1 = 2tp / (2tp + fp + fn)', () => {
  const page = snippetCounts('Die  GEMA\n dreht völlig am Zeiger', ['GEMA dreht', 'fehlt'], ['völlig', 'Impressum']);
  assert.deepEqual(page, { tp: 1, fp: 1, fn: 1, tn: 1 });
  const total = addCounts([page, snippetCounts('Impressum', ['Text'], ['Impressum'])]);
  assert.deepEqual(total, { tp: 1, fp: 2, fn: 2, tn: 1 });
  const s = snippetScores(total);
  close(s.f1, 2 / 6);
  close(s.precision, 1 / 3);
  close(s.recall, 1 / 3);
});

test('tokenF1 compares bags of tokens', () => {
  close(tokenF1('a b c d', 'a b x'), 4 / 7); // precision 2/3, recall 2/4
  close(tokenF1('a a b', 'a b b'), 2 / 3); // common: one a, one b
  close(tokenF1('', ''), 1);
  close(tokenF1('a', ''), 0);
});

test('quantile interpolates between ranks', () => {
  close(quantile([4, 1, 3, 2], 0.5), 2.5);
  close(quantile([...Array(21).keys()].map((i) => i + 1), 0.95), 20);
  assert.ok(Number.isNaN(quantile([], 0.5)));
});

test('metadata: titles by containment, authors by containment or surname, dates by calendar day', () => {
  assert.ok(titleMatches('Reparaturcafé am 31. Januar', 'Reparaturcafé  am 31. januar | Stadt Ahlen'));
  assert.ok(!titleMatches('Reparaturcafé am 31. Januar', null));
  assert.deepEqual(surnames('Benjamin Fischer und Marcus Theurer'), ['fischer', 'theurer']);
  assert.ok(authorMatches('Benjamin Fischer und Marcus Theurer', 'Marcus Theurer'));
  assert.ok(authorMatches('Heiko', 'Heiko Maas'));
  assert.ok(!authorMatches('Anna Schmidt', 'Peter Müller'));
  assert.ok(sameDay('2020-01-27', '2020-01-26T23:30:00Z')); // 00:30 the next day in Berlin
  assert.ok(sameDay('2020-01-27', '2020-01-27'));
  assert.ok(!sameDay('2020-01-27', '2020-01-25T12:00:00Z'));
  assert.ok(!sameDay('2020-01-27', null));
});

test('published times: the same instant when a time is given, the same day for a bare date', () => {
  assert.ok(sameTime('2015-07-10T09:53:00-04:00', '2015-07-10T13:53:00.000Z'));
  assert.ok(sameTime('2019-10-18T17:23:34.816Z', '2019-10-18T17:23:34.000Z'));
  assert.ok(!sameTime('2014-03-27T19:11:24Z', '2014-03-27T19:12:24Z'));
  assert.ok(sameTime('2020-09-21', '2020-09-21T10:00:00.000Z'));
});

test('German pages: the declared language first, the host only when none is declared', () => {
  assert.ok(isGermanPage('<!doctype html><html lang="de-DE"><body>', 'example.com'));
  assert.ok(!isGermanPage('<html lang="fr"><body>', 'example.ch'));
  assert.ok(isGermanPage('<html><head><meta http-equiv="Content-Language" content="de"></head>', 'example.org'));
  assert.ok(isGermanPage('<html><body>', 'www.zeit.de'));
  assert.ok(isGermanPage('<html><body>', 'zeit.de.zugverkehr.html'));
  assert.ok(!isGermanPage('<html><body>', 'example.com'));
});
