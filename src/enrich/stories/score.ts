import type { ArticleFeatures, Counts } from './features.ts';
import type { Story } from './story.ts';
import { cosine, type DocumentFrequencies } from './weights.ts';

/** Weights and thresholds of the join-or-open decision; the defaults are tuned on our tuning part. */
export interface StoryModel {
  /** Weights of the same-language similarities: title, body, anchors. */
  title: number;
  body: number;
  anchors: number;
  /** A same-language score at or above this joins. */
  joinSame: number;
  /** A cross-language score (cosine over language-neutral terms) at or above this joins. */
  joinCross: number;
  /** Least anchor cosine (names, numbers) for a same-language join. */
  minAnchors: number;
  /** Hours after a story's last article before its score starts to decay, and the decay's time constant. */
  graceHours: number;
  decayHours: number;
  /** Two stories whose whole-story similarity reaches these are merged. */
  mergeSame: number;
  mergeCross: number;
  /** Fewest distinct language-neutral terms an article and a story must share to be compared across languages. */
  minSharedTerms: number;
  /** How many of an article's rarest terms are looked up to find the stories worth scoring. */
  candidateTerms: number;
  /** The most open stories an article is scored against: those sharing the most of its rarest terms. */
  candidateStories: number;
  /** A story with no new article for this long is closed. */
  closeAfterHours: number;
  /**
   * The most stories held, open and closed together: beyond it the closed ones that wait for late
   * wire copies leave first, then the open ones that were active longest ago, before their time is
   * up. A burst (hundreds of thousands of articles in a day) would otherwise keep every story of the
   * last days, and the work per article grows with them.
   */
  maxStories: number;
}

export const DEFAULT_STORY_MODEL: StoryModel = {
  title: 0.1,
  body: 0.3,
  anchors: 0.6,
  joinSame: 0.15,
  joinCross: 0.3,
  minAnchors: 0.1,
  graceHours: 24,
  decayHours: 96,
  mergeSame: 0.8,
  mergeCross: 0.8,
  minSharedTerms: 4,
  candidateTerms: 20,
  candidateStories: 64,
  closeAfterHours: 120,
  maxStories: 25_000,
};

/** The similarities of an article to a story, before any threshold. */
export interface StorySimilarity {
  /** Same-language score (null when the story has no article in the article's language). */
  same: number | null;
  /** Cross-language score, computed only when there is no same-language one (null then). */
  cross: number | null;
  decay: number;
}

/** How an article compares with a story: sub-vector cosines in its own language, neutral terms across. */
export function similarity(article: ArticleFeatures, story: Story, at: number, df: DocumentFrequencies, model: StoryModel): StorySimilarity {
  const centroid = story.byLang.get(article.lang);
  const anchors = centroid ? cosine(article.anchors, centroid.anchors, df) : 0;
  // Same words about other names is another event of the same kind (two towns, two months): without
  // shared names and numbers the wording does not count.
  const same = centroid
    ? anchors < model.minAnchors
      ? 0
      : model.title * cosine(article.title, centroid.title, df) + model.body * cosine(article.body, centroid.body, df) +
        model.anchors * anchors
    : null;
  // The cross-language score decides only where there is no same-language one (joinScore).
  const cross = same === null ? crossSimilarity(article.all, story.all, df, model) : null;
  const hours = Math.max(0, (at - story.lastAt) / 3_600_000 - model.graceHours);
  return { same, cross, decay: Math.exp(-hours / model.decayHours) };
}

/**
 * Cosine over the terms both languages use (names, numbers, listed concepts). A few shared terms make a
 * high cosine by chance, so below `minSharedTerms` distinct shared terms it counts as nothing.
 */
function crossSimilarity(a: Counts, b: Counts, df: DocumentFrequencies, model: StoryModel): number {
  let shared = 0;
  for (let i = 0; i < a.size; i++) {
    const id = a.ids[i]!;
    if (df.crossesLanguages(id) && b.has(id)) shared++;
  }
  if (shared < model.minSharedTerms) return 0;
  return cosine(a, b, df, true);
}

/** The join score: ≥ 1 means the article belongs to the story. */
export function joinScore(sim: StorySimilarity, model: StoryModel): number {
  // Across languages only when the story has nothing in the article's language: within one language the
  // full sub-vectors know more than the few language-neutral terms.
  const score = sim.same === null ? (sim.cross ?? 0) / model.joinCross : sim.same / model.joinSame;
  return score * sim.decay;
}

/** Whether two open stories are one: their summed vectors compared like an article with a story. */
export function shouldMerge(a: Story, b: Story, df: DocumentFrequencies, model: StoryModel): boolean {
  let common = false;
  for (const [lang, ca] of a.byLang) {
    const cb = b.byLang.get(lang);
    if (!cb) continue;
    common = true;
    if (cosine(ca.all, cb.all, df) >= model.mergeSame) return true;
  }
  return !common && crossSimilarity(a.all, b.all, df, model) >= model.mergeCross;
}
