import { findSiteRule, SITE_RULES, siteRuleSchema, type SiteRule } from '../../ingest/extract/site-rules/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { Logger } from '../../platform/logger.ts';
import { getSourceById, type DbOrTx, type SourceRecord } from '../../store/index.ts';
import { getSourceExtraction, saveSourceExtraction } from '../../store/source-extraction.ts';
import { audit } from '../accounts/audit.ts';
import type { Actor } from '../accounts/deps.ts';
import type { SourceDeps } from './manage-sources.ts';

/** A source's own extraction settings; null means "as the whole site does". */
export interface SourceExtraction {
  /** true: each new item's page is fetched and extracted; false: the feed's content is kept; null: PRESSESCHAU_FULL_TEXT. */
  fullText: boolean | null;
  /** The source's own site rule, or null. */
  siteRule: SiteRule | null;
}

/** The admin's choice of full text for a source: the site's setting, or on, or off. */
export type FullTextChoice = 'default' | 'on' | 'off';

const FULL_TEXT_CHOICES: Record<FullTextChoice, boolean | null> = { default: null, on: true, off: false };

/** The admin's site rule form as typed: a host and selectors one per line. */
export interface SiteRuleInput {
  host: string;
  body: string;
  remove: string;
}

// Bounds that keep a rule a rule and not a place to park text: every selector is tried on every page.
const MAX_SELECTORS = 20;
const MAX_SELECTOR_LENGTH = 300;

function invalid(code: string, message: string): AppError {
  return new AppError('services', code, message);
}

async function requireSource(db: DbOrTx, id: number): Promise<SourceRecord> {
  const source = await getSourceById(db, id);
  if (!source) throw new AppError('services', 'source_not_found', `no source ${id}`);
  return source;
}

/** Reads a stored rule; a row edited by hand into something invalid counts as no rule (and says so). */
function readRule(json: string | null): { rule: SiteRule | null; error: string | null } {
  if (json === null) return { rule: null, error: null };
  try {
    const parsed = siteRuleSchema.safeParse(JSON.parse(json));
    return parsed.success ? { rule: parsed.data, error: null } : { rule: null, error: parsed.error.issues.map((i) => i.message).join('; ') };
  } catch (error) {
    return { rule: null, error: error instanceof Error ? error.message : String(error) };
  }
}

/** A source's own extraction settings (nulls when it has none). */
export async function getSourceExtractionSettings(deps: Pick<SourceDeps, 'db'>, sourceId: number): Promise<SourceExtraction> {
  const stored = await getSourceExtraction(deps.db, sourceId);
  return { fullText: stored?.fullText ?? null, siteRule: readRule(stored?.siteRuleJson ?? null).rule };
}

/** The host a new site rule of a source is proposed for: its site's host (without `www.`), else its first feed's. */
export function proposedRuleHost(source: Pick<SourceRecord, 'siteUrl'>, feedUrls: readonly string[]): string {
  for (const url of [source.siteUrl, ...feedUrls]) {
    try {
      if (url) return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
    } catch {
      // not a URL: try the next
    }
  }
  return '';
}

/** The name of the shipped site rule that covers `host`, or null (also for anything that is no host name). */
export function shippedRuleName(host: string): string | null {
  const clean = host.trim().toLowerCase();
  if (!/^[a-z0-9.-]+$/.test(clean)) return null;
  return findSiteRule(`https://${clean}/`, SITE_RULES)?.name ?? null;
}

/** Switches full-text extraction of a source on, off, or back to the site's setting; audited. */
export async function setSourceFullText(deps: SourceDeps, sourceId: number, choice: string, actor: Actor): Promise<boolean | null> {
  if (!Object.hasOwn(FULL_TEXT_CHOICES, choice)) throw invalid('invalid_input', `"${choice}" is no full-text choice (default, on, off)`);
  const fullText = FULL_TEXT_CHOICES[choice as FullTextChoice];
  return deps.db.transaction().execute(async (trx) => {
    const source = await requireSource(trx, sourceId);
    await saveSourceExtraction(trx, sourceId, { fullText }, deps.clock.now());
    await audit(trx, deps.clock, actor, 'source.full_text', `source ${sourceId} (${source.name})`, `full_text=${choice}`);
    return fullText;
  });
}

function selectorLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * Checks a site rule typed by the admin and returns it, or throws AppError('services', code) naming
 * the first thing that does not fit: `invalid_selector` names the selector and its line, `invalid_host`
 * the host. The same schema checks the shipped rules (selectors are parsed by the extractor's engine).
 */
export function checkSiteRule(name: string, input: SiteRuleInput): SiteRule {
  const fields = { body: selectorLines(input.body), remove: selectorLines(input.remove) };
  for (const [field, selectors] of Object.entries(fields)) {
    if (selectors.length > MAX_SELECTORS) throw invalid('invalid_input', `at most ${MAX_SELECTORS} selectors in "${field}"`);
    const long = selectors.findIndex((s) => s.length > MAX_SELECTOR_LENGTH);
    if (long !== -1) throw invalid('invalid_selector', `${field}, line ${long + 1}: a selector may have at most ${MAX_SELECTOR_LENGTH} characters`);
  }
  const parsed = siteRuleSchema.safeParse({ name, hosts: [input.host.trim()], ...fields });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const [field, index] = issue.path;
  if ((field === 'body' || field === 'remove') && typeof index === 'number') {
    throw invalid('invalid_selector', `${field}, line ${index + 1}: "${fields[field][index]}" is ${issue.message}`);
  }
  if (field === 'hosts') throw invalid('invalid_host', `"${input.host.trim()}" is not ${issue.message}`);
  throw invalid('invalid_input', `${issue.path.join('.')}: ${issue.message}`);
}

/**
 * Saves a source's own site rule after checking it (see checkSiteRule; nothing is stored when it
 * fails); a rule without any selector removes the source's rule. Audited. Returns the rule now.
 */
export async function setSourceSiteRule(deps: SourceDeps, sourceId: number, input: SiteRuleInput, actor: Actor): Promise<SiteRule | null> {
  return deps.db.transaction().execute(async (trx) => {
    const source = await requireSource(trx, sourceId);
    const empty = selectorLines(input.body).length === 0 && selectorLines(input.remove).length === 0;
    const rule = empty ? null : checkSiteRule(source.name, input);
    await saveSourceExtraction(trx, sourceId, { siteRuleJson: rule ? JSON.stringify({ name: rule.name, hosts: rule.hosts, body: rule.body, remove: rule.remove }) : null }, deps.clock.now());
    const detail = rule ? `host=${rule.hosts.join(',')} body=${rule.body.length} remove=${rule.remove.length}` : 'removed';
    await audit(trx, deps.clock, actor, 'source.site_rule', `source ${sourceId} (${source.name})`, detail);
    return rule;
  });
}

/** How the ingest treats the pages of one source's items. */
export interface IngestExtraction {
  fullText: boolean;
  /** The rules to extract with: the source's own first, then the shipped ones; undefined for the shipped ones alone. */
  siteRules: readonly SiteRule[] | undefined;
}

/**
 * The extraction settings the ingest applies to a source's new items: its own full-text switch or the
 * site's, and its own site rule ahead of the shipped ones. The source's rule replaces a shipped rule
 * for the same host in body and furniture, but keeps that rule's paywall selectors, which the admin
 * form does not edit (so a paid article is still recognised).
 */
export async function extractionForIngest(deps: { db: DbOrTx; fullText: boolean; logger: Logger }, sourceId: number): Promise<IngestExtraction> {
  const stored = await getSourceExtraction(deps.db, sourceId);
  const fullText = stored?.fullText ?? deps.fullText;
  const { rule, error } = readRule(stored?.siteRuleJson ?? null);
  if (error) deps.logger.warn({ source_id: sourceId, error }, 'The source\'s stored site rule is invalid and was ignored.');
  if (!rule) return { fullText, siteRules: undefined };
  const shipped = findSiteRule(`https://${rule.hosts[0]}/`, SITE_RULES);
  return { fullText, siteRules: [{ ...rule, paywall: shipped?.paywall ?? rule.paywall }, ...SITE_RULES] };
}
