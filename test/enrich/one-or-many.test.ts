import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachIn, slotKeepingNewest, slotWith, slotWithout, type Slot } from '../../src/enrich/one-or-many.ts';

interface Item {
  n: number;
}

const items = Array.from({ length: 200 }, (_, n): Item => ({ n }));

function contents(slot: Slot<Item> | undefined): number[] {
  const seen: number[] = [];
  forEachIn(slot, (item) => seen.push(item.n));
  return seen;
}

test('a slot holds its values once each, in the order they came, however many there are', () => {
  for (const count of [1, 2, 5, 32, 33, 34, 200]) {
    let slot: Slot<Item> | undefined;
    for (const item of items.slice(0, count)) slot = slotWith(slot, item);
    // Adding values that are there already changes nothing.
    for (const item of items.slice(0, count)) slot = slotWith(slot, item);
    assert.deepEqual(contents(slot), items.slice(0, count).map((i) => i.n), `${count} values`);
  }
});

test('a value alone is the slot itself, with no collection around it', () => {
  const slot = slotWith(undefined, items[0]!);
  assert.equal(slot, items[0]);
  assert.equal(slotWithout(slotWith(slot, items[1]!), items[1]!), items[0]);
});

test('removing values keeps the others in order, from any place, down to nothing', () => {
  for (const count of [2, 3, 32, 40, 200]) {
    let slot: Slot<Item> | undefined;
    for (const item of items.slice(0, count)) slot = slotWith(slot, item);
    const left = items.slice(0, count);
    // First, last, then from the middle, as texts leave a window and stories merge.
    const order = [0, count - 1, ...Array.from({ length: count - 2 }, (_, k) => 1 + ((k * 7) % (count - 2)))];
    for (const at of new Set(order)) {
      slot = slotWithout(slot, items[at]!);
      left.splice(left.indexOf(items[at]!), 1);
      assert.deepEqual(contents(slot), left.map((i) => i.n), `${count} values, without ${at}`);
    }
    assert.equal(slot, undefined, `${count} values all removed`);
  }
});

test('removing a value that is not there changes nothing', () => {
  const one = slotWith(undefined, items[0]!);
  assert.equal(slotWithout(one, items[1]!), items[0]);
  assert.equal(slotWithout(undefined, items[1]!), undefined);
  let many: Slot<Item> | undefined;
  for (const item of items.slice(0, 50)) many = slotWith(many, item);
  many = slotWithout(many, items[60]!);
  assert.deepEqual(contents(many), items.slice(0, 50).map((i) => i.n));
});

test('a value that is itself a set is held as one value', () => {
  const a = new Set([1, 2]);
  const b = new Set([3]);
  const slot = slotWith(slotWith(undefined, a), b);
  const seen: Set<number>[] = [];
  forEachIn(slot, (value) => seen.push(value));
  assert.deepEqual(seen, [a, b]);
});

test('a slot kept to its newest values drops the oldest, in a value, a list or a set alike', () => {
  for (const count of [1, 2, 5, 32, 33, 200]) {
    for (const most of [1, 3, 32, 64]) {
      let slot: Slot<Item> | undefined;
      for (const item of items.slice(0, count)) slot = slotKeepingNewest(slotWith(slot, item), most);
      const kept = items.slice(Math.max(0, count - most), count);
      assert.deepEqual(contents(slot), kept.map((i) => i.n), `${count} values, at most ${most}`);
      if (kept.length === 1) assert.equal(slot, kept[0], 'one value left is the slot itself');
      // A value dropped before is not there: taking it out again leaves the rest as they are.
      if (count > most) assert.deepEqual(contents(slotWithout(slot, items[0]!)), kept.map((i) => i.n));
    }
  }
  assert.equal(slotKeepingNewest(undefined, 4), undefined);
});
