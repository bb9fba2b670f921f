import { z } from 'zod';
import { named } from './registry.ts';

/** A point in time: ISO 8601 in UTC. */
export const instant = z.iso.datetime();

/** An absolute http(s) URL; other schemes never leave the API. */
export const httpUrlSchema = z.url({ protocol: /^https?$/ });

/** How much of a source's articles the public sees. */
export const DisplayPolicySchema = named(
  'DisplayPolicy',
  "How much of a source's articles is shown: `full` (the whole text), `excerpt` (the first paragraphs) or `headline` (headline and lead only). The link to the original is always there.",
  z.enum(['full', 'excerpt', 'headline']),
);

/** A source in short, as articles name it. */
export const SourceRefSchema = named(
  'SourceRef',
  'The publisher of an article.',
  z.object({ id: z.number().int().positive(), slug: z.string(), name: z.string(), siteUrl: httpUrlSchema.nullable() }),
);

/** A category in short, as articles name it. */
export const CategoryRefSchema = named(
  'CategoryRef',
  'The category (Rubrik) of an article.',
  z.object({ id: z.number().int().positive(), slug: z.string(), name: z.string() }),
);
