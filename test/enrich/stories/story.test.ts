import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFeatures, Counts, TermDictionary, type ArticleFeatures } from '../../../src/enrich/stories/features.ts';
import { emptyStory, joinStory, mergeStories, openStory, type Story } from '../../../src/enrich/stories/story.ts';

const terms = new TermDictionary();
const german = (text: string): ArticleFeatures => articleFeatures('Titel', text, 'de', terms);
const english = (text: string): ArticleFeatures => articleFeatures('Title', text, 'en', terms);

const asMap = (counts: Counts): Map<number, number> => new Map(Array.from({ length: counts.size }, (_, i) => [counts.ids[i]!, counts.counts[i]!]));

/** The term counts of the articles summed: what a story's `all` must hold. */
function sum(...features: ArticleFeatures[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const f of features) for (const [id, n] of asMap(f.all)) out.set(id, (out.get(id) ?? 0) + n);
  return out;
}

function sameCounts(actual: Counts, expected: Map<number, number>, message: string): void {
  assert.deepEqual([...asMap(actual)].sort((a, b) => a[0] - b[0]), [...expected].sort((a, b) => a[0] - b[0]), message);
}

const a = german('Der Rat in Wismar sagt das Hafenfest ab, weil Sturm droht.');
const b = german('Wismar: Hafenfest fällt aus, der Sturm kommt am Samstag.');
const c = english('Wismar cancels its harbour festival as a storm approaches.');
const d = english('Storm warning: the Wismar harbour festival is off.');

test('a story of one language keeps its terms once, in that language’s vector', () => {
  const story = openStory('a', a, 0);
  joinStory(story, 'b', b, 1);
  assert.equal(story.all, story.byLang.get('de')!.all);
  sameCounts(story.all, sum(a, b), 'every term of both articles, counted once');
});

test('a second language gives the story a vector of its own and leaves the first language’s alone', () => {
  const story = openStory('a', a, 0);
  joinStory(story, 'c', c, 1);
  joinStory(story, 'd', d, 2);
  assert.notEqual(story.all, story.byLang.get('de')!.all);
  sameCounts(story.byLang.get('de')!.all, sum(a), 'German');
  sameCounts(story.byLang.get('en')!.all, sum(c, d), 'English');
  sameCounts(story.all, sum(a, c, d), 'all');
});

function check(into: Story, expected: Map<number, number>, byLang: Record<string, Map<number, number>>): void {
  sameCounts(into.all, expected, 'all');
  for (const [lang, counts] of Object.entries(byLang)) sameCounts(into.byLang.get(lang)!.all, counts, lang);
  assert.equal(into.byLang.size, Object.keys(byLang).length);
  if (into.byLang.size === 1) assert.equal(into.all, [...into.byLang.values()][0]!.all);
}

test('merged stories hold every term of both once, in one language or across two', () => {
  const cases: { name: string; into: () => Story; from: () => Story; all: ArticleFeatures[]; byLang: Record<string, ArticleFeatures[]> }[] = [
    { name: 'into a story without articles yet', into: () => emptyStory('e', 0), from: () => openStory('b', b, 1), all: [b], byLang: { de: [b] } },
    { name: 'both German', into: () => openStory('a', a, 0), from: () => openStory('b', b, 1), all: [a, b], byLang: { de: [a, b] } },
    { name: 'German and English', into: () => openStory('a', a, 0), from: () => openStory('c', c, 1), all: [a, c], byLang: { de: [a], en: [c] } },
    {
      name: 'two languages and German',
      into: () => { const s = openStory('a', a, 0); joinStory(s, 'c', c, 1); return s; },
      from: () => openStory('b', b, 2),
      all: [a, c, b],
      byLang: { de: [a, b], en: [c] },
    },
    {
      name: 'German and two languages',
      into: () => openStory('b', b, 0),
      from: () => { const s = openStory('a', a, 1); joinStory(s, 'd', d, 2); return s; },
      all: [b, a, d],
      byLang: { de: [b, a], en: [d] },
    },
  ];
  for (const k of cases) {
    const into = k.into();
    mergeStories(into, k.from());
    const byLang = Object.fromEntries(Object.entries(k.byLang).map(([lang, fs]) => [lang, sum(...fs)]));
    check(into, sum(...k.all), byLang);
    // The merged story keeps taking articles in either language.
    joinStory(into, 'late', d, 5);
    check(into, sum(...k.all, d), { ...byLang, en: sum(...(k.byLang.en ?? []), d) });
  }
});
