import { z } from 'zod';

/** An article as the admin API shows it. */
export const AdminArticleSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  lead: z.string().nullable(),
  url: z.string(),
  sourceId: z.number().int(),
  sourceName: z.string(),
  categoryId: z.number().int().nullable(),
  categoryName: z.string().nullable(),
  sortAt: z.string(),
  reviewState: z.enum(['published', 'pending', 'rejected']),
  hidden: z.boolean(),
  pinnedAt: z.string().nullable(),
  edited: z.boolean(),
});

/** An article with its tags and, when an editor changed it, the publisher's original values. */
export const AdminArticleDetailSchema = AdminArticleSchema.extend({
  tags: z.array(z.string()),
  original: z.object({ title: z.string(), lead: z.string().nullable(), categoryId: z.number().int().nullable(), tags: z.array(z.string()), editedBy: z.string(), editedAt: z.string() }).nullable(),
});

/** A page of articles; `nextBefore` is the `before` of the next page, null on the last. */
export const AdminArticlePageSchema = z.object({ items: z.array(AdminArticleSchema), nextBefore: z.number().int().nullable() });

/** The editor's values for an article; absent fields keep their current value. */
export const ArticleEditBody = z.strictObject({
  title: z.string().max(300).optional(),
  lead: z.string().max(2000).nullable().optional(),
  categoryId: z.number().int().positive().nullable().optional(),
  tags: z.array(z.string().max(60)).max(12).optional(),
});

/** A feed with its health. */
export const AdminFeedSchema = z.object({
  id: z.number().int(),
  sourceId: z.number().int(),
  url: z.string(),
  title: z.string().nullable(),
  paused: z.boolean(),
  lastCheckedAt: z.string().nullable(),
  nextCheckAt: z.string(),
  errorCount: z.number().int(),
  lastErrorCode: z.string().nullable(),
  lastError: z.string().nullable(),
  itemsPerDay: z.number(),
  minIntervalSeconds: z.number().int().nullable().meta({ description: 'The feed\'s own shortest polling interval; null: the site\'s setting.' }),
  maxIntervalSeconds: z.number().int().nullable().meta({ description: 'The feed\'s own longest polling interval; null: the site\'s setting.' }),
});

/** A feed's own polling bounds in seconds; null returns to the site's setting, absent keeps the current value. */
export const FeedEditBody = z.strictObject({
  minIntervalSeconds: z.number().int().positive().nullable().optional(),
  maxIntervalSeconds: z.number().int().positive().nullable().optional(),
});

/** A source's own site rule: where its article text sits and what to strip, as CSS selectors. */
export const SiteRuleSchema = z.object({
  host: z.string(),
  body: z.array(z.string()),
  remove: z.array(z.string()),
});

/** A source with its settings and feeds. */
export const AdminSourceSchema = z.object({
  id: z.number().int(),
  slug: z.string(),
  name: z.string(),
  siteUrl: z.string().nullable(),
  language: z.string().nullable(),
  categoryId: z.number().int().nullable(),
  displayPolicy: z.enum(['full', 'excerpt', 'headline']),
  readMoreText: z.string().nullable(),
  publishMode: z.enum(['auto', 'review']),
  fullText: z.enum(['default', 'on', 'off']).meta({ description: 'Whether each new item\'s page is fetched and extracted; default: PRESSESCHAU_FULL_TEXT.' }),
  siteRule: SiteRuleSchema.nullable(),
  feeds: z.array(AdminFeedSchema),
});

/** The editable fields of a source; absent fields keep their current value. */
export const SourceEditBody = z.strictObject({
  categoryId: z.number().int().positive().nullable().optional(),
  language: z.string().max(35).nullable().optional(),
  displayPolicy: z.enum(['full', 'excerpt', 'headline']).optional(),
  readMoreText: z.string().max(120).nullable().optional(),
  publishMode: z.enum(['auto', 'review']).optional(),
  fullText: z.enum(['default', 'on', 'off']).optional(),
  siteRule: z
    .strictObject({ host: z.string().max(253), body: z.array(z.string().max(300)).max(20), remove: z.array(z.string().max(300)).max(20) })
    .nullable()
    .optional()
    .meta({ description: 'Checked like the shipped rules (a selector the extractor cannot read is refused, nothing stored); null removes it.' }),
});

/** The site settings. */
export const SettingsSchema = z.object({
  siteName: z.string(),
  footerText: z.string(),
  defaultLanguage: z.enum(['de', 'en']),
  pageSize: z.number().int(),
  displayDefault: z.enum(['full', 'excerpt', 'headline']),
  legal: z.record(z.string(), z.string()).meta({ description: 'Legal texts by `impressum.de`, `impressum.en`, `datenschutz.de`, `datenschutz.en`; empty means the built-in text.' }),
});

/** New settings; absent fields keep their current value. */
export const SettingsBody = z.strictObject({
  siteName: z.string().max(80).optional(),
  footerText: z.string().max(500).optional(),
  defaultLanguage: z.enum(['de', 'en']).optional(),
  pageSize: z.number().int().min(5).max(100).optional(),
  displayDefault: z.enum(['full', 'excerpt', 'headline']).optional(),
  legal: z.record(z.string(), z.string().max(100_000)).optional(),
});
