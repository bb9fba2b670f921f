import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuplicateIndex, leastAgreement, type DuplicateOptions } from '../../../src/enrich/duplicates/index.ts';
import { bandHashes, signature } from '../../../src/enrich/duplicates/minhash.ts';
import { containment, jaccard, sharedCount, shingles, sortedShingles } from '../../../src/enrich/duplicates/shingles.ts';

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

test('MinHash signatures of equal sets are equal; band keys are small integers that tell bands apart', () => {
  const set = shingles(wire);
  assert.deepEqual(signature(set), signature(new Set(set)));
  const keys = bandHashes(signature(set));
  assert.equal(keys.length, 32);
  assert.deepEqual(keys, bandHashes(signature(new Set(set))));
  // 31 bits: what V8 stores as a small integer.
  assert.ok(keys.every((k) => k >= -(2 ** 30) && k < 2 ** 30));
  // The same rows in two bands give two keys: a signature whose bands are all alike still has 32.
  const alike = new Uint32Array(96).fill(7);
  assert.equal(new Set(bandHashes(alike)).size, 32);
  // Equal bands give equal keys, different bands different ones: over 200 texts alike in many bands,
  // as many keys as distinct bands.
  const all = Array.from({ length: 200 }, (_, n) => [...bandHashes(signature(shingles(`${wire} Nummer ${n} ${'x'.repeat(n)}`)))]).flat();
  const distinctBands = new Set(Array.from({ length: 200 }, (_, n) => referenceBandKeys(signature(shingles(`${wire} Nummer ${n} ${'x'.repeat(n)}`)))).flat());
  assert.equal(new Set(all).size, distinctBands.size);
});

test('sharedCount: the shared shingles of two sorted sets, or -1 once the wanted count is out of reach', () => {
  const cases: { name: string; a: number[]; b: number[]; atLeast: number; expected: number }[] = [
    { name: 'disjoint', a: [1, 3, 5], b: [2, 4, 6], atLeast: 0, expected: 0 },
    { name: 'equal', a: [1, 2, 3], b: [1, 2, 3], atLeast: 3, expected: 3 },
    { name: 'contained', a: [2, 4], b: [1, 2, 3, 4, 5], atLeast: 2, expected: 2 },
    { name: 'empty side', a: [], b: [1, 2], atLeast: 0, expected: 0 },
    { name: 'out of reach', a: [1, 2, 3, 4], b: [1, 5, 6, 7], atLeast: 2, expected: -1 },
    { name: 'reached exactly', a: [1, 2, 9], b: [1, 2, 8], atLeast: 2, expected: 2 },
    { name: 'large hashes stay unsigned', a: [7, 0xfffffffe], b: [0xfffffffe], atLeast: 1, expected: 1 },
  ];
  for (const c of cases) {
    assert.equal(sharedCount(Uint32Array.from(c.a), Uint32Array.from(c.b), c.atLeast), c.expected, c.name);
  }
  assert.deepEqual([...sortedShingles(new Set([9, 0xffffff00, 1]))], [1, 9, 0xffffff00]);
});

/** Band keys as the first index wrote them: each band's rows written out, with the band's number. */
function referenceBandKeys(sig: Uint32Array): string[] {
  return Array.from({ length: 32 }, (_, b) => `${b}:${sig.slice(b * 3, b * 3 + 3).join('.')}`);
}

/**
 * The index as it was first written: Sets of shingles, both measures computed in full for every
 * candidate. The index with sorted shingles, early stops and the one-group shortcut must find the
 * same original for every text.
 */
class ReferenceIndex {
  private readonly entries = new Map<string, { original: string; shingles: Set<number> }>();
  private readonly buckets = new Map<string, Set<string>>();
  constructor(private readonly minContainment: number, private readonly minJaccard: number) {}

  add(id: string, text: string): { duplicateOf: string; containment: number; jaccard: number } | null {
    const set = shingles(text);
    const keys = set.size >= 12 ? referenceBandKeys(signature(set)) : [];
    const seen = new Set<string>();
    let best: { duplicateOf: string; containment: number; jaccard: number } | null = null;
    for (const key of keys) {
      for (const other of this.buckets.get(key) ?? []) {
        if (seen.has(other)) continue;
        seen.add(other);
        const entry = this.entries.get(other)!;
        const c = containment(set, entry.shingles);
        const j = jaccard(set, entry.shingles);
        if (c < this.minContainment || j < this.minJaccard) continue;
        if (!best || c + j > best.containment + best.jaccard) best = { duplicateOf: entry.original, containment: c, jaccard: j };
      }
    }
    this.entries.set(id, { original: best ? best.duplicateOf : id, shingles: set });
    for (const key of keys) {
      if (!this.buckets.has(key)) this.buckets.set(key, new Set());
      this.buckets.get(key)!.add(id);
    }
    return best;
  }
}

test('the index decides a stream of look-alike texts as computing both measures in full for every candidate does', () => {
  // Made-up sentences from a small vocabulary, so that many texts share bands and some are copies, cuts or rewrites.
  const words = ['Rat', 'Stadt', 'plant', 'baut', 'eine', 'neue', 'Brücke', 'Schule', 'am', 'Fluss', 'im', 'Herbst', 'sagte', 'der', 'Sprecher', 'heute'];
  let seed = 7;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
  const made: string[] = [];
  const texts = Array.from({ length: 160 }, (_, n) => {
    const earlier = made[Math.floor(random() * made.length)];
    let text: string;
    if (earlier && n % 4 === 1) text = earlier.split(' ').slice(Math.floor(random() * 10)).join(' ');
    else if (earlier && n % 4 === 2) text = earlier.split(' ').map((w) => (random() < 0.15 ? words[Math.floor(random() * words.length)]! : w)).join(' ');
    else text = Array.from({ length: 20 + Math.floor(random() * 60) }, () => words[Math.floor(random() * words.length)]!).join(' ');
    made.push(text);
    return text;
  });
  for (const [minContainment, minJaccard] of [[0.6, 0.35], [0.3, 0.1], [0, 0], [0.9, 0.8]] as const) {
    const index = new DuplicateIndex({ minContainment, minJaccard });
    const reference = new ReferenceIndex(minContainment, minJaccard);
    let matches = 0;
    texts.forEach((text, n) => {
      const expected = reference.add(String(n), text);
      const match = index.add(String(n), text, n);
      assert.equal(match?.duplicateOf ?? null, expected?.duplicateOf ?? null, `text ${n} with ${minContainment}/${minJaccard}`);
      if (!match) return;
      matches++;
      assert.ok(match.containment >= minContainment && match.jaccard >= minJaccard, `text ${n}: the measures clear the thresholds`);
    });
    assert.ok(matches > 0, `some texts match with ${minContainment}/${minJaccard}`);
  }
});

test('a text that copies from two originals goes with the one it shares more with, whichever the bands find first', () => {
  const a = 'Die Fähre nach Amrum fällt am Montag wegen des Sturms aus, teilte die Reederei in Dagebüll mit und bat alle Gäste um Geduld bis zum Abend.';
  const b = 'Im Kreistag von Nordfriesland wurde lange über den neuen Radweg zwischen Husum und Bredstedt gestritten, bevor eine knappe Mehrheit ihn am Ende beschloss.';
  const first = (text: string, n: number) => text.split(' ').slice(0, n).join(' ');
  for (const [name, text, expected] of [
    ['more of the second', `${first(a, 14)} ${b}`, 'b'],
    // Here the bands find the first original before the second, and both clear the thresholds.
    ['nearly all of both, the second whole', `${first(a, 23)} ${b}`, 'b'],
    ['more of the first', `${a} ${first(b, 14)}`, 'a'],
  ] as const) {
    const index = new DuplicateIndex({ minContainment: 0.3, minJaccard: 0.2, minShingles: 4 });
    const reference = new ReferenceIndex(0.3, 0.2);
    for (const [id, t] of [['a', a], ['b', b]]) {
      index.add(id!, t!, 0);
      reference.add(id!, t!);
    }
    assert.equal(reference.add('c', text)?.duplicateOf, expected, `${name}: the reference agrees`);
    assert.equal(index.add('c', text, HOUR)?.duplicateOf, expected, name);
  }
});

// Texts from one template: each a dozen sentences out of thirty, so that most of them meet in some band.
function lookAlikes(count: number, seed: number): string[] {
  const subjects = ['Der Rat', 'Die Stadt', 'Der Verein', 'Die Schule', 'Das Amt', 'Die Feuerwehr'];
  const objects = ['eine neue Brücke', 'den Radweg am Fluss', 'ein Fest im Herbst', 'die Halle', 'mehr Bänke'];
  const sentences = subjects.flatMap((s) => objects.map((o) => `${s} plant ${o}, sagte der Sprecher heute.`));
  let x = seed;
  const random = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 4294967296);
  return Array.from({ length: count }, () => Array.from({ length: 12 }, () => sentences[Math.floor(random() * sentences.length)]!).join(' '));
}

test('a copy is found among more look-alikes than a text is compared with', () => {
  const crowd = lookAlikes(400, 11);
  const original = crowd[3]!;
  // The copy meets far more earlier texts in a band than the index compares it with (64 by default).
  const copyKeys = new Set(bandHashes(signature(shingles(original))));
  const meeting = crowd.filter((text, n) => n !== 3 && [...bandHashes(signature(shingles(text)))].some((k) => copyKeys.has(k)));
  assert.ok(meeting.length > 64, `${meeting.length} look-alikes meet the copy in a band`);
  const index = new DuplicateIndex({ minContainment: 0.9, minJaccard: 0.9 });
  crowd.forEach((text, n) => index.add(String(n), text, n));
  assert.equal(index.add('copy', original, 1000)?.duplicateOf, '3');
  // With only one comparison, it is still the original: the text meeting the copy in the most bands.
  const one = new DuplicateIndex({ minContainment: 0.9, minJaccard: 0.9, maxCandidates: 1 });
  crowd.forEach((text, n) => one.add(String(n), text, n));
  assert.equal(one.add('copy', original, 1000)?.duplicateOf, '3');
});

/** An index holding two earlier texts alike in every band, remembered as originals of their own. */
function twoOriginals(options: Partial<DuplicateOptions>): DuplicateIndex {
  const index = new DuplicateIndex(options);
  index.remember('older', wire, 0, null);
  index.remember('newer', wire, HOUR, null);
  return index;
}

test('when the candidates are cut, the newest of those meeting a text in as many bands are compared', () => {
  // Compared with both, the first found wins the tie; compared with one, the newer is that one.
  assert.equal(twoOriginals({ maxCandidates: 64 }).add('copy', wire, 2 * HOUR)?.duplicateOf, 'older');
  assert.equal(twoOriginals({ maxCandidates: 1 }).add('copy', wire, 2 * HOUR)?.duplicateOf, 'newer');
});

test('leastAgreement: the signature places a pair at the Jaccard threshold reaches but once in 10,000', () => {
  assert.equal(leastAgreement(0, 96), 0);
  assert.equal(leastAgreement(1, 96), 96);
  // Binomial(96, 0.35): P(X ≤ 16) ≈ 5.6e-5 and P(X ≤ 17) ≈ 1.5e-4, so 17 equal places are needed.
  assert.equal(leastAgreement(0.35, 96), 17);
  // Binomial(96, 0.1): P(X = 0) ≈ 4.0e-5, P(X ≤ 1) ≈ 4.6e-4.
  assert.equal(leastAgreement(0.1, 96), 1);
});

test('after many texts have left, the index answers as one that holds only the texts of the window', () => {
  // Look-alikes share many bands (buckets of several texts); every fifth text copies one three before it.
  const crowd = lookAlikes(1300, 5);
  const texts = crowd.map((text, n) => (n % 5 === 4 ? crowd[n - 3]! : text));
  const window = 50;
  const index = new DuplicateIndex({ windowMs: window });
  let checked = 0;
  let matched = 0;
  texts.forEach((text, n) => {
    const found = index.add(String(n), text, n);
    // Past 1,024 texts that left, the list of texts is cut down as well.
    if (n % 97 !== 96) return;
    const fresh = new DuplicateIndex({ windowMs: window });
    for (let k = n - window; k < n; k++) fresh.add(String(k), texts[k]!, k);
    const expected = fresh.add(`${n}`, text, n);
    // The originals differ where a group began before the window; the pair found and its measures do not.
    assert.equal(found?.containment, expected?.containment, `text ${n}`);
    assert.equal(found?.jaccard, expected?.jaccard, `text ${n}`);
    checked++;
    if (found) matched++;
  });
  assert.equal(checked, 13);
  assert.ok(matched > 0, 'some of the checked texts are copies');
});

test('a band shared by more texts than maxPerBand keeps the newest of them', () => {
  // Both are compared, and the first found wins the tie: "older", unless its bands have dropped it.
  assert.equal(twoOriginals({ maxPerBand: 256 }).add('copy', wire, 2 * HOUR)?.duplicateOf, 'older');
  assert.equal(twoOriginals({ maxPerBand: 1 }).add('copy', wire, 2 * HOUR)?.duplicateOf, 'newer');
});

test('an index of at most maxTexts answers as one that holds only the latest texts', () => {
  const crowd = lookAlikes(400, 7);
  const texts = crowd.map((text, n) => (n % 5 === 4 ? crowd[n - 3]! : text));
  const most = 40;
  // Time alone would keep every text: the count is what makes them leave.
  const index = new DuplicateIndex({ maxTexts: most });
  let matched = 0;
  texts.forEach((text, n) => {
    const found = index.add(String(n), text, n);
    if (n % 13 !== 12 || n < most) return;
    const fresh = new DuplicateIndex();
    for (let k = n - most + 1; k < n; k++) fresh.add(String(k), texts[k]!, k);
    const expected = fresh.add(String(n), text, n);
    assert.equal(found?.containment, expected?.containment, `text ${n}`);
    assert.equal(found?.jaccard, expected?.jaccard, `text ${n}`);
    if (found) matched++;
  });
  assert.ok(matched > 0, 'some of the checked texts are copies');
  // A copy of a text that left before it came is not found: with "copy" held as well, the fourth text pushes out "a", the fifth "b", the late copy "copy".
  const first = new DuplicateIndex({ maxTexts: 3 });
  first.add('a', wire, 0);
  first.add('b', crowd[0]!, 1);
  assert.equal(first.add('copy', wire, 2)?.duplicateOf, 'a');
  first.add('c', crowd[1]!, 3);
  first.add('d', crowd[2]!, 4);
  assert.equal(first.add('late copy', wire, 5), null);
});
