import { all, detach, linkDensity, textOf } from '../dom.ts';
import { NO_TRACE, type Trace } from '../trace.ts';
import shipped from './rules.json' with { type: 'json' };
import { parseSiteRules, type SiteRule } from './schema.ts';

/** What the site rules did to a page. */
export interface SiteRuleOutcome {
  /** The rule that applied, or null when no rule names the page's host. */
  rule: SiteRule | null;
  /** The element the rule names as the article text, when it holds prose; the generic search starts there. */
  body: Element | null;
  /** Whether a payment prompt of the publisher was found (and removed). */
  paywalled: boolean;
}

// Below this much paragraph prose the named element is a teaser or an empty shell (the markup changed):
// the generic search then decides alone.
const MIN_BODY_PROSE = 200;
const MIN_PARAGRAPH = 25;
const NOT_A_BODY = new Set(['HTML', 'BODY']);

/** The shipped rules, validated once when the module loads (a broken file fails every test at once). */
export const SITE_RULES: readonly SiteRule[] = parseSiteRules(shipped);

function hostOf(url: string | null): string | null {
  try {
    return url ? new URL(url).hostname.toLowerCase().replace(/\.$/, '') : null;
  } catch {
    return null;
  }
}

/** The rule whose host is the URL's host or a parent domain of it (`www.spiegel.de` → `spiegel.de`). */
export function findSiteRule(url: string | null, rules: readonly SiteRule[] = SITE_RULES): SiteRule | null {
  const host = hostOf(url);
  if (!host) return null;
  return rules.find((rule) => rule.hosts.some((h) => host === h || host.endsWith(`.${h}`))) ?? null;
}

function proseOf(el: Element): number {
  const blocks = el.matches('p') ? [el] : all(el, 'p');
  return blocks.reduce((sum, p) => {
    const length = textOf(p).length;
    return length >= MIN_PARAGRAPH && linkDensity(p) <= 0.5 ? sum + length : sum;
  }, 0);
}

/** The nearest element holding all of `els`. */
function commonAncestor(els: Element[]): Element | null {
  let candidate: Element | null = els[0]!.parentElement;
  while (candidate && !els.every((el) => candidate!.contains(el))) candidate = candidate.parentElement;
  return candidate;
}

/**
 * The element a selector names as the text: its only match, or, when it matches several (paragraphs,
 * or a text split into blocks), the nearest element holding them all; if that is the whole page, the
 * match with the most prose.
 */
function bodyFor(doc: Document, selector: string): Element | null {
  const matches = all(doc.body, selector);
  if (matches.length === 0) return null;
  const el = matches.length === 1 ? matches[0]! : commonAncestor(matches);
  if (el && !NOT_A_BODY.has(el.tagName)) return el;
  return matches.reduce((best, m) => (proseOf(m) > proseOf(best) ? m : best));
}

/**
 * Applies the publisher's rule to a page, before the generic algorithm: removes its furniture and its
 * payment prompt (so a paid article never republishes "Jetzt weiterlesen mit …" as text) and names
 * the element holding the article text, if it holds prose. `urls` are the page's address and then the
 * canonical one it declares (the first with a rule decides); `trace` hears each removal and the kept body.
 */
export function applySiteRules(
  doc: Document,
  urls: readonly (string | null)[],
  trace: Trace = NO_TRACE,
  rules: readonly SiteRule[] = SITE_RULES,
): SiteRuleOutcome {
  const rule = urls.map((url) => findSiteRule(url, rules)).find((found) => found !== null) ?? null;
  if (!rule || !doc.body) return { rule: null, body: null, paywalled: false };
  let paywalled = false;
  for (const selector of rule.paywall) {
    for (const el of all(doc.body, selector)) {
      paywalled = true;
      if (!el.parentNode) continue;
      trace.removed(el, 'site-rule-paywall');
      detach(el);
    }
  }
  for (const selector of rule.remove) {
    for (const el of all(doc.body, selector)) {
      if (!el.parentNode) continue;
      trace.removed(el, 'site-rule-remove');
      detach(el);
    }
  }
  for (const selector of rule.body) {
    const body = bodyFor(doc, selector);
    if (body && proseOf(body) >= MIN_BODY_PROSE) {
      trace.kept(body, 'site-rule-body');
      return { rule, body, paywalled };
    }
  }
  return { rule, body: null, paywalled };
}

/**
 * Leaves only `body` (the rule's article element) in the page's body, so the generic search looks
 * nowhere else; done after the page-wide steps (lead, media, boilerplate) have seen the whole page.
 * Nothing happens when an earlier step removed the element.
 */
export function keepOnlySiteBody(doc: Document, body: Element | null): void {
  if (!body || !doc.body || !doc.body.contains(body) || body === doc.body) return;
  doc.body.replaceChildren(body);
}
