import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuplicateIndex } from '../../../src/enrich/duplicates/index.ts';
import { bandKeys, signature } from '../../../src/enrich/duplicates/minhash.ts';
import { containment, jaccard, shingles } from '../../../src/enrich/duplicates/shingles.ts';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'intel', 'duplicates');
const HOUR = 3_600_000;

for (const name of readdirSync(fixtures).sort()) {
  test(`duplicates: ${name}`, () => {
    const read = (file: string) => readFileSync(join(fixtures, name, file), 'utf8');
    const expected = JSON.parse(read('expected.json')) as { duplicate: boolean };
    const index = new DuplicateIndex();
    assert.equal(index.add('first', read('first.txt'), 0), null, 'nothing comes before the first text');
    const match = index.add('second', read('second.txt'), 2 * HOUR);
    assert.equal(match?.duplicateOf ?? null, expected.duplicate ? 'first' : null);
  });
}

const wire = readFileSync(join(fixtures, 'copy-with-cut-paragraph', 'first.txt'), 'utf8');

test('copies of copies point to the first text of the group', () => {
  const index = new DuplicateIndex();
  index.add('a', wire, 0);
  assert.equal(index.add('b', wire, HOUR)?.duplicateOf, 'a');
  assert.equal(index.add('c', wire.replace('Oldenburg (dpa) - ', ''), 2 * HOUR)?.duplicateOf, 'a');
});

test('texts older than the window are forgotten', () => {
  const index = new DuplicateIndex({ windowMs: 24 * HOUR });
  index.add('a', wire, 0);
  assert.equal(index.add('b', wire, 48 * HOUR), null);
  assert.equal(index.add('c', wire, 50 * HOUR)?.duplicateOf, 'b');
});

test('shingle measures: containment sees a cut copy whole, Jaccard does not', () => {
  const full = shingles('eins zwei drei vier fünf sechs sieben acht');
  const cut = shingles('eins zwei drei vier fünf');
  assert.equal(containment(full, cut), 1);
  assert.equal(jaccard(full, cut), 3 / 6);
  assert.equal(containment(new Set(), full), 0);
});

test('MinHash signatures of equal sets are equal and band keys name their band', () => {
  const set = shingles(wire);
  assert.deepEqual(signature(set), signature(new Set(set)));
  const keys = bandKeys(signature(set));
  assert.equal(keys.length, 32);
  assert.ok(keys[5]!.startsWith('5:'));
});
