import type { MediaBlock } from '../../domain/article.ts';
import { absoluteHttpUrl } from '../../domain/url.ts';
import { all, classAndId, dataAttributes, first, sameWords, textOf } from './dom.ts';
import { parseDuration, type DeclaredMedia } from './metadata/index.ts';
import { AUDIO_IFRAME, DURATION_TEXT, MEDIA_HINT, PLAYER_IFRAME } from './patterns.ts';

// A teaser is short: a title, a label and a duration. Longer elements are articles that mention videos.
const MAX_TEASER_TEXT = 250;
// Wrappers around a teaser may add a label ("Video", "Abspielen") but not prose.
const MAX_WRAPPER_EXTRA = 40;
const CONTAINERS = new Set(['BODY', 'HTML', 'ARTICLE', 'MAIN', 'P']);
const PLAYER_TAGS = new Set(['VIDEO', 'AUDIO', 'IFRAME']);
const LABEL_WORDS = /^(?:video|audio|podcast|play|abspielen|anhören|ansehen|jetzt ansehen|watch|listen|\d+\s*min\.?)$/i;

/** The marker text left in the page where a media block was; the scorer keeps it like any paragraph. */
export const MEDIA_MARKER = /\u27e6media:(\d+)\u27e7/;

function dataHints(el: Element): string {
  return dataAttributes(el).toLowerCase();
}

function hints(el: Element): string {
  return `${classAndId(el)} ${dataHints(el)}`;
}

/** Whether class, id or data attributes name a player (class and id first: reading all attributes costs more). */
function isHinted(el: Element): boolean {
  return MEDIA_HINT.test(classAndId(el)) || el.hasAttribute('data-duration') || MEDIA_HINT.test(dataHints(el));
}

function isPlayer(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'VIDEO' || tag === 'AUDIO') return true;
  if (tag === 'IFRAME') return PLAYER_IFRAME.test(el.getAttribute('src') ?? el.getAttribute('data-src') ?? '');
  return false;
}

/** Elements whose markup says "video or audio teaser": a media hint plus a duration, or a player. */
function findAnchors(doc: Document, declared: DeclaredMedia[]): Element[] {
  // One walk for both kinds; players come first, as they are the surer sign.
  const found = all(doc.body, 'video, audio, iframe, [class], [id], [data-duration], [data-video-id], [data-video]');
  const anchors: Element[] = found.filter((el) => PLAYER_TAGS.has(el.tagName) && isPlayer(el));
  for (const el of found) {
    if (!(el.hasAttribute('class') || el.hasAttribute('id') || el.hasAttribute('data-duration') || el.hasAttribute('data-video-id') || el.hasAttribute('data-video'))) continue;
    if (!isHinted(el) || anchors.some((a) => a.contains(el) || el.contains(a))) continue;
    const text = textOf(el);
    if (text.length > MAX_TEASER_TEXT || first(el, 'p, h1')) continue;
    const named = declared.some((m) => m.name && text.includes(m.name));
    if (DURATION_TEXT.test(text) || el.hasAttribute('data-duration') || named) anchors.push(el);
  }
  return anchors;
}

/** Widens a teaser to the wrapper that holds only it (plus a short label), so no fragments stay behind. */
function widen(anchor: Element): Element {
  let el = anchor;
  const base = textOf(anchor).length;
  for (let parent = el.parentElement; parent && !CONTAINERS.has(parent.tagName); parent = parent.parentElement) {
    if (textOf(parent).length - base > MAX_WRAPPER_EXTRA || all(parent, 'video, audio, iframe').length > 1) break;
    if (first(parent, 'p')) break;
    el = parent;
  }
  return el;
}

function titleOf(el: Element, durationText: string | null): string | null {
  const titled = el.querySelector('[class*="title" i], [class*="headline" i], h2, h3, h4, h5, h6, figcaption');
  const candidates = [
    titled ? textOf(titled) : '', el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '',
    first(el, '[title]')?.getAttribute('title') ?? '',
    first(el, 'img[alt]')?.getAttribute('alt') ?? '',
  ];
  let rest = textOf(el);
  if (durationText) rest = rest.replace(durationText, ' ');
  rest = rest.split(/\s*[|·•]\s*|\s{2,}/).filter((part) => !LABEL_WORDS.test(part.trim())).join(' ').replace(/\s+/g, ' ').trim();
  candidates.push(rest.split(' ').filter((w) => !LABEL_WORDS.test(w)).join(' '));
  const title = candidates.map((c) => c.replace(DURATION_TEXT, ' ').replace(/\s+/g, ' ').trim()).find((c) => c.length > 1);
  return title ?? null;
}

function describe(el: Element, declared: DeclaredMedia[], base: string): MediaBlock {
  const player = isPlayer(el) ? el : first(el, 'video, audio, iframe');
  const src = player?.getAttribute('src') ?? player?.getAttribute('data-src') ?? (player ? first(player, 'source') : null)?.getAttribute('src');
  const durationText = DURATION_TEXT.exec(textOf(el))?.[1] ?? null;
  let title = titleOf(el, durationText);
  const match = declared.find((m) => (m.name && title && sameWords(m.name, title)) || (m.url && src && m.url === absoluteHttpUrl(src, base)))
    ?? declared.find((m) => m.name && textOf(el).includes(m.name));
  title = match?.name ?? title;
  const isAudio = player?.tagName === 'AUDIO' || (player?.tagName === 'IFRAME' && AUDIO_IFRAME.test(src ?? '')) || match?.kind === 'audio'
    || /audio|podcast/.test(hints(el));
  const img = first(el, 'img');
  return {
    kind: isAudio ? 'audio' : 'video',
    title,
    durationSeconds: parseDuration(durationText) ?? parseDuration(el.getAttribute('data-duration')) ?? match?.durationSeconds ?? null,
    url: absoluteHttpUrl(first(el, 'a[href]')?.getAttribute('href') ?? (el.tagName === 'A' ? el.getAttribute('href') : null), base)
      ?? match?.url ?? absoluteHttpUrl(src, base),
    poster: absoluteHttpUrl(player?.getAttribute('poster') ?? img?.getAttribute('src'), base) ?? match?.thumbnail ?? null,
  };
}

/**
 * Finds embedded players and video/audio teasers (a title with a duration such as "18:17", matched
 * with JSON-LD VideoObjects) and replaces each with a marker paragraph, so that their text never mixes
 * with the article's. Returns the media in marker order.
 */
export function replaceMediaWithMarkers(doc: Document, declared: DeclaredMedia[], base: string): MediaBlock[] {
  if (!doc.body) return [];
  const media: MediaBlock[] = [];
  for (const anchor of findAnchors(doc, declared)) {
    if (!anchor.parentNode || !doc.body.contains(anchor)) continue;
    const el = widen(anchor);
    media.push(describe(el, declared, base));
    const marker = doc.createElement('p');
    marker.textContent = `\u27e6media:${media.length - 1}\u27e7`;
    el.replaceWith(marker);
  }
  return media;
}

/** Formats seconds as a clock duration: 1097 → "18:17", 3753 → "1:02:33". */
export function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** The media block as HTML: `<figure data-media data-duration><img><a>Title</a><figcaption>Title · 18:17</figcaption></figure>`. */
export function renderMediaBlock(doc: Document, block: MediaBlock): Element {
  const figure = doc.createElement('figure');
  figure.setAttribute('data-media', block.kind);
  if (block.durationSeconds) figure.setAttribute('data-duration', String(block.durationSeconds));
  const label = block.title ?? (block.kind === 'audio' ? 'Audio' : 'Video');
  if (block.poster) {
    const img = doc.createElement('img');
    img.setAttribute('src', block.poster);
    img.setAttribute('alt', label);
    figure.appendChild(img);
  }
  if (block.url) {
    const a = doc.createElement('a');
    a.setAttribute('href', block.url);
    a.textContent = label;
    figure.appendChild(a);
  }
  const caption = doc.createElement('figcaption');
  caption.textContent = block.durationSeconds ? `${label} · ${formatDuration(block.durationSeconds)}` : label;
  figure.appendChild(caption);
  return figure;
}
