import { z } from 'zod';
import { named } from '../shared/registry.ts';
import { DisplayPolicySchema, httpUrlSchema } from '../shared/schemas.ts';

/** A source (publisher). */
export const SourceSchema = named(
  'Source',
  'A publisher whose feeds Presseschau reads.',
  z.object({
    id: z.number().int().positive(),
    slug: z.string(),
    name: z.string(),
    siteUrl: httpUrlSchema.nullable(),
    language: z.string().nullable().meta({ description: "The language of the source's articles unless an article says otherwise." }),
    displayPolicy: DisplayPolicySchema,
    articles: z.string().meta({ description: "Path of the list of this source's articles." }),
  }),
);

/** All sources. */
export const SourceListSchema = named('SourceList', 'All sources, by name.', z.object({ items: z.array(SourceSchema) }));

/** The JSON of a source. */
export type SourceJson = z.infer<typeof SourceSchema>;
