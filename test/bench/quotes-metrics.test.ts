import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { emptyQuoteCounts, matchQuotes, sameSpeaker, scoreQuotes } from '../../bench/intel/quotes-metrics.ts';
import { prf, scoreEntities, type EntityCounts } from '../../bench/intel/entities-metrics.ts';

const q = (start: number, end: number, speaker: string | null = null, kind = 'indirect') => ({ start, end, kind, speaker, cue: null });

describe('quote metrics', () => {
  test('a match needs an overlap of half the longer span', () => {
    assert.equal(matchQuotes([q(0, 10)], [q(5, 10)]).length, 1);
    assert.equal(matchQuotes([q(0, 10)], [q(6, 10)]).length, 0);
    assert.equal(matchQuotes([q(0, 10)], [q(0, 21)]).length, 0);
  });

  test('matching is one-to-one, best overlap first', () => {
    const pairs = matchQuotes([q(0, 10), q(10, 20)], [q(0, 10), q(2, 10)]);
    assert.equal(pairs.length, 1);
    assert.deepEqual(pairs[0]![1], q(0, 10));
  });

  test('speakers agree by containment or surname', () => {
    assert.ok(sameSpeaker('Roderich Kiesewetter', 'Kiesewetter'));
    assert.ok(sameSpeaker('Michael Roth', 'der Abgeordnete Roth'));
    assert.ok(!sameSpeaker('Michael Roth', 'die Polizei'));
  });

  test('counts exact and overlapping matches and speakers', () => {
    const c = emptyQuoteCounts();
    scoreQuotes(c, [q(0, 10, 'Roth'), q(20, 30, 'Lohse')], [q(0, 10, 'Michael Roth'), q(21, 30, 'Tiede'), q(40, 50)]);
    assert.equal(c.overlapMatched, 2);
    assert.equal(c.exactMatched, 1);
    assert.equal(c.speakerRight, 1);
    assert.equal(c.speakerPredicted, 2);
  });
});

describe('entity metrics', () => {
  test('exact span and type; predictions in ignore regions count neither way', () => {
    const counts: EntityCounts = new Map();
    scoreEntities(counts, [{ start: 0, end: 4, type: 'person' }], [
      { start: 0, end: 4, type: 'person' }, { start: 10, end: 14, type: 'place' }, { start: 20, end: 24, type: 'person' },
    ], [{ start: 9, end: 15 }]);
    assert.deepEqual(counts.get('all'), { tp: 1, fp: 1, fn: 0 });
    assert.equal(prf(counts.get('all')!).precision, 0.5);
  });
});
