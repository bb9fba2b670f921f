import { addCounts, Counts, type ArticleFeatures } from './features.ts';

/** A story's summed sub-vectors for one language. */
export interface LanguageCentroid {
  title: Counts;
  body: Counts;
  anchors: Counts;
  all: Counts;
  articles: number;
}

/** An open or closed story: the articles in it and their summed vectors. */
export interface Story {
  /** The id of the article that opened the story. */
  id: string;
  members: string[];
  firstAt: number;
  lastAt: number;
  byLang: Map<string, LanguageCentroid>;
  /**
   * Every term of every member, across languages. While the story has one language this is that
   * language's `all` itself, not a copy (most stories never get a second): the same terms, counts and
   * order, so every sum over it is the same; a second language gives it a vector of its own.
   */
  all: Counts;
}

/** A new story holding one article. */
export function openStory(id: string, features: ArticleFeatures, at: number): Story {
  const story = emptyStory(id, at);
  joinStory(story, id, features, at);
  return story;
}

/** A story with no articles yet, known by `id` (when rebuilt from storage, the opening article may be gone). */
export function emptyStory(id: string, at: number): Story {
  return { id, members: [], firstAt: at, lastAt: at, byLang: new Map(), all: new Counts() };
}

/** Adds an article to a story. */
export function joinStory(story: Story, id: string, features: ArticleFeatures, at: number): void {
  story.members.push(id);
  story.lastAt = Math.max(story.lastAt, at);
  story.firstAt = Math.min(story.firstAt, at);
  let centroid = story.byLang.get(features.lang);
  if (!centroid) {
    if (story.byLang.size > 0) separateAll(story);
    centroid = { title: new Counts(), body: new Counts(), anchors: new Counts(), all: story.byLang.size === 0 ? story.all : new Counts(), articles: 0 };
    story.byLang.set(features.lang, centroid);
  }
  addCounts(centroid.title, features.title);
  addCounts(centroid.body, features.body);
  addCounts(centroid.anchors, features.anchors);
  addCounts(centroid.all, features.all);
  centroid.articles++;
  if (story.all !== centroid.all) addCounts(story.all, features.all);
}

/** Moves every article of `from` into `into` (two stories found to be one); `from` is dropped after. */
export function mergeStories(into: Story, from: Story): void {
  into.members.push(...from.members);
  into.firstAt = Math.min(into.firstAt, from.firstAt);
  into.lastAt = Math.max(into.lastAt, from.lastAt);
  const languages = new Set([...into.byLang.keys(), ...from.byLang.keys()]);
  if (languages.size > 1) separateAll(into);
  for (const [lang, c] of from.byLang) {
    const own = into.byLang.get(lang);
    if (!own) {
      // Taken over whole: `from` goes away, so its vectors are not shared with anything that stays.
      into.byLang.set(lang, c);
      if (languages.size === 1) into.all = c.all;
      continue;
    }
    addCounts(own.title, c.title);
    addCounts(own.body, c.body);
    addCounts(own.anchors, c.anchors);
    addCounts(own.all, c.all);
    own.articles += c.articles;
  }
  if (languages.size > 1) addCounts(into.all, from.all);
}

/** Gives a story's `all` a vector of its own where it was its one language's (before a second comes). */
function separateAll(story: Story): void {
  for (const centroid of story.byLang.values()) {
    if (centroid.all === story.all) story.all = story.all.copy();
  }
}
