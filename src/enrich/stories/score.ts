import type { ArticleFeatures } from './features.ts';
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
  /** Hours after a story's last article before its score starts to decay, and the decay's time constant. */
  graceHours: number;
  decayHours: number;
  /** Two stories whose whole-story similarity reaches these are merged. */
  mergeSame: number;
  mergeCross: number;
  /** A story with no new article for this long is closed. */
  closeAfterHours: number;
}

export const DEFAULT_STORY_MODEL: StoryModel = {
  title: 0.25,
  body: 0.45,
  anchors: 0.3,
  joinSame: 0.3,
  joinCross: 0.3,
  graceHours: 24,
  decayHours: 96,
  mergeSame: 0.5,
  mergeCross: 0.5,
  closeAfterHours: 120,
};

/** The similarities of an article to a story, before any threshold. */
export interface StorySimilarity {
  /** Same-language score (null when the story has no article in the article's language). */
  same: number | null;
  cross: number;
  decay: number;
}

/** How an article compares with a story: sub-vector cosines in its own language, neutral terms across. */
export function similarity(article: ArticleFeatures, story: Story, at: number, df: DocumentFrequencies, model: StoryModel): StorySimilarity {
  const centroid = story.byLang.get(article.lang);
  const same = centroid
    ? model.title * cosine(article.title, centroid.title, df) +
      model.body * cosine(article.body, centroid.body, df) +
      model.anchors * cosine(article.anchors, centroid.anchors, df)
    : null;
  const cross = cosine(article.all, story.all, df, (t) => df.crossesLanguages(t));
  const hours = Math.max(0, (at - story.lastAt) / 3_600_000 - model.graceHours);
  return { same, cross, decay: Math.exp(-hours / model.decayHours) };
}

/** The join score: ≥ 1 means the article belongs to the story. */
export function joinScore(sim: StorySimilarity, model: StoryModel): number {
  const same = sim.same === null ? 0 : sim.same / model.joinSame;
  return Math.max(same, sim.cross / model.joinCross) * sim.decay;
}

/** Whether two open stories are one: their summed vectors compared like an article with a story. */
export function shouldMerge(a: Story, b: Story, df: DocumentFrequencies, model: StoryModel): boolean {
  for (const [lang, ca] of a.byLang) {
    const cb = b.byLang.get(lang);
    if (cb && cosine(ca.all, cb.all, df) >= model.mergeSame) return true;
  }
  return cosine(a.all, b.all, df, (t) => df.crossesLanguages(t)) >= model.mergeCross;
}
