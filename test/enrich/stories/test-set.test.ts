import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadStorySet } from '../../../bench/intel/data.ts';
import { crossLanguage, duplicateScores, monolingual, pairwise } from '../../../bench/intel/metrics.ts';
import { runOurs } from '../../../bench/intel/stories.ts';

// Guards the figures of npm run bench:intel on the held-out part against regressions (targets of issue 8).
test('held-out part of the story set meets the targets', () => {
  const heldout = loadStorySet().filter((a) => a.split === 'heldout');
  const { stories, copies } = runOurs(heldout);
  assert.ok(pairwise(heldout, stories, monolingual).f1 >= 0.93);
  assert.ok(pairwise(heldout, stories, crossLanguage).f1 >= 0.8);
  const dup = duplicateScores(heldout, copies);
  assert.ok(dup.p >= 0.95 && dup.r >= 0.9, JSON.stringify(dup));
});

test('the metrics see a wrong clustering', () => {
  const items = loadStorySet().filter((a) => a.split === 'heldout');
  const oneStory = new Map(items.map((a) => [a.id, 'all']));
  assert.ok(pairwise(items, oneStory, monolingual).p < 0.2);
  const alone = new Map(items.map((a) => [a.id, a.id]));
  assert.equal(pairwise(items, alone, monolingual).r, 0);
});
