import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchCategory } from '../../src/services/ingest/match-category.ts';

const site = [
  { id: 1, slug: 'politik', name: 'Politik' },
  { id: 2, slug: 'wirtschaft', name: 'Wirtschaft' },
  { id: 3, slug: 'kultur', name: 'Kultur' },
];

const cases = [
  { name: 'exact name', input: ['Politik'], expected: 1 },
  { name: 'lower-case slug', input: ['wirtschaft'], expected: 2 },
  { name: 'first matching wins', input: ['Ukraine', 'Kultur', 'Politik'], expected: 3 },
  { name: 'a path names its section first', input: ['Politik > Ausland'], expected: 1 },
  { name: 'tags are not sections', input: ['Ukraine', 'Nato'], expected: null },
  { name: 'no categories', input: [], expected: null },
];
for (const c of cases) test(`matchCategory: ${c.name}`, () => assert.equal(matchCategory(c.input, site)?.id ?? null, c.expected));
