import { parseHTML } from 'linkedom';
import { z } from 'zod';
import { AppError } from '../../../platform/errors.ts';

// One small document serves to try every selector once at load: a selector the engine cannot parse
// would otherwise fail on the first page of that publisher, long after the rules were edited.
const probe = parseHTML('<html><body></body></html>').document;

function parsesAsSelector(selector: string): boolean {
  try {
    probe.querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

const selector = z.string().trim().min(1).refine(parsesAsSelector, { message: 'not a CSS selector this extractor can read' });
const host = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/, 'a host name such as "spiegel.de" (no scheme, path or wildcard)');

/** The rules for one publisher: which hosts, where its text sits, what to strip, how it marks paid articles. */
export const siteRuleSchema = z.strictObject({
  /** Display name, for `extract --explain` and the admin. */
  name: z.string().trim().min(1),
  /** Host names; each also covers its subdomains (`spiegel.de` covers `www.spiegel.de`). */
  hosts: z.array(host).min(1),
  /** Selectors of the element holding the whole article text, tried in order; the first that holds prose wins. */
  body: z.array(selector).default([]),
  /** Selectors of furniture inside or beside the article, always removed. */
  remove: z.array(selector).default([]),
  /** Selectors of the payment prompt of a paid article: removed, and the article is marked paywalled. */
  paywall: z.array(selector).default([]),
});

/** A validated site rule. */
export type SiteRule = z.infer<typeof siteRuleSchema>;

const rulesSchema = z.array(siteRuleSchema).superRefine((rules, ctx) => {
  const seen = new Map<string, string>();
  for (const [i, rule] of rules.entries()) {
    for (const h of rule.hosts) {
      const other = seen.get(h);
      if (other) ctx.addIssue({ code: 'custom', path: [i, 'hosts'], message: `host ${h} is already covered by the rule "${other}"` });
      seen.set(h, rule.name);
    }
  }
});

/**
 * Validates site rules (the shipped file or one an admin supplies) and lists every problem at once
 * (`site-rules: invalid rules: 3.body.0: not a CSS selector …`), with the stable code `invalid_rules`.
 */
export function parseSiteRules(data: unknown): SiteRule[] {
  const result = rulesSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new AppError('site-rules', 'invalid_rules', `invalid rules: ${problems.join('; ')}`);
}
