import type { ListOptions } from '../../services/site-reader.ts';
import type { SiteConfig } from '../context.ts';
import { nextPagePath } from '../urls.ts';

/** Articles per page when the configuration does not say. */
export const DEFAULT_PAGE_SIZE = 20;

/** The reader's list options from the `cursor` query parameter and the configured page size. */
export function listOptions(cursor: string | undefined, config: SiteConfig): ListOptions & { cursor: string | null } {
  const size = config.pageSize && config.pageSize > 0 ? Math.floor(config.pageSize) : DEFAULT_PAGE_SIZE;
  return { limit: size, cursor: cursor && cursor.length > 0 ? cursor : null };
}

/** The canonical path of a list page: the list itself on its first page, the page's own address after that. */
export function pageCanonical(listPath: string, cursor: string | null): string {
  return cursor ? nextPagePath(listPath, cursor) : listPath;
}
