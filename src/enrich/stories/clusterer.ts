import { DEFAULT_DUPLICATE_OPTIONS, DuplicateIndex, type DuplicateOptions } from '../duplicates/index.ts';
import { forEachIn, slotWith, slotWithout, type Slot } from '../one-or-many.ts';
import { articleFeatures, TermDictionary, type ArticleFeatures, type Counts } from './features.ts';
import { DEFAULT_STORY_MODEL, joinScore, shouldMerge, similarity, type StoryModel } from './score.ts';
import { emptyStory, joinStory, mergeStories, openStory, type Story } from './story.ts';
import { DocumentFrequencies } from './weights.ts';

/** One article as the clustering sees it; `lang` is already decided (see language/detect.ts). */
export interface StoryArticle {
  id: string;
  title: string;
  text: string;
  lang: string;
  /** Publication time in ms since the epoch. */
  at: number;
}

/** What was decided for an article, from the articles before it only. */
export interface StoryDecision {
  id: string;
  story: string;
  /** The earlier article this one republishes (the first of its copies), or null. */
  duplicateOf: string | null;
  /** Stories merged into `story` because of this article. */
  merged: string[];
  /**
   * Open stories let go before this article to stay within `maxStories` (those active longest ago):
   * nothing joins them any more, so they are as good as closed.
   */
  forgotten: string[];
}

/** Options of the clustering: the decision model and the duplicate check. */
export interface ClustererOptions {
  model?: Partial<StoryModel>;
  duplicates?: Partial<DuplicateOptions>;
}

/**
 * Online story clustering in the manner of Miranda et al. (EMNLP 2018): each article joins the best
 * open story if the score clears the threshold, else opens one; wire copies join their original's story;
 * stories close after inactivity, and a story that grows to look like another is merged with it.
 */
export class StoryClusterer {
  private readonly model: StoryModel;
  /** The ids of every term seen: vectors, document frequencies and the term index are keyed by them. */
  private readonly terms = new TermDictionary();
  private readonly df = new DocumentFrequencies();
  private readonly duplicates: DuplicateIndex;
  private readonly open = new Map<string, Story>();
  private readonly storyOfArticle = new Map<string, string>();
  /** Where merged stories went: followed until a story that still exists. */
  private readonly mergedInto = new Map<string, string>();
  private readonly closed = new Map<string, Story>();
  private readonly duplicateWindowMs: number;
  /**
   * Open stories by the term ids they contain, so an article is scored only against stories sharing a
   * rare term (most terms are in one story).
   */
  private readonly byTerm: (Slot<Story> | undefined)[] = [];

  constructor(options: ClustererOptions = {}) {
    this.model = { ...DEFAULT_STORY_MODEL, ...options.model };
    this.duplicates = new DuplicateIndex(options.duplicates);
    this.duplicateWindowMs = { ...DEFAULT_DUPLICATE_OPTIONS, ...options.duplicates }.windowMs;
  }

  /** Decides the story of the next article (articles must come in order of time). */
  add(article: StoryArticle): StoryDecision {
    const features = articleFeatures(article.title, article.text, article.lang, this.terms);
    this.df.add(features.all, article.lang);
    const forgotten = this.closeInactive(article.at);
    const copy = this.duplicates.add(article.id, article.text, article.at);
    let story = copy ? this.storyOf(copy.duplicateOf) : null;
    const candidates = this.candidates(features);
    if (story) {
      if (this.closed.delete(story.id)) this.indexTerms(story, story.all);
      this.open.set(story.id, story);
    } else {
      story = this.bestStory(candidates, features, article.at);
    }
    let merged: string[] = [];
    if (story) {
      joinStory(story, article.id, features, article.at);
      ({ story, merged } = this.mergeInto(story, candidates));
    } else {
      story = openStory(article.id, features, article.at);
    }
    this.touch(story);
    this.indexTerms(story, features.all);
    this.storyOfArticle.set(article.id, story.id);
    return { id: article.id, story: story.id, duplicateOf: copy?.duplicateOf ?? null, merged, forgotten };
  }

  /**
   * Replays an article whose story (`storyId`, after any merges) and original (`duplicateOf`) were decided
   * before: the state grows as if it had been decided now, and nothing is decided. Articles must come in
   * the order they were first decided in.
   */
  restore(article: StoryArticle, storyId: string, duplicateOf: string | null): void {
    const features = articleFeatures(article.title, article.text, article.lang, this.terms);
    this.df.add(features.all, article.lang);
    this.closeInactive(article.at);
    this.duplicates.remember(article.id, article.text, article.at, duplicateOf);
    let story = this.open.get(storyId) ?? this.closed.get(storyId) ?? null;
    if (story && this.closed.delete(storyId)) this.indexTerms(story, story.all);
    story ??= emptyStory(storyId, article.at);
    joinStory(story, article.id, features, article.at);
    this.touch(story);
    this.indexTerms(story, features.all);
    this.storyOfArticle.set(article.id, storyId);
  }

  /**
   * How many terms the clusterer knows. Unlike the stories and texts, which leave, the terms (with their
   * document frequencies) stay for the clusterer's life: a long-lived one is rebuilt past a limit.
   */
  termCount(): number {
    return this.terms.size;
  }

  /** The ids of the stories that are open now (not closed by inactivity, not merged away). */
  openStoryIds(): string[] {
    return [...this.open.keys()];
  }

  /**
   * Puts a story that just took an article last in `open`. Articles come in order of time, so `open`
   * stays in order of each story's last article, and `closed` in the order the stories closed.
   */
  private touch(story: Story): void {
    this.open.delete(story.id);
    this.open.set(story.id, story);
  }

  private storyOf(articleId: string): Story | null {
    let id = this.storyOfArticle.get(articleId);
    while (id !== undefined && this.mergedInto.has(id)) id = this.mergedInto.get(id);
    if (id === undefined) return null;
    return this.open.get(id) ?? this.closed.get(id) ?? null;
  }

  private indexTerms(story: Story, terms: Counts): void {
    // Kept packed: every id below the dictionary's size has a place.
    while (this.byTerm.length < this.terms.size) this.byTerm.push(undefined);
    for (let i = 0; i < terms.size; i++) {
      const term = terms.ids[i]!;
      this.byTerm[term] = slotWith(this.byTerm[term], story);
    }
  }

  private unindexTerms(story: Story): void {
    for (let i = 0; i < story.all.size; i++) {
      const term = story.all.ids[i]!;
      this.byTerm[term] = slotWithout(this.byTerm[term], story);
    }
  }

  /**
   * The open stories that share one of the article's rarest terms, in the order the terms find them. A
   * story sharing none of them cannot reach the join threshold in practice. When more than
   * candidateStories share one, the ones sharing the most of that evidence (the sum of the shared
   * terms' idf; the latest active first among equals) are scored, so that the work per article stays
   * bounded however many open stories use the same words (texts from one template, agency formats).
   */
  private candidates(features: ArticleFeatures): Story[] {
    // Terms only this article has (counted already) lead nowhere; the rarest of the rest are the evidence.
    const rare = [...features.all.ids.subarray(0, features.all.size)]
      .filter((t) => this.df.documents(t) > 1)
      .sort((a, b) => this.df.idf(b) - this.df.idf(a))
      .slice(0, this.model.candidateTerms);
    const evidence = new Map<Story, number>();
    const add = (story: Story, idf: number) => evidence.set(story, (evidence.get(story) ?? 0) + idf);
    for (const term of rare) {
      const idf = this.df.idf(term);
      forEachIn(this.byTerm[term], (story) => add(story, idf));
    }
    const stories = [...evidence.keys()].filter((story) => this.open.get(story.id) === story);
    if (stories.length <= this.model.candidateStories) return stories;
    return stories
      .sort((a, b) => evidence.get(b)! - evidence.get(a)! || b.lastAt - a.lastAt)
      .slice(0, this.model.candidateStories);
  }

  private bestStory(candidates: Story[], features: ArticleFeatures, at: number): Story | null {
    let best: Story | null = null;
    let bestScore = 1;
    for (const story of candidates) {
      const score = joinScore(similarity(features, story, at, this.df, this.model), this.model);
      if (score >= bestScore) {
        best = story;
        bestScore = score;
      }
    }
    return best;
  }

  // Only stories that share the article's rare terms are checked: the article is what made them look alike.
  private mergeInto(story: Story, candidates: Story[]): { story: Story; merged: string[] } {
    const merged: string[] = [];
    for (const other of candidates) {
      // Skip the story itself, and one already merged away in this loop.
      if (other === story || !this.open.has(other.id) || !shouldMerge(story, other, this.df, this.model)) continue;
      // The older story keeps its id, so links to it stay valid.
      const [keep, drop] = other.firstAt < story.firstAt ? [other, story] : [story, other];
      this.unindexTerms(drop);
      mergeStories(keep, drop);
      this.indexTerms(keep, drop.all);
      this.open.delete(drop.id);
      this.mergedInto.set(drop.id, keep.id);
      merged.push(drop.id);
      story = keep;
    }
    return { story, merged };
  }

  // Closed stories are kept only as long as a late wire copy may still point into them. Both maps are
  // in order of the stories' last article (see touch), so each walk stops at the first story that
  // stays: the work is the stories that close, not every open story for every article. Beyond
  // maxStories (with the one the article may open) the oldest closed ones leave, then the open ones
  // active longest ago are forgotten without waiting as closed; returns those.
  private closeInactive(now: number): string[] {
    const limit = this.model.closeAfterHours * 3_600_000;
    for (const [id, story] of this.open) {
      if (now - story.lastAt <= limit) break;
      this.unindexTerms(story);
      this.open.delete(id);
      this.closed.set(id, story);
    }
    const tooMany = () => this.open.size + this.closed.size >= this.model.maxStories;
    for (const [id, story] of this.closed) {
      if (now - story.lastAt <= this.duplicateWindowMs && !tooMany()) break;
      this.closed.delete(id);
      this.forgetMembers(story);
    }
    const forgotten: string[] = [];
    for (const [id, story] of this.open) {
      if (!tooMany()) break;
      this.unindexTerms(story);
      this.open.delete(id);
      this.forgetMembers(story);
      forgotten.push(id);
    }
    return forgotten;
  }

  private forgetMembers(story: Story): void {
    for (const member of story.members) this.storyOfArticle.delete(member);
  }
}
