// Generated and mutated feeds through parseFeed and every item's HTML through the sanitiser: no
// exception but the feed module's AppErrors, no case past the deadline, only allowed markup out.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseFeed } from '../../src/ingest/feeds/index.ts';
import type { ParsedFeed } from '../../src/domain/feed.ts';
import { announce, runs, testTimeout } from './budget.ts';
import { assertSafeSanitised, within } from './checks.ts';
import { generatedFeed } from './feeds-gen.ts';
import { fixtureFeeds } from './fixtures.ts';
import { mutated, mutatedBytes } from './mutate.ts';

const URL = 'https://feeds.example/ressort/feed.xml';
const GENERATED = 2500;
const MUTATED_TEXT = 1500;
const MUTATED_BYTES = 1000;

announce('feeds');

/** Parses one document and checks what a feed ingest would store from it. */
function throughTheFeedPath(input: Uint8Array | string, contentType: string | null): void {
  const feed: ParsedFeed | null = within('feeds', () => parseFeed(input, { url: URL, contentType }));
  if (!feed) return;
  for (const item of feed.items) {
    const base = item.link && /^https?:\/\//.test(item.link) ? item.link : URL;
    if (item.content) assertSafeSanitised(item.content, base);
    if (item.summary) assertSafeSanitised(item.summary, base);
  }
}

describe('fuzzing the feed parser', () => {
  const fixtures = fixtureFeeds();
  const texts = fixtures.filter((f) => !f.path.endsWith('.gz')).map((f) => new TextDecoder('latin1').decode(f.bytes));

  test('there are fixture feeds to mutate', () => assert.ok(fixtures.length >= 8, `${fixtures.length}`));

  test('generated RSS, Atom, RDF and JSON feeds with hostile fields', { timeout: testTimeout(GENERATED) }, () => {
    fc.assert(fc.property(generatedFeed, (doc) => throughTheFeedPath(doc.text, doc.contentType)), runs(GENERATED));
  });

  test('generated feeds as bytes in the declared charset', { timeout: testTimeout(GENERATED / 5) }, () => {
    fc.assert(fc.property(generatedFeed, (doc) => throughTheFeedPath(new TextEncoder().encode(doc.text), doc.contentType)), runs(GENERATED / 5));
  });

  test('fixture feeds with text mutations', { timeout: testTimeout(MUTATED_TEXT) }, () => {
    const arb = fc.constantFrom(...texts).chain((t) => mutated(t));
    fc.assert(fc.property(arb, (text) => throughTheFeedPath(text, null)), runs(MUTATED_TEXT));
  });

  test('fixture feeds with byte mutations', { timeout: testTimeout(MUTATED_BYTES) }, () => {
    const arb = fc.constantFrom(...fixtures.map((f) => f.bytes)).chain((b) => mutatedBytes(b));
    fc.assert(fc.property(arb, (bytes) => throughTheFeedPath(bytes, 'application/xml')), runs(MUTATED_BYTES));
  });
});
