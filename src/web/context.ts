import type { Clock } from '../platform/clock.ts';
import type { Logger } from '../platform/logger.ts';
import type { SiteReader } from '../services/site-reader.ts';
import type { IntelReader } from '../services/intel/reader.ts';
import type { Language, Messages } from './i18n/index.ts';

/** Settings of the public site. */
export interface SiteConfig {
  siteName: string;
  footerText: string;
  defaultLanguage: Language;
  /** Articles per list page; 20 when not given. */
  pageSize?: number;
  /** The site's public origin for absolute URLs in feeds and sitemaps; the request's origin when not given. */
  publicUrl?: string | null;
  /** Seconds a rendered public page is served again before it is rendered anew; off when 0 or not given. */
  pageCacheSeconds?: number;
  /** The IANA zone of shown dates, calendar days and the date archive; Europe/Berlin when not given. */
  timeZone?: string;
}

/** Where article readings are counted (for "most read"); a call must be cheap and must not throw. */
export interface ReadingCounter {
  record(articleId: number): void;
}

/** What the site's routes need, passed in once by `createSite`. */
export interface SiteDeps {
  reader: SiteReader;
  config: SiteConfig;
  logger: Logger;
  clock: Clock;
  /** Counts readings of article pages; none counted when absent. */
  readings?: ReadingCounter | null;
  /** Stories, entities and quotes; their pages and blocks are absent without it. */
  intel?: IntelReader | null;
}

/** Per-request interface state: language, its texts, the current time and the requested path. */
export interface Ui {
  language: Language;
  messages: Messages;
  now: Date;
  /** The site's time zone (IANA name), for dates shown and calendar days. */
  timeZone: string;
  /** The site's public origin (the configured public URL, else the request's), for absolute URLs. */
  origin: string;
  /** Path and query of the current request, the target of the language switch. */
  path: string;
}

declare module 'hono' {
  /** The site keeps its per-request interface state in `c.get('siteUi')`. */
  interface ContextVariableMap {
    siteUi: Ui;
  }
}
