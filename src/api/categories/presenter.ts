import type { CategoryDetail, PublicCategory } from '../../services/api/public-reader.ts';
import { V1 } from '../shared/urls.ts';
import type { CategoryDetailJson, CategoryJson } from './schema.ts';

/** A category of the reader as API JSON. */
export function presentCategory(category: PublicCategory): CategoryJson {
  return {
    id: category.id,
    slug: category.slug,
    name: category.name,
    parentId: category.parentId,
    articles: `${V1}/articles?${new URLSearchParams({ category: category.slug }).toString()}`,
  };
}

/** A category with parent and children as API JSON. */
export function presentCategoryDetail(detail: CategoryDetail): CategoryDetailJson {
  return {
    ...presentCategory(detail.category),
    parent: detail.parent ? presentCategory(detail.parent) : null,
    children: detail.children.map(presentCategory),
  };
}
