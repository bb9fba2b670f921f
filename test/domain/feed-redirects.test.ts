import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { decideRedirect, permanentTarget } from '../../src/domain/feed-redirects.ts';

const A = 'https://a.example/feed';
const B = 'https://b.example/feed';
const C = 'https://c.example/feed';
const hop = (status: number, from: string, to: string) => ({ status, from, to });

describe('permanentTarget', () => {
  const cases = [
    { name: 'no redirect', input: [], expected: null },
    { name: '301', input: [hop(301, A, B)], expected: B },
    { name: '308', input: [hop(308, A, B)], expected: B },
    { name: '302 is temporary', input: [hop(302, A, B)], expected: null },
    { name: '303 is temporary', input: [hop(303, A, B)], expected: null },
    { name: '307 is temporary', input: [hop(307, A, B)], expected: null },
    { name: 'a chain of permanent hops ends at the last', input: [hop(301, A, B), hop(308, B, C)], expected: C },
    { name: 'a temporary hop ends the run', input: [hop(301, A, B), hop(302, B, C)], expected: B },
    { name: 'a temporary first hop hides a later permanent one', input: [hop(307, A, B), hop(301, B, C)], expected: null },
  ];
  for (const { name, input, expected } of cases) test(name, () => assert.equal(permanentTarget(input), expected));
});

describe('decideRedirect', () => {
  const cases = [
    {
      name: 'a first permanent redirect is remembered, not followed',
      input: { redirects: [hop(301, A, B)], pendingTarget: null, pendingCount: 0 },
      expected: { moveTo: null, pendingTarget: B, pendingCount: 1 },
    },
    {
      name: 'the second in a row moves the feed',
      input: { redirects: [hop(301, A, B)], pendingTarget: B, pendingCount: 1 },
      expected: { moveTo: B, pendingTarget: null, pendingCount: 0 },
    },
    {
      name: 'a different target starts over',
      input: { redirects: [hop(308, A, C)], pendingTarget: B, pendingCount: 1 },
      expected: { moveTo: null, pendingTarget: C, pendingCount: 1 },
    },
    {
      name: 'a refresh without the redirect forgets it',
      input: { redirects: [], pendingTarget: B, pendingCount: 1 },
      expected: { moveTo: null, pendingTarget: null, pendingCount: 0 },
    },
    {
      name: 'a temporary redirect never moves the feed',
      input: { redirects: [hop(302, A, B)], pendingTarget: B, pendingCount: 1 },
      expected: { moveTo: null, pendingTarget: null, pendingCount: 0 },
    },
    {
      name: 'a redirect back to the same URL is nothing',
      input: { redirects: [hop(301, A, A)], pendingTarget: null, pendingCount: 0 },
      expected: { moveTo: null, pendingTarget: null, pendingCount: 0 },
    },
  ];
  for (const { name, input, expected } of cases) {
    test(name, () => assert.deepEqual(decideRedirect({ currentUrl: A, ...input }), expected));
  }
});
