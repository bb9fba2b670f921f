/** One feed listed in an OPML file, as written there (URLs not yet checked). */
export interface OpmlFeed {
  /** The `xmlUrl` attribute, trimmed and decoded, not yet validated. */
  xmlUrl: string;
  /** `text`, else `title`; null when neither is given. */
  text: string | null;
  /** `title`, else `text`. */
  title: string | null;
  htmlUrl: string | null;
  language: string | null;
  /** Titles of the folders around the outline, outermost first. */
  folders: string[];
  /** The category: the outermost folder, else the first part of a `category` attribute. */
  category: string | null;
}

/** An OPML document reduced to what a feed reader needs. */
export interface ParsedOpml {
  version: string | null;
  title: string | null;
  feeds: OpmlFeed[];
}

/** A feed to write into an OPML file. */
export interface OpmlFeedEntry {
  xmlUrl: string;
  text: string;
  title?: string | null;
  htmlUrl?: string | null;
  language?: string | null;
}

/**
 * Feeds under one category: a folder outline named `category` holding its feeds, then the folders of
 * `groups` inside it. A null category has no folder of its own: its feeds and groups are written at
 * the level the group stands in.
 */
export interface OpmlGroup {
  category: string | null;
  feeds: OpmlFeedEntry[];
  /** Folders inside this one, written after its feeds. */
  groups?: OpmlGroup[];
}

/** What writeOpml needs: feeds grouped by category, groups nested as deep as the folders go. */
export interface OpmlDocument {
  title: string;
  dateCreated?: Date;
  groups: OpmlGroup[];
}
