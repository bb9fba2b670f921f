import sanitizeHtml from 'sanitize-html';
import { LINK_SCHEMES, MEDIA_SCHEMES, safeSrcset, safeUrl } from './urls.ts';

/** Options of {@link sanitizeArticleHtml}. */
export interface SanitizeOptions {
  /** Every relative URL is resolved against this absolute URL. */
  baseUrl: string;
}

const ALLOWED_TAGS = [
  'p', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'figure', 'figcaption', 'img', 'a',
  'strong', 'em', 'b', 'i', 'u', 's', 'sub', 'sup', 'small', 'mark', 'br', 'hr',
  'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption', 'pre', 'code', 'time', 'cite', 'q', 'abbr',
  'dl', 'dt', 'dd',
];

// Content of these is never text a reader should see (or is markup we refuse wholesale), so it goes
// with the tag instead of being unwrapped. Not listed: `object` and `applet`, whose content is the
// fallback that browsers show when there is no plugin to run them (today: always), so it is kept,
// sanitised like the rest, while the tag itself goes.
const NON_TEXT_TAGS = [
  'script', 'style', 'textarea', 'option', 'xmp', 'noscript', 'template', 'iframe', 'embed',
  'svg', 'math', 'select', 'button', 'noembed', 'noframes', 'title', 'head', 'frameset',
];

const PLACEHOLDER_SRC = /^data:|blank|spacer|placeholder|transparent|pixel\.gif|1x1|lazy/i;
const DIGITS = /^\d{1,6}$/;
/** Most further passes taken towards a fixed point; a bound, so that no input can keep the loop going. */
const MAX_EXTRA_PASSES = 4;

/** Moves lazy-loading sources (`data-src`, `data-srcset`, …) into `src`/`srcset` when those are missing or stand-ins. */
function promoteLazyImage(attribs: Record<string, string>): void {
  const lazySrc = attribs['data-src'] ?? attribs['data-lazy-src'] ?? attribs['data-original'];
  if (lazySrc && (!attribs.src || PLACEHOLDER_SRC.test(attribs.src))) attribs.src = lazySrc;
  const lazySet = attribs['data-srcset'] ?? attribs['data-lazy-srcset'];
  if (lazySet && (!attribs.srcset || PLACEHOLDER_SRC.test(attribs.srcset))) attribs.srcset = lazySet;
}

function keepDigits(attribs: Record<string, string>, names: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) {
    const value = attribs[name]?.trim();
    if (value && DIGITS.test(value)) out[name] = value;
  }
  return out;
}

function transformImg(attribs: Record<string, string>, base: string): Record<string, string> {
  promoteLazyImage(attribs);
  const out: Record<string, string> = keepDigits(attribs, ['width', 'height']);
  const src = safeUrl(attribs.src, base, MEDIA_SCHEMES);
  if (src) out.src = src;
  const srcset = safeSrcset(attribs.srcset, base);
  if (srcset) out.srcset = srcset;
  if (attribs.alt !== undefined) out.alt = attribs.alt;
  return out;
}

function transformLink(attribs: Record<string, string>, base: string): Record<string, string> {
  const href = safeUrl(attribs.href, base, LINK_SCHEMES);
  return href ? { href, rel: 'noopener nofollow ugc' } : {};
}

function transformFigure(attribs: Record<string, string>): Record<string, string> {
  const media = attribs['data-media'];
  if (media !== 'video' && media !== 'audio') return {};
  return { 'data-media': media, ...keepDigits(attribs, ['data-duration']) };
}

function buildOptions(base: string): sanitizeHtml.IOptions {
  const simple = (fn: (a: Record<string, string>) => Record<string, string>) =>
    (tagName: string, attribs: sanitizeHtml.Attributes) => ({ tagName, attribs: fn({ ...attribs }) });
  return {
    allowedTags: ALLOWED_TAGS,
    nonTextTags: NON_TEXT_TAGS,
    disallowedTagsMode: 'discard',
    allowedAttributes: {
      a: ['href', 'rel'],
      img: ['src', 'srcset', 'alt', 'width', 'height'],
      figure: ['data-media', 'data-duration'],
      td: ['colspan', 'rowspan'],
      th: ['colspan', 'rowspan'],
      time: ['datetime'],
      abbr: ['title'],
      ol: ['start'],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
    allowProtocolRelative: false,
    allowVulnerableTags: false,
    transformTags: {
      h1: (_tag, attribs) => ({ tagName: 'h2', attribs }),
      img: simple((a) => transformImg(a, base)),
      a: simple((a) => transformLink(a, base)),
      figure: simple(transformFigure),
      td: simple((a) => keepDigits(a, ['colspan', 'rowspan'])),
      th: simple((a) => keepDigits(a, ['colspan', 'rowspan'])),
      ol: simple((a) => keepDigits(a, ['start'])),
    },
    // An image without a usable source shows nothing but a broken icon.
    exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
  };
}

/**
 * Cleans article HTML with a strict allow-list: text structure, links (http/https/mailto, absolute,
 * rel="noopener nofollow ugc"), images (lazy sources promoted, srcset checked entry by entry), tables
 * and our media block `figure[data-media][data-duration]`. Scripts, styles, frames, forms, event
 * handlers and every other attribute are removed.
 */
export function sanitizeArticleHtml(html: string, options: SanitizeOptions): string {
  const config = buildOptions(options.baseUrl);
  let out = sanitizeHtml(html, config).trim();
  // Unwrapping a dropped tag can nest what the parser closes implicitly (`<li><span><li>` gives
  // `<li><li></li></li>`), which reads differently the next time; the stored HTML must be the one
  // that every later pass (excerpts, re-sanitising on read) sees, so it is taken to its fixed point.
  for (let pass = 0; pass < MAX_EXTRA_PASSES; pass++) {
    const again = sanitizeHtml(out, config).trim();
    if (again === out) break;
    out = again;
  }
  return out;
}
