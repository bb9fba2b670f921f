import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addCounts, articleFeatures, Counts, TermDictionary } from '../../../src/enrich/stories/features.ts';

const entries = (counts: Counts): [number, number][] =>
  Array.from({ length: counts.size }, (_, i) => [counts.ids[i]!, counts.counts[i]!]);

test('term ids are dense, in order of first sight, and stable', () => {
  const terms = new TermDictionary();
  assert.deepEqual(['streik', 'bahn', 'streik', '#3', 'bahn'].map((t) => terms.intern(t)), [0, 1, 0, 2, 1]);
  assert.equal(terms.size, 3);
  assert.equal(terms.term(2), '#3');
  assert.throws(() => terms.term(3), RangeError);
});

test('counts keep the order terms were first added in and add up like a Map, past many resizes', () => {
  const counts = new Counts();
  const reference = new Map<number, number>();
  // A fixed scramble of 3,000 ids, each added up to three times.
  for (let k = 0; k < 9_000; k++) {
    const id = (k * 7_919) % 3_001;
    counts.add(id, 1 + (k % 3));
    reference.set(id, (reference.get(id) ?? 0) + 1 + (k % 3));
  }
  assert.deepEqual(entries(counts), [...reference]);
  for (const [id, n] of reference) assert.equal(counts.get(id), n);
  assert.equal(counts.get(3_001), 0);
  assert.equal(counts.has(123_456), false);
});

test('a vector of more terms than two-byte slots can number (a long story) finds every one of them', () => {
  // Past 32,768 terms the table's positions no longer fit in two bytes; both ways of growing cross it.
  for (const reserved of [0, 40_000]) {
    const counts = new Counts();
    counts.reserve(reserved);
    const reference = new Map<number, number>();
    for (let k = 0; k < 140_000; k++) {
      const id = (k * 104_729) % 70_001;
      counts.add(id, 1 + (k % 2));
      reference.set(id, (reference.get(id) ?? 0) + 1 + (k % 2));
    }
    assert.equal(counts.size, 70_001);
    assert.deepEqual(entries(counts), [...reference], `reserved ${reserved}`);
    for (const [id, n] of reference) if (counts.get(id) !== n) assert.fail(`term ${id}: ${counts.get(id)} instead of ${n}`);
    assert.equal(counts.get(70_001), 0);
  }
});

test('addCounts sums into a running vector and bumps its revision', () => {
  const into = new Counts();
  const from = new Counts();
  from.add(4, 2);
  from.add(1);
  into.add(1);
  addCounts(into, from);
  assert.deepEqual(entries(into), [[1, 2], [4, 2]]);
  assert.equal(into.revision, 1);
  assert.equal(from.revision, 0);
});

test('article features count title and body terms by id; `all` sums both in order of first sight', () => {
  const terms = new TermDictionary();
  const f = articleFeatures('Streik bei der Bahn', 'Die Bahn meldet 30 Ausfälle in Berlin.', 'de', terms);
  const named = (counts: Counts) => entries(counts).map(([id, n]) => [terms.term(id), n]);
  assert.deepEqual(named(f.title), [['@strike', 1], ['@train', 1]]);
  assert.deepEqual(named(f.all).slice(0, 4), [['@strike', 1], ['@train', 2], ['meldet', 1], ['#30', 1]]);
  assert.deepEqual(named(f.anchors).map(([t]) => t), named(f.body).slice(2).map(([t]) => t));
});

test('a copy and a reserved vector hold the same terms in the same order and keep adding up', () => {
  const counts = new Counts();
  for (let k = 0; k < 500; k++) counts.add((k * 31) % 257, 1 + (k % 2));
  const copy = counts.copy();
  assert.deepEqual(entries(copy), entries(counts));
  copy.add(9_999);
  assert.equal(counts.get(9_999), 0, 'the copy is a vector of its own');
  const reserved = new Counts();
  reserved.reserve(300);
  assert.equal(reserved.ids.length, 300);
  addCounts(reserved, counts);
  for (let id = 0; id < 600; id++) reserved.add(id);
  for (const [id, n] of entries(counts)) assert.equal(reserved.get(id), n + 1);
  assert.equal(reserved.get(599), 1);
  assert.equal(reserved.size, 600);
});

test('a sum started from one vector takes exactly its places', () => {
  const from = new Counts();
  for (let id = 0; id < 300; id++) from.add(id);
  const into = new Counts();
  addCounts(into, from);
  assert.equal(into.ids.length, 300);
  assert.deepEqual(entries(into), entries(from));
});
