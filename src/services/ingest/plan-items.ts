import type { ParsedItem } from '../../domain/feed.ts';
import { mapLimit } from '../../platform/map-limit.ts';
import { findExistingArticle, findFeedLinkOfArticle, type DbOrTx } from '../../store/index.ts';
import { itemFingerprint, itemIdentity, type ItemIdentity } from './build-article.ts';

/** What a refresh has to do with one item of the feed. */
export type ItemPlan =
  /** Not stored yet: fetch its page and insert it. */
  | { kind: 'new'; item: ParsedItem; identity: ItemIdentity; hash: string }
  /** Stored, and the feed lists it differently than last time: fetch again and revise it. */
  | { kind: 'changed'; item: ParsedItem; identity: ItemIdentity; hash: string; articleId: number }
  /** Stored (perhaps from another feed): only make sure this feed is linked and its fingerprint kept. */
  | { kind: 'link'; item: ParsedItem; identity: ItemIdentity; hash: string; articleId: number };

/** Item look-ups run at once per refresh (a PostgreSQL pool has 10 connections for all refreshes). */
const LOOKUPS_AT_ONCE = 4;

/** The page items without a link of their own are shown with: the feed's site, else the feed itself. */
export function itemSiteLink(feed: { url: string }, parsed: { link: string | null }): string {
  return parsed.link ?? feed.url;
}

/** The plans of a feed's items; items the feed lists twice count once, items without any key are counted as skipped. */
export interface RefreshPlan {
  plans: ItemPlan[];
  skipped: number;
}

/**
 * Decides per item whether it is new, edited or already known. An item is found by this feed's guid
 * first, then by the canonical URL, which also finds the same article brought in by another feed of
 * the publisher; that one is linked, not stored again. When this feed already lists the article (by
 * guid, or by the same link under an earlier guid), a new fingerprint means the item was edited. A
 * fingerprint that was never recorded (articles stored before fingerprints existed) is recorded, not
 * taken for an edit.
 */
export async function planItems(
  db: DbOrTx,
  feedId: number,
  items: readonly ParsedItem[],
  siteLink: string | null,
): Promise<RefreshPlan> {
  const unique: { item: ParsedItem; identity: ItemIdentity }[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  for (const item of items) {
    const identity = itemIdentity(item, siteLink);
    if (!identity) {
      skipped++;
      continue;
    }
    if (seen.has(identity.guid) || seen.has(identity.canonicalUrl)) continue;
    seen.add(identity.guid).add(identity.canonicalUrl);
    unique.push({ item, identity });
  }
  // The look-ups are independent reads: several at once, so that a feed of 20 items costs a few
  // round trips to a database server instead of 60 in a row. The plans keep the feed's order.
  const planned = await mapLimit(unique, LOOKUPS_AT_ONCE, async ({ item, identity }): Promise<ItemPlan | null> => {
    const hash = itemFingerprint(item);
    const existing = await findExistingArticle(db, { feedId, guid: identity.guid, canonicalUrl: identity.canonicalUrl });
    if (!existing) return { kind: 'new', item, identity, hash };
    // This feed's own listing of the article: by this guid, or by an earlier guid for the same link.
    const link = await findFeedLinkOfArticle(db, { feedId, articleId: existing.id });
    if (link?.itemHash === hash) return null;
    const kind = link && link.itemHash !== null ? 'changed' : 'link';
    return { kind, item, identity, hash, articleId: existing.id };
  });
  return { plans: planned.filter((p): p is ItemPlan => p !== null), skipped };
}
