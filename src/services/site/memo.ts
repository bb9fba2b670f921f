/**
 * Remembers the answer of `load` per argument list for `ttlMs` (monotonic time), so a costly read
 * that many requests share is made at most once per period; concurrent callers share one load, and
 * a failed load is not remembered. With `ttlMs` 0 every call loads.
 */
export function memoizeFor<A extends unknown[], R>(ttlMs: number, load: (...args: A) => Promise<R>, now: () => number = () => performance.now()): (...args: A) => Promise<R> {
  if (ttlMs <= 0) return load;
  const remembered = new Map<string, { value: Promise<R>; until: number }>();
  return (...args: A) => {
    const key = JSON.stringify(args);
    const at = now();
    const hit = remembered.get(key);
    if (hit && hit.until > at) return hit.value;
    const value = load(...args);
    remembered.set(key, { value, until: at + ttlMs });
    value.catch(() => {
      if (remembered.get(key)?.value === value) remembered.delete(key);
    });
    return value;
  };
}
