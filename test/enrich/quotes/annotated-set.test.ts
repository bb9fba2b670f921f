import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { loadAllQuoteCases } from '../../../bench/intel/quotes-fixtures.ts';
import { emptyQuoteCounts, f1Of, scoreQuotes } from '../../../bench/intel/quotes-metrics.ts';
import { analyzeArticle } from '../../../src/services/intel/analyze.ts';

// Our annotated paragraphs (test/fixtures/intel/quotes) against the targets of issue 8:
// German quote span F1 ≥ 0.75 with speaker precision ≥ 0.85.
describe('annotated quote set', () => {
  const cases = loadAllQuoteCases();

  test('has at least 60 German and 20 English paragraphs, every span found in its text', () => {
    assert.ok(cases.filter((c) => c.lang === 'de').length >= 60);
    assert.ok(cases.filter((c) => c.lang === 'en').length >= 20);
    for (const c of cases) for (const q of c.quotes) assert.equal([...c.text].slice(q.start, q.end).join(''), q.text, c.id);
  });

  for (const lang of ['de', 'en'] as const) {
    test(`${lang}: quote span F1 ≥ 0.75 and speaker precision ≥ 0.85`, () => {
      const counts = emptyQuoteCounts();
      for (const c of cases.filter((x) => x.lang === lang)) scoreQuotes(counts, c.quotes, analyzeArticle({ title: '', text: c.text, lang }).quotes);
      const { f1 } = f1Of(counts.overlapMatched, counts.predicted, counts.gold);
      const speakerPrecision = counts.speakerPredictedRight / counts.speakerPredicted;
      assert.ok(f1 >= 0.75, `F1 ${f1.toFixed(3)}`);
      assert.ok(speakerPrecision >= 0.85, `speaker precision ${speakerPrecision.toFixed(3)}`);
    });
  }
});
