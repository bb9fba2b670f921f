export { applySiteRules, findSiteRule, keepOnlySiteBody, SITE_RULES, type SiteRuleOutcome } from './apply.ts';
export { parseSiteRules, siteRuleSchema, type SiteRule } from './schema.ts';
