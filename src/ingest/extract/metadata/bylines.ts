// The article's authors: declared in structured data or meta tags, or shown in the byline near the
// headline ("Von Jana Reuter | 3. Mai 2024"), reduced to the names.
import { first } from '../dom.ts';
import { elementsAfter, elementsWhere } from './document-order.ts';
import { inForeignRegion } from './regions.ts';
import { datesInText } from './text-dates.ts';

// Words that introduce a byline, in German and English ("Von", "Text:", "Written by", "Posted by").
const LEAD_IN = /^(?:(?:ein\s+(?:beitrag|artikel|kommentar)\s+)?von|by|par|por|text(?:\s+und\s+\w+)?|autor(?:in)?|author|written\s+by|posted\s+by|eingestellt\s+von|publié\s+par|veröffentlicht\s+von|geschrieben\s+von|rezept\s+von|redaktion|reporter)(?:\s*:\s*|\s+)/iu;
// Form labels and dangling words that sit where a name should ("Name *", "Posted on", "Veröffentlicht am").
const NOT_A_NAME = /^(?:name|autor(?:in)?|authors?|auteurs?|by|von|par|por|posted|veröffentlicht|publiziert|published|follow|folgen|no author|share|teilen|datum|date|(?:mon|diens|mitt|donners|frei|sams|sonn)tag|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b.{0,20}$|^(?:foto|photo|bild|image|credit|quelle|source)s?\b/iu;
// Words left dangling after the names once a date is cut off ("Jana Reuter am", "Jan Roe on").
const DANGLING = /(?:\s+(?:am|on|um|at|von|by|den|the))+$/iu;
// What follows the names in a byline line: a date, a separator, a role, a reading time.
const TAIL = /\s*(?:[|·•]|\s[-–—]\s|\bstand\b|\baktualisiert\b|\bupdated\b|\bpublished\b|\bveröffentlicht\b|\bam\s+\d|\bon\s+(?:\p{Lu}|\d)|\s(?:at|um)\s+\d{1,2}[:.]\d{2}|\d+\s*(?:min|minuten)\b|\b(?:(?:mon|diens|mitt|donners|frei|sams|sonn)tag|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b).*$/iu;

/** Decodes the HTML entities that publishers leave in JSON-LD and meta values ("&#8222;", "&amp;"). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  const named: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };
  return text.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]+));/gi, (whole, dec: string, hex: string, name: string) => {
    if (dec || hex) {
      const code = dec ? Number(dec) : parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return named[name.toLowerCase()] ?? whole;
  });
}

/**
 * Reduces a byline as shown ("Von Jana Reuter | Stand: 03.05.2024") to the names ("Jana Reuter");
 * null when what remains is no name (a label, a date, a sentence, an e-mail or a link).
 */
export function cleanAuthorText(raw: string | null | undefined): string | null {
  const text = decodeEntities(raw ?? '').replace(/\s+/g, ' ').trim();
  // A date inside the line ends the names ("Jana Reuter 3. Mai 2024") or starts them ("Posted on March 9, 2017 by Jan Roe").
  const date = datesInText(text)[0];
  if (!date) return namesOf(text);
  return namesOf(text.slice(0, date.index)) ?? namesOf(text.slice(date.end));
}

// Job titles that follow a name after a comma ("Jan Roe, Senior Reporter", "Jana Reuter, Korrespondentin").
const ROLE = /\b(?:reporter|correspondent|editor|writer|columnist|contributor|journalist|redakteur(?:in)?|korrespondent(?:in)?|journalist(?:in)?|kolumnist(?:in)?|chefredakt\w*|volontär(?:in)?|mitarbeiter(?:in)?)\b/iu;

function withoutRoles(text: string): string {
  const parts = text.split(/\s*,\s*/);
  const kept = parts.filter((part, i) => i === 0 || !ROLE.test(part));
  return kept.join(', ');
}

function namesOf(raw: string): string | null {
  // A social handle after the name ("Jan Roe @janroe") is no part of it.
  // "ByJan Roe": markup glued the lead-in to the name.
  let text = raw.replace(/\s@\w+/gu, ' ').trim().replace(LEAD_IN, '').replace(/^(?:[Bb]y|[Vv]on)(?=\p{Lu}[\p{Ll}.])/u, '');
  text = withoutRoles(text.replace(TAIL, '')).replace(DANGLING, '').replace(LEAD_IN, '').replace(/[\s,;:|·–-]+$/u, '').replace(/^[\s,;:|·–-]+/u, '').trim();
  if (text.length < 2 || text.length > 100 || !/\p{L}/u.test(text)) return null;
  if (/@|\[at\]|https?:\/\/|www\./i.test(text) || NOT_A_NAME.test(text)) return null;
  // Script text inside a byline element (an ad call beside the author's name) is code, not a name.
  if (/[={}]|\bwindow\.|\bfunction\s*\(/.test(text)) return null;
  // Names are a few words; a byline line longer than that is a sentence.
  if (text.split(' ').length > 12 || /\p{Ll}{2}[.!?]\s+\p{Lu}/u.test(text)) return null;
  return text;
}

// Author-marked elements: `itemprop="author"`, `rel="author"`, `data-author`, or a class or id naming
// the author or byline ("byline", "author", "autor").
const BYLINE_NAME = /byline|author|autor/;

function isBylineElement(_tag: string, names: string, el: Element): boolean {
  return BYLINE_NAME.test(names) || /\bauthor\b/i.test(`${el.getAttribute('itemprop') ?? ''} ${el.getAttribute('rel') ?? ''}`) || el.hasAttribute('data-author');
}

/**
 * The text of an element with a space wherever one element ends and the next begins: a byline's parts
 * are often set side by side without one ("<span>Jan Roe</span><span>22 Dec 2016</span>"), and glued
 * together the date is no longer told from the name.
 */
function spacedText(el: Element): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) parts.push((child as Text).data);
      else if (child.nodeType === 1) {
        parts.push(' ');
        visit(child);
        parts.push(' ');
      }
    }
  };
  visit(el);
  return parts.join('');
}

function nameOf(el: Element): string | null {
  const named = first(el, '[itemprop="name" i]');
  const attribute = el.getAttribute('data-author');
  return cleanAuthorText(named?.textContent ?? attribute ?? spacedText(el));
}

/**
 * The byline shown on the page: the first author-marked element (`itemprop="author"`, `rel="author"`,
 * a class naming the author or byline) outside comments, forms and teasers, preferring those after the
 * headline; else a short "Von …"/"By …" line right after the headline.
 */
export function visibleByline(doc: Document, headline: Element | null): string | null {
  let before: string | null = null;
  for (const el of elementsWhere(doc, isBylineElement)) {
    if ((el.textContent ?? '').length > 150 || inForeignRegion(el)) continue;
    // "authority-control", "author-avatar": names that mention an author without holding one.
    if (/authorit|author-?(?:img|image|avatar|photo|bio|box)/i.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) continue;
    const name = nameOf(el);
    if (!name) continue;
    if (!headline || headline.compareDocumentPosition(el) & 4) return name;
    before ??= name;
  }
  return before ?? leadInLine(headline);
}

// How many elements after the headline a plain "Von …" line is still its byline.
const NEAR_HEADLINE = 20;

function leadInLine(headline: Element | null): string | null {
  if (!headline) return null;
  for (const el of elementsAfter(headline, NEAR_HEADLINE)) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > 120) continue;
    if (/^(?:von|by)\s+\p{Lu}/iu.test(text)) {
      const name = cleanAuthorText(text);
      if (name) return name;
    }
    // "Ein Blogbeitrag von Jana Reuter", "11.12.2019 - Jana Reuter": only a person's name qualifies here.
    if (/\b(?:foto|photo|bild|image|credit|quelle|source)s?\b/iu.test(text)) continue;
    const tail = (/(?:^|\s)(?:von|by)\s+(.+)$/iu.exec(text)?.[1] ?? besideDate(text))?.trim();
    if (tail && PERSON_NAME.test(tail)) return tail;
  }
  return null;
}

// The words beside the only date of a line ("11.12.2019 - Jana Reuter"), when nothing else is on it.
function besideDate(text: string): string | null {
  const dates = datesInText(text);
  if (dates.length !== 1) return null;
  const trim = (part: string) => part.replace(/^[\s|·•,–—-]+|[\s|·•,–—-]+$/gu, '');
  const before = trim(text.slice(0, dates[0]!.index));
  const after = trim(text.slice(dates[0]!.end));
  return before && after ? null : before || after || null;
}

// Two to four capitalised words: "Jana Reuter", "Karl-Heinz M. Obermaier".
const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/** Whether a declared author is the publisher rather than a person (the site's or publisher's name). */
export function isOrganisation(name: string, organisations: Array<string | null>): boolean {
  const folded = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return organisations.some((org) => {
    const o = (org ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    return o.length > 1 && (o === folded || o.includes(folded) || folded.includes(o));
  });
}
