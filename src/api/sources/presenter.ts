import type { PublicSource } from '../../services/api/public-reader.ts';
import { httpUrl, V1 } from '../shared/urls.ts';
import type { SourceJson } from './schema.ts';

/** A source of the reader as API JSON. */
export function presentSource(source: PublicSource): SourceJson {
  return {
    id: source.id,
    slug: source.slug,
    name: source.name,
    siteUrl: httpUrl(source.siteUrl),
    language: source.language,
    displayPolicy: source.displayPolicy,
    articles: `${V1}/articles?${new URLSearchParams({ source: source.slug }).toString()}`,
  };
}
