import { NS } from '../xml/namespaces.ts';

/** Namespaces whose elements count as plain RSS elements (no namespace, Userland's, RSS 1.0, RSS 0.90). */
export const RSS_CORE: readonly string[] = [NS.none, NS.rss, NS.rss1, NS.rss090];
