// Grid search of the story weights and thresholds on the tuning part only (never the held-out part); prints
// the ten best settings, which are then written into src/enrich/stories/score.ts by hand.
// Run: npx tsx bench/intel/tune.ts
import type { StoryModel } from '../../src/enrich/stories/score.ts';
import { loadStorySet } from './data.ts';
import { crossLanguage, monolingual, pairwise } from './metrics.ts';
import { runOurs } from './stories.ts';

const tune = loadStorySet().filter((a) => a.split === 'tune');
const grid: Partial<StoryModel>[] = [];
for (const joinSame of [0.15, 0.2, 0.25, 0.3, 0.35])
  for (const joinCross of [0.15, 0.2, 0.25, 0.3, 0.4])
    for (const merge of [0.6, 0.8, 2])
      for (const [title, body, anchors] of [[0.25, 0.45, 0.3], [0.2, 0.3, 0.5], [0.1, 0.3, 0.6], [0.1, 0.6, 0.3], [0.3, 0.2, 0.5]])
        grid.push({ joinSame, joinCross, mergeSame: merge, mergeCross: merge, title, body, anchors });

const results = grid.map((model) => {
  const { stories } = runOurs(tune, { model });
  const mono = pairwise(tune, stories, monolingual).f1;
  const cross = pairwise(tune, stories, crossLanguage).f1;
  return { model, mono, cross, objective: (mono + cross) / 2 };
});
results.sort((a, b) => b.objective - a.objective);
for (const r of results.slice(0, 10)) {
  console.log(`${r.objective.toFixed(3)} mono ${r.mono.toFixed(3)} cross ${r.cross.toFixed(3)} ${JSON.stringify(r.model)}`);
}
