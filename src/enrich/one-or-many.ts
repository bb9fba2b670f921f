/**
 * The place of one key in an index whose keys mostly have a single value: the value itself while it is
 * alone, a short list while there are a few, a set once there are many. The wire-copy index (texts by
 * MinHash band) and the story term index (open stories by term) hold hundreds of thousands of keys, most
 * with one value and nearly all the rest with a handful: a set for each would cost more than the values,
 * while a list of thousands (a common word in every open story) would make each addition and removal a
 * walk through it.
 *
 * Values keep the order they came in, whatever holds them, and a value is held once.
 */
export type Slot<T extends Value> = T | T[] | Many<T>;

/** What a slot can hold: any object but a list (a list would be taken for the slot's own). */
export type Value = object & { length?: never };

/** Beyond this many values a slot's list becomes a set. */
const MOST_IN_LIST = 32;

/** Many values of one key; a class of its own so that a value that is itself a Set is never taken for one. */
class Many<T> extends Set<T> {}

/** The slot with `value` added (last, unless it is there already); `slot` may be changed in place, so store what comes back. */
export function slotWith<T extends Value>(slot: Slot<T> | undefined, value: T): Slot<T> {
  if (slot === undefined || slot === value) return value;
  if (slot instanceof Many) return slot.add(value);
  if (!Array.isArray(slot)) return [slot, value];
  if (slot.includes(value)) return slot;
  if (slot.length < MOST_IN_LIST) {
    slot.push(value);
    return slot;
  }
  return new Many<T>(slot).add(value);
}

/** The slot without `value`, undefined when nothing is left; `slot` may be changed in place, so store what comes back. */
export function slotWithout<T extends Value>(slot: Slot<T> | undefined, value: T): Slot<T> | undefined {
  if (slot === undefined || slot === value) return undefined;
  if (slot instanceof Many) {
    slot.delete(value);
    return slot.size === 1 ? slot.values().next().value : slot;
  }
  if (!Array.isArray(slot)) return slot;
  const at = slot.indexOf(value);
  if (at >= 0) slot.splice(at, 1);
  return slot.length === 1 ? slot[0] : slot;
}

/**
 * The slot with its oldest values dropped until at most `most` are left (`most` ≥ 1); `slot` may be
 * changed in place, so store what comes back. How a key shared by very many values keeps only the newest.
 */
export function slotKeepingNewest<T extends Value>(slot: Slot<T> | undefined, most: number): Slot<T> | undefined {
  if (slot instanceof Many) {
    if (slot.size <= most) return slot;
    for (const value of slot) {
      if (slot.size <= most) break;
      slot.delete(value);
    }
    return slot.size === 1 ? slot.values().next().value : slot;
  }
  if (!Array.isArray(slot) || slot.length <= most) return slot;
  slot.splice(0, slot.length - most);
  return slot.length === 1 ? slot[0] : slot;
}

/** Calls `visit` with each value of the slot, in the order they came. */
export function forEachIn<T extends Value>(slot: Slot<T> | undefined, visit: (value: T) => void): void {
  if (slot === undefined) return;
  if (slot instanceof Many || Array.isArray(slot)) for (const value of slot) visit(value);
  else visit(slot);
}
