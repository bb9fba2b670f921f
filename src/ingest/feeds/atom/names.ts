import { NS } from '../xml/namespaces.ts';

/** Namespaces read as Atom: 1.0, 0.3, and none (feeds that forget the declaration). */
export const ATOM_CORE: readonly string[] = [NS.atom, NS.atom03, NS.none];

/**
 * The namespaces to read as Atom for a given feed element: the usual ones, plus the root's own when
 * it is something else (drafts of Atom were published under several other namespace URIs).
 */
export function atomNamespaces(feed: { ns: string }): readonly string[] {
  return ATOM_CORE.includes(feed.ns) ? ATOM_CORE : [...ATOM_CORE, feed.ns];
}
