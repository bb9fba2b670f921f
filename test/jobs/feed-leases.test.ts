import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { claimDueFeeds, createSource, expireFeedLeases, getFeed, releaseFeedLease, renewFeedLeases, addFeed, type Store } from '../../src/store/index.ts';
import { openTestStore } from '../helpers/test-store.ts';

const at = new Date('2026-11-27T10:00:00Z');
const later = (ms: number) => new Date(at.getTime() + ms);
let store: Store;

before(async () => {
  store = await openTestStore();
  const source = await createSource(store.db, { name: 'Leases', createdAt: at });
  for (let i = 0; i < 6; i++) {
    await addFeed(store.db, { sourceId: source.id, url: `https://example.org/leases/${i}.xml`, intervalSeconds: 1800, nextCheckAt: later(i * 1000 - 10_000), createdAt: at });
  }
  // Not due yet: never claimed.
  await addFeed(store.db, { sourceId: source.id, url: 'https://example.org/leases/later.xml', intervalSeconds: 1800, nextCheckAt: later(3_600_000), createdAt: at });
});
after(() => store.close());

test('two workers claim disjoint due feeds, the longest-waiting first; a leased feed is not handed out again', async () => {
  const a = await claimDueFeeds(store.db, { owner: 'a', now: at, until: later(60_000), limit: 4 });
  const b = await claimDueFeeds(store.db, { owner: 'b', now: at, until: later(60_000), limit: 4 });
  assert.equal(a.length, 4);
  assert.equal(b.length, 2, 'only the two due feeds a did not take');
  assert.deepEqual(new Set([...a, ...b].map((f) => f.id)).size, 6);
  assert.ok(Math.max(...a.map((f) => f.id)) < Math.min(...b.map((f) => f.id)), 'a took the four that waited longest');
  assert.deepEqual(await claimDueFeeds(store.db, { owner: 'c', now: at, until: later(60_000), limit: 10 }), []);

  // b renews one of its feeds and a's; only its own is renewed.
  assert.deepEqual(await renewFeedLeases(store.db, { owner: 'b', ids: [b[0]!.id, a[0]!.id], until: later(300_000) }), [b[0]!.id]);

  // a crashes; after its lease (60 s) c takes its feeds, but not b's renewed one, nor b's other before it ran out.
  const c = await claimDueFeeds(store.db, { owner: 'c', now: later(61_000), until: later(121_000), limit: 10 });
  assert.deepEqual(c.map((f) => f.id).sort(), [...a.map((f) => f.id), b[1]!.id].sort());
  // a comes back and releases: nothing happens to c's lease.
  await releaseFeedLease(store.db, { owner: 'a', id: a[0]!.id });
  const row = await store.db.selectFrom('feeds').select(['lease_owner', 'lease_until']).where('id', '=', a[0]!.id).executeTakeFirstOrThrow();
  assert.equal(row.lease_owner, 'c');
  // c releases: the lease is gone, the feed is its plain self again.
  await releaseFeedLease(store.db, { owner: 'c', id: a[0]!.id });
  assert.ok(await getFeed(store.db, a[0]!.id));
  const released = await store.db.selectFrom('feeds').select(['lease_owner', 'lease_until']).where('id', '=', a[0]!.id).executeTakeFirstOrThrow();
  assert.deepEqual(released, { lease_owner: null, lease_until: null });

  // Housekeeping clears the leases that ran out by then (c's, 121 s) and keeps b's renewed one (300 s).
  assert.equal(await expireFeedLeases(store.db, later(200_000)), c.length - 1, 'all of c\'s but the one it gave back');
  const left = await store.db.selectFrom('feeds').select('id').where('lease_owner', 'is not', null).execute();
  assert.deepEqual(left.map((r) => r.id), [b[0]!.id]);
});
