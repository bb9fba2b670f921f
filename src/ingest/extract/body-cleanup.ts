import type { MediaBlock } from '../../domain/article.ts';
import { all, closest, detach, first, sameWords, textOf } from './dom.ts';
import { matchesDescription } from './lead.ts';
import { MEDIA_MARKER, renderMediaBlock } from './media.ts';
import { datesInText } from './metadata/text-dates.ts';
import { META_LINE } from './patterns.ts';

// The top of the body ends at the first paragraph of real prose; headline, byline and dates sit above it.
const PROSE_LENGTH = 150;
const SHORT_LINE = 120;
const KICKER_LENGTH = 60;
const LEAF_BLOCKS = 'h1, h2, h3, h4, h5, h6, p, div, li, span, time, address, figcaption';

/** What the top of the body is compared with. */
export interface TopContext {
  title: string | null;
  byline: string | null;
  lead: string | null;
}

/** Puts the media blocks where their markers ended up; returns the media that survived, in page order. */
export function placeMedia(body: Element, found: MediaBlock[]): MediaBlock[] {
  const placed: MediaBlock[] = [];
  // One read of the body's text tells whether any element can hold a marker.
  if (!(body.textContent ?? '').includes('\u27e6media:')) return placed;
  for (const el of all(body, 'p, div, span')) {
    const match = MEDIA_MARKER.exec(textOf(el));
    // The marker may sit in a wrapper that holds nothing else; the outermost such element is replaced.
    if (!match || !body.contains(el) || textOf(el) !== match[0]) continue;
    const block = found[Number(match[1])];
    if (!block || placed.includes(block)) {
      detach(el);
      continue;
    }
    el.replaceWith(renderMediaBlock(el.ownerDocument, block));
    placed.push(block);
  }
  return placed;
}

function isHeadlineOrMeta(el: Element, text: string, top: TopContext): boolean {
  if (top.title && sameWords(text, top.title)) return true;
  if (top.lead && matchesDescription(text, top.lead)) return true;
  if (text.length <= DATE_LINE && isDateLine(text, top.byline)) return true;
  if (text.length > SHORT_LINE) return false;
  if (META_LINE.test(text)) return true;
  const byline = top.byline?.toLowerCase();
  return Boolean(byline && (sameWords(text, top.byline!) || (text.toLowerCase().includes(byline) && text.length < byline.length + 40)))
    || el.tagName === 'TIME' || el.tagName === 'ADDRESS';
}

// A line with a date and the byline, or a date and a name, is a date line up to this length.
const DATE_LINE = 160;
const NAME_WORDS = 4;
// Words of a date line that are no name: weekdays, times of day and zones.
const TIME_WORD = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|diens|mitt|donners|frei|sams|sonn)tag|mittwoch|am|pm|uhr|utc|gmt|[a-z]?[cmepa][se]?t)$/i;

/**
 * A line giving the date with the byline ("Le Monde | 04.05.2015 • Mis à jour … | Par Jana Reuter")
 * or with no more than a name beside it ("Jan Roe Monday, February 29, 2016 @ 11:10 PM UTC").
 */
function isDateLine(text: string, byline: string | null): boolean {
  const dates = datesInText(text);
  if (dates.length === 0) return false;
  if (byline && text.toLowerCase().includes(byline.toLowerCase())) return true;
  let rest = text;
  for (const date of [...dates].reverse()) rest = rest.slice(0, date.index) + ' ' + rest.slice(date.end);
  const words = rest.match(/\p{L}{2,}/gu) ?? [];
  return words.filter((word) => !TIME_WORD.test(word)).length <= NAME_WORDS;
}

/**
 * Removes from the top of the body what is not body text: the headline, the dek (kept as `lead`),
 * byline and date lines. Stops at the first paragraph of prose. Any remaining h1/h2 repeating the
 * title goes too.
 */
export function cleanTop(body: Element, top: TopContext): void {
  // Short lines above the headline, byline or dek (a kicker, a section label) go with them.
  let pending: Element[] = [];
  for (const el of all(body, LEAF_BLOCKS)) {
    if (!body.contains(el) || closest(el, 'figure')) continue;
    if (el.tagName !== 'TIME' && first(el, 'p, div, h1, h2, h3, h4, h5, h6, li')) continue;
    const text = textOf(el);
    if (text === '') continue;
    if (!/[\p{L}\p{N}]/u.test(text) || isHeadlineOrMeta(el, text, top)) {
      for (const earlier of [...pending, el]) removeUpwards(earlier, body);
      pending = [];
      continue;
    }
    // A short paragraph may be a kicker above the headline; a longer one is prose.
    if (text.length >= PROSE_LENGTH || (el.tagName === 'P' && text.length >= KICKER_LENGTH)) break;
    if (text.length < KICKER_LENGTH && !/^H[2-6]$/.test(el.tagName)) pending.push(el);
  }
  for (const h of all(body, 'h1, h2')) if (top.title && sameWords(textOf(h), top.title)) detach(h);
}

/** Removes an element and the ancestors (below `root`) that it leaves empty. */
function removeUpwards(el: Element, root: Element): void {
  if (!root.contains(el)) return;
  let parent = el.parentElement;
  detach(el);
  while (parent && parent !== root && textOf(parent) === '' && !first(parent, 'img, figure')) {
    const next = parent.parentElement;
    detach(parent);
    parent = next;
  }
}
