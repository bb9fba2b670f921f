import type { ParsedItem } from '../../domain/feed.ts';
import { findStoredItems, type DbOrTx } from '../../store/index.ts';
import { itemFingerprint, itemIdentity, type ItemIdentity } from './build-article.ts';

/** What a refresh has to do with one item of the feed. */
export type ItemPlan =
  /** Not stored yet: fetch its page and insert it. */
  | { kind: 'new'; item: ParsedItem; identity: ItemIdentity; hash: string }
  /** Stored, and the feed lists it differently than last time: fetch again and revise it. */
  | { kind: 'changed'; item: ParsedItem; identity: ItemIdentity; hash: string; articleId: number }
  /** Stored (perhaps from another feed): only make sure this feed is linked and its fingerprint kept. */
  | { kind: 'link'; item: ParsedItem; identity: ItemIdentity; hash: string; articleId: number };

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
  // All items are looked up together: a few statements per refresh, not three or four per item.
  const stored = await findStoredItems(db, feedId, unique.map((u) => u.identity));
  const planned = unique.map(({ item, identity }, n): ItemPlan | null => {
    const hash = itemFingerprint(item);
    const articleId = stored.articleIds[n];
    if (articleId === undefined) return { kind: 'new', item, identity, hash };
    // This feed's own listing of the article: by this guid, or by an earlier guid for the same link.
    const link = stored.links.get(articleId);
    if (link?.itemHash === hash) return null;
    const kind = link && link.itemHash !== null ? 'changed' : 'link';
    return { kind, item, identity, hash, articleId };
  });
  return { plans: planned.filter((p): p is ItemPlan => p !== null), skipped };
}
