// Addresses of the story and entity pages.

/** Path of a story page. */
export function storyPath(id: number): string {
  return `/geschichte/${id}`;
}

/** Path of the page of a person, organisation or place. */
export function entityPath(slug: string): string {
  return `/name/${encodeURIComponent(slug)}`;
}

/** Path of the page of the names most mentioned lately. */
export const TRENDING_PATH = '/im-gespraech';
