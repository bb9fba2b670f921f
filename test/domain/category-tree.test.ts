import { test } from 'node:test';
import assert from 'node:assert/strict';
import { childrenOf, topLevelOf, withDescendants } from '../../src/domain/category-tree.ts';

const tree = [
  { id: 1, slug: 'a', name: 'A', parentId: null },
  { id: 2, slug: 'a-b', name: 'B', parentId: 1 },
  { id: 3, slug: 'a-b-c', name: 'C', parentId: 2 },
  { id: 4, slug: 'd', name: 'D' },
  { id: 5, slug: 'a-e', name: 'E', parentId: 1 },
];

test('descendants at any depth, the category itself first', () => {
  assert.deepEqual(withDescendants(tree, 1), [1, 2, 5, 3]);
  assert.deepEqual(withDescendants(tree, 3), [3]);
});

test('the top level of a nested category; null for an unknown slug', () => {
  assert.equal(topLevelOf(tree, 'a-b-c')?.slug, 'a');
  assert.equal(topLevelOf(tree, 'd')?.slug, 'd');
  assert.equal(topLevelOf(tree, 'x'), null);
});

test('direct children only, in the given order', () => {
  assert.deepEqual(childrenOf(tree, 1).map((c) => c.id), [2, 5]);
});

test('a cycle of parents ends instead of looping', () => {
  const loop = [
    { id: 1, slug: 'x', name: 'X', parentId: 2 },
    { id: 2, slug: 'y', name: 'Y', parentId: 1 },
  ];
  assert.deepEqual(withDescendants(loop, 1), [1, 2]);
  assert.ok(['x', 'y'].includes(topLevelOf(loop, 'x')!.slug));
});
