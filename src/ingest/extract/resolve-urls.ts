import { safeSrcset } from '../sanitize/index.ts';
import { all, first } from './dom.ts';

const URL_ATTRIBUTES: Record<string, string[]> = {
  A: ['href'], IMG: ['src', 'data-src', 'data-lazy-src', 'data-original'], SOURCE: ['src'], VIDEO: ['src', 'poster'],
  AUDIO: ['src'], IFRAME: ['src', 'data-src'], BLOCKQUOTE: ['cite'], Q: ['cite'],
};
const SRCSET_ATTRIBUTES: Record<string, string[]> = {
  IMG: ['srcset', 'data-srcset', 'data-lazy-srcset'], SOURCE: ['srcset', 'data-srcset'],
};

/**
 * The URL relative links of the page are resolved against: `<base href>` (itself relative to the page)
 * or the page URL. When the page URL is not http(s) (a local file), the page's own canonical URL or
 * og:url stands in, so that links still come out absolute.
 */
export function documentBaseUrl(doc: Document, pageUrl: string): string {
  let page = pageUrl;
  if (!/^https?:/i.test(pageUrl)) {
    const declared = first(doc, 'link[rel~="canonical" i]')?.getAttribute('href')
      ?? first(doc, 'meta[property="og:url"]')?.getAttribute('content');
    if (declared && /^https?:\/\//i.test(declared.trim())) page = declared.trim();
  }
  const baseHref = first(doc, 'base[href]')?.getAttribute('href');
  if (baseHref) {
    try {
      return new URL(baseHref.trim(), page).href;
    } catch {
      // An unusable <base> is ignored, as browsers do.
    }
  }
  return page;
}

function absolute(value: string, base: string): string | null {
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return null;
  }
}

/**
 * Rewrites every link, image, media and srcset URL of the document to an absolute URL (linkedom does
 * not); links to scripts become their text.
 */
export function resolveDocumentUrls(doc: Document, base: string): void {
  for (const el of all(doc, 'a, img, source, video, audio, iframe, blockquote, q')) {
    // A link that runs a script leads nowhere: its text stays, as text.
    if (el.tagName === 'A' && /^\s*javascript:/i.test(el.getAttribute('href') ?? '')) {
      el.replaceWith(...Array.from(el.childNodes));
      continue;
    }
    for (const attr of URL_ATTRIBUTES[el.tagName] ?? []) {
      const value = el.getAttribute(attr);
      // Scripted and inline-data URLs are left for the sanitiser to refuse.
      if (!value || value.trim() === '' || /^\s*(?:javascript|data|vbscript|mailto|tel):/i.test(value)) continue;
      const resolved = absolute(value, base);
      if (resolved) el.setAttribute(attr, resolved);
    }
    for (const attr of SRCSET_ATTRIBUTES[el.tagName] ?? []) {
      if (!el.hasAttribute(attr)) continue;
      const resolved = safeSrcset(el.getAttribute(attr), base);
      if (resolved) el.setAttribute(attr, resolved);
      else el.removeAttribute(attr);
    }
  }
}
