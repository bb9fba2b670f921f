/** An embedded video, audio or other player found in an article page, kept as a block of its own. */
export interface MediaBlock {
  kind: 'video' | 'audio';
  title: string | null;
  /** Duration in seconds, when the page states it. */
  durationSeconds: number | null;
  /** Where the media can be watched or listened to (absolute URL), if known. */
  url: string | null;
  /** Preview image (absolute URL), if any. */
  poster: string | null;
}

/**
 * What extraction finds in an article page. `html` is the sanitised body (no headline, no byline);
 * `text` the same body as plain text, blocks separated by blank lines. Media blocks appear in `html`
 * as `<figure data-media="video|audio">…</figure>` at their place and are listed in `media`.
 */
export interface ExtractedArticle {
  title: string | null;
  byline: string | null;
  /** Publisher's publication time, ISO 8601 (UTC), or null. */
  published: string | null;
  modified: string | null;
  lang: string | null;
  siteName: string | null;
  /** Lead image, absolute URL. */
  image: string | null;
  /** The dek / teaser paragraph, plain text. */
  lead: string | null;
  text: string;
  html: string;
  media: MediaBlock[];
  /** The page's canonical URL, absolute, if it declares one. */
  canonicalUrl: string | null;
  /** Topics the page declares (keywords, article:tag), raw; absent when the extractor gave none. */
  keywords?: string[];
  /**
   * The article is behind a paywall (the page says so, or a site rule found the publisher's payment
   * prompt): `text` then holds only the free part. Absent means not known to be paid.
   */
  paywalled?: boolean;
}
