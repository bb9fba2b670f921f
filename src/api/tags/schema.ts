import { z } from 'zod';
import { cursorParam, limitParam } from '../shared/params.ts';
import { named } from '../shared/registry.ts';

/** The query of the tag list. */
export const TagListQuery = z.strictObject({
  prefix: z
    .string()
    .min(1, 'must not be empty')
    .max(100, 'is too long')
    .optional()
    .meta({ description: 'Only tags whose slug starts with the slug of this text ("Kli" finds klima, klimaschutz).' }),
  limit: limitParam,
  cursor: cursorParam,
});

/** A tag (Thema). */
export const TagSchema = named(
  'Tag',
  'A tag (Thema) that articles carry.',
  z.object({
    id: z.number().int().positive(),
    slug: z.string(),
    name: z.string(),
    page: z.string().meta({ description: "Path of the tag's page on the site." }),
  }),
);

/** One page of tags. */
export const TagListSchema = named(
  'TagList',
  'One page of tags in slug order. Follow `next` (or pass `nextCursor` as `cursor`) for the page after; both are null on the last page.',
  z.object({ items: z.array(TagSchema), nextCursor: z.string().nullable(), next: z.string().nullable() }),
);

/** The JSON of a tag. */
export type TagJson = z.infer<typeof TagSchema>;
