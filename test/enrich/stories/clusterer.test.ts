import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectLanguage } from '../../../src/enrich/language/detect.ts';
import { StoryClusterer, type ClustererOptions, type StoryDecision } from '../../../src/enrich/stories/clusterer.ts';

const cases = join(import.meta.dirname, '..', '..', 'fixtures', 'intel', 'stories', 'cases');

interface Input {
  id: string;
  published: string;
  title: string;
  text: string;
}

function read(name: string): Input[] {
  return readFileSync(join(cases, name, 'input.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Input);
}

function cluster(inputs: Input[], options: ClustererOptions = {}): StoryDecision[] {
  const clusterer = new StoryClusterer(options);
  return inputs.map((a) => clusterer.add({
    id: a.id, title: a.title, text: a.text, at: Date.parse(a.published), lang: detectLanguage(`${a.title}\n${a.text}`).lang,
  }));
}

/** The decided stories as sorted groups of ids, comparable with expected.json. */
function groups(decisions: StoryDecision[]): string[][] {
  const by = new Map<string, string[]>();
  for (const d of decisions) by.set(d.story, [...(by.get(d.story) ?? []), d.id]);
  return [...by.values()].map((g) => g.sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

for (const name of readdirSync(cases).sort()) {
  test(`stories: ${name}`, () => {
    const expected = JSON.parse(readFileSync(join(cases, name, 'expected.json'), 'utf8')) as { groups: string[][] };
    const want = expected.groups.map((g) => [...g].sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
    assert.deepEqual(groups(cluster(read(name))), want);
  });
}

test('a story is named after the article that opened it', () => {
  const decisions = cluster(read('same-event-own-reports'));
  assert.deepEqual(decisions.map((d) => d.story), ['w1', 'w1', 'w1']);
  assert.ok(decisions.every((d) => d.duplicateOf === null));
});

test('a wire copy joins the story of its original, even when the wording alone would not', () => {
  const [first] = read('same-event-own-reports');
  const copy = { ...first!, id: 'copy', published: '2026-05-04T09:00:00Z', title: 'Ganz anderer Titel' };
  // A join threshold no article can reach: only the duplicate check can put the copy into the story.
  const decisions = cluster([first!, copy], { model: { joinSame: 100, joinCross: 100 } });
  assert.deepEqual(decisions[1], { id: 'copy', story: 'w1', duplicateOf: 'w1', merged: [], forgotten: [] });
});

test('two stories that turn out to be one are merged into the older', () => {
  // Across languages nothing may join, so the English reports open their own story; when the second one
  // joins it, that story is compared with the German one and merged.
  const decisions = cluster(read('german-english'), { model: { joinCross: 100, mergeCross: 0.3 } });
  assert.equal(decisions[1]!.story, 'f2');
  assert.deepEqual(decisions[2], { id: 'f3', story: 'f1', duplicateOf: null, merged: ['f2'], forgotten: [] });
});

test('without merging, the same stream keeps two stories', () => {
  const decisions = cluster(read('german-english'), { model: { joinCross: 100, mergeCross: 100, mergeSame: 100 } });
  assert.deepEqual(decisions.map((d) => d.story), ['f1', 'f2', 'f2']);
});

test('a late wire copy reopens its closed story; past the copy window it opens a new one', () => {
  const [first] = read('same-event-own-reports');
  const later = (id: string, hours: number) => ({ ...first!, id, published: new Date(Date.parse(first!.published) + hours * 3_600_000).toISOString() });
  const options = { model: { closeAfterHours: 2, joinSame: 100 }, duplicates: { windowMs: 48 * 3_600_000 } };
  const decisions = cluster([first!, later('late', 10), later('much-later', 200)], options);
  assert.deepEqual(decisions.map((d) => [d.story, d.duplicateOf]), [['w1', null], ['w1', 'w1'], ['much-later', null]]);
});

test('a story closes after its last article, not after its first: a story that took a copy stays open while an older-active one closes', () => {
  const [a] = read('same-event-own-reports');
  const [b] = read('german-english');
  const at = (input: Input, id: string, hours: number) => ({ ...input, id, published: new Date(Date.parse(a!.published) + hours * 3_600_000).toISOString() });
  // Nothing joins by wording; only copies join, and a story closes 10 hours after its last article.
  const clusterer = new StoryClusterer({ model: { closeAfterHours: 10, joinSame: 100, joinCross: 100, mergeSame: 100, mergeCross: 100 } });
  const add = (input: Input) => clusterer.add({ id: input.id, title: input.title, text: input.text, at: Date.parse(input.published), lang: detectLanguage(`${input.title}\n${input.text}`).lang });
  add(at(a!, 'a1', 0));
  add(at(b!, 'b1', 1));
  // The story opened first takes a copy later than the other's last article.
  assert.equal(add(at(a!, 'a2', 5)).story, 'a1');
  // 12 hours: "b1" had its last article 11 hours ago, "a1" 7 hours ago.
  add({ ...at(b!, 'other', 12), title: 'Neues Thema', text: 'Ein anderer Bericht ohne gemeinsame Sätze.' });
  assert.deepEqual(clusterer.openStoryIds().sort(), ['a1', 'other']);
  // 16 hours: "a1" is past its time too.
  add({ ...at(b!, 'third', 16), title: 'Drittes Thema', text: 'Noch ein Bericht, wieder ganz anders.' });
  assert.deepEqual(clusterer.openStoryIds().sort(), ['other', 'third']);
});

test('among more open stories sharing its rare terms than are scored, an article still finds its own', () => {
  const [w1, w2] = read('same-event-own-reports');
  // Thirty earlier articles about other things, each naming one of the event's rarer words: five
  // stories or more, which come first in the term index and outnumber what is scored.
  const shared = ['Rehberg', 'Hafenfest', 'Sturmböen', 'Schausteller', '60.000'];
  const syllables = ['ka', 'lo', 'mi', 'ter', 'dun', 'sel', 'bra', 'wen', 'gor', 'fi'];
  let x = 3;
  const word = () => Array.from({ length: 3 }, () => syllables[(x = (x * 7 + 3) % 101) % syllables.length]).join('');
  const crowd: Input[] = Array.from({ length: 30 }, (_, n) => ({
    id: `c${n}`,
    published: new Date(Date.parse(w1!.published) - (30 - n) * 60_000).toISOString(),
    title: `${word()} ${word()} ${word()}`,
    text: `${word()} ${word()} ${shared[n % shared.length]} ${word()} ${word()} ${word()}. ${word()} ${word()} ${word()}.`,
  }));
  for (const candidateStories of [64, 2]) {
    const decisions = cluster([...crowd, w1!, w2!], { model: { candidateStories } });
    const crowdStories = new Set(decisions.slice(0, 30).map((d) => d.story));
    assert.ok(crowdStories.size >= 5 && !crowdStories.has('w1'), `the crowd is ${crowdStories.size} stories of its own`);
    assert.equal(decisions[31]!.story, 'w1', `scoring ${candidateStories} stories`);
  }
});

test('beyond maxStories the story active longest ago is forgotten: a later report of its event opens a story of its own', () => {
  const [w1, w2] = read('same-event-own-reports');
  const [f1] = read('german-english');
  const [r1] = read('same-kind-other-town');
  // Two unrelated reports between the two of the same event, all on one morning.
  const at = (input: Input, minutes: number) => ({ ...input, published: new Date(Date.parse(w1!.published) + minutes * 60_000).toISOString() });
  const stream = [w1!, at(f1!, 10), at(r1!, 20), w2!];
  // Three stories are held when w2 comes; counting the one it may open, that is four.
  for (const [maxStories, story] of [[25_000, 'w1'], [4, 'w1'], [3, 'w2']] as const) {
    const clusterer = new StoryClusterer({ model: { maxStories } });
    const decisions = stream.map((a) => clusterer.add({ id: a.id, title: a.title, text: a.text, at: Date.parse(a.published), lang: detectLanguage(`${a.title}\n${a.text}`).lang }));
    assert.equal(decisions[3]!.story, story, `at most ${maxStories} stories`);
    assert.ok(clusterer.openStoryIds().length <= maxStories, `${clusterer.openStoryIds().length} open of at most ${maxStories}`);
    // The decision that let a story go says so, for the store to close it.
    assert.deepEqual(decisions.map((d) => d.forgotten), [[], [], [], maxStories === 3 ? ['w1'] : []]);
  }
});

test('beyond maxStories the closed stories waiting for late copies leave before any open one', () => {
  const [w1] = read('same-event-own-reports');
  const [f1] = read('german-english');
  const [r1] = read('same-kind-other-town');
  const [m1] = read('same-person-other-event');
  const at = (input: Input, id: string, hours: number) => ({ ...input, id, published: new Date(Date.parse(w1!.published) + hours * 3_600_000).toISOString() });
  // "w1" closes after 2 hours and waits for copies (48 hours); "f1" and "r1" stay open.
  const clusterer = new StoryClusterer({ model: { closeAfterHours: 2, maxStories: 3, joinSame: 100 }, duplicates: { windowMs: 48 * 3_600_000 } });
  const add = (a: Input) => clusterer.add({ id: a.id, title: a.title, text: a.text, at: Date.parse(a.published), lang: detectLanguage(`${a.title}\n${a.text}`).lang });
  add(at(w1!, 'w1', 0));
  add(at(f1!, 'f1', 3));
  add(at(r1!, 'r1', 4));
  assert.deepEqual(clusterer.openStoryIds(), ['f1', 'r1']);
  // A third open story makes four held: the closed "w1" leaves, the open ones stay (none let go).
  assert.deepEqual(add(at(m1!, 'm1', 4.5)).forgotten, []);
  assert.deepEqual(clusterer.openStoryIds(), ['f1', 'r1', 'm1']);
  // So a late copy of "w1" is still known as a copy but opens a story of its own, and with it four
  // would be held: the open story active longest ago, "f1", is let go.
  assert.deepEqual(add(at(w1!, 'copy', 5)), { id: 'copy', story: 'copy', duplicateOf: 'w1', merged: [], forgotten: ['f1'] });
});
