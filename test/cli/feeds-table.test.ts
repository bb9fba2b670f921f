import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatFeedTable } from '../../src/cli/feeds.ts';
import type { FeedHealth } from '../../src/services/feeds/manage-feeds.ts';

const now = new Date('2026-11-27T10:00:00Z');

function feed(patch: Partial<FeedHealth>): FeedHealth {
  return {
    id: 1, sourceId: 1, sourceName: 'Kreisbote', url: 'https://kreisbote.example/rss', categoryId: null, title: null, format: 'rss', etag: null,
    lastModified: null, intervalSeconds: 1800, nextCheckAt: '2026-11-27T10:30:00.000Z', lastCheckedAt: '2026-11-27T09:50:00.000Z',
    lastSuccessAt: '2026-11-27T09:50:00.000Z', lastStatus: 200, lastError: null, errorCount: 0, disabled: false, createdAt: '2026-11-01T00:00:00.000Z',
    lastErrorCode: null, lastErrorMessage: null, itemsPerDay: 0, itemsByDay: [], itemsDays: [], minIntervalSeconds: null, maxIntervalSeconds: null, ...patch,
  };
}

test('feeds list shows items per day and the error in plain words with its detail', () => {
  const table = formatFeedTable(
    [
      feed({ itemsPerDay: 12.5 }),
      feed({
        id: 2, url: 'https://kreisbote.example/alt', errorCount: 3, itemsPerDay: 0, lastError: 'the server answered HTTP 404',
        lastErrorCode: 'http_404', lastErrorMessage: 'Der Feed wurde nicht gefunden (HTTP 404).',
      }),
    ],
    now,
  );
  const [header, ok, failing] = table.split('\n');
  assert.match(header!, /^ID\s+STATE\s+LAST CHECK\s+NEXT CHECK\s+PER DAY\s+SOURCE\s+URL\s+LAST ERROR$/);
  assert.match(ok!, /^1\s+ok\s+10 min ago\s+in 30 min\s+12\.5\s+Kreisbote/);
  assert.match(failing!, /^2\s+error ×3\s.*\s0\.0\s.*Der Feed wurde nicht gefunden \(HTTP 404\)\. \(the server answered HTTP 404\)$/);
});
