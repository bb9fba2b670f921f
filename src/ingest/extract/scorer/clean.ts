import { MEDIA_MARKER } from '../media.ts';
import type { Trace } from '../trace.ts';
import { linkShare, statsOf, type Measured, type Stats } from './measure.ts';
import { classWeight } from './weights.ts';
import { all, first } from '../dom.ts';

// Blocks whose worth is judged by their figures once the container is chosen: lists, tables and
// boxes that hold links, pictures or form fields rather than sentences.
const JUDGED = new Set(['DIV', 'SECTION', 'UL', 'OL', 'TABLE', 'FORM', 'FIELDSET']);
const LISTS = new Set(['UL', 'OL']);
// This many commas make a block prose, whatever else it holds.
const PROSE_COMMAS = 10;
const MIN_TEXT = 25;
const SHORT_WITH_EMBED = 75;
const MAX_CLUTTER_SHARE = 0.4;
const MANY_PARAGRAPHS = 8;
const MANY_PARAGRAPHS_LINKS = 0.35;
const KEPT_INSIDE = new Set(['PRE', 'CODE', 'FIGURE']);
// Plugin content: what it holds is the fallback text for readers without the plugin ("Flash needed"),
// not article text.
const PLUGINS = new Set(['OBJECT', 'EMBED', 'APPLET']);

/** A table of data (a header row, a caption, or a grid), as opposed to one that lays out the page. */
function isDataTable(table: Element): boolean {
  if (table.getAttribute('role') === 'presentation') return false;
  if (first(table, 'caption, thead, th, colgroup')) return true;
  if (first(table, 'table')) return false;
  const rows = all(table, 'tr');
  const columns = rows[0]?.children.length ?? 0;
  return rows.length >= 10 || columns > 4 || (rows.length > 1 && columns > 1 && rows.length * columns > 10);
}

function isList(el: Element, s: Stats): boolean {
  return LISTS.has(el.tagName) || (s.items > 0 && s.hasBlock && first(el, 'li') !== null && listTextShare(el) > 0.9);
}

function listTextShare(el: Element): number {
  const total = (el.textContent ?? '').length;
  if (total === 0) return 0;
  let inItems = 0;
  for (const list of all(el, 'ul, ol')) inItems += (list.textContent ?? '').length;
  return inItems / total;
}

/** Whether a block inside the article is furniture by its figures (links, pictures, fields, no prose). */
function isClutter(el: Element, s: Stats): boolean {
  // Class words alone decided nothing here: the boilerplate step judged them, with its exceptions.
  const weight = classWeight(el);
  if (s.commas >= PROSE_COMMAS) return false;
  const list = isList(el, s);
  const links = linkShare(s);
  const headingShare = s.text === 0 ? 0 : s.heading / s.text;
  if (s.images > 1 && s.paragraphs / s.images < 0.5) return true;
  if (!list && s.items - 100 > s.paragraphs) return true;
  if (s.inputs > Math.floor(s.paragraphs / 3)) return true;
  if (!list && headingShare < 0.9 && s.text < MIN_TEXT && (s.images === 0 || s.images > 2) && links > 0) return true;
  // Many paragraphs with a few links in them (a recipe's steps linking their ingredients) are text.
  if (s.paragraphs >= MANY_PARAGRAPHS && links < MANY_PARAGRAPHS_LINKS && s.inputs === 0) return false;
  if (!list && weight < 25 && links > 0.2) return true;
  if (weight >= 25 && links > 0.5) return true;
  return (s.embeds === 1 && s.text < SHORT_WITH_EMBED) || s.embeds > 1;
}

/**
 * Drops the furniture left inside the chosen parts of the article: boxes, lists and layout tables that are mostly
 * links, pictures without text, or form fields. Walks from the outside in, so a dropped box is judged
 * once with all it holds; data tables, code and figures are left alone.
 */
export function dropClutter(parts: Element[], measured: Measured, trace: Trace): void {
  const total = parts.reduce((sum, part) => sum + statsOf(measured, part).text, 0);
  const visit = (el: Element) => {
    for (const child of Array.from(el.children)) {
      if (KEPT_INSIDE.has(child.tagName)) continue;
      if (PLUGINS.has(child.tagName)) {
        trace.removed(child, 'plugin');
        child.remove();
        continue;
      }
      if (child.tagName === 'TABLE' && isDataTable(child)) continue;
      const s = statsOf(measured, child);
      // A block holding much of the article's text is the article, whatever its links say.
      if (JUDGED.has(child.tagName) && s.text < total * MAX_CLUTTER_SHARE && isClutter(child, s) && !holdsMarker(child)) {
        trace.removed(child, 'scored-clutter');
        child.remove();
        continue;
      }
      if (child.firstElementChild) visit(child);
    }
  };
  // The chosen parts themselves are the article; only what they hold is judged.
  for (const part of parts) visit(part);
}

/** Whether a block holds a media marker (a player taken out before scoring): it must stay. */
function holdsMarker(el: Element): boolean {
  return MEDIA_MARKER.test(el.textContent ?? '');
}
