import type { TagRef } from '../../domain/read-models.ts';
import type { TagJson } from './schema.ts';

/** A tag of the reader as API JSON. */
export function presentTag(tag: TagRef): TagJson {
  return { id: tag.id, slug: tag.slug, name: tag.name, page: `/thema/${encodeURIComponent(tag.slug)}` };
}
