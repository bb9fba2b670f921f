// The article's title: declared in structured data or meta tags, else the document's <title> without
// the site's name around it, else the visible headline.
import { decodeEntities } from './bylines.ts';
import { all, first } from '../dom.ts';

// " | Site", " - Site", " – Site", " » Section", " · Site": separators between a title and the site's name.
const SEPARATOR = / [|\-–—\\/>»·] /g;

function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

function collapse(text: string | null | undefined): string | null {
  const t = decodeEntities(text ?? '').replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

function fold(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Drops the site's name before or after a title ("Titel | Kurier", "Kurier: Titel") when it is named. */
export function stripSiteName(title: string, siteName: string | null): string {
  if (!siteName) return title;
  const site = escapeRegExp(siteName.trim());
  const stripped = title
    .replace(new RegExp(`\\s+[|\\-–—:·•»]\\s+${site}\\s*$`, 'iu'), '')
    .replace(new RegExp(`^${site}\\s*[|\\-–—:·•»]\\s+`, 'iu'), '')
    .trim();
  return stripped || title;
}

/**
 * The headline inside a document `<title>`: the part before the last separator when it keeps at least
 * three words (the tail is the site), else the part after the first (the head was the site); the whole
 * title when cutting would leave a stub; but a part that a heading shows is taken as it is. A "Section: Headline" title loses its section unless a
 * heading shows it whole. A title too short or too long to be a headline yields to a single `<h1>`.
 */
export function headlineOfDocumentTitle(raw: string, headings: string[], h1s: string[]): string {
  const whole = raw.replace(/\s+/g, ' ').trim();
  // The part that the page also shows as a heading is the headline, wherever it stands.
  const shown = new Set(headings.map((h) => h.toLowerCase()));
  const part = whole.split(SEPARATOR).map((p) => p.trim()).find((p) => wordCount(p) >= 2 && shown.has(p.toLowerCase()));
  if (part && part !== whole) return part;
  let title = whole;
  // Breadcrumb separators ("Site » Section » Title") say more about the cut than a dash or a bar.
  let hierarchical = false;
  const separators = Array.from(whole.matchAll(SEPARATOR));
  if (separators.length > 0) {
    hierarchical = / [\\/>»] /.test(whole);
    title = whole.slice(0, separators[separators.length - 1]!.index);
    if (wordCount(title) < 3) title = whole.slice(separators[0]!.index! + separators[0]![0].length);
  } else if (whole.includes(': ') && !headings.some((h) => h === whole)) {
    const afterLast = whole.slice(whole.lastIndexOf(':') + 1);
    if (wordCount(afterLast) >= 3) title = wordCount(whole.slice(0, whole.indexOf(':'))) > 5 ? whole : afterLast;
    else title = whole.slice(whole.indexOf(':') + 1);
  } else if ((whole.length > 150 || whole.length < 15) && h1s.length === 1) {
    title = h1s[0]!;
  }
  title = title.replace(/\s+/g, ' ').trim();
  // Four words or fewer are a stub, unless a breadcrumb cut removed exactly one word of site name.
  const withoutSeparators = wordCount(whole.replace(/[|\-–—\\/>»·]+/g, ''));
  if (wordCount(title) <= 4 && (!hierarchical || wordCount(title) !== withoutSeparators - 1)) return whole;
  return title;
}

function sharedWords(a: string, b: string): number {
  const words = new Set(a.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  return (b.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => words.has(w)).length;
}

/**
 * Two declared titles of one thing (a JSON-LD `headline` and `name` that differ, one of them often a
 * description): the one sharing more words with the document title first, the first on a tie.
 */
export function closerFirst(titles: Array<string | null>, documentTitle: string | null): string[] {
  const present = titles.filter((t): t is string => Boolean(t));
  if (present.length < 2 || !documentTitle) return present;
  return [...present].sort((a, b) => sharedWords(documentTitle, b) - sharedWords(documentTitle, a));
}

// Second-level labels of country domains ("co.uk", "com.au"): the site's name is the label before.
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'or', 'ne', 'gv', 'edu']);
// Separators between a title and the site's name, spaced ("Titel | Site", "Site – Titel").
const SITE_SEPARATOR = /\s+[|\-–—:·•»]\s+|:\s+/gu;

/**
 * The folded names a site goes by: its declared names, and its host without "www." and without the
 * top-level domain ("vegolosi.it" and "vegolosi" for https://www.vegolosi.it/…).
 */
export function siteIdentities(names: Array<string | null>, pageUrl: string | null): Set<string> {
  const identities = new Set<string>();
  for (const name of names) if (name && fold(name).length > 1) identities.add(fold(name));
  try {
    const host = pageUrl ? new URL(pageUrl).hostname.replace(/^www\d?\./, '') : '';
    if (host) {
      identities.add(fold(host));
      // The name before the public suffix: "express" of express.co.uk, "vegolosi" of vegolosi.it.
      const labels = host.split('.');
      const second = labels.length >= 3 && SECOND_LEVEL.has(labels[labels.length - 2]!) ? 3 : 2;
      if (labels.length >= second) identities.add(fold(labels[labels.length - second]!));
    }
  } catch {
    // An unparsable page address names no site.
  }
  return identities;
}

/**
 * Drops a part of a title before its first or after its last separator when that part is one of the
 * site's names, whatever its case or spacing ("Titel | THE SITE", "Titel - site.de", "Site: Titel").
 */
export function stripSiteIdentity(title: string, identities: ReadonlySet<string>): string {
  if (identities.size === 0) return title;
  const separators = Array.from(title.matchAll(SITE_SEPARATOR));
  if (separators.length === 0) return title;
  const last = separators[separators.length - 1]!;
  const tail = title.slice(last.index + last[0].length);
  if (identities.has(fold(tail)) && wordCount(title.slice(0, last.index)) >= 2) return title.slice(0, last.index).trim();
  const first = separators[0]!;
  const head = title.slice(0, first.index);
  if (identities.has(fold(head)) && wordCount(title.slice(first.index + first[0].length)) >= 2) return title.slice(first.index + first[0].length).trim();
  return title;
}

/**
 * The title of a page: the first declared title (JSON-LD headline, Dublin Core, OpenGraph, Twitter)
 * that is not just the site's name, with the site's name stripped; else the document title's headline;
 * else the `<h1>`. `siteNames` and `pageUrl` name the site in other ways (declared names, host).
 */
export function chooseTitle(input: {
  doc: Document;
  declared: Array<string | null>;
  siteName: string | null;
  headline: Element | null;
  siteNames?: Array<string | null>;
  pageUrl?: string | null;
}): string | null {
  const { doc, siteName } = input;
  const site = siteName ? fold(siteName) : null;
  const isSite = (t: string) => site !== null && fold(t) === site;
  const identities = siteIdentities([siteName, ...(input.siteNames ?? [])], input.pageUrl ?? null);
  for (const value of input.declared) {
    const title = collapse(value);
    if (title && !isSite(title)) return stripSiteIdentity(stripSiteName(title, siteName), identities);
  }
  const h1s = all(doc, 'h1').map((h) => collapse(h.textContent)).filter((t): t is string => t !== null);
  const documentTitle = collapse(first(doc, 'title')?.textContent);
  if (documentTitle && !isSite(documentTitle)) {
    const headings = [...h1s, ...all(doc, 'h2').map((h) => collapse(h.textContent) ?? '')];
    return stripSiteIdentity(stripSiteName(headlineOfDocumentTitle(documentTitle, headings, h1s), siteName), identities);
  }
  return collapse(input.headline?.textContent) ?? documentTitle;
}
