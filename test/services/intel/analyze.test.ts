import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, codePointIndex } from '../../../src/services/intel/analyze.ts';
import { analyzeBatchLine } from '../../../src/services/intel/analyze-batch.ts';
import { guessLanguage } from '../../../src/services/intel/analyze-language.ts';

describe('analyze service', () => {
  test('offsets are code points: an emoji before a quote counts once', () => {
    const text = '🚒🚒 „Das Feuer ist gelöscht“, sagte Kommandant Egon Reiß in Passau.';
    const result = analyzeArticle({ title: '', text, lang: 'de' });
    const chars = [...text];
    assert.ok(result.quotes.length === 1);
    for (const item of [...result.quotes, ...result.entities]) assert.equal(chars.slice(item.start, item.end).join(''), item.text);
    assert.equal(result.quotes[0]!.start, 3);
    assert.equal(result.quotes[0]!.speaker, 'Egon Reiß');
  });

  test('code-point index maps UTF-16 offsets past surrogate pairs', () => {
    const at = codePointIndex('a😀b');
    assert.deepEqual([at(0), at(1), at(3), at(4)], [0, 1, 2, 3]);
  });

  test('the language comes from the input tag, else from function words', () => {
    assert.equal(analyzeArticle({ title: '', text: 'x', lang: 'en-GB' }).lang, 'en');
    assert.equal(guessLanguage('The mayor said that the road would be closed for the day.'), 'en');
    assert.equal(guessLanguage('Der Bürgermeister sagte, die Straße sei für den Tag gesperrt.'), 'de');
  });

  test('languages without word lists get empty results, not wrong ones', () => {
    assert.deepEqual(analyzeArticle({ title: '', text: '« Nous restons », a dit Marie Dupont.', lang: 'fr' }), { lang: 'fr', entities: [], quotes: [] });
  });

  test('any mix of marks, letters and line breaks yields valid offsets and never throws', () => {
    const pieces = ['„', '“', '"', '»', '«', '‚', '‘', '’', ', sagte ', ' Anna Roth', ' er ', '. ', '\n', 'sei', ' laut ', ' zufolge', ':', '😀', 'Dr.', ' so der SPD-Politiker', ' dass '];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % pieces.length;
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: 1 + (round % 40) }, () => pieces[next()]).join('');
      const result = analyzeArticle({ title: '', text, lang: round % 2 ? 'de' : 'en' });
      const chars = [...text];
      for (const item of [...result.quotes, ...result.entities]) {
        assert.ok(item.start >= 0 && item.start < item.end && item.end <= chars.length, text);
        assert.equal(chars.slice(item.start, item.end).join(''), item.text);
      }
    }
  });

  test('bad lines get a stable error code and keep their id', () => {
    assert.deepEqual(analyzeBatchLine('{oops', 4), { id: null, lang: null, entities: [], quotes: [], error: { code: 'invalid_json', message: 'input line 4 is not valid JSON' } });
    const noText = analyzeBatchLine('{"id":"a7","title":"t"}', 2);
    assert.ok('error' in noText && noText.error.code === 'invalid_line' && noText.id === 'a7');
    const badLang = analyzeBatchLine('{"id":1,"text":"x","lang":5}', 3);
    assert.ok('error' in badLang && badLang.error.code === 'invalid_line');
    assert.ok('error' in analyzeBatchLine('[1,2]', 1));
  });
});
